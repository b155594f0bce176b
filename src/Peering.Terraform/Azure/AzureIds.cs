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
        /// <summary>
        /// The subscription of a provider configuration whose <c>subscription_id</c> is not known, in one root module (or
        /// plan). Within the root every resource of that provider shares it, so ids built from names match exactly; two
        /// roots may deploy to different subscriptions, so their VNets of one name match only through a placeholder
        /// (<see cref="Peering.Rules.Identity.ArmResourceId.MayNameSameResource"/>), which links a reference but never
        /// makes two declarations one VNet.
        /// </summary>
        public static string UnknownSubscription(string root) => Placeholder("subscriptionId", root);

        /// <summary>A resource group that is not known, in one root module: VNets of one name in different roots stay apart.</summary>
        public static string UnknownResourceGroup(string root) => Placeholder("resourceGroup", root);

        /// <summary>A placeholder segment of a root module; the root's path separators would split the id, so they are replaced.</summary>
        private static string Placeholder(string what, string root) => "{" + what + ":" + root.Replace('/', '|').Replace('\\', '|') + "}";

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
