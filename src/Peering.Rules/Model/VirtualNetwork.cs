using Peering.Rules.Identity;

namespace Peering.Rules.Model
{
    /// <summary>A virtual network as far as the analysed code or templates tell.</summary>
    public sealed class VirtualNetwork
    {
        public VirtualNetwork(string key, string displayName, object? declaration)
        {
            Key = key;
            DisplayName = displayName;
            Declaration = declaration;
        }

        /// <summary>Identity: two facts describe the same VNet when their keys are equal.</summary>
        public string Key { get; }

        /// <summary>The VNet's name when known, otherwise what the source calls it.</summary>
        public string DisplayName { get; }

        public object? Declaration { get; }

        /// <summary>The region, normalised (<c>westus</c>, not <c>West US</c>).</summary>
        public Fact<string> Location { get; set; }

        public ArmResourceId? ResourceId { get; set; }

        /// <summary>Known true when a gateway is deployed into the VNet.</summary>
        public Fact<bool> HasGateway { get; set; }

        public bool IsClassic => ResourceId?.IsClassic == true;

        public override string ToString() => DisplayName;
    }
}
