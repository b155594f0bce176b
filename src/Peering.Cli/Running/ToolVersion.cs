using System.Reflection;

namespace Peering.Cli.Running
{
    internal static class ToolVersion
    {
        /// <summary>The package version the tool was built as (without the source-revision suffix the SDK may append).</summary>
        public static string Current { get; } = Read();

        private static string Read()
        {
            var informational = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}
