using System.Collections.Generic;

namespace Peering.Rules.Model
{
    /// <summary>Whether a fact is known, known to be absent, or unknown. Unknown never produces a finding.</summary>
    public enum FactState
    {
        Unknown,
        Absent,
        Known,
    }

    /// <summary>
    /// A three-valued fact with the place it came from. <see cref="Source"/> is the front end's own location
    /// (a Roslyn location, a template line); rules only pass it back in findings. An unknown fact may carry the
    /// front end's record of why it is unknown (<see cref="UnknownBecause"/>), which rules pass back through
    /// <see cref="Checks.FindingSink.Need{T}"/> when it stops them.
    /// </summary>
    public readonly struct Fact<T>
    {
        private Fact(FactState state, T value, object? source)
        {
            State = state;
            Value = value;
            Source = source;
        }

        public static Fact<T> Unknown => default;

        public FactState State { get; }

        /// <summary>The value when <see cref="State"/> is <see cref="FactState.Known"/>; otherwise meaningless.</summary>
        public T Value { get; }

        /// <summary>
        /// Where a known or absent fact was written. For an unknown fact, the front end's record of why it is unknown
        /// (a template construct the reader does not evaluate), or null when nothing could have told it (a parameter
        /// given only at deployment time).
        /// </summary>
        public object? Source { get; }

        public bool IsKnown => State == FactState.Known;

        public static Fact<T> Known(T value, object? source) => new Fact<T>(FactState.Known, value, source);

        public static Fact<T> Absent(object? source) => new Fact<T>(FactState.Absent, default!, source);

        /// <summary>Unknown because of <paramref name="cause"/>, the front end's record of what it could not evaluate.</summary>
        public static Fact<T> UnknownBecause(object? cause) => new Fact<T>(FactState.Unknown, default!, cause);

        /// <summary>True only when the fact is known and equal to <paramref name="value"/>.</summary>
        public bool Is(T value) => IsKnown && EqualityComparer<T>.Default.Equals(Value, value);

        public override string ToString() => IsKnown ? $"Known({Value})" : State.ToString();
    }
}
