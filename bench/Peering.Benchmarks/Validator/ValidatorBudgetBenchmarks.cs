using System.Diagnostics;
using System.IO;
using BenchmarkDotNet.Attributes;
using Peering.Templates;
using Peering.Templates.Bicep;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// The validator budgets of docs/performance.md, each a whole peering-check run as a user gets it: a 3 MB template
    /// (&lt; 1 s), 1,000 templates with parameter files (&lt; 5 s on 2 cores; also read sequentially, for the gain of
    /// parallel reading), 200 Bicep files (&lt; 1.2× one batched <c>bicep build</c>, measured here too, as is the
    /// part of our run spent compiling Bicep), and 200 Terraform root modules with a shared local module (&lt; 3 s).
    /// </summary>
    [MemoryDiagnoser]
    public class ValidatorBudgetBenchmarks
    {
        public const int LargeTemplateBytes = 3 * 1024 * 1024;
        public const int ArmFiles = 1000;
        public const int BicepFiles = 200;
        public const int TerraformModules = 200;

        private ValidatorInputs largeTemplate = null!;
        private ValidatorInputs armEstate = null!;
        private ValidatorInputs bicepEstate = null!;
        private ValidatorInputs terraformEstate = null!;
        private string[] bicepPaths = null!;
        private string buildOutput = null!;

        [GlobalSetup]
        public void Setup()
        {
            largeTemplate = ValidatorInputs.LargeTemplate(LargeTemplateBytes);
            armEstate = ValidatorInputs.ArmEstate(ArmFiles);
            bicepEstate = ValidatorInputs.BicepEstate(BicepFiles);
            terraformEstate = ValidatorInputs.TerraformEstate(TerraformModules);
            bicepPaths = Directory.GetFiles(bicepEstate.Folder, "*.bicep");
            System.Array.Sort(bicepPaths, System.StringComparer.Ordinal);
            buildOutput = Path.Combine(Path.GetTempPath(), "peering-bench-build-" + Path.GetFileName(bicepEstate.Folder));
            Directory.CreateDirectory(buildOutput);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            largeTemplate.Dispose();
            armEstate.Dispose();
            bicepEstate.Dispose();
            terraformEstate.Dispose();
            Directory.Delete(buildOutput, recursive: true);
        }

        [Benchmark]
        public int LargeTemplate3MB() => ValidatorRun.Run(largeTemplate.Folder);

        [Benchmark]
        public int ArmTemplates1000() => ValidatorRun.Run(armEstate.Folder);

        [Benchmark]
        public int ArmTemplates1000Sequential() => ValidatorRun.Run(new SequentialTemplateSetAnalyzer(), armEstate.Folder);

        [Benchmark]
        public int BicepFiles200() => ValidatorRun.Run(bicepEstate.Folder);

        [Benchmark]
        public int TerraformModules200() => ValidatorRun.Run(terraformEstate.Folder);

        /// <summary>The Bicep CLI's part of <see cref="BicepFiles200"/>: one <c>bicep jsonrpc</c> process compiling every file, several requests in flight.</summary>
        [Benchmark]
        public int BicepFiles200CompileOnly() =>
            new BicepBatchCompiler(() => ValidatorRun.BicepExecutable).Compile(bicepPaths, System.Array.Empty<string>(), new SuppressionSet()).Documents.Count;

        /// <summary>The same, with one compile request at a time (how peering-check compiled before), for the gain of keeping several in flight.</summary>
        [Benchmark]
        public int BicepFiles200CompileOneAtATime() =>
            new BicepBatchCompiler(() => ValidatorRun.BicepExecutable, requestsInFlight: 1).Compile(bicepPaths, System.Array.Empty<string>(), new SuppressionSet()).Documents.Count;

        /// <summary>What a user would otherwise run: <c>bicep build --pattern</c> over the same files, one process.</summary>
        [Benchmark]
        public int BicepBuildPattern200()
        {
            var start = new ProcessStartInfo(ValidatorRun.BicepExecutable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "build", "--pattern", Path.Combine(bicepEstate.Folder, "*.bicep"), "--outdir", buildOutput })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? Directory.GetFiles(buildOutput).Length : throw new System.InvalidOperationException("bicep build failed");
        }
    }
}
