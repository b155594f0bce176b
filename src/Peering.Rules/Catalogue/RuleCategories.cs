namespace Peering.Rules.Catalogue
{
    /// <summary>The catalogue's rule families, used as the diagnostic category.</summary>
    public static class RuleCategories
    {
        public const string GatewayTransit = "AzurePeering.GatewayTransit";
        public const string AddressSpace = "AzurePeering.AddressSpace";
        public const string Topology = "AzurePeering.Topology";
        public const string References = "AzurePeering.References";
        public const string Limits = "AzurePeering.Limits";
        public const string Validator = "AzurePeering.Validator";
    }
}
