using System.Diagnostics.CodeAnalysis;

namespace Pulumi
{
    /// <summary>The stack's configuration: values set per stack, known only when the program runs.</summary>
    public sealed partial class Config
    {
        public Config(string? name = null)
        {
        }

        public string? Get(string key) => throw StandIn.NotLinked();

        public bool? GetBoolean(string key) => throw StandIn.NotLinked();

        public int? GetInt32(string key) => throw StandIn.NotLinked();

        public double? GetDouble(string key) => throw StandIn.NotLinked();

        [return: MaybeNull]
        public T GetObject<T>(string key) => throw StandIn.NotLinked();

        public Output<string>? GetSecret(string key) => throw StandIn.NotLinked();

        public string Require(string key) => throw StandIn.NotLinked();

        public bool RequireBoolean(string key) => throw StandIn.NotLinked();

        public int RequireInt32(string key) => throw StandIn.NotLinked();

        public T RequireObject<T>(string key) => throw StandIn.NotLinked();

        public Output<string> RequireSecret(string key) => throw StandIn.NotLinked();
    }
}
