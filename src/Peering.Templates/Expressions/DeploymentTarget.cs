using System;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The subscription and resource group a template deploys to. Templates rarely say which, so a run uses one
    /// placeholder pair for all of them: <c>resourceId('Microsoft.Network/virtualNetworks', 'hub')</c> in one file then
    /// names the VNet 'hub' another file declares. A nested deployment's <c>subscriptionId</c>/<c>resourceGroup</c> replace them.
    /// </summary>
    internal sealed class DeploymentTarget
    {
        public const string PlaceholderSubscription = "{subscriptionId}";
        public const string PlaceholderResourceGroup = "{resourceGroup}";

        public DeploymentTarget(string subscriptionId, string resourceGroup)
        {
            SubscriptionId = subscriptionId;
            ResourceGroup = resourceGroup;
        }

        public static DeploymentTarget Default { get; } = new DeploymentTarget(PlaceholderSubscription, PlaceholderResourceGroup);

        public string SubscriptionId { get; }

        public string ResourceGroup { get; }

        public string SubscriptionPath => "/subscriptions/" + SubscriptionId;

        public string ResourceGroupPath => SubscriptionPath + "/resourceGroups/" + ResourceGroup;

        /// <summary>The id of a resource of this resource group: <paramref name="type"/> is the full type path, with one name per type segment.</summary>
        public string ResourceId(string type, string fullName) => ResourceGroupPath + ResourceIdPath(type, fullName);

        /// <summary><c>/providers/{namespace}/{type}/{name}[/{childType}/{childName}]</c>; null when the name has the wrong number of segments.</summary>
        public static string? ResourceIdPathOrNull(string type, string fullName)
        {
            var types = type.Split('/');
            var names = fullName.Split('/');
            if (types.Length < 2 || names.Length != types.Length - 1 || Array.IndexOf(names, string.Empty) >= 0)
            {
                return null;
            }

            var path = "/providers/" + types[0];
            for (var i = 1; i < types.Length; i++)
            {
                path += "/" + types[i] + "/" + names[i - 1];
            }

            return path;
        }

        private static string ResourceIdPath(string type, string fullName) => ResourceIdPathOrNull(type, fullName) ?? "/providers/" + type + "/" + fullName;

        public DeploymentTarget With(string? subscriptionId, string? resourceGroup) =>
            new DeploymentTarget(subscriptionId ?? SubscriptionId, resourceGroup ?? ResourceGroup);
    }
}
