using System.Linq;
using System.Text.Json;
using Peering.Templates.Expressions;
using Peering.Templates.Json;
using Peering.Templates.Tests.Infrastructure;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>
    /// A run parses each expression text once (copy loops and generated estates repeat them), and a context evaluates
    /// each expression once; neither may change a value or what is reported as not evaluated.
    /// </summary>
    public class EvaluationReuseTests
    {
        [Fact]
        public void The_same_text_is_parsed_once_per_run()
        {
            var expressions = new ParsedExpressions();

            var first = expressions.Parse("[format('{0}-spoke', parameters('region'))]", out _);
            var again = expressions.Parse(new string("[format('{0}-spoke', parameters('region'))]".ToCharArray()), out _);
            var other = expressions.Parse("[format('{0}-hub', parameters('region'))]", out _);

            Assert.NotNull(first);
            Assert.Same(first, again);
            Assert.NotSame(first, other);
        }

        [Fact]
        public void A_malformed_or_too_deep_text_stays_so_when_it_comes_again()
        {
            var expressions = new ParsedExpressions();
            var deep = "[" + string.Concat(Enumerable.Repeat("concat(", 200)) + "'a'" + new string(')', 200) + "]";

            for (var i = 0; i < 2; i++)
            {
                Assert.Null(expressions.Parse("[concat('a']", out var malformedTooDeep));
                Assert.False(malformedTooDeep);
                Assert.Null(expressions.Parse(deep, out var tooDeep));
                Assert.True(tooDeep);
            }
        }

        [Fact]
        public void Texts_past_the_limit_are_parsed_but_not_kept()
        {
            var expressions = new ParsedExpressions();
            var filler = new string('x', 20_000);
            var count = ParsedExpressions.MaxCachedCharacters / 20_000 + 10;

            for (var i = 0; i < count; i++)
            {
                Assert.NotNull(expressions.Parse("[concat('" + filler + "', '" + i + "')]", out _));
            }

            Assert.InRange(expressions.CachedCharacters, ParsedExpressions.MaxCachedCharacters, ParsedExpressions.MaxCachedCharacters + 20_100);
            var late = "[concat('" + filler + "', 'late')]";
            Assert.NotSame(expressions.Parse(late, out _), expressions.Parse(late, out _));
        }

        [Fact]
        public void Threads_sharing_the_cache_get_the_same_trees()
        {
            var expressions = new ParsedExpressions();
            var texts = Enumerable.Range(0, 200).Select(i => "[add(copyIndex(), " + (i % 20) + ")]").ToArray();
            var trees = new Expression?[texts.Length];

            System.Threading.Tasks.Parallel.For(0, texts.Length, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i => trees[i] = expressions.Parse(texts[i], out _));

            for (var i = 20; i < texts.Length; i++)
            {
                Assert.Same(trees[i % 20], trees[i]);
            }
        }

        [Fact]
        public void A_context_evaluates_an_expression_once_and_each_copy_iteration_its_own()
        {
            var template = SourceNodeReader.Read(TemplateRun.Template("[]"));
            var diagnostics = new TemplateDiagnostics();
            var scope = new TemplateScope(template, new System.Collections.Generic.Dictionary<string, System.Func<ArmValue>>(), DeploymentTarget.OfRoot("main.json"), diagnostics, new ParsedExpressions());
            var context = new EvaluationContext(scope, node => new SourceLocation("t.json", node.Line, node.Column));
            var name = SourceNodeReader.Read(JsonSerializer.Serialize("[format('spoke{0}', copyIndex())]"));
            var remote = SourceNodeReader.Read(JsonSerializer.Serialize("[reference('hub').id]"));
            var first = context.WithCopyIndex("spokes", new ArmNumber(1), resourceLoop: true);
            var second = context.WithCopyIndex("spokes", new ArmNumber(2), resourceLoop: true);

            var value = first.Evaluate(name);

            Assert.Same(value, first.Evaluate(name));
            Assert.Equal("spoke1", ((ArmString)value).Value);
            Assert.Equal("spoke2", ((ArmString)second.Evaluate(name)).Value);
            Assert.True(first.Evaluate(remote).IsUnknown);
            Assert.True(second.Evaluate(remote).IsUnknown);
            Assert.Equal(new[] { "the function 'reference'" }, diagnostics.Entries.Select(e => e.Construct).ToArray());
        }
    }
}
