using System;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Gateways: a <c>virtualNetworkGateways</c> resource, or a Route Server's <c>virtualHubs/ipConfigurations</c>,
    /// whose IP configuration names a subnet of a VNet, gives that VNet a gateway.
    /// </summary>
    internal sealed class GatewayReader
    {
        private readonly NetworkRegistry registry;

        public GatewayReader(NetworkRegistry registry)
        {
            this.registry = registry;
        }

        public void ReadGateway(ExpandedResource resource)
        {
            foreach (var configuration in resource.Properties?.Property("ipConfigurations")?.Items() ?? Array.Empty<TemplateElement>())
            {
                MarkGateway(resource, configuration.Property("properties"));
            }
        }

        public void ReadHubIpConfiguration(ExpandedResource resource) => MarkGateway(resource, resource.Properties);

        private void MarkGateway(ExpandedResource resource, TemplateElement? configuration)
        {
            // A gateway that may not be deployed proves nothing; the model has no "maybe", so it is left out.
            var subnetId = configuration?.Property("subnet")?.Property("id")?.String;
            var id = subnetId == null || resource.IsConditional ? null : ArmResourceId.Parse(subnetId).Id;
            var network = id == null ? null : registry.NetworkOf(id);
            if (network != null)
            {
                network.HasGateway = Fact<bool>.Known(true, resource.Declaration);
            }
        }
    }
}
