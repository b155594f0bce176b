using System;

namespace Peering.Templates
{
    /// <summary>
    /// A construct of a template the reader does not evaluate (a function it does not implement, a linked template, a
    /// loop over ARM's limit), at the place it is written. A value it makes unknown carries it, so that a rule the value
    /// stops can say what stopped it (PEER902); the others are counted, not reported one by one.
    /// </summary>
    public sealed class UnevaluatedConstruct : IEquatable<UnevaluatedConstruct>
    {
        // Kept in hash sets as often as values are evaluated and rules read them: hashed once.
        private readonly int hashCode;

        public UnevaluatedConstruct(string construct, SourceLocation location, string verdict = "is not evaluated")
        {
            Construct = construct;
            Location = location;
            Verdict = verdict;
            hashCode = HashCode.Combine(construct, location);
        }

        /// <summary>A phrase such as "the function 'reference'".</summary>
        public string Construct { get; }

        /// <summary>
        /// Why its value is unknown, said after <see cref="Construct"/>: "is not evaluated", or what else keeps the reader
        /// from a value ("is ambiguous: ..." for a name several files of the run declare).
        /// </summary>
        public string Verdict { get; }

        public SourceLocation Location { get; }

        public bool Equals(UnevaluatedConstruct? other) =>
            other != null && (ReferenceEquals(this, other) || (hashCode == other.hashCode && string.Equals(Construct, other.Construct, StringComparison.Ordinal) && Location.Equals(other.Location)
                && string.Equals(Verdict, other.Verdict, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as UnevaluatedConstruct);

        public override int GetHashCode() => hashCode;

        public override string ToString() => Construct + " at " + Location;
    }
}
