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
        public UnevaluatedConstruct(string construct, SourceLocation location)
        {
            Construct = construct;
            Location = location;
        }

        /// <summary>A phrase such as "the function 'reference'".</summary>
        public string Construct { get; }

        public SourceLocation Location { get; }

        public bool Equals(UnevaluatedConstruct? other) =>
            other != null && string.Equals(Construct, other.Construct, StringComparison.Ordinal) && Location.Equals(other.Location);

        public override bool Equals(object? obj) => Equals(obj as UnevaluatedConstruct);

        public override int GetHashCode() => HashCode.Combine(Construct, Location);

        public override string ToString() => Construct + " at " + Location;
    }
}
