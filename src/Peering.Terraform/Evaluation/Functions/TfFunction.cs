using System;
using System.Collections.Generic;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>How a function treats arguments that are not known.</summary>
    internal enum UnknownArguments
    {
        /// <summary>An unknown anywhere in any argument makes the result unknown (string and number functions).</summary>
        MakeResultUnknown,

        /// <summary>
        /// Only a wholly unknown argument makes the result unknown; elements are passed through untouched
        /// (<c>merge</c>, <c>concat</c>, <c>lookup</c>), so a known flag survives next to an unknown id.
        /// </summary>
        PassElementsThrough,
    }

    /// <summary>One built-in function: its arity, its body, and how unknown arguments reach it.</summary>
    internal sealed record TfFunction(int MinArguments, int MaxArguments, Func<IReadOnlyList<TfValue>, TfValue> Body, UnknownArguments Unknowns = UnknownArguments.MakeResultUnknown)
    {
        public const int Variadic = int.MaxValue;
    }
}
