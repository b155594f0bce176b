using System.Collections.Generic;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>A value a resource takes: a plain value or another resource's output, converted implicitly.</summary>
    public class Input<T>
    {
        private protected Input(Output<T> outputValue)
        {
        }

        public static implicit operator Input<T>(T value) => throw StandIn.NotLinked();

        public static implicit operator Input<T>(Output<T> value) => throw StandIn.NotLinked();

        public static implicit operator Output<T>(Input<T> input) => throw StandIn.NotLinked();
    }

    /// <summary>
    /// A list input. Args classes create it on first read, so collection initializers (<c>AddressPrefixes = { "10.0.0.0/16" }</c>)
    /// add to it through <see cref="Add(Input{T}[])"/>.
    /// </summary>
    public sealed class InputList<T> : Input<ImmutableArray<T>>, System.Collections.IEnumerable, IAsyncEnumerable<Input<T>>
    {
        public InputList()
            : base(null!)
        {
        }

        public void Add(params Input<T>[] inputs) => throw StandIn.NotLinked();

        public void Add(InputList<T> inputs) => throw StandIn.NotLinked();

        public void AddRange(InputList<T> inputs) => throw StandIn.NotLinked();

        public InputList<T> Concat(InputList<T> other) => throw StandIn.NotLinked();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        public IAsyncEnumerator<Input<T>> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(T value) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(T[] values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(List<T> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(ImmutableArray<T> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<T> value) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<T>[] values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(List<Output<T>> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Input<T> value) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Input<T>[] values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(List<Input<T>> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<T[]> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<List<T>> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => throw StandIn.NotLinked();

        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => throw StandIn.NotLinked();
    }

    /// <summary>A map input (tags).</summary>
    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, System.Collections.IEnumerable
    {
        public InputMap()
            : base(null!)
        {
        }

        public Input<V> this[string key]
        {
            set => throw StandIn.NotLinked();
        }

        public void Add(string key, Input<V> value) => throw StandIn.NotLinked();

        public void Add(InputMap<V> values) => throw StandIn.NotLinked();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => throw StandIn.NotLinked();

        public static implicit operator InputMap<V>(Dictionary<string, V> values) => throw StandIn.NotLinked();

        public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values) => throw StandIn.NotLinked();

        public static implicit operator InputMap<V>(Output<Dictionary<string, V>> values) => throw StandIn.NotLinked();

        public static implicit operator InputMap<V>(Output<ImmutableDictionary<string, V>> values) => throw StandIn.NotLinked();
    }

    /// <summary>One of two types; the enum inputs are <c>InputUnion&lt;string, SomeEnum&gt;</c>.</summary>
    public readonly struct Union<T0, T1>
    {
        public bool IsT0 => throw StandIn.NotLinked();

        public bool IsT1 => throw StandIn.NotLinked();

        public T0 AsT0 => throw StandIn.NotLinked();

        public T1 AsT1 => throw StandIn.NotLinked();

        public object? Value => throw StandIn.NotLinked();

        public static Union<T0, T1> FromT0(T0 input) => throw StandIn.NotLinked();

        public static Union<T0, T1> FromT1(T1 input) => throw StandIn.NotLinked();

        public static implicit operator Union<T0, T1>(T0 t) => throw StandIn.NotLinked();

        public static implicit operator Union<T0, T1>(T1 t) => throw StandIn.NotLinked();
    }

    public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
    {
        public InputUnion()
            : base(null!)
        {
        }

        public static implicit operator InputUnion<T0, T1>(T0 value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(T1 value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Union<T0, T1> value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Input<T0> value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Input<T1> value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Output<T0> value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Output<T1> value) => throw StandIn.NotLinked();

        public static implicit operator InputUnion<T0, T1>(Output<Union<T0, T1>> value) => throw StandIn.NotLinked();
    }

    public static class InputExtensions
    {
        public static Output<U> Apply<T, U>(this Input<T>? input, System.Func<T, U> func) => throw StandIn.NotLinked();

        public static Output<T> ToOutput<T>(this Input<T>? input) => throw StandIn.NotLinked();
    }
}
