using System;
using System.Collections.Generic;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Templates;

namespace Peering.Cli.Output
{
    /// <summary>
    /// Everything an output format renders about one run. The caller has already filtered the findings
    /// (suppressions, configuration) and given each its final severity; writers only present them.
    /// </summary>
    public sealed class Report
    {
        public Report(
            IReadOnlyList<Finding> findings,
            IReadOnlyList<string> analysedFiles,
            PlatformProfile profile,
            string toolVersion,
            string sourceRoot,
            Topology? topology = null,
            string? workingDirectory = null,
            IReadOnlyList<UnevaluatedConstruct>? notEvaluated = null)
        {
            Findings = findings ?? throw new ArgumentNullException(nameof(findings));
            AnalysedFiles = analysedFiles ?? throw new ArgumentNullException(nameof(analysedFiles));
            Profile = profile;
            ToolVersion = toolVersion ?? throw new ArgumentNullException(nameof(toolVersion));
            SourceRoot = sourceRoot ?? throw new ArgumentNullException(nameof(sourceRoot));
            Topology = topology ?? new Topology();
            Paths = new SourcePaths(sourceRoot, workingDirectory);
            NotEvaluated = notEvaluated ?? Array.Empty<UnevaluatedConstruct>();
        }

        public const string ToolName = "peering-check";

        /// <summary>Where users learn about the tool (the SARIF driver's informationUri).</summary>
        public const string InformationUri = "https://github.com/peering-analyzers/peering-analyzers";

        /// <summary>Findings with their final severity; writers sort them themselves.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>Every file the run read, as the user gave it (the summary counts them even without findings).</summary>
        public IReadOnlyList<string> AnalysedFiles { get; }

        public PlatformProfile Profile { get; }

        public string ProfileName => PlatformProfiles.NameOf(Profile);

        public string ToolVersion { get; }

        /// <summary>
        /// The directory SARIF and GitHub annotation paths are relative to: the repository root (see
        /// <see cref="SourceRoots.Find"/>) or the working directory.
        /// </summary>
        public string SourceRoot { get; }

        /// <summary>How the report's paths relate to the source root; relative paths start at the working directory.</summary>
        public SourcePaths Paths { get; }

        /// <summary>The run's joined topology, for the graph; empty when the caller has none.</summary>
        public Topology Topology { get; }

        /// <summary>
        /// The values the reader did not evaluate and no rule needed, in file and line order: counted in the summary and
        /// listed by the JSON format, not reported one by one (a value a rule needed is a PEER902 finding).
        /// </summary>
        public IReadOnlyList<UnevaluatedConstruct> NotEvaluated { get; }
    }
}
