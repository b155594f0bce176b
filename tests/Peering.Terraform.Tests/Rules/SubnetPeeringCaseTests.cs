using System.Linq;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using static Peering.Terraform.Tests.Infrastructure.Tf;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;

namespace Peering.Terraform.Tests.Rules
{
    /// <summary>
    /// Subnet peering (azurerm 3.109+ <c>peer_complete_virtual_networks_enabled</c>, <c>local_subnet_names</c>,
    /// <c>remote_subnet_names</c>, <c>only_ipv6_peering_enabled</c>; azapi bodies with the wire names) and IPAM pools in
    /// PEER201, PEER202, PEER206 and PEER501: a case that reports, one that does not, one whose deciding value is unknown.
    /// The VNets follow the subnet-peering how-to: a and c share 10.1.0.0/16; subnet4 and subnet5 lie in ranges of their own.
    /// </summary>
    public sealed class SubnetPeeringCaseTests
    {
        private static readonly AnalysisOptions October2017 = new AnalysisOptions(PlatformProfile.October2017, closedWorld: false);

        private static readonly string HowToNetworks =
            VNetWithSubnets("a", "\"10.1.0.0/16\", \"10.0.0.0/16\"", ("subnet1", "10.1.1.0/24"), ("subnet4", "10.0.1.0/24"))
            + VNetWithSubnets("c", "\"10.1.0.0/16\", \"10.6.0.0/16\"", ("subnet5", "10.6.1.0/24"));

        /// <summary>A VNet with inline subnet blocks, which makes its subnets all known.</summary>
        private static string VNetWithSubnets(string name, string space, params (string Name, string Prefix)[] subnets) => $$"""
            resource "azurerm_virtual_network" "{{name}}" {
              name                = "{{name}}"
              location            = "westeurope"
              resource_group_name = "rg-network"
              address_space       = [{{space}}]
            {{string.Concat(subnets.Select(s => $"  subnet {{\n    name             = \"{s.Name}\"\n    address_prefixes = [\"{s.Prefix}\"]\n  }}\n"))}}}

            """;

        /// <summary>The arguments of a subnet peering naming HCL list expressions of local and remote subnets.</summary>
        private static string Subnets(string local, string remote) =>
            "peer_complete_virtual_networks_enabled = false\n  local_subnet_names = " + local + "\n  remote_subnet_names = " + remote;

        private static string SubnetPair(string a, string aSubnets, string b, string bSubnets) =>
            Link(a, b, Subnets(aSubnets, bSubnets)) + Link(b, a, Subnets(bSubnets, aSubnets));

        private static string[] Rules(string configuration, AnalysisOptions? options = null) =>
            Analyze(options ?? AnalysisOptions.Default, File("main.tf", configuration)).RuleIds;

        [Fact]
        public void PEER201_subnet_peering_of_overlapping_vnets_is_judged_by_the_ranges_of_its_peered_subnets()
        {
            var unique = HowToNetworks + SubnetPair("a", "[\"subnet4\"]", "c", "[\"subnet5\"]");
            var shared = HowToNetworks + SubnetPair("a", "[\"subnet1\"]", "c", "[\"subnet5\"]");
            var unknown = Unknown("peered") + HowToNetworks + SubnetPair("a", "var.peered", "c", "[\"subnet5\"]");

            Assert.Empty(Rules(unique));
            var finding = Assert.Single(Analyze(File("main.tf", shared)).Findings);
            Assert.Equal("PEER201", finding.Rule.Id);
            Assert.Contains("subnet 'subnet1' of VNet 'a' (10.1.1.0/24) lies in 10.1.0.0/16, which overlaps 10.1.0.0/16 of VNet 'c'", finding.Message);
            Assert.Empty(Rules(unknown));

            // The 2017-10 profile has no subnet peering: the complete address spaces overlap.
            Assert.Equal(new[] { "PEER201" }, Rules(unique, October2017));
        }

        [Fact]
        public void PEER201_ipv6_only_peering_counts_the_ipv6_ranges_only()
        {
            string DualStack(string ipv6Settings) => VNet("a", "10.0.0.0/16").Replace("[\"10.0.0.0/16\"]", "[\"10.0.0.0/16\", \"fd00:a::/48\"]")
                + VNet("b", "10.0.0.0/16").Replace("[\"10.0.0.0/16\"]", "[\"10.0.0.0/16\", \"fd00:b::/48\"]")
                + Link("a", "b", ipv6Settings) + Link("b", "a", ipv6Settings);

            Assert.Empty(Rules(DualStack("only_ipv6_peering_enabled = true")));
            Assert.Equal(new[] { "PEER201" }, Rules(DualStack(string.Empty)));
            Assert.Empty(Rules(Unknown("ipv6") + DualStack("only_ipv6_peering_enabled = var.ipv6")));
        }

        [Fact]
        public void PEER202_spokes_joined_by_subnet_peering_are_compared_by_their_peered_subnets()
        {
            string Spokes(string secondPeered) => VNetWithSubnets("hub", "\"10.0.0.0/16\"", ("shared", "10.0.1.0/24"))
                + VNetWithSubnets("spoke1", "\"10.1.0.0/16\"", ("app", "10.1.1.0/24"))
                + VNetWithSubnets("spoke2", "\"10.1.0.0/16\"", ("web", "10.1.2.0/24"), ("legacy", "10.1.1.0/25"))
                + SubnetPair("hub", "[\"shared\"]", "spoke1", "[\"app\"]")
                + SubnetPair("hub", "[\"shared\"]", "spoke2", secondPeered);

            Assert.Empty(Rules(Spokes("[\"web\"]")));
            Assert.Equal(new[] { "PEER202" }, Rules(Spokes("[\"legacy\"]")));
            Assert.Empty(Rules(Unknown("peered") + Spokes("var.peered")));
        }

        [Fact]
        public void PEER206_a_peered_subnet_the_vnet_does_not_have()
        {
            var missing = HowToNetworks + SubnetPair("a", "[\"subnet4\", \"cache\"]", "c", "[\"subnet5\"]");

            var result = Analyze(File("main.tf", missing));
            Assert.Equal(new[] { "PEER206", "PEER206" }, result.RuleIds);
            Assert.Contains("names subnet 'cache' of VNet 'a', which has only subnets 'subnet1', 'subnet4'", result.Findings[0].Message);
            Assert.Equal(new[] { "PEER201" }, Rules(missing, October2017));
            Assert.Empty(Rules(HowToNetworks + SubnetPair("a", "[\"subnet4\"]", "c", "[\"subnet5\"]")));

            // Subnets that are resources of their own may be joined by others elsewhere; names not known decide nothing.
            var separate = VNet("a", "10.0.0.0/16") + VNet("c", "10.6.0.0/16") + RoutedSubnet("a", "10.0.1.0/24", "name = \"default\"\n address_prefix = \"0.0.0.0/0\"\n next_hop_type = \"Internet\"")
                + SubnetPair("a", "[\"workloads\", \"cache\"]", "c", "[\"subnet5\"]");
            Assert.Empty(Rules(separate));
            Assert.Empty(Rules(Unknown("peered") + HowToNetworks + SubnetPair("a", "var.peered", "c", "[\"subnet5\"]")));
        }

        [Fact]
        public void PEER206_in_an_azapi_peering_body()
        {
            string Body(string localSubnets) => HowToNetworks + Link("c", "a", Subnets("[\"subnet5\"]", "[\"subnet4\"]")) + $$"""
                resource "azapi_resource" "a_to_c" {
                  type      = "Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01"
                  name      = "a-to-c"
                  parent_id = azurerm_virtual_network.a.id
                  body = {
                    properties = {
                      remoteVirtualNetwork = { id = azurerm_virtual_network.c.id }
                      peerCompleteVnets    = false
                      localSubnetNames     = {{localSubnets}}
                      remoteSubnetNames    = ["subnet5"]
                    }
                  }
                }
                """;

            var missing = Body("[\"subnet4\", \"cache\"]");
            var azapiLine = missing.Split('\n').ToList().FindIndex(line => line.StartsWith("resource \"azapi_resource\"", System.StringComparison.Ordinal)) + 1;
            Assert.Equal(new[] { "PEER206@main.tf:" + azapiLine }, Analyze(File("main.tf", missing)).Summary);
            Assert.Empty(Rules(Body("[\"subnet4\"]")));
            Assert.Empty(Rules(Unknown("peered") + Body("var.peered")));
        }

        [Fact]
        public void PEER501_more_than_200_subnets_on_one_side_of_a_subnet_peering()
        {
            string Peered(string count) => VNet("a", "10.0.0.0/8") + VNet("b", "172.16.0.0/16")
                + Link("a", "b", Subnets("[for i in range(" + count + ") : \"snet-${i}\"]", "[\"db\"]"));

            Assert.Contains("PEER501", Rules(Peered("201")));
            Assert.DoesNotContain("PEER501", Rules(Peered("200")));
            Assert.DoesNotContain("PEER501", Rules(Unknown("count") + Peered("var.count")));
        }

        [Fact]
        public void An_address_space_from_an_ipam_pool_is_unknown_and_claims_no_overlap_or_invalid_prefix()
        {
            const string Pool = "/subscriptions/s/resourceGroups/rg-avnm/providers/Microsoft.Network/networkManagers/avnm/ipamPools/spokes";
            var pooled = VNet("hub", "10.0.0.0/16") + $$"""
                resource "azurerm_virtual_network" "spoke" {
                  name                = "spoke"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                  ip_address_pool {
                    id                     = "{{Pool}}"
                    number_of_ip_addresses = "65536"
                  }
                }

                resource "azapi_resource" "other" {
                  type      = "Microsoft.Network/virtualNetworks@2024-05-01"
                  name      = "other"
                  parent_id = "/subscriptions/s/resourceGroups/rg-network"
                  location  = "westeurope"
                  body = {
                    properties = {
                      addressSpace = { ipamPoolPrefixAllocations = [{ numberOfIpAddresses = "256", pool = { id = "{{Pool}}" } }] }
                      subnets      = [{ name = "app", properties = { ipamPoolPrefixAllocations = [{ numberOfIpAddresses = "16", pool = { id = "{{Pool}}" } }] } }]
                    }
                  }
                }

                """ + Link("hub", "spoke") + Link("spoke", "hub") + Link("hub", "other").Replace("azurerm_virtual_network.other.id", "azapi_resource.other.id")
                + Link("other", "hub").Replace("azurerm_virtual_network.other.name", "\"other\"");

            var result = Analyze(File("main.tf", pooled));

            Assert.Empty(result.RuleIds);
            Assert.Equal(FactState.Unknown, result.Network("spoke").AddressPrefixes.State);
            Assert.Equal(FactState.Unknown, result.Network("other").AddressPrefixes.State);
            Assert.Equal(FactState.Unknown, result.Network("other").SubnetNamed("app").Value.AddressPrefixes.State);
        }
    }
}
