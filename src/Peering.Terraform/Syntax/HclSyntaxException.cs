using System;

namespace Peering.Terraform.Syntax
{
    /// <summary>Text that is not HCL native syntax (or reaches a reader limit), at an offset of the file.</summary>
    internal sealed class HclSyntaxException : Exception
    {
        public HclSyntaxException(string message, int offset, bool isLimit = false)
            : base(message)
        {
            Offset = offset;
            IsLimit = isLimit;
        }

        public int Offset { get; }

        /// <summary>True when the text may be valid but exceeds one of <see cref="HclLimits"/>.</summary>
        public bool IsLimit { get; }
    }

    /// <summary>
    /// What the parser reads at most, so a hostile file costs bounded time and memory and never overflows the stack.
    /// Each is far beyond what real configurations use (the largest public hub-and-spoke modules nest under 20 levels).
    /// </summary>
    internal static class HclLimits
    {
        /// <summary>Blocks, brackets, parentheses, templates and operators nested in one another.</summary>
        public const int MaxDepth = 128;

        /// <summary>Characters of one attribute's expression (a <c>jsonencode</c> body of a large policy is a few thousand).</summary>
        public const int MaxExpressionLength = 262_144;

        /// <summary>Items of one tuple or object written in the file.</summary>
        public const int MaxCollectionItems = 100_000;

        /// <summary>Expressions, attributes and blocks of one file.</summary>
        public const int MaxNodes = 1_000_000;
    }
}
