using System.IO;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Security
{
    /// <summary>
    /// Nothing outside the paths given on the command line is read: not through a linked template's relativePath, not
    /// through a symbolic link in a searched folder. Outside lies a template with a planted mistake; it is never reported.
    /// </summary>
    public sealed class ConfinementTests
    {
        [Theory]
        [InlineData("../outside/planted.json")]
        [InlineData("../../../../../../../../outside/planted.json")]
        [InlineData("sub/../../outside/planted.json")]
        public void A_relative_path_link_leading_out_of_the_root_is_reported_and_not_read(string link)
        {
            using var folder = new TempFolder();
            folder.Write("outside/planted.json", SecurityFixtures.PlantedMistake);
            folder.Write("repo/main.json", SecurityFixtures.Linking(link));

            var result = Run(folder, folder.Combine("repo"), "--format", "json");

            AssertNothingFromOutside(result);
            Assert.Contains("(templateLink.relativePath, not followed)", NotEvaluated(result));
        }

        [Fact]
        public void An_absolute_path_link_is_reported_and_not_read()
        {
            using var folder = new TempFolder();
            var planted = folder.Write("outside/planted.json", SecurityFixtures.PlantedMistake);
            folder.Write("repo/main.json", SecurityFixtures.Linking(planted));

            var result = Run(folder, folder.Combine("repo"), "--format", "json");

            AssertNothingFromOutside(result);
            Assert.Contains("not followed", NotEvaluated(result));
        }

        [Fact]
        public void A_link_to_etc_passwd_is_not_read()
        {
            using var folder = new TempFolder();
            folder.Write("repo/main.json", SecurityFixtures.Linking("../../../../../../../../../../etc/passwd"));

            var result = Run(folder, folder.Combine("repo"), "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("root:", result.Output);
            Assert.DoesNotContain("PEER901", result.Output);
            Assert.Contains("etc/passwd' (templateLink.relativePath, not followed)", NotEvaluated(result));
        }

        [Fact]
        public void A_symbolic_link_to_a_file_outside_the_root_is_not_followed()
        {
            using var folder = new TempFolder();
            var planted = folder.Write("outside/planted.json", SecurityFixtures.PlantedMistake);
            folder.Write("repo/main.json", SampleFiles.Template);
            File.CreateSymbolicLink(folder.Combine("repo/linked.json"), planted);

            var result = Run(folder, folder.Combine("repo"));

            AssertNothingFromOutside(result);
            Assert.Contains("in 1 file", result.Output);
        }

        [Fact]
        public void A_parameter_file_beside_a_named_template_that_links_outside_is_not_read()
        {
            using var folder = new TempFolder();
            var secret = folder.Write("outside/secret.json", "{ \"$schema\": \"https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#\", \"parameters\": { \"name\": { \"value\": \"leaked-name\" } } }");
            var template = folder.Write("repo/main.json", "{ \"$schema\": \"" + SecurityFixtures.Schema + "\", \"parameters\": { \"name\": { \"type\": \"string\" } }, \"resources\": [ "
                + "{ \"type\": \"Microsoft.Network/virtualNetworks\", \"name\": \"[parameters('name')]\", \"properties\": { \"virtualNetworkPeerings\": [ { \"name\": \"p\", \"properties\": { \"allowGatewayTransit\": true, \"useRemoteGateways\": true } } ] } } ] }");
            File.CreateSymbolicLink(folder.Combine("repo/main.parameters.json"), secret);

            var result = Run(folder, template);

            Assert.Contains("PEER102", result.Output);
            Assert.DoesNotContain("leaked-name", result.Output);
            Assert.DoesNotContain("main.parameters.json", result.Output);
        }

        [Fact]
        public void A_symbolic_link_to_a_folder_outside_the_root_is_not_followed()
        {
            using var folder = new TempFolder();
            folder.Write("outside/planted.json", SecurityFixtures.PlantedMistake);
            folder.Write("repo/main.json", SampleFiles.Template);
            Directory.CreateSymbolicLink(folder.Combine("repo/elsewhere"), folder.Combine("outside"));

            var result = Run(folder, folder.Combine("repo"));

            AssertNothingFromOutside(result);
        }

        [Fact]
        public void A_symbolic_link_inside_the_root_is_followed()
        {
            using var folder = new TempFolder();
            folder.Write("repo/real/planted.json", SecurityFixtures.PlantedMistake);
            Directory.CreateSymbolicLink(folder.Combine("repo/alias"), folder.Combine("repo/real"));

            var result = Run(folder, folder.Combine("repo"));

            // Found once, through the real folder; the link leads to a folder already searched.
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Output, "error PEER102"));
        }

        [Fact]
        public void Symbolic_link_loops_in_a_folder_do_not_hang_the_search()
        {
            using var folder = new TempFolder();
            folder.Write("repo/a/main.json", SampleFiles.Template);
            Directory.CreateSymbolicLink(folder.Combine("repo/a/up"), folder.Combine("repo"));
            Directory.CreateSymbolicLink(folder.Combine("repo/a/self"), folder.Combine("repo/a"));
            File.CreateSymbolicLink(folder.Combine("repo/one.json"), folder.Combine("repo/two.json"));
            File.CreateSymbolicLink(folder.Combine("repo/two.json"), folder.Combine("repo/one.json"));

            var result = Run(folder, folder.Combine("repo"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("in 1 file", result.Output);
        }

        private static void AssertNothingFromOutside(CliResult result)
        {
            Assert.DoesNotContain("planted-outside", result.Output);
            Assert.DoesNotContain("planted-peering", result.Output);
            Assert.DoesNotContain("PEER102", result.Output);
            Assert.DoesNotContain("planted.json(", result.Output);
        }

        private static CliResult Run(TempFolder folder, params string[] args) => CliRun.Run(new ArmTemplateSetAnalyzer(), folder.Path, args);

        /// <summary>The one construct a JSON report lists as not evaluated: a link no rule reads anything from.</summary>
        private static string NotEvaluated(CliResult result)
        {
            using var json = System.Text.Json.JsonDocument.Parse(result.Output);
            return Assert.Single(json.RootElement.GetProperty("notEvaluated").EnumerateArray()).GetProperty("construct").GetString()!;
        }
    }
}
