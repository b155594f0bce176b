using System.Collections.Generic;
using System.Text;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Resource ids as azurerm builds them from names (the ids its resources export), with a placeholder where the
    /// subscription or resource group is not known, as the template front end writes them.
    /// </summary>
    internal static class AzureIds
    {
        /// <summary>The subscription of a provider configuration whose <c>subscription_id</c> is not known.</summary>
        public const string PlaceholderSubscription = "{subscriptionId}";

        /// <summary>A resource group whose name is not known; only used to match a VNet by name.</summary>
        public const string PlaceholderResourceGroup = "{resourceGroup}";

        public static string ResourceGroup(string subscription, string resourceGroup) =>
            "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup;

        /// <summary><c>/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/hub/subnets/a</c> from the type path and one name per type.</summary>
        public static string Resource(string subscription, string resourceGroup, string typePath, IReadOnlyList<string> names)
        {
            var types = typePath.Split('/');
            var id = new StringBuilder(ResourceGroup(subscription, resourceGroup)).Append("/providers/").Append(types[0]);
            for (var i = 1; i < types.Length && i - 1 < names.Count; i++)
            {
                id.Append('/').Append(types[i]).Append('/').Append(names[i - 1]);
            }

            return id.ToString();
        }
    }
}
