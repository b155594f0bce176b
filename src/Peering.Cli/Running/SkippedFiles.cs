using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Profiles;
using Peering.Templates;
using Peering.Templates.Input;

namespace Peering.Cli.Running
{
    /// <summary>Reads the run's files within the size limit and collects a PEER901 for each one skipped (too large, binary, not UTF-8).</summary>
    internal sealed class SkippedFiles
    {
        private readonly long maxFileBytes;
        private readonly PlatformProfile profile;
        private readonly List<Finding> findings = new List<Finding>();

        public SkippedFiles(long maxFileBytes, PlatformProfile profile)
        {
            this.maxFileBytes = maxFileBytes;
            this.profile = profile;
        }

        public IReadOnlyList<Finding> Findings => findings;

        /// <summary>The text of <paramref name="path"/>, or null after a PEER901 that names the file and why it is skipped.</summary>
        public string? Read(string path)
        {
            var file = Discovery.InputDiscovery.Read(path, maxFileBytes);
            if (file.Text != null)
            {
                return file.Text;
            }

            var rule = RuleCatalogue.PEER901;
            findings.Add(new Finding(rule, rule.SeverityFor(profile), "'" + path + "' is skipped: " + file.Problem + ".", new SourceLocation(path, 1)));
            return null;
        }
    }
}
