using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Peering.Cli.Output;
using Peering.Cli.Tests.Output;
using Peering.Rules.Catalogue;
using static Peering.Cli.Tests.Output.ReportBuilder;

namespace Peering.Cli.Tests.Security
{
    /// <summary>
    /// JSON and SARIF carry every string from the input escaped, not dropped or mangled: the document stays valid JSON,
    /// and parsed back, a message full of quotes, backslashes, controls and markup is exactly the message.
    /// </summary>
    public class OutputEscapingTests
    {
        private const string Hostile = "v\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029</script>{\"x\":1}]}\u202e\ud83d\ude42\ud800";

        [Theory]
        [InlineData(ReportWriters.Json)]
        [InlineData(ReportWriters.Sarif)]
        public void A_hostile_message_parses_back_exactly(string format)
        {
            var builder = new ReportBuilder().File(Hostile + ".json");
            var a = builder.Network(Hostile + "-a", Hostile, At(Hostile + ".json", 2), "10.0.0.0/16");
            var b = builder.Network(Hostile + "-b", Hostile, At(Hostile + ".json", 3), "10.1.0.0/16");
            builder.Peering(Hostile + "-p", a, b, At(Hostile + ".json", 4), allowGatewayTransit: true);
            builder.Finding(RuleCatalogue.PEER403, "Name '" + Hostile + "' is invalid.", At(Hostile + ".json", 4), At(Hostile + ".json", 2));
            var output = new StringWriter();
            ReportWriters.For(format)!.Write(builder.Build(), output);

            using var document = JsonDocument.Parse(output.ToString());
            var strings = Strings(document.RootElement).ToList();

            // A lone surrogate cannot be written as valid JSON text; the writer puts the replacement character in its place.
            var expected = "Name '" + Hostile.Replace("\ud800", "\ufffd") + "' is invalid.";
            Assert.Equal(expected, strings.Single(x => x.StartsWith("Name '", System.StringComparison.Ordinal)));
        }

        private static IEnumerable<string> Strings(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    yield return element.GetString()!;
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        yield return property.Name;
                        foreach (var inner in Strings(property.Value))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        foreach (var inner in Strings(item))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }
    }
}
