using System.Linq;
using Peering.Templates.Tests.Infrastructure;
using Xunit;

namespace Peering.Templates.Tests.Arm
{
    /// <summary>PEER109 in templates: only a peering that uses remote gateways has a gateway check the flag could be meant to skip.</summary>
    public sealed class DoNotVerifyRemoteGatewaysTests
    {
        [Theory]
        [InlineData("\"useRemoteGateways\": true,", true)]
        [InlineData("\"useRemoteGateways\": false,", false)]
        [InlineData("", false)]
        [InlineData("\"useRemoteGateways\": \"[parameters('useHubGateway')]\",", false)]
        public void Reported_only_with_UseRemoteGateways(string useRemoteGateways, bool reported)
        {
            var template = TemplateRun.Template(
                """
                [ { "type": "Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "apiVersion": "2024-05-01", "name": "spoke/to-hub",
                    "properties": { USE "doNotVerifyRemoteGateways": true,
                                    "remoteVirtualNetwork": { "id": "[resourceId('Microsoft.Network/virtualNetworks', 'hub')]" } } } ]
                """.Replace("USE", useRemoteGateways),
                parameters: """{ "useHubGateway": { "type": "bool" } }""");

            var result = TemplateRun.Analyze(template);

            Assert.Equal(reported, result.RuleIds().Contains("PEER109"));
        }
    }
}
