using System;
using System.Collections.Generic;
using System.Text;
using Peering.Rules.Text;

namespace Peering.Rules.Identity
{
    /// <summary>
    /// A subscription-scoped Azure Resource Manager id:
    /// <c>/subscriptions/{sub}[/resourceGroups/{rg}]/providers/{namespace}/{type}/{name}[/{childType}/{childName}]...</c>.
    /// Only the shape is checked: any non-empty subscription string is accepted, because code often holds
    /// placeholders or variables' sample values rather than GUIDs, and a false PEER402 is worse than a missed one.
    /// </summary>
    public sealed class ArmResourceId
    {
        private const string SubscriptionsPrefix = "/subscriptions/";
        private const string TenantsPrefix = "/tenants/";
        private const string ClassicNamespace = "Microsoft.ClassicNetwork";

        private readonly string text;

        private ArmResourceId(string text, string subscriptionId, string? resourceGroup, string providerNamespace, string resourceType, IReadOnlyList<string> names, string key)
        {
            this.text = text;
            SubscriptionId = subscriptionId;
            ResourceGroup = resourceGroup;
            ProviderNamespace = providerNamespace;
            ResourceType = resourceType;
            Names = names;
            Key = key;
        }

        public string SubscriptionId { get; }

        /// <summary>Null for a resource directly under the subscription (<c>/subscriptions/{sub}/providers/...</c>).</summary>
        public string? ResourceGroup { get; }

        /// <summary>
        /// E.g. <c>Microsoft.Network</c>. For an extension resource (<c>.../providers/Microsoft.Authorization/locks/x</c>
        /// under another resource) this and <see cref="ResourceType"/> describe the extension, as ARM does.
        /// </summary>
        public string ProviderNamespace { get; }

        /// <summary>The namespace and type path as written, e.g. <c>Microsoft.Network/virtualNetworks/subnets</c>.</summary>
        public string ResourceType { get; }

        /// <summary>The names along the type path, outermost first.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The last name: the resource's own.</summary>
        public string Name => Names[Names.Count - 1];

        public bool IsClassic => string.Equals(ProviderNamespace, ClassicNamespace, StringComparison.OrdinalIgnoreCase);

        /// <summary>A Microsoft.Network or Microsoft.ClassicNetwork virtual network itself, not a child of one.</summary>
        public bool IsVirtualNetwork =>
            string.Equals(ResourceType, "Microsoft.Network/virtualNetworks", StringComparison.OrdinalIgnoreCase)
            || string.Equals(ResourceType, "Microsoft.ClassicNetwork/virtualNetworks", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// The VNet this id names or lies in: the id itself for a VNet, the VNet's id for a subnet or another child of a
        /// VNet; null for any other resource, and for an id without a resource group.
        /// </summary>
        public ArmResourceId? EnclosingVirtualNetwork()
        {
            if (ResourceGroup == null || IsVirtualNetwork)
            {
                return ResourceGroup == null ? null : this;
            }

            var networkType = ProviderNamespace + "/virtualNetworks";
            if (!ResourceType.StartsWith(networkType + "/", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            return Parse(SubscriptionsPrefix + SubscriptionId + "/resourceGroups/" + ResourceGroup + "/providers/" + networkType + "/" + Names[0]).Id;
        }

        /// <summary>
        /// The id lower-cased (invariant) without a trailing slash: ARM compares ids case-insensitively, so two ids
        /// from different sources name the same resource exactly when their keys are equal (ordinal).
        /// </summary>
        public string Key { get; }

        /// <summary>The id as written, without surrounding whitespace.</summary>
        public override string ToString() => text;

        /// <summary>
        /// True when both ids may name the same resource: the same type and names (ignoring case), and subscription and
        /// resource group equal or a placeholder on either side. A front end writes a segment it cannot know as a
        /// placeholder in braces (<c>{subscriptionId}</c>, <c>{resourceGroup}</c>), so a VNet a template names with
        /// <c>resourceId('Microsoft.Network/virtualNetworks', 'hub')</c> and one Terraform names in resource group
        /// <c>rg-hub</c> of an unknown subscription can be recognised as one VNet.
        /// </summary>
        public bool MayNameSameResource(ArmResourceId other)
        {
            if (!string.Equals(ResourceType, other.ResourceType, StringComparison.OrdinalIgnoreCase) || Names.Count != other.Names.Count)
            {
                return false;
            }

            for (int i = 0; i < Names.Count; i++)
            {
                if (!string.Equals(Names[i], other.Names[i], StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return SegmentsMayMatch(SubscriptionId, other.SubscriptionId)
                && (ResourceGroup == null ? other.ResourceGroup == null : other.ResourceGroup != null && SegmentsMayMatch(ResourceGroup, other.ResourceGroup));
        }

        /// <summary>A segment written in braces: a value the front end does not know (<c>{subscriptionId}</c>).</summary>
        public static bool IsPlaceholder(string segment) =>
            segment.Length >= 2 && segment[0] == '{' && segment[segment.Length - 1] == '}';

        private static bool SegmentsMayMatch(string a, string b) =>
            IsPlaceholder(a) || IsPlaceholder(b) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        /// <summary>Parses an id. Surrounding whitespace and one trailing slash are ignored. Never throws.</summary>
        public static ArmResourceIdParseResult Parse(string? text)
        {
            string trimmed = text == null ? string.Empty : text.Trim();
            if (trimmed.Length == 0)
            {
                return ArmResourceIdParseResult.Failed(ResourceIdProblem.Empty);
            }

            if (trimmed.StartsWith(TenantsPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return ArmResourceIdParseResult.Failed(ResourceIdProblem.TenantPrefix);
            }

            if (!trimmed.StartsWith(SubscriptionsPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return ArmResourceIdParseResult.Failed(ResourceIdProblem.NotAbsolute);
            }

            string body = trimmed[trimmed.Length - 1] == '/' ? trimmed.Substring(0, trimmed.Length - 1) : trimmed;
            string[] segments = body.Substring(1).Split('/');
            if (Array.IndexOf(segments, string.Empty) >= 0)
            {
                return ArmResourceIdParseResult.Malformed("it has an empty segment ('//')");
            }

            if (segments.Length < 2)
            {
                return ArmResourceIdParseResult.Malformed("it has no subscription id");
            }

            int next = 2;
            string? resourceGroup = null;
            if (next < segments.Length && IsSegment(segments[next], "resourceGroups"))
            {
                if (next + 1 >= segments.Length)
                {
                    return ArmResourceIdParseResult.Malformed("it has no resource group name after '/resourceGroups/'");
                }

                resourceGroup = segments[next + 1];
                next += 2;
            }

            if (next >= segments.Length || !IsSegment(segments[next], "providers"))
            {
                return ArmResourceIdParseResult.Malformed("it has no '/providers/{namespace}/{type}/{name}' part");
            }

            return ParseProviderPart(trimmed, body, segments, next, segments[1], resourceGroup);
        }

        /// <summary>
        /// Reads <c>providers/{namespace}</c> followed by type/name pairs. A "providers" segment where a type
        /// is expected starts an extension resource, whose namespace and types replace the parent's.
        /// </summary>
        private static ArmResourceIdParseResult ParseProviderPart(string text, string body, string[] segments, int next, string subscriptionId, string? resourceGroup)
        {
            string providerNamespace = string.Empty;
            var typePath = new StringBuilder();
            var names = new List<string>(2);
            while (next < segments.Length)
            {
                if (IsSegment(segments[next], "providers"))
                {
                    if (next + 1 >= segments.Length)
                    {
                        return ArmResourceIdParseResult.Malformed("it has no provider namespace after '/providers/'");
                    }

                    providerNamespace = segments[next + 1];
                    typePath.Clear().Append(providerNamespace);
                    names.Clear();
                    next += 2;
                    if (next >= segments.Length || IsSegment(segments[next], "providers"))
                    {
                        return ArmResourceIdParseResult.Malformed("it has no resource type and name after " + DisplayText.Quote(providerNamespace));
                    }

                    continue;
                }

                if (next + 1 >= segments.Length)
                {
                    return ArmResourceIdParseResult.Malformed("the resource type " + DisplayText.Quote(segments[next]) + " has no name");
                }

                typePath.Append('/').Append(segments[next]);
                names.Add(segments[next + 1]);
                next += 2;
            }

            var id = new ArmResourceId(text, subscriptionId, resourceGroup, providerNamespace, typePath.ToString(), names.AsReadOnly(), body.ToLowerInvariant());
            return ArmResourceIdParseResult.Valid(id);
        }

        private static bool IsSegment(string segment, string keyword) =>
            string.Equals(segment, keyword, StringComparison.OrdinalIgnoreCase);
    }
}
