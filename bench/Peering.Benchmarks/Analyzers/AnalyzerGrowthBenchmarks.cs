using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Benchmarks.Generation;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>
    /// How our cost grows with the number of files that use the SDK: the difference between the two methods at each
    /// size must grow linearly (compilation-end correlation must not compare every peering with every other one).
    /// </summary>
    [MemoryDiagnoser]
    public class AnalyzerGrowthBenchmarks
    {
        private IReadOnlyList<SyntaxTree> trees = null!;
        private ImmutableArray<DiagnosticAnalyzer> ours;

        [Params(250, 500, 1000, 2000)]
        public int NetworkFiles { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            trees = Corpus.Generate(files: NetworkFiles, networkFiles: NetworkFiles);
            ours = AnalyzerSets.Ours();
        }

        [Benchmark(Baseline = true)]
        public int Compile() => BenchCompilations.Create(trees, withAzureSdk: true).GetDiagnostics().Length;

        [Benchmark]
        public int CompileWithPeeringAnalyzers() => AnalyzerCostBenchmarks.Analyze(BenchCompilations.Create(trees, withAzureSdk: true), ours);
    }
}
