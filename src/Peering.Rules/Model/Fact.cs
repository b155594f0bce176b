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
    /// (a Roslyn location, a template line); rules only pass it back in findings.
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

        public object? Source { get; }

        public bool IsKnown => State == FactState.Known;

        public static Fact<T> Known(T value, object? source) => new Fact<T>(FactState.Known, value, source);

        public static Fact<T> Absent(object? source) => new Fact<T>(FactState.Absent, default!, source);

        /// <summary>True only when the fact is known and equal to <paramref name="value"/>.</summary>
        public bool Is(T value) => IsKnown && EqualityComparer<T>.Default.Equals(Value, value);

        public override string ToString() => IsKnown ? $"Known({Value})" : State.ToString();
    }
}
