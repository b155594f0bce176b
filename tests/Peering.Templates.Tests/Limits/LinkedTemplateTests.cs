using System.Linq;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Limits
{
    /// <summary>
    /// Linked templates are never fetched nor read: each is a construct not evaluated that says which link was not
    /// followed. No rule reads anything from it, so it is counted rather than reported (PEER902).
    /// </summary>
    public class LinkedTemplateTests
    {
        [Theory]
        [InlineData("\"uri\": \"https://example.invalid/net.json\"", "the linked template 'https://example.invalid/net.json' (templateLink.uri, not fetched)")]
        [InlineData("\"relativePath\": \"../../etc/passwd\"", "the linked template '../../etc/passwd' (templateLink.relativePath, not followed)")]
        [InlineData("\"relativePath\": \"/etc/passwd\"", "the linked template '/etc/passwd' (templateLink.relativePath, not followed)")]
        [InlineData("\"id\": \"[resourceId('Microsoft.Resources/templateSpecs/versions', 'spec', '1.0')]\"", "(templateLink.id, a template spec, not fetched)")]
        [InlineData("\"contentVersion\": \"1.0.0.0\"", "a linked template (templateLink)")]
        public void A_linked_template_is_reported_as_not_followed(string link, string expected)
        {
            var resources = "[ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"linked\", \"properties\": { \"templateLink\": { " + link + " } } } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            Assert.Empty(result.Findings);
            var construct = Assert.Single(result.NotNeeded);
            Assert.Contains(expected, construct.Construct);
            Assert.Equal(6, construct.Location.Line);
            Assert.Empty(result.Topology.Networks);
        }
    }
}
