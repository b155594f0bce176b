namespace Peering.Cli.CommandLine
{
    internal static class HelpText
    {
        public const string Usage = """
            Usage: peering-check [paths...] [options]

            Checks Azure VNet peerings in ARM JSON templates, parameter files, Bicep files, Terraform configurations
            (.tf, .tf.json, .tfvars; azurerm and azapi) and Terraform plans in JSON. All files of a run form one
            topology. Folders are searched recursively (bin, obj, node_modules, .git and .terraform are skipped); with
            no path, the current folder is checked.

            Options:
              -p, --parameters FILE          Parameter file for the run's only JSON template (TEMPLATE=FILE names the template).
                                             Without it, x.parameters.json is used for x.json.
              --var-file FILE                Terraform variable file for the run's root modules, after terraform.tfvars
                                             and *.auto.tfvars (repeatable; a .tfvars file named as a path is one too,
                                             read before the --var-file and --var options).
              --var NAME=VALUE               Terraform variable value for the run's root modules (repeatable). With
                                             --var-file, the later option wins. Lists, maps and objects are written in
                                             HCL: --var 'spaces=["10.1.0.0/16"]'.
              --tf-var-env                   Also read TF_VAR_NAME environment variables (before any .tfvars file), as
                                             terraform plan does. Off by default, so a check gives the same answer in CI
                                             and in a dev shell, and no value of the environment reaches a report.
              -f, --format FORMAT            text (default), json, sarif or github.
              -o, --output FILE              Write the report to FILE instead of standard output.
              --profile PROFILE              current (default) or 2017-10.
              --closed-world                 The files are the whole network: a VNet defined without a gateway has none.
              --fail-on LEVEL                Exit 1 when a finding is at LEVEL or above: error (default), warning or info.
              --config FILE                  Configuration file; default: peering-check.json in the first folder given,
                                             else in the current folder.
              --graph FORMAT                 Also write the topology, findings marked, as mermaid or dot.
              --graph-output FILE            Write the picture to FILE instead of standard output.
              --bicep PATH                   The Bicep CLI to use; default: bicep on PATH, else the NuGet package.
              --offline                      Download no Bicep registry module: use only the local module cache; a file
                                             whose module is not cached is reported (PEER902) and not checked.
              --module-cache DIR             A Bicep module cache shipped with the templates (laid out as ~/.bicep), used
                                             where bicepconfig.json names no cacheRootDirectory; implies --offline.
              --max-file-size MB             Skip (and report, PEER901) input files larger than MB megabytes; default 20.
              --version                      Show the version.
              -h, --help                     Show this help.

            Exit codes: 0 no finding at or above the failure level, 1 findings, 2 the check could not run.
            """;
    }
}
