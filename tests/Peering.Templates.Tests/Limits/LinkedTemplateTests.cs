using System.Linq;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Limits
{
    /// <summary>Linked templates are never fetched nor read: each is a PEER902 that says which link was not followed.</summary>
    public class LinkedTemplateTests
    {
        [Theory]
        [InlineData("\"uri\": \"https://example.invalid/net.json\"", "The linked template 'https://example.invalid/net.json' (templateLink.uri, not fetched)")]
        [InlineData("\"relativePath\": \"../../etc/passwd\"", "The linked template '../../etc/passwd' (templateLink.relativePath, not followed)")]
        [InlineData("\"relativePath\": \"/etc/passwd\"", "The linked template '/etc/passwd' (templateLink.relativePath, not followed)")]
        [InlineData("\"id\": \"[resourceId('Microsoft.Resources/templateSpecs/versions', 'spec', '1.0')]\"", "(templateLink.id, a template spec, not fetched)")]
        [InlineData("\"contentVersion\": \"1.0.0.0\"", "A linked template (templateLink)")]
        public void A_linked_template_is_reported_as_not_followed(string link, string expected)
        {
            var resources = "[ { \"type\": \"Microsoft.Resources/deployments\", \"name\": \"linked\", \"properties\": { \"templateLink\": { " + link + " } } } ]";

            var result = TemplateRun.Analyze(TemplateRun.Template(resources));

            var finding = Assert.Single(result.Findings);
            Assert.Equal("PEER902", finding.Rule.Id);
            Assert.Contains(expected, finding.Message);
            Assert.Equal(6, ((SourceLocation)finding.Location!).Line);
            Assert.Empty(result.Topology.Networks);
        }
    }
}
