using System.Collections.Generic;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// What the reader did not evaluate in one file, each construct once per place however often it is evaluated there
    /// (a loop evaluates its body once per iteration), and the file's budget of loop iterations.
    /// </summary>
    internal sealed class TemplateDiagnostics
    {
        /// <summary>Loop iterations one file may unroll: nested loops of 800 would otherwise multiply without bound.</summary>
        public const int MaxIterations = 100_000;

        private int iterations;

        // A loop evaluates the same construct at the same place once per iteration: all of them share one unknown value.
        private readonly Dictionary<(string Construct, SourceLocation Location), ArmUnknown> values = new Dictionary<(string, SourceLocation), ArmUnknown>();
        private readonly List<UnevaluatedConstruct> unevaluated = new List<UnevaluatedConstruct>();

        /// <summary>
        /// Records <paramref name="construct"/>, a phrase such as "the function 'reference'", written at
        /// <paramref name="location"/>; returns the unknown value it gives, which carries it.
        /// </summary>
        public ArmUnknown Unevaluated(string construct, SourceLocation location)
        {
            if (!values.TryGetValue((construct, location), out var value))
            {
                var entry = new UnevaluatedConstruct(construct, location);
                value = ArmUnknown.Because(entry);
                values.Add((construct, location), value);
                unevaluated.Add(entry);
            }

            return value;
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

        /// <summary>Each construct and place once, in the order the reader met them.</summary>
        public IReadOnlyList<UnevaluatedConstruct> Entries => unevaluated;
    }
}
