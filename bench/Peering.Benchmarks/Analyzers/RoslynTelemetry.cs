using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>
    /// Our analyzers' cost as Roslyn's own per-analyzer telemetry measures it (issue 15): a compilation analysed with
    /// <c>logAnalyzerExecutionTime: true</c>, then <c>AnalyzerTelemetryInfo[analyzer].ExecutionTime</c> of each of our
    /// analyzers, against the wall time of a full <c>GetDiagnostics()</c> of the same compilation (a fresh compilation
    /// object, so no binding is shared). 2,000 generated files of which 10% use the SDK, on one thread, after a warm-up,
    /// several runs with the median reported. Some Roslyn versions report zero execution time (5.12 does); build with the
    /// 5.0.0 compiler, whose telemetry is real: <c>-p:BenchRoslynVersion=5.0.0</c>. Run with <c>--roslyn-telemetry</c>.
    /// </summary>
    internal static class RoslynTelemetry
    {
        public static void Run(int repetitions)
        {
            var ours = AnalyzerSets.Ours();
            Console.WriteLine("Host compiler: Microsoft.CodeAnalysis " + typeof(Compilation).Assembly.GetName().Version + "; analyzers: " + string.Join(", ", ours.Select(a => a.GetType().Name)));
            var warmUp = Corpus.Generate(100, 10);
            Compile(warmUp);
            Analyze(warmUp, ours);

            var trees = Corpus.Generate(2000, 200);
            Console.WriteLine(FormattableString.Invariant($"Compilation: {trees.Count} files, 200 using the SDK, {Corpus.LineCount(trees)} lines."));
            Console.WriteLine();
            Console.WriteLine("| run | GetDiagnostics (s) | " + string.Join(" | ", ours.Select(a => a.GetType().Name + " (s)")) + " | ours (s) | ours / compile |");
            Console.WriteLine("|---|---|" + string.Concat(ours.Select(_ => "---|")) + "---|---|");
            var runs = new List<(double Compile, double Ours)>();
            for (var run = 1; run <= repetitions; run++)
            {
                var compile = Compile(trees);
                var times = Analyze(trees, ours);
                var total = times.Sum(t => t.TotalSeconds);
                runs.Add((compile.TotalSeconds, total));
                Console.WriteLine(FormattableString.Invariant(
                    $"| {run} | {compile.TotalSeconds:F2} | {string.Join(" | ", times.Select(t => t.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture)))} | {total:F3} | {total / compile.TotalSeconds:P2} |"));
            }

            var ratios = runs.Select(r => r.Ours / r.Compile).OrderBy(r => r).ToList();
            Console.WriteLine();
            Console.WriteLine(FormattableString.Invariant($"Median: ours / compile = {ratios[ratios.Count / 2]:P2} (runs: {string.Join(", ", ratios.Select(r => r.ToString("P2", CultureInfo.InvariantCulture)))})."));
        }

        /// <summary>The wall time of compiling a fresh compilation of <paramref name="trees"/>: every diagnostic of the compiler.</summary>
        private static TimeSpan Compile(IReadOnlyList<SyntaxTree> trees)
        {
            var compilation = BenchCompilations.SingleThreaded(trees, withAzureSdk: true);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            compilation.GetDiagnostics();
            return watch.Elapsed;
        }

        /// <summary>Each analyzer's execution time as the analyzer driver logs it, on a fresh compilation of <paramref name="trees"/>.</summary>
        private static IReadOnlyList<TimeSpan> Analyze(IReadOnlyList<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            GC.Collect();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
            var result = BenchCompilations.SingleThreaded(trees, withAzureSdk: true).WithAnalyzers(analyzers, options).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            return analyzers.Select(a => result.AnalyzerTelemetryInfo[a].ExecutionTime).ToArray();
        }
    }
}
