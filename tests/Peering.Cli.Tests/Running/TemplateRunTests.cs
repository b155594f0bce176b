using System.IO;
using Peering.Cli.Running;
using Peering.Cli.Tests.Infrastructure;

namespace Peering.Cli.Tests.Running
{
    /// <summary>Whole runs with the real template front end: bad input, and Bicep findings at their declarations.</summary>
    public sealed class TemplateRunTests
    {
        private static readonly string Elsewhere = Path.GetTempPath();

        private const string ConflictingFlags = """
            resource hub 'Microsoft.Network/virtualNetworks@2023-09-01' = {
              name: 'hub'
              location: 'westeurope'
              properties: {
                addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
              }
            {0}
              resource toSpoke 'virtualNetworkPeerings' = {
                name: 'to-spoke'
                properties: {
                  allowGatewayTransit: true
                  useRemoteGateways: true
                  remoteVirtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'spoke') }
                }
              }
            }
            """;

        [Fact]
        public void Invalid_JSON_is_a_PEER901_finding_and_exits_1()
        {
            using var folder = new TempFolder();
            var broken = folder.Write("broken.json", SampleFiles.BrokenTemplate);

            var result = Run(folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(broken + "(", result.Output);
            Assert.Contains("error PEER901", result.Output);
        }

        [Fact]
        public void An_empty_file_named_on_the_command_line_is_a_PEER901_finding()
        {
            using var folder = new TempFolder();
            var empty = folder.Write("empty.json", string.Empty);

            var result = Run(empty);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(empty + "(1,1): error PEER901", result.Output);
        }

        [Fact]
        public void A_Bicep_finding_points_at_the_resource_declaration_and_a_broken_Bicep_file_does_not_stop_the_others()
        {
            using var folder = new TempFolder();
            var hub = folder.Write("hub.bicep", ConflictingFlags.Replace("{0}", string.Empty));
            var broken = folder.Write("broken.bicep", "resource x = {\n");

            var result = Run(folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(hub + "(8,3): error PEER102", result.Output);
            Assert.Contains(broken + "(1,12): error PEER901: Bicep cannot compile broken.bicep: BCP068", result.Output);
        }

        [Fact]
        public void Disable_next_line_silences_the_rule_at_that_resource()
        {
            using var folder = new TempFolder();
            folder.Write("hub.bicep", ConflictingFlags.Replace("{0}", "  #disable-next-line PEER102"));

            var result = Run(folder.Path);

            Assert.DoesNotContain("PEER102", result.Output);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        private const string SharedServices = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": [
                { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01", "name": "hub", "location": "westeurope",
                  "properties": { "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] } } },
                { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01", "name": "hub/to-shared",
                  "properties": { "remoteVirtualNetwork": { "id": "[reference('shared').outputs.vnetId.value]" } } },
                { "type": "Microsoft.Authorization/roleAssignments", "apiVersion": "2022-04-01", "name": "[guid(reference('identity').principalId)]",
                  "properties": { "roleDefinitionId": "reader" } }
              ]
            }
            """;

        [Fact]
        public void A_value_a_rule_needed_is_a_PEER902_and_the_others_are_counted_in_the_summary()
        {
            using var folder = new TempFolder();
            var template = folder.Write("main.json", SharedServices);

            var result = Run(folder.Path);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(template + "(8,55): info PEER902: The function 'reference' is not evaluated, so the checks that need its value were skipped: PEER201, PEER301, PEER302, PEER402 ", result.Output);
            Assert.Single(result.Output.Split('\n'), line => line.Contains("PEER902"));
            Assert.EndsWith("0 errors, 0 warnings, 1 info in 1 file; 1 value not evaluated (no rule needed it)", result.Output.TrimEnd());
        }

        [Fact]
        public void A_rule_turned_off_in_the_configuration_is_not_named_as_skipped()
        {
            using var folder = new TempFolder();
            folder.Write("main.json", SharedServices);
            folder.Write("peering-check.json", """{ "rules": { "PEER201": "none", "PEER301": "none", "PEER302": "none" } }""");

            var result = Run(folder.Path, "--format", "json");

            using var json = System.Text.Json.JsonDocument.Parse(result.Output);
            var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
            Assert.EndsWith("were skipped: PEER402", finding.GetProperty("message").GetString());
            Assert.Equal(9, Assert.Single(json.RootElement.GetProperty("notEvaluated").EnumerateArray()).GetProperty("line").GetInt32());
        }

        [Fact]
        public void A_policy_definition_found_in_a_folder_is_checked_as_the_template_it_deploys()
        {
            using var folder = new TempFolder();
            var definition = folder.Write("policyDefinitions/Deploy-Peering.json", """
                {
                  "properties": {
                    "policyRule": {
                      "if": { "field": "type", "equals": "Microsoft.Network/virtualNetworks" },
                      "then": {
                        "effect": "deployIfNotExists",
                        "details": {
                          "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings",
                          "deployment": {
                            "properties": {
                              "mode": "incremental",
                              "parameters": { "vnetName": { "value": "[field('name')]" } },
                              "template": {
                                "parameters": { "vnetName": { "type": "string" } },
                                "resources": [
                                  { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2023-09-01",
                                    "name": "[concat(parameters('vnetName'), '/to-hub')]",
                                    "properties": { "allowGatewayTransit": true, "useRemoteGateways": true,
                                      "remoteVirtualNetwork": { "id": "/subscriptions/0000/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub" } } }
                                ]
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                """);

            var result = Run(folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(definition) + @"\(18,\d+\): error PEER102", result.Output);
        }

        [Fact]
        public void A_policy_definition_declared_in_Bicep_is_checked_and_reported_at_its_declaration()
        {
            using var folder = new TempFolder();
            var policy = folder.Write("policy.bicep", """
                targetScope = 'managementGroup'

                resource peerToHub 'Microsoft.Authorization/policyDefinitions@2021-06-01' = {
                  name: 'peer-to-hub'
                  properties: {
                    policyRule: {
                      if: { field: 'type', equals: 'Microsoft.Network/virtualNetworks' }
                      then: {
                        effect: 'deployIfNotExists'
                        details: {
                          type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings'
                          deployment: {
                            properties: {
                              mode: 'incremental'
                              parameters: { vnetName: { value: '[field(\'name\')]' } }
                              template: {
                                parameters: { vnetName: { type: 'string' } }
                                resources: [
                                  {
                                    type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings'
                                    apiVersion: '2023-09-01'
                                    name: '[concat(parameters(\'vnetName\'), \'/to-hub\')]'
                                    properties: { allowGatewayTransit: true, useRemoteGateways: true, remoteVirtualNetwork: { id: '[parameters(\'vnetName\')]' } }
                                  }
                                ]
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                """);

            var result = Run(folder.Path);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(policy + "(3,1): error PEER102", result.Output);
        }

        private static CliResult Run(params string[] args) => CliRun.Run(new ArmTemplateSetAnalyzer(), Elsewhere, args);
    }
}
