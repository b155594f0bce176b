using System.Linq;
using Peering.Terraform.Tests.Infrastructure;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;
using static Peering.Terraform.Tests.Infrastructure.Tf;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>Suppression comments, and what the reader does with files and modules it cannot read.</summary>
    public sealed class SuppressionAndLimitTests
    {
        private static readonly string OneWay = VNet("hub", "10.0.0.0/16") + VNet("spoke", "10.1.0.0/16") + Link("hub", "spoke", "allow_gateway_transit = true\n  use_remote_gateways = true");

        [Theory]
        [InlineData("# peering-check:disable-next-line PEER301 PEER102\n")]
        [InlineData("// peering-check:disable-next-line PEER301, PEER102 -- the spoke team peers back\n")]
        [InlineData("# peering-check:disable-next-line peer301 peer102\n\n# the link is managed elsewhere\n")]
        public void A_comment_above_a_block_silences_the_rules_it_names_anywhere_in_the_block(string comment)
        {
            var result = Analyze(File("main.tf", OneWay.Replace("resource \"azurerm_virtual_network_peering\"", comment + "resource \"azurerm_virtual_network_peering\"")));

            Assert.Empty(result.Findings);
        }

        [Fact]
        public void A_comment_above_an_argument_silences_that_line_only()
        {
            var result = Analyze(File("main.tf", OneWay.Replace("  use_remote_gateways = true", "  # peering-check:disable-next-line PEER102\n  use_remote_gateways = true")));

            Assert.Equal(new[] { "PEER301" }, result.RuleIds);
        }

        [Fact]
        public void A_file_that_is_not_hcl_is_a_PEER901_and_its_module_is_not_read()
        {
            var result = Analyze(File("main.tf", OneWay), File("broken.tf", "resource \"azurerm_virtual_network\" \"x\" {\n  name = \n}\n"));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER901@broken.tf:2", result.Summary[0]);
            Assert.Contains("'broken.tf' is not valid HCL: expected an expression", finding.Message);
            Assert.Empty(result.Topology.Peerings);
        }

        [Fact]
        public void Runaway_evaluation_is_a_PEER901_for_the_root_module_and_adds_nothing()
        {
            var runaway = OneWay + """
                locals {
                  big = [for i in range(90000) : [for j in range(90000) : j]]
                }

                resource "azurerm_virtual_network" "many" {
                  for_each            = toset([for x in local.big : "x"])
                  name                = "many"
                  location            = "westeurope"
                  resource_group_name = "rg-network"
                  address_space       = ["10.9.0.0/16"]
                }
                """;

            var result = Analyze(File("main.tf", runaway));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Contains("The Terraform module '.' is skipped", finding.Message);
            Assert.Empty(result.Topology.Networks);
        }

        [Fact]
        public void Cycles_between_locals_give_unknown_values_not_a_hang()
        {
            var cyclic = """
                locals {
                  a = local.b
                  b = "${local.a}-x"
                }

                """ + VNet("hub", "10.0.0.0/16").Replace("\"10.0.0.0/16\"", "local.a");

            var result = Analyze(File("main.tf", cyclic));

            Assert.Contains(result.Findings, f => f.Rule.Id == "PEER902" && f.Message.Contains("refers to itself through a cycle"));
            Assert.Equal(Peering.Rules.Model.FactState.Unknown, result.Network("hub").AddressPrefixes.State);
        }

        [Fact]
        public void Every_prefix_of_the_sample_configuration_is_read_without_an_exception()
        {
            var text = System.IO.File.ReadAllText(System.IO.Path.Combine(TestRepository.Root, "samples", "terraform", "spokes.tf"));
            for (var length = 0; length <= text.Length; length += 7)
            {
                var result = Analyze(File("main.tf", text.Substring(0, length)));
                Assert.All(result.Findings, f => Assert.True(f.Location is Peering.Templates.SourceLocation));
            }
        }

        [Theory]
        [InlineData("count = {}", "count must be a number")]
        [InlineData("count = -1", "count must not be negative")]
        [InlineData("for_each = 5", "for_each must be a map or a set of strings")]
        [InlineData("for_each = null", "for_each must be a map or a set of strings")]
        public void A_count_or_for_each_terraform_would_reject_is_a_PEER902_note_and_unknown_instances(string expansion, string reason)
        {
            var result = Analyze(File("main.tf", VNet("hub", "10.0.0.0/16").Replace("  name ", "  " + expansion + "\n  name ")));

            var note = Assert.Single(result.Findings);
            Assert.Equal("PEER902", note.Rule.Id);
            Assert.Contains(reason, note.Message);
            Assert.True(result.Topology.Networks.Single().IsDefined);
        }

        [Fact]
        public void An_argument_written_twice_keeps_its_first_value_as_terraform_would_refuse_the_second()
        {
            var twice = VNet("hub", "10.0.0.0/16").Replace("  address_space", "  subnet {\n    name = \"a\"\n    name = \"b\"\n    address_prefixes = [\"10.0.0.0/24\"]\n  }\n  address_space");

            var result = Analyze(File("main.tf", twice));

            Assert.Empty(result.Findings);
            Assert.Contains(result.Topology.AddressPrefixUses, use => use.Owner == "subnet 'a' of VNet 'hub'");
        }
    }
}
