using System;
using System.Linq;
using System.Text;
using Peering.Rules.Addressing;
using Peering.Rules.Checks;
using Peering.Templates;
using Peering.Templates.Input;
using Peering.Terraform;

namespace Peering.Fuzz
{
    /// <summary>
    /// What each harness does with one input. A target throws only when the code under test is wrong: an exception
    /// from the parser, or a broken property (a prefix that does not survive its own round trip).
    /// </summary>
    public static class FuzzTargets
    {
        public static void Cidr(ReadOnlySpan<byte> input)
        {
            var text = Encoding.UTF8.GetString(input);
            var result = IpPrefix.Parse(text);
            _ = result.Describe();
            if (result.Prefix is not { } prefix)
            {
                return;
            }

            var again = IpPrefix.Parse(prefix.Text).Prefix;
            if (again == null || !again.Equals(prefix) || !prefix.Contains(prefix) || !prefix.Overlaps(again))
            {
                throw new InvalidOperationException($"Prefix '{prefix.Text}' parsed from '{text}' does not survive a round trip.");
            }
        }

        /// <summary>
        /// The ARM front end on one input file: decoded as the command line decodes it, read as a template and, for a
        /// second template that declares parameters, as its parameter file. Any exception escaping is a bug: the reader
        /// must turn every input into findings.
        /// </summary>
        public static void Arm(ReadOnlySpan<byte> input)
        {
            var text = TemplateText.Decode(input, out _);
            if (text == null)
            {
                return;
            }

            var asTemplate = new TemplateDocument("fuzz.json", text);
            var withParameters = new TemplateDocument("host.json", ParameterHost) { ParametersPath = "fuzz.parameters.json", ParametersJsonText = text };
            var result = TemplateAnalyzer.Analyze(new[] { asTemplate, withParameters }, AnalysisOptions.Default, new SuppressionSet());
            foreach (var finding in result.Findings)
            {
                if (finding.Location is not SourceLocation location || location.Line < 1 || location.Column < 1)
                {
                    throw new InvalidOperationException($"{finding.Rule.Id} '{finding.Message}' has no valid location.");
                }
            }
        }

        /// <summary>
        /// The Terraform front end on one input: as a <c>.tf</c> file of its own root module, as the <c>terraform.tfvars</c>
        /// of a configuration whose variables flow into peerings, loops and a module, and as a plan. Any exception
        /// escaping is a bug: the reader must turn every input into findings.
        /// </summary>
        public static void Terraform(ReadOnlySpan<byte> input)
        {
            var text = TemplateText.Decode(input, out _);
            if (text == null)
            {
                return;
            }

            var files = new InMemoryTerraformFiles(new[]
            {
                ("fuzz/main.tf", text), ("host/main.tf", TerraformHost), ("host/terraform.tfvars", text), ("host/modules/spoke/main.tf", TerraformSpoke),
            });
            CheckTerraform(new TerraformInputs { Folders = files.ModuleFolders }, files);
            CheckTerraform(new TerraformInputs { Plans = new[] { ("plan.json", text) } }, files);
        }

        private static void CheckTerraform(TerraformInputs inputs, ITerraformFiles files)
        {
            var suppressions = new SuppressionSet();
            var terraform = TerraformReader.Read(inputs, files, AnalysisOptions.Default, suppressions);
            var result = TemplateAnalyzer.Analyze(Array.Empty<TemplateDocument>(), AnalysisOptions.Default, suppressions, terraform.AddTo);
            foreach (var finding in terraform.Findings.Concat(result.Findings))
            {
                if (finding.Message.StartsWith(TerraformReader.ReaderFailure, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(finding.Message);
                }

                if (finding.Location is not SourceLocation location || location.Line < 1 || location.Column < 1)
                {
                    throw new InvalidOperationException($"{finding.Rule.Id} '{finding.Message}' has no valid location.");
                }
            }
        }

        /// <summary>A configuration whose variables (from the fuzzed terraform.tfvars) reach names, prefixes, loops and a module.</summary>
        private const string TerraformHost = """
            variable "spokes" {
              type = map(object({ space = list(string), transit = optional(bool, true) }))
            }
            variable "hub" {
              type = any
            }

            resource "azurerm_virtual_network" "hub" {
              name                = try(var.hub.name, "hub")
              location            = "westeurope"
              resource_group_name = "rg"
              address_space       = try(var.hub.space, ["10.0.0.0/16"])
            }

            module "spoke" {
              source   = "./modules/spoke"
              for_each = var.spokes
              name     = each.key
              space    = each.value.space
              transit  = each.value.transit
              hub      = azurerm_virtual_network.hub
            }
            """;

        private const string TerraformSpoke = """
            variable "name" {}
            variable "space" {}
            variable "transit" {}
            variable "hub" {}

            resource "azurerm_virtual_network" "this" {
              name                = var.name
              location            = "westeurope"
              resource_group_name = "rg"
              address_space       = var.space
              dynamic "subnet" {
                for_each = { for i, p in var.space : i => p }
                content {
                  name             = "s${subnet.key}"
                  address_prefixes = [cidrsubnet(subnet.value, 8, 0)]
                }
              }
            }

            resource "azurerm_virtual_network_peering" "to_hub" {
              name                      = "${var.name}-to-hub"
              resource_group_name       = "rg"
              virtual_network_name      = azurerm_virtual_network.this.name
              remote_virtual_network_id = var.hub.id
              use_remote_gateways       = var.transit
            }
            """;

        /// <summary>A template whose parameters flow into peerings, copy loops and a nested deployment, so a fuzzed parameter file reaches them.</summary>
        private const string ParameterHost = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "parameters": { "names": { "type": "array" }, "prefix": { "type": "string" }, "count": { "type": "int" }, "remote": { "type": "object" } },
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "name": "[parameters('names')[copyIndex()]]", "location": "westeurope",
                  "copy": { "name": "vnets", "count": "[parameters('count')]" },
                  "properties": { "addressSpace": { "addressPrefixes": [ "[parameters('prefix')]" ] },
                    "virtualNetworkPeerings": [ { "name": "[concat('p', copyIndex())]", "properties": { "remoteVirtualNetwork": "[parameters('remote')]", "useRemoteGateways": true } } ] } },
                { "type": "Microsoft.Resources/deployments", "name": "inner", "properties": { "expressionEvaluationOptions": { "scope": "inner" },
                  "parameters": { "prefix": { "value": "[parameters('prefix')]" } },
                  "template": { "parameters": { "prefix": { "type": "string" } }, "resources": [
                    { "type": "Microsoft.Network/virtualNetworks", "name": "inner", "properties": { "addressSpace": { "addressPrefixes": [ "[parameters('prefix')]" ] } } } ] } } }
              ]
            }
            """;
    }
}
