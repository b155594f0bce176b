using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Running
{
    /// <summary>Terraform through the command line: with Bicep in one run, variable files, confinement, and every output format.</summary>
    public sealed class TerraformRunTests
    {
        private static readonly string Elsewhere = Path.GetTempPath();

        private const string BicepHub = """
            resource hub 'Microsoft.Network/virtualNetworks@2024-05-01' = {
              name: 'vnet-hub'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
                subnets: [ { name: 'GatewaySubnet', properties: { addressPrefix: '10.0.255.0/27' } } ]
              }
            }

            resource gateway 'Microsoft.Network/virtualNetworkGateways@2024-05-01' = {
              name: 'vgw-hub'
              location: 'westeurope'
              properties: {
                ipConfigurations: [ { name: 'default', properties: { subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', hub.name, 'GatewaySubnet') } } } ]
              }
            }

            resource hubToSpoke 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings@2024-05-01' = {
              parent: hub
              name: 'hub-to-spoke'
              properties: {
                remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-spoke') }
                allowGatewayTransit: TRANSIT
              }
            }
            """;

        private const string TerraformSpoke = """
            variable "hub_name" {
              type = string
            }

            resource "azurerm_virtual_network" "spoke" {
              name                = "vnet-spoke"
              location            = "westeurope"
              resource_group_name = "rg-spoke"
              address_space       = ["10.1.0.0/16"]
            }

            data "azurerm_virtual_network" "hub" {
              name                = var.hub_name
              resource_group_name = "rg-hub"
            }

            resource "azurerm_virtual_network_peering" "spoke_to_hub" {
              name                      = "spoke-to-hub"
              resource_group_name       = "rg-spoke"
              virtual_network_name      = azurerm_virtual_network.spoke.name
              remote_virtual_network_id = data.azurerm_virtual_network.hub.id
              use_remote_gateways       = true
            }
            """;

        [Fact]
        public void A_hub_in_Bicep_and_a_spoke_in_Terraform_are_checked_as_one_topology()
        {
            using var folder = new TempFolder();
            folder.Write("infra/hub/main.bicep", BicepHub.Replace("TRANSIT", "false"));
            folder.Write("infra/spoke/main.tf", TerraformSpoke);

            // The variable file is outside the folder checked: named on the command line, it is read all the same.
            var values = folder.Write("environments/prod.tfvars", "hub_name = \"vnet-hub\"\n");

            var broken = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("infra"), "--var-file", values, "--closed-world", "--format", "json");
            folder.Write("infra/hub/main.bicep", BicepHub.Replace("TRANSIT", "true"));
            var fixedRun = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("infra"), "--var-file", values, "--closed-world", "--format", "json");

            Assert.True(broken.ExitCode == 1, broken.ToString());
            using var report = JsonDocument.Parse(broken.Output);
            var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("PEER104", finding.GetProperty("ruleId").GetString());
            Assert.EndsWith("spoke/main.tf", finding.GetProperty("file").GetString());
            Assert.Equal(22, finding.GetProperty("line").GetInt32());
            Assert.True(fixedRun.ExitCode == 0, fixedRun.ToString());
        }

        [Fact]
        public void A_variable_file_that_is_not_there_stops_the_run()
        {
            using var folder = new TempFolder();
            folder.Write("main.tf", TerraformSpoke);

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Path, "--var-file", folder.Combine("missing.tfvars"));

            Assert.Equal(CheckRunner.CouldNotRun, result.ExitCode);
            Assert.Contains("No such variable file", result.Error);
        }

        [Fact]
        public void A_module_source_outside_the_folders_given_is_not_read()
        {
            using var folder = new TempFolder();
            folder.Write("outside/main.tf", "resource \"azurerm_virtual_network\" \"secret\" {\n  name = \"secret\"\n  location = \"westeurope\"\n  resource_group_name = \"rg\"\n  address_space = [\"10.0.0.0/16\"]\n}\n");
            folder.Write("repo/main.tf", "module \"escape\" {\n  source = \"../outside\"\n}\n");

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("repo"), "--format", "json", "--graph", "dot");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("PEER902", result.Output);
            Assert.Contains("has no Terraform files the reader may read", result.Output);
            Assert.DoesNotContain("secret", result.Output);
        }
        /// <summary>A hub of the resource group its file is deployed to; PEERING is its peering with 'vnet-spoke', or nothing.</summary>
        private const string ArmHub = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2024-05-01", "name": "vnet-hub", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "PREFIX" ] } } }
                PEERING
              ]
            }
            """;

        private const string ArmHubToSpoke = """
            , { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "vnet-hub/hub-to-spoke",
                "properties": { "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'vnet-spoke')]" } } }
            """;

        [Fact]
        public void A_terraform_spoke_peering_back_to_a_hub_two_templates_declare_is_ambiguous_not_missing()
        {
            using var folder = new TempFolder();
            folder.Write("repo/hubs/east/azuredeploy.json", ArmHub.Replace("PREFIX", "10.0.0.0/16").Replace("PEERING", ArmHubToSpoke));
            folder.Write("repo/hubs/west/azuredeploy.json", ArmHub.Replace("PREFIX", "10.100.0.0/16").Replace("PEERING", string.Empty));
            folder.Write("repo/spoke/main.tf", TerraformSpoke);
            folder.Write("repo/spoke/terraform.tfvars", "hub_name = \"vnet-hub\"\n");

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("repo"), "--closed-world", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var note = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("PEER902", note.GetProperty("ruleId").GetString());
            Assert.EndsWith("spoke/main.tf", note.GetProperty("file").GetString());
            Assert.Equal(21, note.GetProperty("line").GetInt32());
            var message = note.GetProperty("message").GetString();
            Assert.Matches("^The VNet 'vnet-hub' this id names is ambiguous: '[^']*hubs/east/azuredeploy.json' and '[^']*hubs/west/azuredeploy.json' each declare one", message);
            Assert.EndsWith("were skipped: PEER101, PEER103, PEER104, PEER108, PEER201, PEER301, PEER302, PEER402", message);
        }

        [Fact]
        public void With_one_template_hub_the_terraform_spoke_links_to_it_and_its_mistake_is_found()
        {
            using var folder = new TempFolder();
            folder.Write("repo/hubs/east/azuredeploy.json", ArmHub.Replace("PREFIX", "10.0.0.0/16").Replace("PEERING", ArmHubToSpoke));
            folder.Write("repo/spoke/main.tf", TerraformSpoke);
            folder.Write("repo/spoke/terraform.tfvars", "hub_name = \"vnet-hub\"\n");

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Combine("repo"), "--closed-world", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Equal("PEER104", finding.GetProperty("ruleId").GetString());
            Assert.EndsWith("spoke/main.tf", finding.GetProperty("file").GetString());
        }
        /// <summary>The rules a run over a template hub and the Terraform spoke reports, with the variable sources given.</summary>
        private static string[] RulesFound(TempFolder folder, System.Collections.IDictionary environment, params string[] options)
        {
            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, environment, new[] { folder.Combine("repo"), "--closed-world", "--format", "json" }.Concat(options).ToArray());
            Assert.True(result.ExitCode <= 1, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            return report.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).ToArray();
        }

        [Fact]
        public void A_var_value_wins_over_the_tfvars_files_and_loses_to_a_later_var_file()
        {
            using var folder = new TempFolder();
            folder.Write("repo/hub/azuredeploy.json", ArmHub.Replace("PREFIX", "10.0.0.0/16").Replace("PEERING", ArmHubToSpoke));
            folder.Write("repo/spoke/main.tf", TerraformSpoke);
            folder.Write("repo/spoke/terraform.tfvars", "hub_name = \"vnet-elsewhere\"\n");
            var later = folder.Write("other.tfvars", "hub_name = \"vnet-elsewhere\"\n");
            var none = new System.Collections.Hashtable();

            // Peered back to the hub, the spoke uses a gateway the hub lacks (PEER104); peered elsewhere, the hub's peering is one-way (PEER301).
            Assert.Equal(new[] { "PEER301" }, RulesFound(folder, none));
            Assert.Equal(new[] { "PEER104" }, RulesFound(folder, none, "--var", "hub_name=vnet-hub"));
            Assert.Equal(new[] { "PEER301" }, RulesFound(folder, none, "--var", "hub_name=vnet-hub", "--var-file", later));
            Assert.Equal(new[] { "PEER104" }, RulesFound(folder, none, "--var-file", later, "--var=hub_name=vnet-hub"));
        }

        [Fact]
        public void TF_VAR_environment_variables_are_read_only_with_tf_var_env_and_before_the_tfvars_files()
        {
            using var folder = new TempFolder();
            folder.Write("repo/hub/azuredeploy.json", ArmHub.Replace("PREFIX", "10.0.0.0/16").Replace("PEERING", ArmHubToSpoke));
            folder.Write("repo/spoke/main.tf", TerraformSpoke);
            var environment = new System.Collections.Hashtable { ["TF_VAR_hub_name"] = "vnet-hub" };

            // Without a value the spoke's remote is not known, so neither finding can be decided.
            Assert.Empty(RulesFound(folder, environment));
            Assert.Equal(new[] { "PEER104" }, RulesFound(folder, environment, "--tf-var-env"));
            folder.Write("repo/spoke/terraform.tfvars", "hub_name = \"vnet-elsewhere\"\n");
            Assert.Equal(new[] { "PEER301" }, RulesFound(folder, environment, "--tf-var-env"));
        }

        [Fact]
        public void A_var_value_without_terraform_in_the_run_stops_it()
        {
            using var folder = new TempFolder();
            folder.Write("hub/azuredeploy.json", ArmHub.Replace("PREFIX", "10.0.0.0/16").Replace("PEERING", string.Empty));

            var result = CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, folder.Path, "--var", "hub_name=vnet-hub");

            Assert.Equal(CheckRunner.CouldNotRun, result.ExitCode);
            Assert.Contains("--var hub_name is a Terraform variable, but the run has no Terraform configuration.", result.Error);
        }
    }
}
