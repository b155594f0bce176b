using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Rules.Checks;
using Peering.Rules.Profiles;

namespace Peering.Analyzers
{
    /// <summary>Reads the analysis options from .editorconfig / .globalconfig.</summary>
    internal static class PeeringOptions
    {
        public const string ProfileKey = "azure_peering.platform_profile";
        public const string ClosedWorldKey = "azure_peering.closed_world";

        public static AnalysisOptions Read(AnalyzerOptions options, SyntaxTree tree) =>
            From(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

        /// <summary>
        /// The options for findings about the whole compilation: the global options (.globalconfig) when they set
        /// either key, else those of the first file whose .editorconfig section does.
        /// </summary>
        public static AnalysisOptions ReadForCompilation(AnalyzerOptions options, Compilation compilation)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            if (!Sets(provider.GlobalOptions))
            {
                foreach (var tree in compilation.SyntaxTrees)
                {
                    var config = provider.GetOptions(tree);
                    if (Sets(config))
                    {
                        return From(config);
                    }
                }
            }

            return From(provider.GlobalOptions);
        }

        private static bool Sets(AnalyzerConfigOptions config) =>
            config.TryGetValue(ProfileKey, out _) || config.TryGetValue(ClosedWorldKey, out _);

        private static AnalysisOptions From(AnalyzerConfigOptions config)
        {
            config.TryGetValue(ProfileKey, out var profileText);
            config.TryGetValue(ClosedWorldKey, out var closedWorldText);

            // An unrecognised profile falls back to the default rather than silencing the rules.
            PlatformProfiles.TryParse(profileText, out var profile);
            var closedWorld = bool.TryParse(closedWorldText?.Trim(), out var flag) && flag;
            return new AnalysisOptions(profile, closedWorld);
        }
    }
}
