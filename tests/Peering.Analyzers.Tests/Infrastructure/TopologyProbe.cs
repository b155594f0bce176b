using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs the whole-compilation analyzer on user code and hands back the topology it merged.</summary>
    public static class TopologyProbe
    {
        public static async Task<Topology> CollectAsync(string source, SdkShape shape)
        {
            var compilation = AnalyzerRunner.Compile(source, shape);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Topology? topology = null;
            var analyzer = new PeeringCompilationAnalyzer(merged => topology = merged);
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (exception, _, _) => throw exception, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), options).GetAnalyzerDiagnosticsAsync();
            return topology ?? throw new System.InvalidOperationException("The compilation end was not reached");
        }
    }
}
