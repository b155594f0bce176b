using System.Linq;
using System.Text.Json;
using Peering.Templates.Json;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Json
{
    /// <summary>
    /// JSON as ARM accepts it: comments, trailing commas and line breaks inside strings (ARM's template syntax page,
    /// "Comments" and "Multi-line strings"), with positions that stay right after them; broken JSON is still a PEER901.
    /// </summary>
    public class JsonSyntaxTests
    {
        /// <summary>The place of the first <paramref name="text"/> in <paramref name="json"/>, counted by hand: 1-based line and column.</summary>
        private static (int Line, int Column) PlaceOf(string json, string text)
        {
            var index = json.IndexOf(text, System.StringComparison.Ordinal);
            var before = json.Substring(0, index);
            return (before.Count(c => c == '\n') + 1, index - before.LastIndexOf('\n'));
        }

        [Fact]
        public void A_multi_line_expression_is_evaluated_and_findings_after_it_keep_their_place()
        {
            // The VNet's name is the documented multi-line form; the invalid prefix after it is reported where it is written.
            var json = TemplateRun.Template("""
                [ { "type": "Microsoft.Network/virtualNetworks", "apiVersion": "2023-09-01",
                    "name": "[concat(
                               'hub',
                               '-vnet')]",
                    "location": "westeurope",
                    "properties": { "addressSpace": { "addressPrefixes": [ "10.1.0.1/16" ] } } } ]
                """);

            var result = TemplateRun.Analyze(json);

            Assert.Equal("hub-vnet", Assert.Single(result.Topology.Networks).DisplayName);
            var finding = Assert.Single(result.Findings, f => f.Rule.Id == "PEER204");
            var (line, column) = PlaceOf(json, "\"10.1.0.1/16\"");
            Assert.Equal(new SourceLocation("main.json", line, column), finding.Location);
        }

        [Fact]
        public void A_string_keeps_its_line_breaks_and_the_next_value_starts_on_the_right_line_and_column()
        {
            const string json = "{ \"a\": \"one\n  two\r\nthree\", \"b\": 1 }";

            var root = SourceNodeReader.Read(json);

            Assert.Equal("one\n  two\r\nthree", root.StringProperty("a"));
            Assert.Equal(1, root.Property("a")!.Line);
            Assert.Equal(3, root.Property("a")!.EndLine);
            var b = root.Property("b")!;
            Assert.Equal((3, 14), (b.Line, b.Column));
        }

        [Fact]
        public void Comments_and_trailing_commas_are_accepted()
        {
            const string json = """
                // a template
                {
                  /* several
                     lines */
                  "a": [ 1, 2, ], // trailing comma in an array
                  "b": { "c": true, }, /* and in an object */
                }
                """;

            var root = SourceNodeReader.Read(json);

            Assert.Equal(2, root.Property("a")!.Items.Count);
            Assert.Equal(SourceNodeKind.True, root.Property("b")!.Property("c")!.Kind);
            Assert.Equal(6, root.Property("b")!.Line);
        }

        [Fact]
        public void Columns_count_characters_not_bytes()
        {
            // 'é' is two bytes in UTF-8 and '😀' a surrogate pair: each is one character of the line.
            const string json = "{ \"é😀\": 1, \"x\": 2 }";

            var x = SourceNodeReader.Read(json).Property("x")!;

            Assert.Equal(PlaceOf(json, "2 }").Column - 1, x.Column);
        }

        [Fact]
        public void Unicode_white_space_between_tokens_is_accepted()
        {
            var root = SourceNodeReader.Read("{\u00A0\"a\":\u2003 1 }");

            Assert.Equal("1", root.Property("a")!.Text);
        }

        [Fact]
        public void Escapes_are_decoded()
        {
            var root = SourceNodeReader.Read("""{ "a": "q\"b\\s\/\b\f\n\r\t\u00e9\ud83d\ude00" }""");

            Assert.Equal("q\"b\\s/\b\f\n\r\t\u00e9\U0001F600", root.StringProperty("a"));
        }

        [Theory]
        [InlineData("{ \"a\": 'x' }", 1, 8, "''' cannot start a JSON value.")]
        [InlineData("{ a: 1 }", 1, 3, "A property name in double quotes is expected, not 'a'.")]
        [InlineData("{ \"a\": 1 \"b\": 2 }", 1, 10, "',' or '}' is expected after a value of the object, not '\"'.")]
        [InlineData("{ \"a\": \"x }", 1, 8, "A string is not closed.")]
        [InlineData("{ \"a\": \"\\q\" }", 1, 9, "'\\q' is not an escape sequence of JSON.")]
        [InlineData("{ \"a\": 01 }", 1, 8, "'01' is not a JSON value.")]
        [InlineData("{ \"a\": NaN }", 1, 8, "'NaN' cannot start a JSON value.")]
        [InlineData("{ \"a\": tru }", 1, 8, "'tru' is not a JSON value; strings are written in double quotes.")]
        [InlineData("{ \"a\": 1e }", 1, 10, "A number needs digits in its exponent.")]
        [InlineData("{ \"a\": [ 1,, 2 ] }", 1, 12, "',' cannot start a JSON value.")]
        [InlineData("{ /* open\n", 1, 3, "A comment is not closed.")]
        [InlineData("{ \"a\": 1 ", 1, 10, "The object is not closed.")]
        [InlineData("{ \"a\": \"\\ud800\" }", 1, 9, "'\\ud800' is half of a surrogate pair, which is not text.")]
        public void Broken_json_is_reported_where_it_breaks(string json, int line, int column, string reason)
        {
            var error = Assert.Throws<JsonException>(() => SourceNodeReader.Read(json));

            Assert.Equal((line, column), ((int)error.LineNumber! + 1, (int)error.BytePositionInLine! + 1));
            Assert.Equal(reason, error.Message);
        }

        [Fact]
        public void Broken_json_after_a_multi_line_string_is_a_PEER901_on_its_own_line()
        {
            const string json = "{\n  \"$schema\": \"x\",\n  \"a\": \"one\ntwo\",\n  \"b\": [ }\n}";

            var finding = Assert.Single(TemplateRun.Analyze(new TemplateDocument("broken.json", json)).Findings);

            Assert.Equal("PEER901", finding.Rule.Id);
            Assert.Equal(new SourceLocation("broken.json", 5, 10), finding.Location);
            Assert.Equal("'broken.json' is not valid JSON: '}' cannot start a JSON value", finding.Message);
        }
    }
}
