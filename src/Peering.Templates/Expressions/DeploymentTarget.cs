using System;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The subscription and resource group a template deploys to. Templates rarely say which, so the values are written
    /// with one placeholder pair for the whole run: <c>resourceId('Microsoft.Network/virtualNetworks', 'hub')</c> in one file
    /// then names the VNet 'hub' another file declares. A nested deployment's <c>subscriptionId</c>/<c>resourceGroup</c>
    /// replace them. What a placeholder stands for is the place the deployment root (the top-level file, with its
    /// parameter file) is deployed to, and two roots may be deployed to different places (<see cref="Root"/>).
    /// </summary>
    internal sealed class DeploymentTarget
    {
        public const string PlaceholderSubscription = "{subscriptionId}";
        public const string PlaceholderResourceGroup = "{resourceGroup}";

        private DeploymentTarget(string subscriptionId, string resourceGroup, string root)
        {
            SubscriptionId = subscriptionId;
            ResourceGroup = resourceGroup;
            Root = root;
        }

        /// <summary>Where the top-level template <paramref name="root"/> deploys to: a subscription and resource group it does not name.</summary>
        public static DeploymentTarget OfRoot(string root) => new DeploymentTarget(PlaceholderSubscription, PlaceholderResourceGroup, root);

        public string SubscriptionId { get; }

        public string ResourceGroup { get; }

        /// <summary>
        /// The path of the top-level template whose deployment this is (nested deployments keep their root's): an id with a
        /// placeholder names for sure only in its root (<see cref="Peering.Rules.Identity.ResourceIdentity.Of(Peering.Rules.Identity.ArmResourceId, string)"/>).
        /// </summary>
        public string Root { get; }

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
            new DeploymentTarget(subscriptionId ?? SubscriptionId, resourceGroup ?? ResourceGroup, Root);
    }
}
