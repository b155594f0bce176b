using System;
using System.Collections.Generic;
using System.Linq;

namespace Peering.Templates.Expressions
{
    /// <summary><c>resourceId</c>, <c>subscriptionResourceId</c>, <c>extensionResourceId</c>, <c>resourceGroup()</c> and <c>subscription()</c> over a deployment target.</summary>
    internal static class ResourceIds
    {
        /// <summary>
        /// <c>resourceId([subscriptionId], [resourceGroupName], resourceType, name1, ...)</c>: the type is the first argument
        /// with a '/', and what comes before it is the resource group, or the subscription and the resource group.
        /// </summary>
        public static ArmValue ResourceId(IReadOnlyList<ArmValue> arguments, DeploymentTarget target)
        {
            var texts = Texts(arguments);
            var typeIndex = texts == null ? -1 : Array.FindIndex(texts, t => t.Contains('/'));
            if (texts == null || typeIndex < 0 || typeIndex > 2)
            {
                return ArmUnknown.Instance;
            }

            var scope = typeIndex switch
            {
                0 => target,
                1 => target.With(null, texts[0]),
                _ => target.With(texts[0], texts[1]),
            };
            var path = ProviderPath(texts, typeIndex);
            return path == null ? ArmUnknown.Instance : new ArmString(scope.ResourceGroupPath + path);
        }

        /// <summary><c>subscriptionResourceId([subscriptionId], resourceType, name1, ...)</c>.</summary>
        public static ArmValue SubscriptionResourceId(IReadOnlyList<ArmValue> arguments, DeploymentTarget target)
        {
            var texts = Texts(arguments);
            var typeIndex = texts == null ? -1 : Array.FindIndex(texts, t => t.Contains('/'));
            if (texts == null || typeIndex < 0 || typeIndex > 1)
            {
                return ArmUnknown.Instance;
            }

            var subscription = typeIndex == 1 ? target.With(texts[0], null) : target;
            var path = ProviderPath(texts, typeIndex);
            return path == null ? ArmUnknown.Instance : new ArmString(subscription.SubscriptionPath + path);
        }

        /// <summary>
        /// <c>extensionResourceId(scopeId, resourceType, name1, ...)</c>: a resource under any scope, what Bicep writes for
        /// the id of a module deployed to another resource group.
        /// </summary>
        public static ArmValue ExtensionResourceId(IReadOnlyList<ArmValue> arguments)
        {
            var texts = Texts(arguments);
            var path = texts == null || texts.Length < 3 ? null : ProviderPath(texts, 1);
            return path == null ? ArmUnknown.Instance : new ArmString(texts![0].TrimEnd('/') + path);
        }

        public static ArmValue ResourceGroup(DeploymentTarget target) => new ArmObject(new Dictionary<string, ArmValue>
        {
            ["id"] = new ArmString(target.ResourceGroupPath),
            ["name"] = new ArmString(target.ResourceGroup),
            ["type"] = new ArmString("Microsoft.Resources/resourceGroups"),
            // The region of the resource group is not in the template; a parameter file may still give 'location'.
            ["location"] = ArmUnknown.Instance,
        });

        public static ArmValue Subscription(DeploymentTarget target) => new ArmObject(new Dictionary<string, ArmValue>
        {
            ["id"] = new ArmString(target.SubscriptionPath),
            ["subscriptionId"] = new ArmString(target.SubscriptionId),
            ["tenantId"] = ArmUnknown.Instance,
            ["displayName"] = ArmUnknown.Instance,
        });

        private static string[]? Texts(IReadOnlyList<ArmValue> arguments) =>
            arguments.All(a => a is ArmString) ? arguments.Select(a => ((ArmString)a).Value).ToArray() : null;

        /// <summary>The provider part of the id; ARM takes a type written with a trailing slash (<c>'Microsoft.Network/virtualNetworks/'</c>) as the type.</summary>
        private static string? ProviderPath(string[] texts, int typeIndex) =>
            DeploymentTarget.ResourceIdPathOrNull(texts[typeIndex].TrimEnd('/'), string.Join("/", texts.Skip(typeIndex + 1)));
    }
}
