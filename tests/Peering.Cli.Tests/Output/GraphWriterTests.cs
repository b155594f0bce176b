using System.IO;
using System.Linq;
using Peering.Cli.Output;
using Peering.Cli.Output.Graph;
using Peering.Rules.Catalogue;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    public class GraphWriterTests
    {
        [Fact]
        public void Mermaid_draws_vnets_peering_pairs_and_findings()
        {
            Assert.Equal(
                new[]
                {
                    "flowchart LR",
                    "  classDef error stroke:#d73a49,stroke-width:3px",
                    "  classDef warning stroke:#e36209,stroke-width:3px",
                    "  classDef info stroke:#0366d6,stroke-width:3px",
                    "  n1[\"hub<br/>westeurope<br/>10.0.0.0/16\"]",
                    "  n2[\"spoke1<br/>westeurope<br/>10.1.0.0/16\"]",
                    "  n3[\"spoke2<br/>northeurope<br/>10.2.0.0/16\"]",
                    "  n1 <-->|\"hub-to-spoke1: allows gateway transit<br/>spoke1-to-hub: allows gateway transit, uses remote gateway<br/>error: PEER102\"| n2",
                    "  n3 -->|\"spoke2-to-hub<br/>warning: PEER301\"| n1",
                    "  linkStyle 0 stroke:#d73a49,stroke-width:3px",
                    "  linkStyle 1 stroke:#e36209,stroke-width:3px",
                },
                Render(GraphWriters.Mermaid, HubAndSpokes().Build()));
        }

        [Fact]
        public void Dot_draws_the_same_picture()
        {
            Assert.Equal(
                new[]
                {
                    "digraph peerings {",
                    "  rankdir=LR;",
                    "  node [shape=box, style=rounded];",
                    "  n1 [label=\"hub\\nwesteurope\\n10.0.0.0/16\"];",
                    "  n2 [label=\"spoke1\\nwesteurope\\n10.1.0.0/16\"];",
                    "  n3 [label=\"spoke2\\nnortheurope\\n10.2.0.0/16\"];",
                    "  n1 -> n2 [label=\"hub-to-spoke1: allows gateway transit\\nspoke1-to-hub: allows gateway transit, uses remote gateway\\nerror: PEER102\", dir=both, color=\"#d73a49\", penwidth=2];",
                    "  n3 -> n1 [label=\"spoke2-to-hub\\nwarning: PEER301\", color=\"#e36209\", penwidth=2];",
                    "}",
                },
                Render(GraphWriters.Dot, HubAndSpokes().Build()));
        }

        [Theory]
        [InlineData(GraphWriters.Mermaid)]
        [InlineData(GraphWriters.Dot)]
        public void Output_does_not_depend_on_the_order_of_the_input(string format)
        {
            var ordered = HubAndSpokes();
            var reversed = HubAndSpokes();
            var networks = reversed.Topology.Networks.Reverse().ToArray();
            var peerings = reversed.Topology.Peerings.Reverse().ToArray();
            reversed.Topology.Networks.Clear();
            reversed.Topology.Peerings.Clear();
            foreach (var network in networks) { reversed.Topology.Networks.Add(network); }
            foreach (var peering in peerings) { reversed.Topology.Peerings.Add(peering); }
            reversed.Findings.Reverse();

            Assert.Equal(Render(format, ordered.Build()), Render(format, reversed.Build()));
        }

        [Fact]
        public void Findings_at_a_vnet_mark_its_node_and_conditional_or_one_sided_peerings_have_their_own_arrows()
        {
            var builder = new ReportBuilder();
            var a = builder.Network("a", "westus", At("a.json", 3), "10.0.0.0/16");
            var b = builder.Network("b", null, At("b.json", 3));
            builder.Peering("a-to-b", a, b, At("a.json", 10)).IsConditional = true;
            builder.Peering("a-to-a", a, a, At("a.json", 20));
            builder.Finding(RuleCatalogue.PEER201, "VNet 'a' overlaps.", At("b.json", 40), At("a.json", 3));

            var mermaid = Render(GraphWriters.Mermaid, builder.Build());
            var dot = Render(GraphWriters.Dot, builder.Build());

            Assert.Contains("  n1[\"a<br/>westus<br/>10.0.0.0/16<br/>error: PEER201\"]", mermaid);
            Assert.Contains("  n2[\"b\"]", mermaid);
            Assert.Contains("  n1 -->|\"a-to-a\"| n1", mermaid);
            Assert.Contains("  n1 -.->|\"a-to-b\"| n2", mermaid);
            Assert.Contains("  class n1 error", mermaid);
            Assert.Contains("  n1 -> n2 [label=\"a-to-b\", style=dashed];", dot);
            Assert.Contains("  n1 [label=\"a\\nwestus\\n10.0.0.0/16\\nerror: PEER201\", color=\"#d73a49\", penwidth=2];", dot);
        }

        [Fact]
        public void Unresolved_remotes_get_nodes_of_their_own()
        {
            var builder = new ReportBuilder();
            var a = builder.Network("a", null, At("a.json", 3));
            var external = new VirtualNetwork(ResourceIdentity.Unique("/subscriptions/other/x"), "shared-hub", null);
            builder.Peering("a-to-shared", a, external, At("a.json", 10));
            builder.Peering("a-to-unknown", a, null, At("a.json", 20));
            var byText = builder.Peering("a-to-id", a, null, At("a.json", 30));
            byText.Remote = Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference("/subscriptions/s/x/y", null, ArmResourceId.Parse("/subscriptions/s/x/y"), null), At("a.json", 31));

            var mermaid = Render(GraphWriters.Mermaid, builder.Build());

            Assert.Contains("  n2[\"shared-hub<br/>(referenced, not defined here)\"]", mermaid);
            Assert.Contains("  n1 -->|\"a-to-shared\"| n2", mermaid);
            Assert.Contains("  u1[\"(remote VNet unknown)\"]", mermaid);
            Assert.Contains("  n1 -->|\"a-to-unknown\"| u1", mermaid);
            Assert.Contains("  u2[\"/subscriptions/s/x/y<br/>(not resolved)\"]", mermaid);
            Assert.Contains("  n1 -->|\"a-to-id\"| u2", mermaid);
        }

        [Fact]
        public void Long_address_spaces_show_their_first_prefixes()
        {
            var builder = new ReportBuilder();
            builder.Network("big", null, At("a.json", 1), "10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/24", "10.0.4.0/24", "fd00::/64");

            Assert.Contains("  n1 [label=\"big\\n10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24, 10.0.3.0/24 and 2 more\"];", Render(GraphWriters.Dot, builder.Build()));
        }

        [Fact]
        public void Empty_topology_gives_an_empty_graph()
        {
            var report = new ReportBuilder().Build();

            Assert.Equal(4, Render(GraphWriters.Mermaid, report).Length);
            Assert.Equal(new[] { "digraph peerings {", "  rankdir=LR;", "  node [shape=box, style=rounded];", "}" }, Render(GraphWriters.Dot, report));
        }

        [Theory]
        [InlineData("a\"b", "a#34;b")]
        [InlineData("x]\n</script>", "x#93;#92;u000a#60;/script#62;")]
        [InlineData("%%{init}%% ü🙂", "#37;#37;#123;init#125;#37;#37; #252;#128578;")]
        [InlineData("|a|;#", "#124;a#124;#59;#35;")]
        public void Mermaid_labels_escape_every_character_that_means_something(string raw, string escaped)
        {
            Assert.Equal(escaped, MermaidGraphWriter.Escape(raw));
        }

        [Theory]
        [InlineData("a\"b", "a\\\"b")]
        [InlineData("back\\slash \\N \\l", "back\\\\slash \\\\N \\\\l")]
        [InlineData("x\ny ü🙂 </script>", "x\\\\u000ay ü🙂 </script>")]
        public void Dot_labels_escape_quotes_backslashes_and_line_breaks(string raw, string escaped)
        {
            Assert.Equal(escaped, DotGraphWriter.Escape(raw));
        }

        [Fact]
        public void Hostile_names_stay_inside_their_labels()
        {
            var builder = new ReportBuilder();
            var evil = builder.Network("e\"]\n  click n1 call x()%%\u202e</script>", "west\"us", At("e.json", 1));
            var other = builder.Network(new string('x', 5000), null, At("o.json", 1));
            builder.Peering("p\"|-->|\\\"\n}" + new string('p', 100), evil, other, At("e.json", 2), allowGatewayTransit: true);
            var report = builder.Build();

            var mermaid = Render(GraphWriters.Mermaid, report);
            var dot = Render(GraphWriters.Dot, report);

            Assert.Equal(4 + 2 + 1, mermaid.Length);
            Assert.All(mermaid.Skip(4).Take(2), line => Assert.Matches("^  n[12]\\[\"[^\"<>|]*(<br/>[^\"<>|]*)*\"\\]$", line));
            Assert.Matches("^  n[12] -->\\|\"[^\"<>|]*\"\\| n[12]$", mermaid[6]);
            Assert.EndsWith("#8230;: allows gateway transit\"| n2", mermaid[6]);
            Assert.Equal(3 + 2 + 1 + 1, dot.Length);
            Assert.All(dot.Skip(3).Take(3), line => Assert.Matches("^  n[12]( -> n[12])? \\[label=\"([^\"\\\\]|\\\\.)*\"\\];$", line));
            Assert.All(mermaid.Concat(dot), line => Assert.True(line.Length < 400, line));
            Assert.EndsWith("\u2026: allows gateway transit\"];", dot[5]);
        }

        private static string[] Render(string format, Report report)
        {
            var output = new StringWriter();
            GraphWriters.For(format)!.Write(report, output);
            return TextReportWriterTests.Lines(output.ToString());
        }
    }
}
