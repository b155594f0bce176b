using System.Collections.Generic;
using System.Text.Json;
using Peering.Templates.Expressions;
using Peering.Templates.Json;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>How the strings of a template taken from a policy definition evaluate, at each escape level.</summary>
    public class PolicyEmbeddingTests
    {
        private const string Escaped = """{ "properties": { "parameters": { "p": { "value": "[[parameters('p')]" } }, "template": { "resources": [ "[[concat('a', 'b')]", "x" ] } } }""";
        private const string Plain = """{ "properties": { "parameters": { "p": { "value": "[parameters('p')]" } }, "template": { "resources": [ "[[concat('a', 'b')]", "[concat('a', 'b')]" ] } } }""";

        [Theory]
        [InlineData(Escaped, "[[concat('x', 'y')]", "\"xy\"")]
        [InlineData(Escaped, "[[[concat('x', 'y')]", "?")]
        [InlineData(Escaped, "[[parameters('fromPolicy')]", "?")]
        [InlineData(Escaped, "plain text", "\"plain text\"")]
        [InlineData(Plain, "[concat('x', 'y')]", "\"xy\"")]
        [InlineData(Plain, "[[concat('x', 'y')]", "?")]
        [InlineData(Plain, "[x", "\"[x\"")]
        public void A_standalone_definition_is_escaped_only_when_its_strings_say_so(string deployment, string text, string expected)
        {
            var embedding = PolicyEmbedding.Standalone(SourceNodeReader.Read(deployment));

            Assert.Equal(expected, Show(text, embedding));
        }

        [Theory]
        [InlineData("[[parameters('fromPolicy')]", "?")]
        [InlineData("[field('name')]", "?")]
        [InlineData("westeurope", "\"westeurope\"")]
        public void At_the_policy_level_an_expression_is_an_assignment_time_value(string text, string expected)
        {
            var embedding = PolicyEmbedding.Standalone(SourceNodeReader.Read(Escaped)).AtPolicyLevel();

            Assert.Equal(expected, Show(text, embedding));
        }

        [Fact]
        public void In_a_template_an_unescaped_string_is_evaluated_by_the_template_around_the_definition()
        {
            var outer = Context(null, """{ "region": { "type": "string", "defaultValue": "northeurope" } }""");
            var embedding = PolicyEmbedding.InTemplate(outer);

            Assert.Equal("\"northeurope\"", Show("[parameters('region')]", embedding));
            Assert.Equal("?", Show("[[parameters('region')]", embedding));
        }

        /// <summary>The value of <paramref name="text"/> in a template without parameters whose strings read as <paramref name="embedding"/> says.</summary>
        private static string Show(string text, PolicyEmbedding embedding) =>
            JsonText.Of(Context(embedding, "{}").Evaluate(SourceNodeReader.Read(JsonSerializer.Serialize(text))));

        private static EvaluationContext Context(PolicyEmbedding? embedding, string parameters)
        {
            var template = SourceNodeReader.Read(TemplateRun.Template("[]", parameters));
            var scope = new TemplateScope(template, new Dictionary<string, System.Func<ArmValue>>(), DeploymentTarget.OfRoot("main.json"), new TemplateDiagnostics(), new ParsedExpressions()) { Embedding = embedding };
            return new EvaluationContext(scope, node => new SourceLocation("t.json", node.Line, node.Column));
        }
    }
}
