using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>
    /// One 2,000-file compilation (about 300,000 lines), compiled alone, with our analyzers, and with NetAnalyzers'
    /// recommended set. With the SDK, 10% of the files build networks through it; without it, none does and the
    /// reference is absent, so our analyzers should register nothing.
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerCostBenchmarks
    {
        private IReadOnlyList<SyntaxTree> trees = null!;
        private ImmutableArray<DiagnosticAnalyzer> ours;
        private ImmutableArray<DiagnosticAnalyzer> netAnalyzers;
        private ImmutableDictionary<string, ReportDiagnostic> recommended = null!;

        [Params(false, true)]
        public bool WithAzureSdk { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            trees = Corpus.Generate(files: 2000, networkFiles: WithAzureSdk ? 200 : 0);
            ours = AnalyzerSets.Ours();
            netAnalyzers = AnalyzerSets.NetAnalyzers();
            recommended = AnalyzerSets.RecommendedSeverities();
        }

        [Benchmark(Baseline = true)]
        public int Compile() => BenchCompilations.Create(trees, WithAzureSdk).GetDiagnostics().Length;

        [Benchmark]
        public int CompileWithPeeringAnalyzers() => Analyze(BenchCompilations.Create(trees, WithAzureSdk), ours);

        [Benchmark]
        public int CompileWithNetAnalyzers()
        {
            var compilation = BenchCompilations.Create(trees, WithAzureSdk);
            var options = compilation.Options.WithSpecificDiagnosticOptions(recommended);
            return Analyze(compilation.WithOptions(options), netAnalyzers);
        }

        /// <summary>Compiler and analyzer diagnostics together, as a build computes them.</summary>
        internal static int Analyze(CSharpCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers) =>
            compilation.WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}
