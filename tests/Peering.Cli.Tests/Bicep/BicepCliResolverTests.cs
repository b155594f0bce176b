using System.IO;
using Peering.Cli.Tests.Infrastructure;
using Peering.Templates.Bicep;

namespace Peering.Cli.Tests.Bicep
{
    public sealed class BicepCliResolverTests
    {
        [Fact]
        public void The_path_given_with_bicep_wins()
        {
            using var folder = new TempFolder();
            var bicep = folder.Write("tools/bicep", string.Empty);

            Assert.Equal(bicep, new BicepCliResolver(BicepTool.Restore).Resolve(bicep));
        }

        [Fact]
        public void A_path_given_with_bicep_that_does_not_exist_is_an_error()
        {
            using var folder = new TempFolder();

            var failure = Assert.Throws<BicepUnavailableException>(() => new BicepCliResolver(BicepTool.Restore).Resolve(folder.Combine("bicep")));

            Assert.Equal("The Bicep CLI given with --bicep does not exist: " + folder.Combine("bicep") + ".", failure.Message);
        }

        [Fact]
        public void Bicep_on_PATH_is_found_in_order()
        {
            using var folder = new TempFolder();
            var first = folder.Write("b/" + BicepCliResolver.ExecutableName, string.Empty);
            folder.Write("c/" + BicepCliResolver.ExecutableName, string.Empty);
            var searchPath = string.Join(Path.PathSeparator, folder.Combine("a"), folder.Combine("b"), folder.Combine("c"));

            Assert.Equal(first, BicepCliResolver.FindOnPath(searchPath));
            Assert.Null(BicepCliResolver.FindOnPath(folder.Combine("a")));
        }

        [Fact]
        public void The_NuGet_package_gives_a_runnable_Bicep_CLI()
        {
            var executable = BicepTool.Executable;

            Assert.Equal(BicepCliResolver.ExecutableName, Path.GetFileName(executable));
            Assert.Contains(Path.Combine(BicepPackageRestore.PackageId.ToLowerInvariant(), BicepPackageRestore.Version, "tools"), executable);
            if (!System.OperatingSystem.IsWindows())
            {
                Assert.NotEqual(0, (int)(File.GetUnixFileMode(executable) & UnixFileMode.UserExecute));
            }

            // Found again from the restore project's assets, without a second restore.
            Assert.Equal(executable, BicepTool.Restore.EnsureExecutable());
        }
    }
}
