namespace Peering.Rules.Identity
{
    /// <summary>Azure regions as the model compares them.</summary>
    public static class AzureRegion
    {
        /// <summary>
        /// The region's programmatic name: <c>West Europe</c>, <c>westeurope</c> and <c>AzureLocation.WestEurope</c>
        /// (member name <c>WestEurope</c>) are one region, <c>westeurope</c>.
        /// </summary>
        public static string Normalize(string name) => name.Replace(" ", string.Empty).ToLowerInvariant();
    }
}
