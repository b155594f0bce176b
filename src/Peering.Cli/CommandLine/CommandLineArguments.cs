using System.Collections.Generic;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;
using Peering.Terraform;

namespace Peering.Cli.CommandLine
{
    /// <summary>What the user asked for on the command line; null means "not given", so a configuration file may decide.</summary>
    internal sealed record CommandLineArguments
    {
        public IReadOnlyList<string> Paths { get; init; } = new List<string>();

        /// <summary><c>--parameters FILE</c> (for the run's only JSON template) or <c>--parameters TEMPLATE=FILE</c>.</summary>
        public IReadOnlyList<string> Parameters { get; init; } = new List<string>();

        /// <summary><c>--var-file FILE</c> and <c>--var NAME=VALUE</c>: Terraform variable files and values for every root module of the run, in the order given.</summary>
        public IReadOnlyList<VariableArgument> TerraformVariables { get; init; } = new List<VariableArgument>();

        /// <summary><c>--tf-var-env</c>: the run reads <c>TF_VAR_name</c> environment variables, as <c>terraform plan</c> does.</summary>
        public bool ReadsTerraformEnvironment { get; init; }

        public string Format { get; init; } = "text";

        public string? OutputFile { get; init; }

        public PlatformProfile? Profile { get; init; }

        public bool? ClosedWorld { get; init; }

        public RuleSeverity? FailOn { get; init; }

        public string? ConfigFile { get; init; }

        public string? Graph { get; init; }

        public string? GraphOutputFile { get; init; }

        public string? BicepPath { get; init; }

        /// <summary><c>--offline</c>: Bicep registry modules come from the local module cache only; nothing is downloaded.</summary>
        public bool? Offline { get; init; }

        /// <summary><c>--module-cache DIR</c>: a Bicep module cache shipped with the templates, used in place of <c>~/.bicep</c>; nothing is downloaded.</summary>
        public string? ModuleCache { get; init; }

        /// <summary><c>--max-file-size MB</c>: a larger input file is skipped (PEER901) without being read past the limit.</summary>
        public int? MaxFileSizeMB { get; init; }

        public bool ShowHelp { get; init; }

        public bool ShowVersion { get; init; }
    }
}
