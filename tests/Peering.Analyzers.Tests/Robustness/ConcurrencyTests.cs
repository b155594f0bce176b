using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The analyzers declare concurrent execution and must be stateless: the same compilation analysed by
    /// <see cref="ParallelAnalyses"/> concurrent CompilationWithAnalyzers (concurrent analysis on, the same analyzer
    /// instances) reports exactly what one sequential analysis does, and so does every repeated or fresh-instance run.
    /// </summary>
    public sealed class ConcurrencyTests
    {
        private const int ParallelAnalyses = 8;

        /// <summary>Each sample as one program, and every other input on its own, in each configuration in turn.</summary>
        public static IEnumerable<object[]> Programs() =>
            RobustnessInputs.All
                .Where(i => i.Origin != InputOrigin.Sample)
                .Select(i => i.Name)
                .Concat(RobustnessInputs.All.Where(i => i.Origin == InputOrigin.Sample).Select(i => i.Name).Take(1))
                .Select((name, index) => new object[] { name, index });

        [Theory]
        [MemberData(nameof(Programs))]
        public async Task Concurrent_analyses_of_one_compilation_report_the_same_diagnostics_as_a_sequential_one(string inputName, int configurationIndex)
        {
            var input = RobustnessInputs.Get(inputName);
            var configuration = AnalysisConfiguration.InTurn(configurationIndex);
            var compilation = input.Compile(configuration.Shape);

            var sequential = await DiagnosticsAsync(compilation, ProductComponents.Analyzers, configuration, concurrent: false);
            var concurrent = await Task.WhenAll(Enumerable.Range(0, ParallelAnalyses)
                .Select(_ => Task.Run(() => DiagnosticsAsync(compilation, ProductComponents.Analyzers, configuration, concurrent: true))));
            var again = await DiagnosticsAsync(compilation, ProductComponents.Analyzers, configuration, concurrent: false);
            var fresh = await DiagnosticsAsync(input.Compile(configuration.Shape), ProductComponents.NewAnalyzers(), configuration, concurrent: false);

            Assert.All(concurrent, run => Assert.Equal(sequential, run));
            Assert.Equal(sequential, again);
            Assert.Equal(sequential, fresh);
        }

        [Fact]
        public void Analyzers_keep_no_mutable_state_in_fields()
        {
            var mutable = ProductComponents.Analyzers
                .SelectMany(a => a.GetType().GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
                .Where(f => !f.IsInitOnly && !f.IsLiteral)
                .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

            Assert.Empty(mutable);
        }

        /// <summary>Each diagnostic as ID, place, severity, message and related places, in a stable order.</summary>
        private static async Task<IReadOnlyList<string>> DiagnosticsAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalysisConfiguration configuration, bool concurrent)
        {
            var result = await AnalyzerRunner.RunAsync(compilation, analyzers, configuration.EditorConfig, concurrent, configuration.PerFileOptions);
            Assert.Empty(result.Exceptions);
            return result.Diagnostics
                .Select(d => $"{d.Id} {d.Location.GetLineSpan()} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join(", ", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString()))}]")
                .OrderBy(text => text, StringComparer.Ordinal)
                .ToArray();
        }
    }
}
