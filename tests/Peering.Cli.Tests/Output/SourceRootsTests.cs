using System;
using System.IO;
using Peering.Cli.Output;

namespace Peering.Cli.Tests.Output
{
    public sealed class SourceRootsTests : IDisposable
    {
        private readonly string temp = Directory.CreateTempSubdirectory("peering-roots-").FullName;

        [Fact]
        public void The_nearest_folder_with_git_is_the_root()
        {
            var repo = Directory.CreateDirectory(Path.Combine(temp, "repo")).FullName;
            Directory.CreateDirectory(Path.Combine(repo, ".git"));
            var sub = Directory.CreateDirectory(Path.Combine(repo, "infra", "hub")).FullName;

            Assert.Equal(repo, SourceRoots.Find(sub));
            Assert.Equal(repo, SourceRoots.Find(repo));
        }

        [Fact]
        public void A_git_file_marks_a_worktree_root()
        {
            var worktree = Directory.CreateDirectory(Path.Combine(temp, "wt")).FullName;
            File.WriteAllText(Path.Combine(worktree, ".git"), "gitdir: elsewhere");
            var sub = Directory.CreateDirectory(Path.Combine(worktree, "infra")).FullName;

            Assert.Equal(worktree, SourceRoots.Find(sub));
        }

        [Fact]
        public void Without_git_the_working_directory_is_the_root()
        {
            var alone = Directory.CreateDirectory(Path.Combine(temp, "alone")).FullName;

            // The temp folder may itself lie in a repository: then that repository's root is right too.
            var root = SourceRoots.Find(alone);
            var gitAbove = alone.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && (Directory.Exists(Path.Combine(root, ".git")) || File.Exists(Path.Combine(root, ".git")));
            Assert.True(root == alone || gitAbove, root);
            Assert.Equal("no\0such", SourceRoots.Find("no\0such"));
        }

        public void Dispose() => Directory.Delete(temp, recursive: true);
    }
}
