using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Peering.Benchmarks.Analyzers;
using Peering.Benchmarks.Validator;

namespace Peering.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// BenchmarkDotNet's own arguments (--filter, --list flat, ...), plus --quick for a short local check with few
        /// iterations, --telemetry for the CPU time and allocations each analyzer set adds to a no-op analyzer run (medians of three),
        /// (or only the row named after it, e.g. <c>--telemetry "with Azure.Provisioning"</c>), or --roslyn-telemetry for our analyzers' execution time as Roslyn's own telemetry logs it, against compile time. Benchmarks run in process so the measured analyzers and compilers are the ones this project built.
        /// <c>--write-validator-inputs DIR</c> only writes the validator's budget inputs, for measuring the built tool
        /// as a process (peak memory: Validator/peak-memory.sh); <c>--plot-validator-growth RESULTS SVG</c> draws the
        /// growth benchmarks' CSV reports.
        /// </summary>
        public static void Main(string[] args)
        {
            if (args.Contains("--roslyn-telemetry"))
            {
                RoslynTelemetry.Run(repetitions: 3);
                return;
            }

            if (args.Contains("--telemetry"))
            {
                // --telemetry "with Azure.Provisioning" measures that row alone; --only LABEL measures only the rows whose
                // label starts with LABEL (e.g. "Pulumi"); --repetitions N repeats the budget rows N times instead of three:
                // a shorter run for one library.
                var row = args.SkipWhile(a => a != "--telemetry").Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                AnalyzerTelemetry.Run(repetitions: int.TryParse(ValueOf(args, "--repetitions"), out var repetitions) ? repetitions : 3, only: ValueOf(args, "--only") ?? row);
                return;
            }

            if (args.Length == 2 && args[0] == "--write-validator-inputs")
            {
                ValidatorInputs.WriteBudgetSets(args[1]);
                return;
            }

            if (args.Length == 3 && args[0] == "--plot-validator-growth")
            {
                GrowthPlot.Write(args[1], args[2]);
                return;
            }

            var quick = args.Contains("--quick");
            // One operation compiles a whole solution (seconds, not nanoseconds): a few iterations give a stable mean,
            // and the in-process toolchain needs a timeout longer than its default for operations this long.
            var job = (quick ? Job.Dry.WithWarmupCount(1).WithIterationCount(3) : Job.Default.WithWarmupCount(2).WithMinIterationCount(5).WithMaxIterationCount(15))
                .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false));
            var config = DefaultConfig.Instance.AddJob(job);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
        }

        private static string? ValueOf(string[] args, string option)
        {
            var at = Array.IndexOf(args, option);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }
    }
}
