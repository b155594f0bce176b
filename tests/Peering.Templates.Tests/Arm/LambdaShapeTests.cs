using System.Linq;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>
    /// Spokes described by an object parameter and turned into VNets and peerings through items(), map() with an index,
    /// filter(), tryGet() and cidrSubnet(), the way compiled Azure Verified Modules build them: every name, prefix and flag
    /// is known, so the peering rules fire where the fixture plants a mistake and stay silent elsewhere.
    /// </summary>
    public class LambdaShapeTests
    {
        private static TemplateAnalysisResult Analyze() => TemplateRun.Analyze(new TemplateDocument("lambda-shaped.json", Fixtures.Read("lambda-shaped.json")));

        [Fact]
        public void Every_vnet_gets_its_name_and_computed_prefix()
        {
            var result = Analyze();

            // items() orders the spokes by key (legacy, spoke1, spoke2, spoke3); map's index i gives spoke number i + 1 of the /8.
            Assert.Equal(
                new[] { "hub 10.0.0.0/16", "legacy 10.0.128.0/24", "spoke1 10.2.0.0/16", "spoke2 10.3.0.0/16", "spoke3 10.4.0.0/16" },
                result.Topology.Networks.Select(n => n.DisplayName + " " + string.Join(",", n.AddressPrefixes.Value.Select(p => p.Prefix.Text))).OrderBy(s => s));
            Assert.True(result.Network("hub").HasGateway.Is(true));
        }

        [Fact]
        public void Only_the_spokes_the_filter_keeps_are_peered_both_ways()
        {
            var result = Analyze();

            Assert.Equal(
                new[] { "hub-to-legacy hub->legacy", "hub-to-spoke1 hub->spoke1", "hub-to-spoke2 hub->spoke2", "legacy-to-hub legacy->hub", "spoke1-to-hub spoke1->hub", "spoke2-to-hub spoke2->hub" },
                result.Topology.Peerings.Select(p => p.Name.Value + " " + p.Parent!.DisplayName + "->" + p.RemoteNetwork!.DisplayName).OrderBy(s => s));
            Assert.True(result.Peering("spoke1-to-hub").UseRemoteGateways.Is(true));
            Assert.True(result.Peering("spoke2-to-hub").UseRemoteGateways.Is(false));
        }

        [Fact]
        public void The_planted_overlap_is_the_only_finding_and_nothing_is_left_unevaluated()
        {
            var result = Analyze();

            // legacy's own prefix (from tryGet) lies inside the hub's; spoke1's use of the hub gateway is correct.
            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER201", finding.Rule.Id);
            Assert.Contains("legacy", finding.Message);
        }
    }
}
