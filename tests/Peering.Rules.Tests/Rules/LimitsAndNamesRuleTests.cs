using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>PEER405 and PEER501-PEER503.</summary>
    public sealed class LimitsAndNamesRuleTests
    {
        [Fact]
        public void PEER405_reports_a_hub_side_name_reused_for_another_spoke()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            t.Peering(hub, t.Network("spoke1"), "hub-to-spoke");
            t.Peering(hub, t.Network("spoke2"), "Hub-To-Spoke");
            t.Peering(hub, t.Network("spoke3"), "hub-to-spoke");

            var findings = t.Run(new ReusedPeeringNameRule());
            Assert.Equal(2, findings.Count);
            Assert.Equal("Hub-To-Spoke.Name", findings[0].Location);
            Assert.Equal(new object[] { "peering hub-to-spoke" }, findings[0].AdditionalLocations);
            Assert.Contains("points at VNet 'spoke2', but the same name already points at VNet 'spoke1'", findings[0].Message);
            Assert.Contains("ChangingRemoteVirtualNetworkNotAllowed", findings[1].Message);
        }

        [Fact]
        public void PEER405_names_same_named_remotes_by_their_resource_ids()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var first = t.Network("spoke");
            var second = new VirtualNetwork(ResourceIdentity.Named("spoke", ResourceIdentity.Named("other", null)), "spoke", "vnet other spoke");
            first.ResourceId = ArmResourceIdFor("sub-a", "spoke");
            second.ResourceId = ArmResourceIdFor("sub-b", "spoke");
            t.Topology.Networks.Add(second);
            t.Peering(hub, first, "hub-to-spoke");
            t.Peering(hub, second, "hub-to-spoke");

            var finding = Assert.Single(t.Run(new ReusedPeeringNameRule()));
            Assert.Contains(
                "points at VNet 'spoke' in resource group 'rg' of subscription 'sub-b', "
                + "but the same name already points at VNet 'spoke' in resource group 'rg' of subscription 'sub-a'",
                finding.Message);
        }

        private static ArmResourceId ArmResourceIdFor(string subscription, string name) =>
            Peering.Rules.Identity.ArmResourceId.Parse("/subscriptions/" + subscription + "/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/" + name).Id!;

        [Fact]
        public void PEER405_is_silent_for_the_same_remote_other_parents_conditional_or_unresolved_peerings()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            t.Peering(hub, spoke, "link");
            t.Peering(hub, spoke, "link");
            t.Peering(t.Network("other"), t.Network("x"), "link");
            t.Peering(hub, t.Network("y"), "link", p => p.IsConditional = true);
            t.Topology.Peerings.Add(new VirtualNetworkPeering("unresolved") { Parent = hub, Name = TopologyBuilder.Known("link") });

            Assert.Empty(t.Run(new ReusedPeeringNameRule()));
        }

        [Fact]
        public void PEER501_reports_once_per_VNet_above_the_profile_limit()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            for (int i = 0; i < 51; i++)
            {
                t.Peering(hub, t.Network("spoke" + i), "hub-to-spoke" + i);
            }

            Assert.Empty(t.Run(new PeeringLimitRule()));
            var finding = Assert.Single(t.Run(new PeeringLimitRule(), PlatformProfile.October2017));
            Assert.Equal("peering hub-to-spoke50", finding.Location);
            Assert.Contains("VNet 'hub' has 51 peerings, more than the 50", finding.Message);
            Assert.Contains("2017-10", finding.Message);
        }

        [Fact]
        public void PEER501_counts_one_name_written_twice_once_and_skips_conditional_peerings()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            for (int i = 0; i < 50; i++)
            {
                t.Peering(hub, t.Network("spoke" + i), "hub-to-spoke" + i);
            }

            t.Peering(hub, t.Network("again"), "HUB-TO-SPOKE0");
            t.Peering(hub, t.Network("maybe"), "hub-to-maybe", p => p.IsConditional = true);
            Assert.Empty(t.Run(new PeeringLimitRule(), PlatformProfile.October2017));
        }

        [Fact]
        public void PEER501_uses_the_current_limit_of_500()
        {
            Assert.Equal(500, PlatformProfiles.MaxPeeringsPerNetwork(PlatformProfile.Current));
            var t = new TopologyBuilder();
            var hub = t.Network("hub");
            var spoke = t.Network("spoke");
            for (int i = 0; i < 501; i++)
            {
                t.Topology.Peerings.Add(new VirtualNetworkPeering("copy " + i) { Parent = hub, Remote = TopologyBuilder.Known(new RemoteNetworkReference("id", spoke, null, null)) });
            }

            var finding = Assert.Single(t.Run(new PeeringLimitRule()));
            Assert.Equal("copy 500", finding.Location);
            Assert.Equal("VNet 'hub' has 501 peerings, more than the 500 a VNet can have", finding.Message);
        }

        [Fact]
        public void PEER502_differs_by_profile_and_names_both_tenants()
        {
            var t = new TopologyBuilder();
            t.Peering(t.Network("a", tenant: "tenant-a"), t.Network("b", tenant: "tenant-b"), "a-to-b");

            var current = Assert.Single(t.Run(new CrossTenantPeeringRule()));
            Assert.Equal(RuleSeverity.Info, current.Severity);
            Assert.Contains("VNet 'a' in tenant 'tenant-a' with VNet 'b' in tenant 'tenant-b'", current.Message);
            Assert.Contains("auxiliary token", current.Message);
            var october = Assert.Single(t.Run(new CrossTenantPeeringRule(), PlatformProfile.October2017));
            Assert.Equal(RuleSeverity.Error, october.Severity);
            Assert.Contains("requires both VNets in one tenant", october.Message);
        }

        [Fact]
        public void PEER502_is_silent_for_one_tenant_or_an_unknown_tenant()
        {
            var t = new TopologyBuilder();
            t.Peering(t.Network("a", tenant: "T1"), t.Network("b", tenant: "t1"), "a-to-b");
            t.Peering(t.Network("c", tenant: "t1"), t.Network("d"), "c-to-d");
            Assert.Empty(t.Run(new CrossTenantPeeringRule(), PlatformProfile.October2017));
        }

        [Fact]
        public void PEER503_reports_global_peering_outside_the_preview_regions_only_under_2017_10()
        {
            var t = new TopologyBuilder();
            t.Peering(t.Network("a", location: "westus2"), t.Network("b", location: "northeurope"), "a-to-b");

            Assert.Empty(t.Run(new GlobalPeeringPreviewRegionRule()));
            var finding = Assert.Single(t.Run(new GlobalPeeringPreviewRegionRule(), PlatformProfile.October2017));
            Assert.Contains("VNet 'a' (westus2) with VNet 'b' (northeurope)", finding.Message);
            Assert.Contains("northeurope is not among them", finding.Message);
            Assert.Equal(new object[] { "a.Location", "b.Location" }, finding.AdditionalLocations);
        }

        [Fact]
        public void PEER503_is_silent_within_one_region_between_preview_regions_or_with_an_unknown_region()
        {
            var t = new TopologyBuilder();
            t.Peering(t.Network("a", location: "westeurope"), t.Network("b", location: "westeurope"), "a-to-b");
            t.Peering(t.Network("c", location: "westus2"), t.Network("d", location: "canadacentral"), "c-to-d");
            t.Peering(t.Network("e", location: "westeurope"), t.Network("f"), "e-to-f");
            Assert.Empty(t.Run(new GlobalPeeringPreviewRegionRule(), PlatformProfile.October2017));
        }

        [Fact]
        public void Every_rule_of_the_catalogue_with_compilation_or_template_scope_is_in_the_rule_set()
        {
            var implemented = PeeringRules.All.Select(r => r.Rule.Id).ToHashSet();
            var expected = RuleCatalogue.All.Where(r => r.Category != RuleCategories.Validator).Select(r => r.Id).ToHashSet();
            Assert.Subset(implemented, expected);
            Assert.Equal(implemented.Count, PeeringRules.All.Count);
        }
    }
}
