using Peering.Cli.Output;
using Peering.Cli.Output.GitHub;
using Peering.Cli.Output.Graph;
using Peering.Cli.Output.Json;
using Peering.Cli.Output.Sarif;
using Peering.Cli.Output.Text;

namespace Peering.Cli.Tests.Output
{
    public class ReportWritersTests
    {
        [Theory]
        [InlineData("text", typeof(TextReportWriter))]
        [InlineData("JSON", typeof(JsonReportWriter))]
        [InlineData(" sarif ", typeof(SarifReportWriter))]
        [InlineData("github", typeof(GitHubReportWriter))]
        public void Format_names_select_their_writer(string name, System.Type expected)
        {
            Assert.IsType(expected, ReportWriters.For(name));
        }

        [Theory]
        [InlineData("mermaid", typeof(MermaidGraphWriter))]
        [InlineData("DOT", typeof(DotGraphWriter))]
        public void Graph_names_select_their_writer(string name, System.Type expected)
        {
            Assert.IsType(expected, GraphWriters.For(name));
        }

        [Fact]
        public void Unknown_names_select_nothing()
        {
            Assert.Null(ReportWriters.For("xml"));
            Assert.Null(GraphWriters.For("svg"));
            Assert.Equal(new[] { "text", "json", "sarif", "github" }, ReportWriters.Formats);
            Assert.Equal(new[] { "mermaid", "dot" }, GraphWriters.Formats);
        }

        [Theory]
        [InlineData("/repo/infra/hub.json", "/repo", true, "infra/hub.json")]
        [InlineData("/repo/", "/repo", true, ".")]
        [InlineData("./infra\\hub.json", "/repo", true, "infra/hub.json")]
        [InlineData("/repository/hub.json", "/repo", false, "/repository/hub.json")]
        [InlineData("../up.json", "/repo/infra", false, "/repo/up.json")]
        [InlineData("../up.json", "relative-root", false, "../up.json")]
        [InlineData("infra/../hub.json", "relative-root", true, "infra/../hub.json")]
        [InlineData("/other/hub.json", "relative-root", false, "/other/hub.json")]
        [InlineData("", "/repo", false, "")]
        public void Paths_are_made_relative_to_the_source_root(string path, string root, bool isRelative, string expected)
        {
            var paths = new SourcePaths(root);

            Assert.Equal(isRelative, paths.TryRelative(path, out _));
            Assert.Equal(expected, paths.Relative(path));
        }

        [Theory]
        [InlineData("hub.json", "infra/hub.json")]
        [InlineData("../main.json", "main.json")]
        [InlineData("../../outside.json", "/outside.json")]
        [InlineData("/repo/infra/x.json", "infra/x.json")]
        public void Relative_paths_start_at_the_working_directory_inside_the_root(string path, string expected)
        {
            Assert.Equal(expected, new SourcePaths("/repo", "/repo/infra").Relative(path));
        }

        [Theory]
        [InlineData("a b/c#d.json", true, "a%20b/c%23d.json")]
        [InlineData("/abs/x.json", false, "file:///abs/x.json")]
        [InlineData("C:/work/x y.json", false, "file:///C:/work/x%20y.json")]
        public void Uri_references_are_percent_encoded(string path, bool isRelative, string expected)
        {
            Assert.Equal(expected, SourcePaths.ToUriReference(path, isRelative));
        }
    }
}
