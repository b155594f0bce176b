using Peering.Rules.Identity;

namespace Peering.Rules.Model
{
    /// <summary>What a peering names as its remote VNet.</summary>
    public sealed class RemoteNetworkReference
    {
        public RemoteNetworkReference(string text, VirtualNetwork? network, ArmResourceIdParseResult? parsedId, string? resourceTypeFromSource)
        {
            Text = text;
            Network = network;
            ParsedId = parsedId;
            ResourceTypeFromSource = resourceTypeFromSource;
        }

        /// <summary>The id as written, or the expression that produced it.</summary>
        public string Text { get; }

        /// <summary>The VNet it resolves to, when the analysis knows it.</summary>
        public VirtualNetwork? Network { get; }

        /// <summary>The parsed id when its text is known.</summary>
        public ArmResourceIdParseResult? ParsedId { get; }

        /// <summary>
        /// The resource type the source states without an id text, e.g. the id of a typed subnet resource
        /// (<c>Microsoft.Network/virtualNetworks/subnets</c>).
        /// </summary>
        public string? ResourceTypeFromSource { get; }

        public bool IsClassic => Network?.IsClassic == true || ParsedId?.Id?.IsClassic == true;
    }
}
