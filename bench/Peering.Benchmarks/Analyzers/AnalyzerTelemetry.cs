using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>
    /// Roslyn's own account of analyzer time (<c>logAnalyzerExecutionTime</c>), next to the time of compilation alone.
    /// Subtracting two means of a ten-second compilation cannot show a 0.5% cost through machine noise; the time
    /// spent inside each analyzer's callbacks can. Run with <c>--telemetry</c>.
    /// </summary>
    internal static class AnalyzerTelemetry
    {
        public static void Run(int repetitions)
        {
            var ours = AnalyzerSets.Ours();
            var netAnalyzers = AnalyzerSets.NetAnalyzers();
            var recommended = AnalyzerSets.RecommendedSeverities();
            Console.WriteLine(FormattableString.Invariant(
                $"Our analyzers: {ours.Length}. NetAnalyzers: {netAnalyzers.Length} analyzers, {recommended.Count(s => s.Value != ReportDiagnostic.Suppress)} rules enabled by {System.IO.Path.GetFileName(AnalyzerSets.RecommendedConfig())}."));
            Console.WriteLine();
            Console.WriteLine("| compilation | files (SDK) | lines | compile (s) | ours (s) | ours / compile | NetAnalyzers (s) | ours / NetAnalyzers | ours allocated (MB) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (files, networkFiles, withSdk) in new[] { (2000, 0, false), (2000, 200, true), (250, 250, true), (500, 500, true), (1000, 1000, true), (2000, 2000, true) })
            {
                var trees = Corpus.Generate(files, networkFiles);
                for (var run = 0; run < repetitions; run++)
                {
                    var compile = Stopwatch.StartNew();
                    BenchCompilations.Create(trees, withSdk).GetDiagnostics();
                    compile.Stop();

                    var (oursTime, oursBytes) = Measure(BenchCompilations.Create(trees, withSdk), ours);
                    var compilation = BenchCompilations.Create(trees, withSdk);
                    var (netTime, _) = Measure(compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(recommended)), netAnalyzers);
                    Console.WriteLine(FormattableString.Invariant(
                        $"| {(withSdk ? "with SDK" : "no SDK")} | {files} ({networkFiles}) | {Corpus.LineCount(trees)} | {compile.Elapsed.TotalSeconds:F2} | {oursTime.TotalSeconds:F3} | {oursTime / compile.Elapsed:P2} | {netTime.TotalSeconds:F2} | {oursTime / netTime:P2} | {oursBytes / 1e6:F1} |"));
                }
            }
        }

        /// <summary>
        /// The analyzers' summed execution time, and the bytes allocated beyond what computing the compiler's own
        /// diagnostics of the same compilation allocates (measured on a twin compilation just before).
        /// </summary>
        private static (TimeSpan Time, long Bytes) Measure(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var twin = compilation.Clone();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            twin.GetDiagnostics();
            var compilerOnly = GC.GetTotalAllocatedBytes(precise: true) - before;

            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            before = GC.GetTotalAllocatedBytes(precise: true);
            withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            var bytes = GC.GetTotalAllocatedBytes(precise: true) - before - compilerOnly;
            var time = analyzers
                .Select(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime)
                .Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
            return (time, bytes);
        }
    }
}
