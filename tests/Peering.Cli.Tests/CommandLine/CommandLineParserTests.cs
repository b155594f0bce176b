using System.Linq;
using Peering.Cli.CommandLine;
using Peering.Cli.Running;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Cli.Tests.CommandLine
{
    public sealed class CommandLineParserTests
    {
        [Fact]
        public void Paths_and_every_option_are_read()
        {
            var arguments = CommandLineParser.Parse(new[]
            {
                "infra", "--format", "sarif", "-o", "out.sarif", "--profile", "2017-10", "--closed-world", "--fail-on", "warning",
                "--config", "c.json", "--graph", "dot", "--graph-output", "g.dot", "--bicep", "/opt/bicep", "--offline", "-p", "a.parameters.json", "more.bicep",
            });

            Assert.Equal(new[] { "infra", "more.bicep" }, arguments.Paths);
            Assert.Equal("sarif", arguments.Format);
            Assert.Equal("out.sarif", arguments.OutputFile);
            Assert.Equal(PlatformProfile.October2017, arguments.Profile);
            Assert.True(arguments.ClosedWorld);
            Assert.Equal(RuleSeverity.Warning, arguments.FailOn);
            Assert.Equal("c.json", arguments.ConfigFile);
            Assert.Equal("dot", arguments.Graph);
            Assert.Equal("g.dot", arguments.GraphOutputFile);
            Assert.Equal("/opt/bicep", arguments.BicepPath);
            Assert.True(arguments.Offline);
            Assert.Equal(new[] { "a.parameters.json" }, arguments.Parameters);
        }

        [Fact]
        public void Values_may_follow_an_equals_sign_and_are_case_insensitive()
        {
            var arguments = CommandLineParser.Parse(new[] { "--format=GitHub", "--fail-on=Info", "--profile=CURRENT" });

            Assert.Equal("github", arguments.Format);
            Assert.Equal(RuleSeverity.Info, arguments.FailOn);
            Assert.Equal(PlatformProfile.Current, arguments.Profile);
        }

        [Fact]
        public void Nothing_given_leaves_the_decisions_to_configuration_and_defaults()
        {
            var arguments = CommandLineParser.Parse(new string[0]);

            Assert.Empty(arguments.Paths);
            Assert.Equal("text", arguments.Format);
            Assert.Null(arguments.Profile);
            Assert.Null(arguments.ClosedWorld);
            Assert.Null(arguments.FailOn);
            Assert.Null(arguments.Offline);
        }

        [Fact]
        public void A_double_dash_ends_the_options()
        {
            var arguments = CommandLineParser.Parse(new[] { "--", "--format", "-x.bicep" });

            Assert.Equal(new[] { "--format", "-x.bicep" }, arguments.Paths);
        }

        [Theory]
        [InlineData("Unknown option --colour; see peering-check --help.", "--colour")]
        [InlineData("Option --format needs a value.", "--format")]
        [InlineData("--format must be text, json, sarif, github, not 'xml'.", "--format", "xml")]
        [InlineData("--graph must be mermaid, dot, not 'png'.", "--graph", "png")]
        [InlineData("--profile must be current or 2017-10, not '2019'.", "--profile", "2019")]
        [InlineData("--fail-on must be error, warning or info, not 'none'.", "--fail-on", "none")]
        [InlineData("Option --closed-world takes no value.", "--closed-world=yes")]
        [InlineData("Option --graph-output needs --graph mermaid|dot.", "--graph-output", "g.mmd")]
        [InlineData("Option --var must be NAME=VALUE with a variable's name, not 'hub'.", "--var", "hub")]
        [InlineData("Option --var must be NAME=VALUE with a variable's name, not '=vnet-hub'.", "--var", "=vnet-hub")]
        [InlineData("Option --tf-var-env takes no value.", "--tf-var-env=true")]
        public void Mistakes_are_one_sentence(string expected, params string[] args)
        {
            var failure = Assert.Throws<CheckFailedException>(() => CommandLineParser.Parse(args));

            Assert.Equal(expected, failure.Message);
        }

        [Fact]
        public void Terraform_variable_files_and_values_keep_their_order_and_the_environment_is_read_only_when_asked()
        {
            var arguments = CommandLineParser.Parse(new[] { "infra", "--var", "hub=vnet-hub", "--var-file", "prod.tfvars", "--var=spaces=[\"10.1.0.0/16\"]" });

            Assert.Equal(new[] { "hub=vnet-hub", "prod.tfvars", "spaces=[\"10.1.0.0/16\"]" }, arguments.TerraformVariables.Select(v => v.ToString()));
            Assert.Equal("prod.tfvars", arguments.TerraformVariables[1].FilePath);
            Assert.Equal("spaces", arguments.TerraformVariables[2].Name);
            Assert.False(arguments.ReadsTerraformEnvironment);
            Assert.True(CommandLineParser.Parse(new[] { "--tf-var-env" }).ReadsTerraformEnvironment);
        }

        [Fact]
        public void Help_and_version_are_flags()
        {
            Assert.True(CommandLineParser.Parse(new[] { "-h" }).ShowHelp);
            Assert.True(CommandLineParser.Parse(new[] { "--help" }).ShowHelp);
            Assert.True(CommandLineParser.Parse(new[] { "--version" }).ShowVersion);
        }
    }
}
