using System;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>A value known only once the engine has deployed what it depends on (a resource's id, its name).</summary>
    public sealed class Output<T>
    {
        private Output()
        {
        }

        public Output<U> Apply<U>(Func<T, U> func) => throw StandIn.NotLinked();

        public Output<U> Apply<U>(Func<T, Task<U>> func) => throw StandIn.NotLinked();

        public Output<U> Apply<U>(Func<T, Output<U>?> func) => throw StandIn.NotLinked();
    }

    public static class Output
    {
        public static Output<T> Create<T>(T value) => throw StandIn.NotLinked();

        public static Output<T> Create<T>(Task<T> value) => throw StandIn.NotLinked();

        public static Output<T> CreateSecret<T>(T value) => throw StandIn.NotLinked();

        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => throw StandIn.NotLinked();

        public static Output<string> Format(FormattableString formattableString) => throw StandIn.NotLinked();

        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) => throw StandIn.NotLinked();

        public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3) => throw StandIn.NotLinked();
    }
}
