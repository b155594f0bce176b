using System;
using System.Collections.Generic;
using Peering.Templates;

namespace Peering.Terraform.Syntax
{
    /// <summary>One Terraform file's text and path, turning the offsets the parser keeps into lines and columns.</summary>
    internal sealed class SourceText
    {
        private readonly int[] lineStarts;

        public SourceText(string path, string text)
        {
            Path = path;
            Text = text;
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = starts.ToArray();
        }

        /// <summary>The path as the user gave it (or as a module source led to it).</summary>
        public string Path { get; }

        public string Text { get; }

        /// <summary>The 1-based line of <paramref name="offset"/>.</summary>
        public int LineOf(int offset)
        {
            var index = Array.BinarySearch(lineStarts, Math.Clamp(offset, 0, Text.Length));
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        public SourceLocation Location(int offset)
        {
            var line = LineOf(offset);
            return new SourceLocation(Path, line, Math.Clamp(offset, 0, Text.Length) - lineStarts[line - 1] + 1);
        }

        public SourceLocation Location(TextRange range) => Location(range.Start);
    }

    /// <summary>A span of one file's text by character offsets; <see cref="End"/> is exclusive.</summary>
    internal readonly record struct TextRange(int Start, int End)
    {
        public static TextRange Between(TextRange first, TextRange last) => new TextRange(first.Start, last.End);
    }
}
