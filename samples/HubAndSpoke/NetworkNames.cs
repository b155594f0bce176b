namespace HubAndSpoke
{
    /// <summary>Names every class agrees on: constants, so the analysis joins what each class does to the same VNet.</summary>
    internal static class NetworkNames
    {
        public const string SubscriptionId = "00000000-0000-0000-0000-000000000000";
        public const string ResourceGroup = "network-rg";
        public const string Hub = "hub-weu";
        public const string Backup = "spoke-backup";
        public const string FirewallAddress = "10.0.1.4";
    }
}
