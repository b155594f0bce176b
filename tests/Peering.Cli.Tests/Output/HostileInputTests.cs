using System.IO;
using System.Linq;
using Peering.Cli.Output;
using Peering.Cli.Output.Graph;
using Peering.Rules.Catalogue;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Output
{
    /// <summary>Every format, fed names that try to break out of it, keeps the shape it has for plain names.</summary>
    public class HostileInputTests
    {
        private const string Hostile = "x\"'`]|)}>\r\n::error::%0A%25 </script><!-- #quot; \\N \u001b[31m \u202e ü🙂 %%{init}%%";

        public static TheoryData<string> Formats()
        {
            var data = new TheoryData<string>();
            foreach (var format in ReportWriters.Formats.Concat(GraphWriters.Formats))
            {
                data.Add(format);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Formats))]
        public void Hostile_names_do_not_change_the_shape_of_the_output(string format)
        {
            var plain = Render(format, Build("name"));
            var hostile = Render(format, Build(Hostile));

            Assert.Equal(plain.Split('\n').Length, hostile.Split('\n').Length);
            Assert.DoesNotContain('\u001b', hostile);
            Assert.DoesNotContain('\u202e', hostile);
            Assert.DoesNotContain("\r\n::error::", hostile);
            if (format != ReportWriters.Text && format != GraphWriters.Dot && format != ReportWriters.GitHub)
            {
                // Formats that end up in web pages (JSON and SARIF viewers, rendered Mermaid) never carry markup.
                Assert.DoesNotContain("</script>", hostile);
                Assert.DoesNotContain("<!--", hostile);
            }
        }

        private static Report Build(string name)
        {
            var builder = new ReportBuilder().File(name + ".json");
            var a = builder.Network(name + "-a", name, At(name + ".json", 2), "10.0.0.0/16");
            var b = builder.Network(name + "-b", name, At(name + ".json", 3), "10.1.0.0/16");
            builder.Peering(name + "-p", a, b, At(name + ".json", 4), allowGatewayTransit: true);
            builder.Peering(name + "-q", b, a, At(name + ".json", 5), useRemoteGateways: true);
            builder.Finding(RuleCatalogue.PEER403, "Name '" + name + "' is invalid.", At(name + ".json", 4), At(name + ".json", 2));
            return builder.Build();
        }

        private static string Render(string format, Report report)
        {
            var output = new StringWriter();
            (ReportWriters.For(format) ?? GraphWriters.For(format))!.Write(report, output);
            return output.ToString();
        }
    }
}
