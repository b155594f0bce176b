using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Configuration;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Attributes Azure computes that follow from known arguments: the <c>id</c> azurerm exports (its format is in the
    /// provider's docs, T1 in the fact sheet), a resource group's id, and the subscription of the provider. They let a
    /// reference such as <c>azurerm_virtual_network.hub.id</c> become a known id when the VNet's name and resource group
    /// are known; every other computed attribute stays unknown.
    /// </summary>
    internal static class ComputedAttributes
    {
        /// <summary>Resource-group resources: their ARM type path and the arguments that name them, outermost first.</summary>
        private static readonly Dictionary<string, (string TypePath, string[] NameArguments)> Named = new Dictionary<string, (string, string[])>(System.StringComparer.Ordinal)
        {
            ["azurerm_virtual_network"] = ("Microsoft.Network/virtualNetworks", new[] { "name" }),
            ["azurerm_subnet"] = ("Microsoft.Network/virtualNetworks/subnets", new[] { "virtual_network_name", "name" }),
            ["azurerm_virtual_network_peering"] = ("Microsoft.Network/virtualNetworks/virtualNetworkPeerings", new[] { "virtual_network_name", "name" }),
            ["azurerm_virtual_network_gateway"] = ("Microsoft.Network/virtualNetworkGateways", new[] { "name" }),
            ["azurerm_route_table"] = ("Microsoft.Network/routeTables", new[] { "name" }),
            ["azurerm_route"] = ("Microsoft.Network/routeTables/routes", new[] { "route_table_name", "name" }),
            ["azurerm_route_server"] = ("Microsoft.Network/virtualHubs", new[] { "name" }),
            ["azurerm_public_ip"] = ("Microsoft.Network/publicIPAddresses", new[] { "name" }),
            ["azurerm_network_security_group"] = ("Microsoft.Network/networkSecurityGroups", new[] { "name" }),
        };

        /// <summary>The computed attribute's value when it follows from known arguments; null when it is not known before apply.</summary>
        public static TfValue? Value(ResourceInstance instance, string attribute)
        {
            switch (instance.Type, attribute)
            {
                case ("azurerm_client_config", "subscription_id"):
                    return new TfString(instance.Subscription);
                case ("azurerm_subscription", "subscription_id"):
                    return instance.Argument("subscription_id") ?? new TfString(instance.Subscription);
                case ("azurerm_subscription", "id"):
                    return (instance.Argument("subscription_id") ?? new TfString(instance.Subscription)) is TfString s ? new TfString("/subscriptions/" + s.Value) : null;
                case ("azurerm_resource_group", "id"):
                    return Known(instance.Argument("name")) is string group ? new TfString(AzureIds.ResourceGroup(instance.Subscription, group)) : null;
                case ("azurerm_subnet_route_table_association", "id"):
                    // azurerm's association id is the subnet's id.
                    return instance.Argument("subnet_id");
                case ("azapi_resource", "id"):
                    return AzapiId(instance);
                case (_, "id") when Named.TryGetValue(instance.Type, out var naming):
                    var group2 = Known(instance.Argument("resource_group_name"));
                    var names = naming.NameArguments.Select(a => Known(instance.Argument(a))).ToArray();
                    return group2 != null && names.All(n => n != null) ? new TfString(AzureIds.Resource(instance.Subscription, group2, naming.TypePath, names!)) : null;
                default:
                    return null;
            }
        }

        /// <summary>A VNet's inline <c>subnet</c> blocks export their <c>id</c>: the VNet's id and the subnet's name.</summary>
        public static TfObject WithNestedId(ResourceInstance instance, string blockType, TfObject block)
        {
            if (instance.Type != "azurerm_virtual_network" || blockType != "subnet" || block.Attribute("id") != null)
            {
                return block;
            }

            TfValue id = instance.Read("id") is TfString vnet && block.Attribute("name") is TfString name
                ? new TfString(vnet.Value + "/subnets/" + name.Value)
                : new TfUnknown(new ValueOrigin(instance.Root, instance.Address, "subnet"));
            return TfObject.Of(block.Attributes.Append(new KeyValuePair<string, TfValue>("id", id)));
        }

        /// <summary>An azapi resource's id: <c>parent_id</c>, then the type's last segment and the name (a top-level type adds <c>/providers/</c>).</summary>
        private static TfValue? AzapiId(ResourceInstance instance)
        {
            if (Known(instance.Argument("parent_id")) is not string parent || Known(instance.Argument("name")) is not string name || Known(instance.Argument("type")) is not string type)
            {
                return null;
            }

            var typePath = type.Split('@')[0];
            var segments = typePath.Split('/');
            return new TfString(segments.Length == 2
                ? parent + "/providers/" + typePath + "/" + name
                : parent + "/" + segments[^1] + "/" + name);
        }

        private static string? Known(TfValue? value) => value is TfString { Value.Length: > 0 } text ? text.Value : null;
    }
}
