using System;
using System.IO;

namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>The JSON files under Fixtures/, copied next to the test assembly.</summary>
    internal static class Fixtures
    {
        public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

        /// <summary>The 1-based line of the first line of fixture <paramref name="name"/> that contains <paramref name="text"/>.</summary>
        public static int LineOf(string name, string text) =>
            Array.FindIndex(Read(name).Split('\n'), line => line.Contains(text, StringComparison.Ordinal)) + 1;
    }
}
