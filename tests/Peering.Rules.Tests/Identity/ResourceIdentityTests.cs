using Peering.Rules.Identity;

namespace Peering.Rules.Tests.Identity
{
    /// <summary>When two facts are about one resource: the identity both front ends give VNets and route tables.</summary>
    public sealed class ResourceIdentityTests
    {
        private const string HubId = "/subscriptions/s/resourceGroups/Network-RG/providers/Microsoft.Network/virtualNetworks/Hub";

        [Fact]
        public void Ids_are_one_resource_whatever_their_case()
        {
            var written = ResourceIdentity.Of(ArmResourceId.Parse(HubId).Id!);
            var lowered = ResourceIdentity.Of(ArmResourceId.Parse(HubId.ToLowerInvariant() + "/").Id!);

            Assert.Equal(written, lowered);
            Assert.Equal(written.GetHashCode(), lowered.GetHashCode());
            Assert.False(written.IsLocal);
            Assert.Equal(HubId.ToLowerInvariant(), written.ToString());
        }

        [Fact]
        public void An_id_with_a_placeholder_is_one_resource_only_in_the_root_that_writes_it()
        {
            var placeholder = ArmResourceId.Parse("/subscriptions/{subscriptionId}/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/HubVnet").Id!;
            var groupUnknown = ArmResourceId.Parse("/subscriptions/s/resourceGroups/{resourceGroup}/providers/Microsoft.Network/virtualNetworks/HubVnet").Id!;
            var subscriptionUnknown = ArmResourceId.Parse("/subscriptions/{subscriptionId}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/HubVnet").Id!;

            foreach (var id in new[] { placeholder, groupUnknown, subscriptionUnknown })
            {
                Assert.Equal(ResourceIdentity.Of(id, "a/main.json"), ResourceIdentity.Of(id, "a/main.json"));
                Assert.Equal(ResourceIdentity.Of(id, "a/main.json").GetHashCode(), ResourceIdentity.Of(id, "a/main.json").GetHashCode());
                Assert.NotEqual(ResourceIdentity.Of(id, "a/main.json"), ResourceIdentity.Of(id, "b/main.json"));
                Assert.NotEqual(ResourceIdentity.Of(id), ResourceIdentity.Of(id, "a/main.json"));
                Assert.Same(id, ResourceIdentity.Of(id, "a/main.json").ResourceId);
            }

            Assert.Equal(placeholder.Key + " in a/main.json", ResourceIdentity.Of(placeholder, "a/main.json").ToString());
        }

        [Fact]
        public void An_id_without_a_placeholder_is_one_resource_whichever_root_writes_it()
        {
            var id = ArmResourceId.Parse(HubId).Id!;

            Assert.Equal(ResourceIdentity.Of(id, "a/main.json"), ResourceIdentity.Of(id, "b/main.json"));
            Assert.Equal(ResourceIdentity.Of(id), ResourceIdentity.Of(id, "a/main.json"));
            Assert.Equal(ResourceIdentity.Of(id).GetHashCode(), ResourceIdentity.Of(id, "b/main.json").GetHashCode());
        }

        [Fact]
        public void A_name_is_one_resource_only_in_the_same_group()
        {
            var group = ResourceIdentity.Named("network-rg", null);

            Assert.Equal(ResourceIdentity.Named("hub", group), ResourceIdentity.Named("HUB", ResourceIdentity.Named("Network-RG", null)));
            Assert.Equal(ResourceIdentity.Named("hub", group).GetHashCode(), ResourceIdentity.Named("HUB", ResourceIdentity.Named("Network-RG", null)).GetHashCode());
            Assert.NotEqual(ResourceIdentity.Named("hub", group), ResourceIdentity.Named("hub", ResourceIdentity.Named("other-rg", null)));
            Assert.NotEqual(ResourceIdentity.Named("hub", group), ResourceIdentity.Named("hub", ResourceIdentity.HeldBy("parameter rg")));
            Assert.NotEqual(ResourceIdentity.Named("hub", group), ResourceIdentity.Of(ArmResourceId.Parse(HubId).Id!));
        }

        [Fact]
        public void A_holder_is_one_resource_wherever_it_is_read()
        {
            Assert.Equal(ResourceIdentity.HeldBy("member Networks.Hub"), ResourceIdentity.HeldBy("member Networks.Hub"));
            Assert.NotEqual(ResourceIdentity.HeldBy("member Networks.Hub"), ResourceIdentity.HeldBy("member Networks.Spoke"));
            Assert.True(ResourceIdentity.HeldBy("parameter rg").IsHeld);
            Assert.False(ResourceIdentity.HeldBy("parameter rg").IsLocal);
        }

        [Fact]
        public void A_unique_resource_is_only_itself_and_so_is_anything_named_in_a_unique_group()
        {
            var unique = ResourceIdentity.Unique("hub");
            var localGroup = ResourceIdentity.Unique("rg");

            Assert.Equal(unique, unique);
            Assert.NotEqual(unique, ResourceIdentity.Unique("hub"));
            Assert.True(unique.IsLocal);
            Assert.True(ResourceIdentity.Named("hub", localGroup).IsLocal);
            Assert.Equal(ResourceIdentity.Named("hub", localGroup), ResourceIdentity.Named("hub", localGroup));
            Assert.NotEqual(ResourceIdentity.Named("hub", localGroup), ResourceIdentity.Named("hub", ResourceIdentity.Unique("rg")));
        }

        [Theory]
        [InlineData(HubId, HubId)]
        [InlineData(HubId + "/subnets/GatewaySubnet", HubId)]
        [InlineData("/subscriptions/s/resourceGroups/Network-RG/providers/Microsoft.ClassicNetwork/virtualNetworks/Old/subnets/a", "/subscriptions/s/resourceGroups/Network-RG/providers/Microsoft.ClassicNetwork/virtualNetworks/Old")]
        [InlineData("/subscriptions/s/resourceGroups/Network-RG/providers/Microsoft.Network/routeTables/rt", null)]
        [InlineData("/subscriptions/s/resourceGroups/Network-RG/providers/Microsoft.Network/virtualNetworkGateways/vpn", null)]
        [InlineData("/subscriptions/s/providers/Microsoft.Network/virtualNetworks/Hub", null)]
        public void The_vnet_an_id_names_or_lies_in(string id, string? expected) =>
            Assert.Equal(expected?.ToLowerInvariant(), ArmResourceId.Parse(id).Id!.EnclosingVirtualNetwork()?.Key);

        [Theory]
        [InlineData("West Europe", "westeurope")]
        [InlineData("westeurope", "westeurope")]
        [InlineData("WestEurope", "westeurope")]
        public void Regions_are_compared_by_their_programmatic_name(string written, string normalised) =>
            Assert.Equal(normalised, AzureRegion.Normalize(written));
    }
}
