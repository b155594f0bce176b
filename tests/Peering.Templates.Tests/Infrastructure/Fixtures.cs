using System;
using System.IO;

namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>The JSON files under Fixtures/, copied next to the test assembly.</summary>
    internal static class Fixtures
    {
        public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
    }
}
