using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;
using Peering.Terraform.Tests.Infrastructure;

namespace Peering.Terraform.Tests.Syntax
{
    /// <summary>HCL native syntax: bodies, every kind of expression, templates and heredocs, with their positions.</summary>
    public sealed class ParserTests
    {
        [Fact]
        public void Blocks_have_their_type_labels_body_and_the_line_they_start_on()
        {
            var body = Hcl.Parse("""
                # comment
                resource "azurerm_virtual_network" "hub" {
                  name = "hub" // trailing comment
                  subnet {
                    name = "GatewaySubnet"
                  }
                  lifecycle { ignore_changes = [tags] }
                }
                """);

            var block = Assert.Single(body.Blocks);
            Assert.Equal("resource", block.Type);
            Assert.Equal(new[] { "azurerm_virtual_network", "hub" }, block.Labels);
            Assert.Equal(2, block.File.LineOf(block.TypeRange.Start));
            Assert.Equal(3, block.File.LineOf(block.Body.Attribute("name")!.NameRange.Start));
            Assert.Equal(new[] { "subnet", "lifecycle" }, block.Body.Blocks.Select(b => b.Type));
            Assert.Equal(8, block.File.LineOf(block.Range.End - 1));
        }

        [Theory]
        [InlineData("1 + 2 * 3", "7")]
        [InlineData("(1 + 2) * 3", "9")]
        [InlineData("10 - 4 - 3", "3")]
        [InlineData("-2 + 5", "3")]
        [InlineData("7 % 4", "3")]
        [InlineData("1 < 2 && !false", "true")]
        [InlineData("true || false && false", "true")]
        [InlineData("2 <= 2 && 3 >= 4 == false && 5 > 4", "true")]
        [InlineData("9 / 3 - 1", "2")]
        [InlineData("\"a\" == \"a\" ? 1 : 2", "1")]
        [InlineData("[1, 2][1]", "2")]
        [InlineData("{ a = { b = 3 } }.a.b", "3")]
        [InlineData("{ \"x\" = 1, y: 2, (\"z\") = 3 }", "{x = 1, y = 2, z = 3}")]
        [InlineData("[for i, v in [\"a\", \"b\"] : \"${i}${v}\"]", "[\"0a\", \"1b\"]")]
        [InlineData("{ for v in [\"a\", \"bb\", \"cc\"] : length(v) => v... }", "{1 = [\"a\"], 2 = [\"bb\", \"cc\"]}")]
        [InlineData("[for v in [1, 2, 3] : v if v != 2]", "[1, 3]")]
        [InlineData("[{ n = 1 }, { n = 2 }][*].n", "[1, 2]")]
        [InlineData("[{ n = [5] }][*].n[0]", "[5]")]
        [InlineData("[{ n = 1 }].*.n", "[1]")]
        [InlineData("{ n = 1 }[*].n", "[1]")]
        [InlineData("null[*]", "[]")]
        [InlineData("[[7]].0.0", "7")]
        [InlineData("max([1, 5, 3]...)", "5")]
        [InlineData("\"${true}\"", "true")]
        public void Expressions_evaluate_as_terraform_evaluates_them(string expression, string expected) =>
            Assert.Equal(expected, Hcl.Show(expression));

        [Theory]
        [InlineData("\"tab\\there \\\"q\\\" \\\\ \\u00e9\"", "tab\there \"q\" \\ é")]
        [InlineData("\"$${x} %%{y}\"", "${x} %{y}")]
        [InlineData("\"a ${~ \" b \" ~} c\"", "a b c")]
        [InlineData("\"%{if true}yes%{else}no%{endif}\"", "yes")]
        [InlineData("\"%{for k, v in { a = 1, b = 2 }}${k}=${v};%{endfor}\"", "a=1;b=2;")]
        [InlineData("\"x %{~ if false ~}  y%{~ endif ~}  z\"", "xz")]
        public void Templates_escape_interpolate_strip_and_loop(string expression, string expected) =>
            Assert.Equal(expected, Assert.IsType<TfString>(Hcl.Evaluate(expression)).Value);

        [Fact]
        public void Heredocs_keep_their_lines_and_the_flush_form_removes_the_common_indentation()
        {
            var body = Hcl.Parse("a = <<EOT\n  one\n${\"two\"}\nEOT\nb = <<-EOT\n    one\n      two ${1 + 1}\n    EOT\nc = 1\n");

            Assert.Equal("  one\ntwo\n", Assert.IsType<TfString>(Hcl.EvaluateAttribute(body, "a")).Value);
            Assert.Equal("one\n  two 2\n", Assert.IsType<TfString>(Hcl.EvaluateAttribute(body, "b")).Value);
            Assert.NotNull(body.Attribute("c"));
        }

        [Fact]
        public void Namespaced_function_calls_parse_and_are_noted_as_not_evaluated()
        {
            var notes = new RecordedNotes();

            var value = Hcl.Evaluate("provider::azapi::build_resource_id(\"a\", \"b\", \"c\")", notes: notes);

            Assert.False(value.IsKnown);
            Assert.Equal(new[] { "1:the function 'provider::azapi::build_resource_id'" }, notes.Notes);
        }

        [Theory]
        [InlineData("resource \"x\" \"y\" {\n  a = 1\n", 3, "a block is not closed")]
        [InlineData("a = \n", 1, "expected an expression")]
        [InlineData("a = \"open\nb = 1\n", 1, "a quoted string must end on its line")]
        [InlineData("a = 1 b = 2\n", 1, "expected a new line")]
        [InlineData("a = [1, 2\nb = 3\n", 2, "',' or ']' in a list")]
        [InlineData("a = \"%{endif}\"\n", 1, "misplaced template directive")]
        [InlineData("a = <<EOT\nnever closed\n", 3, "the heredoc EOT is not closed")]
        [InlineData("a = 1 <<EOT\nx\nEOT\n", 1, "expected a new line")]
        [InlineData("}\n", 1, "expected an attribute or a block")]
        public void Text_that_is_not_hcl_fails_at_its_place_with_a_reason(string text, int line, string reason)
        {
            var file = new SourceText("bad.tf", text);

            var error = Assert.Throws<HclSyntaxException>(() => HclParser.ParseFile(file));

            Assert.Contains(reason, error.Message);
            Assert.Equal(line, file.LineOf(error.Offset));
            Assert.False(error.IsLimit);
        }

        [Theory]
        [InlineData("a = " + "(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1")]
        [InlineData("a = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
        public void Nesting_beyond_the_limit_is_a_limit_not_a_crash(string text)
        {
            var error = Assert.Throws<HclSyntaxException>(() => Hcl.Parse(text));

            Assert.True(error.IsLimit);
            Assert.Contains("levels deep", error.Message);
        }

        [Fact]
        public void Long_operator_chains_count_as_nesting_so_no_walker_recurses_without_bound()
        {
            var text = "a = " + string.Join(" + ", Enumerable.Repeat("1", 5_000)) + "\n";

            Assert.True(Assert.Throws<HclSyntaxException>(() => Hcl.Parse(text)).IsLimit);
            Assert.Equal("100", Hcl.Show(string.Join(" + ", Enumerable.Repeat("1", 100))));
        }

        [Fact]
        public void An_expression_longer_than_the_limit_is_a_limit()
        {
            var text = "a = \"" + new string('x', HclLimits.MaxExpressionLength) + "\"\n";

            var error = Assert.Throws<HclSyntaxException>(() => Hcl.Parse(text));

            Assert.True(error.IsLimit);
            Assert.Contains("longer than", error.Message);
        }

        [Fact]
        public void The_syntax_fixture_parses_with_every_construct()
        {
            var body = Hcl.Parse(Fixtures.Read("syntax/everything.tf"), "everything.tf");

            var locals = body.Blocks.Single(b => b.Type == "locals").Body;
            Assert.Equal(22, locals.Attributes.Count);
            Assert.Equal(2, body.Blocks.Count(b => b.Type == "resource"));
        }
    }
}
