using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi
{
    /// <summary>Runs a program: a lambda that declares the resources and returns the stack outputs, or a <see cref="Stack"/> class.</summary>
    public sealed partial class Deployment
    {
        private Deployment()
        {
        }

        public static Task<int> RunAsync(Action action) => throw StandIn.NotLinked();

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => throw StandIn.NotLinked();

        public static Task<int> RunAsync(Func<Task> func) => throw StandIn.NotLinked();

        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => throw StandIn.NotLinked();

        public static Task<int> RunAsync<TStack>()
            where TStack : Stack, new() => throw StandIn.NotLinked();

        public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider)
            where TStack : Stack => throw StandIn.NotLinked();
    }
}
