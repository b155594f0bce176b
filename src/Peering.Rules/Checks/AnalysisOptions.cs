using Peering.Rules.Profiles;

namespace Peering.Rules.Checks
{
    /// <summary>What the user configured for a run: the platform profile and whether the analysed set is the whole network.</summary>
    public sealed class AnalysisOptions
    {
        public AnalysisOptions(PlatformProfile profile, bool closedWorld)
        {
            Profile = profile;
            ClosedWorld = closedWorld;
        }

        public static AnalysisOptions Default { get; } = new AnalysisOptions(PlatformProfile.Current, closedWorld: false);

        public PlatformProfile Profile { get; }

        /// <summary>When true, what is absent from the analysed set (a gateway) is known to be absent.</summary>
        public bool ClosedWorld { get; }
    }
}
