using System;
using System.IO;

namespace Peering.Cli.Output
{
    /// <summary>
    /// Finds the directory SARIF and GitHub paths should be relative to: code scanning and annotations expect paths
    /// from the repository root, even when the tool runs in a subfolder.
    /// </summary>
    public static class SourceRoots
    {
        /// <summary>
        /// The nearest directory at or above <paramref name="workingDirectory"/> that holds <c>.git</c> (a folder, or a file
        /// in a worktree or submodule); the working directory itself when there is none or it cannot be looked at.
        /// </summary>
        public static string Find(string workingDirectory)
        {
            try
            {
                for (var directory = new DirectoryInfo(workingDirectory); directory != null; directory = directory.Parent)
                {
                    var git = Path.Combine(directory.FullName, ".git");
                    if (Directory.Exists(git) || File.Exists(git))
                    {
                        return directory.FullName;
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is System.Security.SecurityException)
            {
                // An unreadable or odd path: keep the working directory, paths are still correct relative to it.
            }

            return workingDirectory;
        }
    }
}
