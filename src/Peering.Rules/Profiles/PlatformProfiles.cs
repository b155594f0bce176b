using System;

namespace Peering.Rules.Profiles
{
    /// <summary>The names users write for a profile in configuration (<c>current</c>, <c>2017-10</c>).</summary>
    public static class PlatformProfiles
    {
        public const string CurrentName = "current";
        public const string October2017Name = "2017-10";

        /// <summary>How many peerings one VNet can have (PEER501): 500 today, 50 in the October 2017 overview.</summary>
        public static int MaxPeeringsPerNetwork(PlatformProfile profile) =>
            profile == PlatformProfile.October2017 ? 50 : 500;

        /// <summary>
        /// How many subnets one side of a subnet peering can name (PEER501): 200 per side today (400 per link, subnet-peering
        /// how-to, ms.date 12/09/2025); none under 2017-10, which has no subnet peering.
        /// </summary>
        public static int? MaxPeeredSubnetsPerSide(PlatformProfile profile) =>
            profile == PlatformProfile.October2017 ? (int?)null : 200;

        public static string NameOf(PlatformProfile profile) =>
            profile == PlatformProfile.October2017 ? October2017Name : CurrentName;

        /// <summary>Reads a configured profile name; case and surrounding blanks are ignored.</summary>
        public static bool TryParse(string? text, out PlatformProfile profile)
        {
            var name = text?.Trim();
            if (string.Equals(name, CurrentName, StringComparison.OrdinalIgnoreCase))
            {
                profile = PlatformProfile.Current;
                return true;
            }

            if (string.Equals(name, October2017Name, StringComparison.OrdinalIgnoreCase))
            {
                profile = PlatformProfile.October2017;
                return true;
            }

            profile = PlatformProfile.Current;
            return false;
        }
    }
}
