using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Checks;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Parallel
{
    /// <summary>
    /// Documents are read in parallel; the run must not depend on it: the same findings, in the same order, and the
    /// same topology as reading them one after another.
    /// </summary>
    public class ParallelReadingTests
    {
        [Fact]
        public void A_parallel_run_gives_the_findings_and_topology_of_a_sequential_run()
        {
            var documents = RegionSet.Documents(regions: 48);

            var sequential = TemplateAnalyzer.Analyze(documents, AnalysisOptions.Default, new SuppressionSet(), maxDegreeOfParallelism: 1);
            var parallel = TemplateAnalyzer.Analyze(documents, AnalysisOptions.Default, new SuppressionSet(), maxDegreeOfParallelism: 4);

            Assert.Equal(Describe(sequential.Findings), Describe(parallel.Findings));
            Assert.Equal(sequential.NotNeeded, parallel.NotNeeded);
            Assert.Equal(sequential.Topology.Networks.Select(Network), parallel.Topology.Networks.Select(Network));
            Assert.Equal(
                sequential.Topology.Peerings.Select(p => p.Parent + "/" + p.Name + "->" + p.RemoteNetwork),
                parallel.Topology.Peerings.Select(p => p.Parent + "/" + p.Name + "->" + p.RemoteNetwork));
        }

        [Fact]
        public void The_compared_set_has_findings_of_every_kind_the_reader_and_the_rules_report()
        {
            // Guards the comparison above: a set without findings, or with parse failures only, would compare little.
            var result = TemplateAnalyzer.Analyze(RegionSet.Documents(regions: 48), AnalysisOptions.Default, new SuppressionSet(), maxDegreeOfParallelism: 4);

            Assert.Equal(new[] { "PEER201", "PEER301", "PEER901", "PEER902" }, result.RuleIds().Distinct().OrderBy(id => id));
            Assert.Contains(result.NotNeeded, u => u.Construct == "the function 'reference'");
            Assert.Equal((48 - 48 / RegionSet.BrokenEvery) * 4, result.Topology.Networks.Count(n => n.IsDefined));
        }

        [Fact]
        public void Suppressions_collected_while_reading_in_parallel_silence_the_same_findings()
        {
            var documents = RegionSet.Documents(regions: 48);
            var sequential = new SuppressionSet();
            var parallel = new SuppressionSet();

            var sequentialFindings = TemplateAnalyzer.Analyze(documents, AnalysisOptions.Default, sequential, maxDegreeOfParallelism: 1).Findings;
            var parallelFindings = TemplateAnalyzer.Analyze(documents, AnalysisOptions.Default, parallel, maxDegreeOfParallelism: 4).Findings;

            Assert.DoesNotContain(parallelFindings, f => f.Message.Contains("'hub-r0005'") && f.Rule.Id == "PEER301");
            Assert.Equal(Describe(sequentialFindings), Describe(parallelFindings));
        }

        private static string Network(Peering.Rules.Model.VirtualNetwork network) =>
            network.DisplayName + " " + network.Location + " " + (network.AddressPrefixes.IsKnown ? string.Join(",", network.AddressPrefixes.Value.Select(p => p.Prefix.Text)) : "?");

        private static IEnumerable<string> Describe(IEnumerable<Finding> findings) =>
            findings.Select(f => f.Rule.Id + " " + f.Severity + " " + f.Location + " " + f.Message + " [" + string.Join("; ", f.AdditionalLocations) + "]");
    }
}
