using System;
using System.IO;
using Peering.Templates.Bicep;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>
    /// The Bicep CLI for the tests, obtained the way the tool obtains it: the NuGet package restored through a generated
    /// project (here in a folder of this test run, so the restore really happens once per run).
    /// </summary>
    internal static class BicepTool
    {
        public static BicepPackageRestore Restore { get; } = new BicepPackageRestore(
            Path.Combine(Path.GetTempPath(), "peering-cli-bicep-" + Guid.NewGuid().ToString("N")[..12]));

        private static readonly Lazy<string> LazyExecutable = new Lazy<string>(() => Restore.EnsureExecutable());

        public static string Executable => LazyExecutable.Value;

        public static BicepBatchCompiler Compiler() => new BicepBatchCompiler(() => Executable);
    }
}
