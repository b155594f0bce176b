using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>
    /// What an analyzer set adds to a compilation, measured as process CPU time and allocated bytes against the same
    /// compilation run through the analyzer driver with an analyzer that registers nothing. CPU time is far less
    /// disturbed than wall time by other work on a shared machine, and the no-op baseline removes the driver's own
    /// cost, which any project with any analyzer pays. Compilation and analysis run on one thread, and the budget rows are
    /// repeated, with medians reported. Our analyzers' time is also taken inside their own callbacks
    /// (<see cref="TimedAnalyzer"/>), which the process CPU difference is too noisy to resolve. (Roslyn's
    /// logAnalyzerExecutionTime telemetry reads zero for every analyzer with Microsoft.CodeAnalysis 5.12, so it cannot be
    /// used.) Run with <c>--telemetry</c>.
    /// </summary>
    internal static class AnalyzerTelemetry
    {
        /// <param name="only">When set, only the rows whose label starts with it ("with Azure.Provisioning", "Pulumi").</param>
        public static void Run(int repetitions, string? only = null)
        {
            var ours = AnalyzerSets.Ours();
            var netAnalyzers = AnalyzerSets.NetAnalyzers();
            var recommended = AnalyzerSets.RecommendedSeverities();
            var noOp = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpAnalyzer());
            Console.WriteLine(FormattableString.Invariant(
                $"Our analyzers: {ours.Length}. NetAnalyzers: {netAnalyzers.Length} analyzers, {recommended.Count(s => s.Value != ReportDiagnostic.Suppress)} rules enabled by {System.IO.Path.GetFileName(AnalyzerSets.RecommendedConfig())}."));
            Console.WriteLine();
            WarmUp(ours, netAnalyzers, recommended, noOp);
            Console.WriteLine("| compilation | files (SDK) | lines | compile CPU (s) | ours CPU (s) | ours / compile | ours in callbacks (s) | callbacks / compile | NetAnalyzers CPU (s) | callbacks / NetAnalyzers | ours allocated (MB) | runs |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");

            // The 2,000-file compilations of the budgets (no network library, the Azure SDK, Azure.Provisioning, each
            // Pulumi provider), against NetAnalyzers too; then the growth series, ours only.
            var rows = new[]
            {
                (2000, 0, BenchLibrary.None, repetitions), (2000, 200, BenchLibrary.ResourceManager, repetitions), (2000, 200, BenchLibrary.Provisioning, repetitions),
                (2000, 200, BenchLibrary.AzureNative, repetitions), (2000, 200, BenchLibrary.PulumiAzure, repetitions),
                (250, 250, BenchLibrary.ResourceManager, 1), (500, 500, BenchLibrary.ResourceManager, 1), (1000, 1000, BenchLibrary.ResourceManager, 1), (2000, 2000, BenchLibrary.ResourceManager, 1),
            };
            foreach (var (files, networkFiles, library, runs) in rows.Where(r => only == null || Label(r.Item3).StartsWith(only, StringComparison.Ordinal)))
            {
                var growth = networkFiles == files;
                var trees = Corpus.Generate(files, networkFiles, library);
                var samples = Enumerable.Range(0, runs).Select(_ =>
                {
                    var compile = Measure(() => BenchCompilations.SingleThreaded(trees, library).GetDiagnostics());
                    var baseline = Measure(() => Analyze(BenchCompilations.SingleThreaded(trees, library), noOp));
                    var timed = ours.Select(a => new TimedAnalyzer(a)).ToArray();
                    var withOurs = Measure(() => Analyze(BenchCompilations.SingleThreaded(trees, library), ImmutableArray.Create<DiagnosticAnalyzer>(timed)));
                    var withNet = growth ? default : Measure(() =>
                    {
                        var compilation = BenchCompilations.SingleThreaded(trees, library);
                        Analyze(compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(recommended)), netAnalyzers);
                    });
                    var callbacks = TimeSpan.FromTicks(timed.Sum(t => t.Elapsed.Ticks));
                    return (Compile: compile.Cpu, Ours: withOurs.Cpu - baseline.Cpu, Callbacks: callbacks, Net: withNet.Cpu - baseline.Cpu, Bytes: withOurs.Bytes - baseline.Bytes);
                }).ToList();

                // The median of each quantity over the repetitions: one disturbed run does not move it.
                var compileCpu = Median(samples.Select(r => r.Compile));
                var oursCpu = Median(samples.Select(r => r.Ours));
                var callbackTime = Median(samples.Select(r => r.Callbacks));
                var netCpu = Median(samples.Select(r => r.Net));
                var bytes = samples.Select(r => r.Bytes).OrderBy(b => b).ElementAt(samples.Count / 2);
                Console.WriteLine(FormattableString.Invariant(
                    $"| {Label(library)} | {files} ({networkFiles}) | {Corpus.LineCount(trees)} | {compileCpu.TotalSeconds:F2} | {oursCpu.TotalSeconds:F2} | {oursCpu / compileCpu:P1} | {callbackTime.TotalSeconds:F2} | {callbackTime / compileCpu:P1} | {(growth ? "-" : netCpu.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture))} | {(growth ? "-" : (callbackTime / netCpu).ToString("P1", CultureInfo.InvariantCulture))} | {bytes / 1e6:F1} | {runs} |"));
            }
        }

        private static string Label(BenchLibrary library) => library switch
        {
            BenchLibrary.None => "no SDK",
            BenchLibrary.ResourceManager => "with SDK",
            BenchLibrary.Provisioning => "with Azure.Provisioning",
            BenchLibrary.AzureNative => "Pulumi.AzureNative",
            _ => "Pulumi.Azure",
        };

        private static TimeSpan Median(IEnumerable<TimeSpan> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }

        /// <summary>
        /// Runs every measured path once on a small compilation first, so that the first row does not pay for compiling
        /// the compiler and the analyzers just in time.
        /// </summary>
        private static void WarmUp(ImmutableArray<DiagnosticAnalyzer> ours, ImmutableArray<DiagnosticAnalyzer> netAnalyzers, ImmutableDictionary<string, ReportDiagnostic> recommended, ImmutableArray<DiagnosticAnalyzer> noOp)
        {
            foreach (var library in Enum.GetValues<BenchLibrary>())
            {
                var trees = Corpus.Generate(100, library == BenchLibrary.None ? 0 : 10, library);
                BenchCompilations.SingleThreaded(trees, library).GetDiagnostics();
                Analyze(BenchCompilations.SingleThreaded(trees, library), noOp);
                Analyze(BenchCompilations.SingleThreaded(trees, library), ours);
                var compilation = BenchCompilations.SingleThreaded(trees, library);
                Analyze(compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(recommended)), netAnalyzers);
            }
        }

        private static void Analyze(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                .GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

        private static (TimeSpan Cpu, long Bytes) Measure(Action action)
        {
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            action();
            process.Refresh();
            return (process.TotalProcessorTime - cpuBefore, GC.GetTotalAllocatedBytes(precise: true) - bytesBefore);
        }

        // Not a shipped analyzer: the rules for analyzers a compiler loads (target framework, release tracking,
        // concurrency and generated-code settings) do not apply to an instance handed to the driver directly.
#pragma warning disable RS1025, RS1026, RS1036, RS1041, RS2008

        /// <summary>Registers nothing: the analyzer driver's own cost, the baseline every analyzer set is measured against.</summary>
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class NoOpAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Unused = new DiagnosticDescriptor("NOOP001", "No-op", "No-op", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

            public override void Initialize(AnalysisContext context)
            {
            }
        }
#pragma warning restore RS1025, RS1026, RS1036, RS1041, RS2008
    }
}
