using System;
using System.Text;
using Peering.Rules.Addressing;
using Peering.Rules.Checks;
using Peering.Templates;
using Peering.Templates.Input;

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
