using System;
using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using Peering.Templates.Bicep;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// The real-module-tree budget of docs/performance.md: peering-check over a public module tree (for example
    /// Azure/bicep-registry-modules' <c>avm/res/network</c> with its e2e tests) within 1.2× of <c>bicep build --pattern</c>
    /// of its Bicep files. The tree is read at run time and never committed: <c>PEERING_BENCH_MODULE_TREE</c> names the
    /// folder, and <c>PEERING_BENCH_MODULE_CACHE</c> a Bicep module cache holding the registry modules it uses (both
    /// runs read it, so neither downloads anything).
    /// </summary>
    public class ModuleTreeBenchmarks
    {
        private string tree = null!;
        private string cache = null!;
        private string buildOutput = null!;
        private ModuleCacheHome home = null!;

        [GlobalSetup]
        public void Setup()
        {
            tree = Folder("PEERING_BENCH_MODULE_TREE");
            cache = Folder("PEERING_BENCH_MODULE_CACHE");
            home = ModuleCacheHome.For(cache);
            buildOutput = Path.Combine(Path.GetTempPath(), "peering-bench-tree-build-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(buildOutput);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            home.Dispose();
            Directory.Delete(buildOutput, recursive: true);
        }

        [Benchmark(Baseline = true)]
        public int BicepBuildPattern()
        {
            var start = new ProcessStartInfo(ValidatorRun.BicepExecutable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "build", "--pattern", Path.Combine(tree, "**", "*.bicep"), "--outdir", buildOutput })
            {
                start.ArgumentList.Add(argument);
            }

            home.Apply(start);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode;
        }

        [Benchmark]
        public int PeeringCheck() => ValidatorRun.Run(tree, "--module-cache", cache);

        private static string Folder(string variable) =>
            Environment.GetEnvironmentVariable(variable) is string folder && Directory.Exists(folder)
                ? Path.GetFullPath(folder)
                : throw new InvalidOperationException(variable + " must name a folder (see docs/performance.md, real module tree).");
    }
}
