using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>An Azure region, normalised (<c>westus</c>).</summary>
    internal sealed class LocationValue : Value
    {
        public LocationValue(string name) => Name = AzureRegion.Normalize(name);

        public string Name { get; }
    }

    /// <summary>A resource id: its text when known, the VNet it names, or the resource type the code states.</summary>
    internal sealed class IdValue : Value
    {
        public IdValue(string text, VirtualNetwork? network, ArmResourceIdParseResult? parsed, string? resourceTypeFromSource, VirtualNetwork? subnetOf = null)
        {
            Reference = new RemoteNetworkReference(text, network, parsed, resourceTypeFromSource);
            SubnetOf = subnetOf;
        }

        /// <summary>The id as a peering's remote, the form the rules read.</summary>
        public RemoteNetworkReference Reference { get; }

        /// <summary>For the id of a subnet, the VNet the subnet belongs to, when known (where a gateway is deployed).</summary>
        public VirtualNetwork? SubnetOf { get; }
    }

    /// <summary>A resource group the code names or holds: VNets and route tables are named in it.</summary>
    internal sealed class ResourceGroupValue : Value
    {
        public ResourceGroupValue(ResourceIdentity identity) => Identity = identity;

        public ResourceIdentity Identity { get; }
    }
}
