namespace Peering.Rules.Profiles
{
    /// <summary>The Azure platform whose peering constraints the rules apply.</summary>
    public enum PlatformProfile
    {
        /// <summary>Azure as documented today (the default).</summary>
        Current,

        /// <summary>The constraints of the October 2017 "Virtual network peering" overview.</summary>
        October2017,
    }
}
