using System;
using System.IO;

namespace Peering.Tests.Shared
{
    /// <summary>
    /// The repository the tests were built from, found from where the test assembly runs. One source file, linked into
    /// every test project that reads the repository's docs, samples or projects.
    /// </summary>
    public static class TestRepository
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
