using System;
using System.Collections.Generic;
using System.Text;
using Peering.Rules.Identity;

namespace Peering.Rules.Tests.Identity
{
    public class ArmResourceIdTests
    {
        private const string Sub = "00000000-0000-0000-0000-000000000001";
        private const string VnetId = "/subscriptions/" + Sub + "/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub";

        [Fact]
        public void Virtual_network_id_is_read_into_its_parts()
        {
            var id = Parse(VnetId);

            Assert.Equal(Sub, id.SubscriptionId);
            Assert.Equal("rg-hub", id.ResourceGroup);
            Assert.Equal("Microsoft.Network", id.ProviderNamespace);
            Assert.Equal("Microsoft.Network/virtualNetworks", id.ResourceType);
            Assert.Equal("vnet-hub", id.Name);
            Assert.Equal(new[] { "vnet-hub" }, id.Names);
            Assert.True(id.IsVirtualNetwork);
            Assert.False(id.IsClassic);
            Assert.Equal(VnetId.ToLowerInvariant(), id.Key);
            Assert.Equal(VnetId, id.ToString());
        }

        [Fact]
        public void Child_resource_id_keeps_the_whole_type_path()
        {
            var id = Parse(VnetId + "/subnets/default");

            Assert.Equal("Microsoft.Network/virtualNetworks/subnets", id.ResourceType);
            Assert.Equal(new[] { "vnet-hub", "default" }, id.Names);
            Assert.Equal("default", id.Name);
            Assert.False(id.IsVirtualNetwork);
        }

        [Fact]
        public void Classic_virtual_network_is_a_virtual_network()
        {
            var id = Parse("/subscriptions/" + Sub + "/resourceGroups/rg/providers/Microsoft.ClassicNetwork/virtualNetworks/old");

            Assert.True(id.IsClassic);
            Assert.True(id.IsVirtualNetwork);
            Assert.Equal("Microsoft.ClassicNetwork/virtualNetworks", id.ResourceType);
        }

        [Theory]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", true, false)]
        [InlineData("/SUBSCRIPTIONS/s/RESOURCEGROUPS/rg/PROVIDERS/microsoft.network/VIRTUALNETWORKS/v", true, false)]
        [InlineData("/subscriptions/s/resourcegroups/rg/providers/microsoft.classicnetwork/virtualnetworks/v", true, true)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/virtualNetworkPeerings/p", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/v", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualHubs/h/virtualNetworks/v", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/virtualNetworks/w", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualNetworks/v", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ClassicNetwork/reservedIps/ip", false, true)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworksX/v", false, false)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/providers/Microsoft.Authorization/locks/l", false, false)]
        public void Virtual_network_and_classic_classification(string text, bool isVirtualNetwork, bool isClassic)
        {
            var id = Parse(text);

            Assert.Equal(isVirtualNetwork, id.IsVirtualNetwork);
            Assert.Equal(isClassic, id.IsClassic);
        }

        [Fact]
        public void Subscription_level_resource_has_no_resource_group()
        {
            var id = Parse("/subscriptions/" + Sub + "/providers/Microsoft.Network/virtualNetworks/v");

            Assert.Null(id.ResourceGroup);
            Assert.Equal(Sub, id.SubscriptionId);
            Assert.True(id.IsVirtualNetwork);
        }

        [Fact]
        public void Extension_resource_is_described_by_its_own_provider()
        {
            var id = Parse(VnetId + "/providers/Microsoft.Authorization/locks/no-delete");

            Assert.Equal("Microsoft.Authorization", id.ProviderNamespace);
            Assert.Equal("Microsoft.Authorization/locks", id.ResourceType);
            Assert.Equal(new[] { "no-delete" }, id.Names);
            Assert.Equal("rg-hub", id.ResourceGroup);
        }

        [Theory]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/{rg}/providers/Microsoft.Network/virtualNetworks/{vnet}")]
        [InlineData("/subscriptions/$(SUB)/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet")]
        [InlineData("/subscriptions/my-sub/resourceGroups/rg.with.dots(1)/providers/Microsoft.Network/virtualNetworks/vnet")]
        public void Placeholder_segments_are_accepted(string text)
        {
            Assert.True(Parse(text).IsVirtualNetwork);
        }

        [Fact]
        public void Key_identifies_the_resource_regardless_of_case_whitespace_and_trailing_slash()
        {
            var written = Parse(VnetId);
            var fromTemplate = Parse("  " + VnetId.ToUpperInvariant().Replace("RESOURCEGROUPS", "resourcegroups") + "/\n");

            Assert.Equal(written.Key, fromTemplate.Key);
            Assert.Equal(VnetId.ToUpperInvariant().Replace("RESOURCEGROUPS", "resourcegroups") + "/", fromTemplate.ToString());
            Assert.NotEqual(written.Key, Parse(VnetId + "2").Key);
            Assert.NotEqual(written.Key, Parse(VnetId.Replace("rg-hub", "rg-other")).Key);
        }

        [Theory]
        [InlineData(null, ResourceIdProblem.Empty)]
        [InlineData("", ResourceIdProblem.Empty)]
        [InlineData(" \t\n", ResourceIdProblem.Empty)]
        [InlineData("vnet-hub", ResourceIdProblem.NotAbsolute)]
        [InlineData("subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("https://management.azure.com/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("/subscriptionsX/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("//subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.NotAbsolute)]
        [InlineData("/tenants/t/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.TenantPrefix)]
        [InlineData("/TENANTS/t/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.TenantPrefix)]
        [InlineData("/subscriptions", ResourceIdProblem.NotAbsolute)]
        [InlineData("/subscriptions/", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/providers", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/providers/Microsoft.Authorization", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/providers/x/y", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions//resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups//providers/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network//v", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v//", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/virtualNetworks/v", ResourceIdProblem.Malformed)]
        [InlineData("/subscriptions/s/resourceGroups/rg/Microsoft.Network/virtualNetworks/v", ResourceIdProblem.Malformed)]
        public void Problems_are_classified(string? text, ResourceIdProblem problem)
        {
            var result = ArmResourceId.Parse(text);

            Assert.Equal(problem, result.Problem);
            Assert.Null(result.Id);
            Assert.False(string.IsNullOrEmpty(result.Describe()));
        }

        [Theory]
        [InlineData("", "it is empty")]
        [InlineData("vnet-hub", "it does not start with '/subscriptions/'")]
        [InlineData("/tenants/t/subscriptions/s", "it starts with '/tenants/'; a peering needs an id that starts with '/subscriptions/'")]
        [InlineData("/subscriptions/", "it has no subscription id")]
        [InlineData("/subscriptions//resourceGroups/rg", "it has an empty segment ('//')")]
        [InlineData("/subscriptions/s/resourceGroups", "it has no resource group name after '/resourceGroups/'")]
        [InlineData("/subscriptions/s/resourceGroups/rg", "it has no '/providers/{namespace}/{type}/{name}' part")]
        [InlineData("/subscriptions/s/providers", "it has no provider namespace after '/providers/'")]
        [InlineData("/subscriptions/s/providers/Microsoft.Network", "it has no resource type and name after 'Microsoft.Network'")]
        [InlineData("/subscriptions/s/providers/Microsoft.Network/virtualNetworks", "the resource type 'virtualNetworks' has no name")]
        [InlineData("/subscriptions/s/providers/Microsoft.Network/virtualNetworks/v", "it is a valid Microsoft.Network/virtualNetworks resource id")]
        public void Describe_gives_the_reason(string text, string description)
        {
            Assert.Equal(description, ArmResourceId.Parse(text).Describe());
        }

        [Fact]
        public void Parsing_odd_input_never_throws()
        {
            var inputs = new List<string?>
            {
                null, "/", "//", "/subscriptions//", "/subscriptions/\0/resourceGroups/\0/providers/\0/\0/\0",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/\uD800",
                "/subscriptions/" + new string('s', 100_000) + "/providers/Microsoft.Network/" + new string('t', 10_000),
                "/subscriptions/" + new string('/', 10_000), "/tenants", "/tenants/", "\u202e/subscriptions/s",
            };
            var random = new Random(11);
            string[] parts = { "/", "subscriptions", "resourceGroups", "providers", "tenants", "x", "Microsoft.Network", "virtualNetworks", " ", "\0", "\u00e9" };
            for (int i = 0; i < 3000; i++)
            {
                var builder = new StringBuilder();
                int count = random.Next(0, 16);
                for (int j = 0; j < count; j++)
                {
                    builder.Append(parts[random.Next(parts.Length)]);
                }

                inputs.Add(builder.ToString());
            }

            foreach (string? input in inputs)
            {
                var result = ArmResourceId.Parse(input);
                Assert.Equal(result.Id != null, result.Problem == ResourceIdProblem.None);
                Assert.True(result.Describe().Length < 200);
                if (result.Id != null)
                {
                    Assert.NotEmpty(result.Id.Names);
                    Assert.Equal(result.Id.Key, ArmResourceId.Parse(result.Id.Key).Id!.Key);
                }
            }
        }

        private static ArmResourceId Parse(string text)
        {
            var result = ArmResourceId.Parse(text);
            Assert.Equal(ResourceIdProblem.None, result.Problem);
            return result.Id!;
        }

        [Theory]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/hub", true)]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/RG-HUB/providers/Microsoft.Network/virtualNetworks/HUB", true)]
        [InlineData("/subscriptions/" + Sub + "/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/hub", true)]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/rg-other/providers/Microsoft.Network/virtualNetworks/hub", false)]
        [InlineData("/subscriptions/00000000-0000-0000-0000-000000000002/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub", false)]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/spoke", false)]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/routeTables/hub", false)]
        [InlineData("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/hub/subnets/a", false)]
        public void Ids_with_placeholders_may_name_the_same_resource_as_known_ones(string other, bool expected)
        {
            var known = Parse("/subscriptions/" + Sub + "/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/hub");

            Assert.Equal(expected, known.MayNameSameResource(Parse(other)));
            Assert.Equal(expected, Parse(other).MayNameSameResource(known));
        }

        [Theory]
        [InlineData(VnetId, VnetId)]
        [InlineData(VnetId + "/subnets/GatewaySubnet", VnetId)]
        [InlineData(VnetId + "/virtualNetworkPeerings/hub-to-spoke", VnetId)]
        [InlineData("/subscriptions/" + Sub + "/resourceGroups/rg-hub/providers/Microsoft.Network/routeTables/rt", null)]
        [InlineData("/subscriptions/" + Sub + "/providers/Microsoft.Network/virtualNetworks/hub", null)]
        public void The_enclosing_virtual_network_of_a_vnet_or_its_children(string id, string? expected) =>
            Assert.Equal(expected?.ToLowerInvariant(), Parse(id).EnclosingVirtualNetwork()?.Key);
    }
}
