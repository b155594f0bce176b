using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using static Peering.Terraform.Tests.Infrastructure.TerraformRun;

namespace Peering.Terraform.Tests.Reading
{
    /// <summary>
    /// Where a root module's variables get their values, in Terraform's order (defaults, TF_VAR_, terraform.tfvars,
    /// *.auto.tfvars, then -var-file and -var as given), and how a value given as text is read for the variable's type.
    /// </summary>
    public sealed class VariableValueTests
    {
        private static readonly IReadOnlyDictionary<string, string> NoEnvironment = new Dictionary<string, string>();

        /// <summary>One VNet per variable p1..p7, named after the variable and its value.</summary>
        private const string Layers = """
            variable "p1" { default = "default" }
            variable "p2" { default = "default" }
            variable "p3" { default = "default" }
            variable "p4" { default = "default" }
            variable "p5" { default = "default" }
            variable "p6" { default = "default" }
            variable "p7" { default = "default" }

            locals {
              values = { p1 = var.p1, p2 = var.p2, p3 = var.p3, p4 = var.p4, p5 = var.p5, p6 = var.p6, p7 = var.p7 }
            }

            resource "azurerm_virtual_network" "layer" {
              for_each            = local.values
              name                = "${each.key}-${each.value}"
              location            = "westeurope"
              resource_group_name = "rg-network"
              address_space       = ["10.0.0.0/16"]
            }
            """;

        /// <summary>A VNet whose address space, name and region come from typed variables.</summary>
        private static string Typed(string spaceType) => $$"""
            variable "space" {
              {{spaceType}}
            }

            variable "size" {
              type = number
            }

            variable "tags" {}

            resource "azurerm_virtual_network" "hub" {
              name                = "vnet-${var.size}-${length(var.tags)}"
              location            = "westeurope"
              resource_group_name = "rg-network"
              address_space       = var.space
            }
            """;

        [Fact]
        public void Each_source_overrides_the_ones_before_it_in_terraforms_order()
        {
            var environment = new Dictionary<string, string> { ["p2"] = "env", ["p3"] = "env", ["p4"] = "env", ["p5"] = "env", ["p6"] = "env", ["p7"] = "env" };
            var variables = new[]
            {
                VariableArgument.File("prod.tfvars"),
                VariableArgument.Parse("p6=var")!,
                VariableArgument.Parse("p7=var")!,
                VariableArgument.File("late.tfvars"),
            };

            var result = Analyze(variables, environment,
                File("main.tf", Layers),
                File("terraform.tfvars", "p3 = \"tfvars\"\np4 = \"tfvars\"\np5 = \"tfvars\"\np6 = \"tfvars\"\np7 = \"tfvars\"\n"),
                File("b.auto.tfvars", "p4 = \"auto-b\"\np5 = \"auto-b\"\np6 = \"auto-b\"\np7 = \"auto-b\"\n"),
                File("a.auto.tfvars", "p4 = \"auto-a\"\n"),
                File("prod.tfvars", "p5 = \"file\"\np6 = \"file\"\np7 = \"file\"\n"),
                File("late.tfvars", "p7 = \"late-file\"\n"));

            Assert.Equal(
                new[] { "p1-default", "p2-env", "p3-tfvars", "p4-auto-b", "p5-file", "p6-var", "p7-late-file" },
                result.Topology.Networks.Select(n => n.DisplayName).OrderBy(n => n));
        }

        [Fact]
        public void The_environment_is_not_read_unless_given_and_names_no_undeclared_variable()
        {
            var result = Analyze(new[] { VariableArgument.Parse("undeclared=x")! }, new Dictionary<string, string> { ["also_undeclared"] = "y" }, File("main.tf", Layers));

            Assert.Empty(result.Findings);
            Assert.All(result.Topology.Networks, n => Assert.EndsWith("-default", n.DisplayName));
        }

        [Fact]
        public void A_value_for_a_collection_type_is_an_hcl_expression_and_one_for_a_primitive_type_or_none_is_the_text()
        {
            var result = Analyze(
                new[] { VariableArgument.Parse("space=[\"10.1.0.0/16\", \"10.2.0.0/16\"]")!, VariableArgument.Parse("size=16")!, VariableArgument.Parse("tags=[\"a\"]")! },
                NoEnvironment,
                File("main.tf", Typed("type = list(string)")));

            var hub = Assert.Single(result.Topology.Networks);
            Assert.Equal(new[] { "10.1.0.0/16", "10.2.0.0/16" }, hub.AddressPrefixes.Value.Select(p => p.ToString()));
            // A variable without a type takes the text as it is: five characters, not a list of one.
            Assert.Equal("vnet-16-5", hub.DisplayName);
        }

        [Fact]
        public void A_value_for_type_any_is_an_hcl_expression_too()
        {
            var result = Analyze(
                new[] { VariableArgument.Parse("space=[\"10.1.0.0/16\"]")!, VariableArgument.Parse("size=8")! },
                new Dictionary<string, string> { ["tags"] = "{ env = \"prod\", team = \"net\" }" },
                File("main.tf", Typed("type = any").Replace("variable \"tags\" {}", "variable \"tags\" {\n  type = map(string)\n}")));

            var hub = Assert.Single(result.Topology.Networks);
            Assert.Equal(new[] { "10.1.0.0/16" }, hub.AddressPrefixes.Value.Select(p => p.ToString()));
            Assert.Equal("vnet-8-2", hub.DisplayName);
        }

        [Fact]
        public void A_map_of_objects_from_the_environment_takes_the_optional_defaults_of_its_type()
        {
            var spokes = """
                variable "spokes" {
                  type = map(object({
                    prefix = string
                    region = optional(string, "westeurope")
                  }))
                }

                resource "azurerm_virtual_network" "spoke" {
                  for_each            = var.spokes
                  name                = "vnet-${each.key}"
                  location            = each.value.region
                  resource_group_name = "rg-network"
                  address_space       = [each.value.prefix]
                }
                """;

            var result = Analyze(Array.Empty<VariableArgument>(),
                new Dictionary<string, string> { ["spokes"] = "{\n  app = { prefix = \"10.1.0.0/16\" }\n  data = { prefix = \"10.2.0.0/16\", region = \"North Europe\" }\n}" },
                File("main.tf", spokes));

            Assert.Equal("westeurope", result.Network("vnet-app").Location.Value);
            Assert.Equal("northeurope", result.Network("vnet-data").Location.Value);
            Assert.Equal("10.2.0.0/16", Assert.Single(result.Network("vnet-data").AddressPrefixes.Value).ToString());
        }

        [Fact]
        public void A_value_that_is_not_an_hcl_literal_is_unknown_and_noted_at_the_variable_as_terraform_refuses_it()
        {
            var broken = Analyze(new[] { VariableArgument.Parse("space=[\"10.1.0.0/16\"")!, VariableArgument.Parse("size=1")! }, NoEnvironment,
                File("main.tf", Typed("type    = list(string)\n  default = [\"10.9.0.0/16\"]")));
            var calling = Analyze(new[] { VariableArgument.Parse("space=[cidrsubnet(\"10.0.0.0/8\", 8, 1)]")!, VariableArgument.Parse("size=1")! }, NoEnvironment,
                File("main.tf", Typed("type = list(string)")));

            foreach (var result in new[] { broken, calling })
            {
                Assert.Equal(FactState.Unknown, Assert.Single(result.Topology.Networks).AddressPrefixes.State);
                var note = Assert.Single(result.Findings);
                Assert.Equal("PEER902@main.tf:1", result.Summary[0]);
                Assert.StartsWith("The value of var.space in --var space could not be read (", note.Message);
            }

            Assert.Contains("functions may not be called here ('cidrsubnet')", calling.Findings[0].Message);
        }

        [Fact]
        public void A_tfvars_value_may_not_call_a_function_either()
        {
            var result = Analyze(Array.Empty<VariableArgument>(), NoEnvironment,
                File("main.tf", Typed("type = list(string)")),
                File("terraform.tfvars", "space = [cidrsubnet(\"10.0.0.0/8\", 8, 1)]\nsize = 1\n"));

            Assert.Equal(FactState.Unknown, Assert.Single(result.Topology.Networks).AddressPrefixes.State);
            Assert.Equal(new[] { "PEER902@terraform.tfvars:1" }, result.Summary);
        }

        [Theory]
        [InlineData("name=value", "name", "value")]
        [InlineData("list=[\"a=b\"]", "list", "[\"a=b\"]")]
        [InlineData("_x-1=", "_x-1", "")]
        public void A_var_argument_is_split_at_its_first_equals_sign(string argument, string name, string text)
        {
            var parsed = VariableArgument.Parse(argument)!;

            Assert.Equal(name, parsed.Name);
            Assert.Equal(text, parsed.Text);
            Assert.Null(parsed.FilePath);
        }

        [Theory]
        [InlineData("novalue")]
        [InlineData("=value")]
        [InlineData("1st=value")]
        [InlineData("-x=value")]
        [InlineData("a b=value")]
        public void A_var_argument_without_a_variable_name_is_refused(string argument)
        {
            Assert.Null(VariableArgument.Parse(argument));
        }

        [Fact]
        public void Only_TF_VAR_variables_of_the_environment_are_values_and_the_prefix_is_matched_exactly()
        {
            var environment = new System.Collections.Hashtable { ["TF_VAR_hub"] = "vnet-hub", ["tf_var_lower"] = "x", ["TF_VAR_"] = "empty", ["PATH"] = "/bin", ["TF_VAR_list"] = "[1]" };

            var values = VariableArgument.FromEnvironment(environment);

            Assert.Equal(new[] { "hub", "list" }, values.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("vnet-hub", values["hub"]);
        }
    }
}
