using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Cli.Configuration
{
    /// <summary>The settings of a <c>peering-check.json</c> file; what it leaves out is null (the command line or the default decides).</summary>
    internal sealed record CheckConfiguration
    {
        public const string FileName = "peering-check.json";

        public static CheckConfiguration Empty { get; } = new CheckConfiguration();

        /// <summary>The file the settings came from, for messages; null when there is none.</summary>
        public string? Source { get; init; }

        public PlatformProfile? Profile { get; init; }

        public bool? ClosedWorld { get; init; }

        public RuleSeverity? FailOn { get; init; }

        /// <summary>Rule ID to the severity it is reported at; <see cref="RuleSeverity.NotApplicable"/> ("none") turns it off.</summary>
        public IReadOnlyDictionary<string, RuleSeverity> RuleSeverities { get; init; } = new Dictionary<string, RuleSeverity>();

        /// <summary>Path globs (<c>*</c>, <c>**</c>, <c>?</c>), relative to the folder searched, of files to leave out.</summary>
        public IReadOnlyList<string> Exclude { get; init; } = new List<string>();

        /// <summary><c>maxFileSizeMB</c>: the size limit for input files, in whole megabytes.</summary>
        public int? MaxFileSizeMB { get; init; }

        /// <summary><c>offline</c>: Bicep registry modules come from the local module cache only.</summary>
        public bool? Offline { get; init; }

        /// <summary><c>moduleCache</c>: a Bicep module cache shipped with the templates, as a full path (written relative to the file).</summary>
        public string? ModuleCache { get; init; }
    }
}
