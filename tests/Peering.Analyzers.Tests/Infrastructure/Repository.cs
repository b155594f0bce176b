using System;
using System.IO;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>The repository this test run was built from, for tests that check its docs.</summary>
    public static class Repository
    {
        public static string Root { get; } = Find();

        private static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Peering.Analyzers.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("Peering.Analyzers.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
