using System;
using System.Collections.Generic;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The constructs of one file the reader did not evaluate (PEER902). Each is kept once, at its first place,
    /// so a template that calls <c>reference()</c> fifty times gets one finding, not fifty.
    /// </summary>
    internal sealed class TemplateDiagnostics
    {
        /// <summary>Loop iterations one file may unroll: nested loops of 800 would otherwise multiply without bound.</summary>
        public const int MaxIterations = 100_000;

        private int iterations;

        private readonly Dictionary<string, (string Construct, SourceLocation Location)> unevaluated =
            new Dictionary<string, (string, SourceLocation)>(StringComparer.OrdinalIgnoreCase);

        private readonly List<string> order = new List<string>();

        /// <summary>Records <paramref name="construct"/>, a phrase such as "the function 'reference'".</summary>
        public void Unevaluated(string construct, SourceLocation location)
        {
            if (!unevaluated.ContainsKey(construct))
            {
                unevaluated.Add(construct, (construct, location));
                order.Add(construct);
            }
        }

        /// <summary>The loop iterations unrolled so far: the work a file has caused, never above <see cref="MaxIterations"/>.</summary>
        public int IterationsSpent => iterations;

        /// <summary>Takes <paramref name="count"/> iterations from the file's budget; false (and nothing taken) when it would run out.</summary>
        public bool TrySpendIterations(long count)
        {
            if (iterations + count > MaxIterations)
            {
                return false;
            }

            iterations += (int)count;
            return true;
        }

        public IEnumerable<(string Construct, SourceLocation Location)> Entries
        {
            get
            {
                foreach (var key in order)
                {
                    yield return unevaluated[key];
                }
            }
        }
    }
}
