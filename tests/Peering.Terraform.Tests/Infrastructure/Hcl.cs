using System.Collections.Generic;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;
using Peering.Templates;

namespace Peering.Terraform.Tests.Infrastructure
{
    /// <summary>Parses and evaluates HCL snippets for tests, with a scope that knows only the variables given.</summary>
    internal static class Hcl
    {
        public static Body Parse(string text, string path = "main.tf") => HclParser.ParseFile(new SourceText(path, text));

        public static Expression Expression(string text) => HclParser.ParseExpressionText(new SourceText("expression.tf", text));

        /// <summary>The value of <paramref name="text"/>, with <c>var.NAME</c> taken from <paramref name="variables"/>.</summary>
        public static TfValue Evaluate(string text, IReadOnlyDictionary<string, TfValue>? variables = null, RecordedNotes? notes = null)
        {
            var file = new SourceText("expression.tf", text);
            var expression = HclParser.ParseExpressionText(file);
            var evaluator = new Evaluator(new EvaluationBudget(), notes ?? new RecordedNotes());
            return new EvalContext(new VariablesScope(variables ?? new Dictionary<string, TfValue>()), evaluator, file).Evaluate(expression);
        }

        /// <summary>The value of one attribute of a parsed body, without variables.</summary>
        public static TfValue EvaluateAttribute(Body body, string name)
        {
            var attribute = body.Attribute(name)!;
            var evaluator = new Evaluator(new EvaluationBudget(), new RecordedNotes());
            return new EvalContext(new VariablesScope(new Dictionary<string, TfValue>()), evaluator, attribute.File).Evaluate(attribute.Expression);
        }

        /// <summary>The value as Terraform's console would print it, for compact assertions.</summary>
        public static string Show(string text, IReadOnlyDictionary<string, TfValue>? variables = null) => Evaluate(text, variables).ToString()!;

        private sealed class VariablesScope : IScope
        {
            private readonly IReadOnlyDictionary<string, TfValue> variables;

            public VariablesScope(IReadOnlyDictionary<string, TfValue> variables)
            {
                this.variables = variables;
            }

            public TfValue Resolve(string name) =>
                name == "var"
                    ? new TfLazyObject("var", n => variables.TryGetValue(n, out var value) ? value : throw new TfEvaluationException("no variable " + n))
                    : throw new TfEvaluationException("no name " + name);
        }
    }

    internal sealed class RecordedNotes : IEvaluationNotes
    {
        public List<string> Notes { get; } = new List<string>();

        public void NotEvaluated(SourceLocation location, string construct) => Notes.Add(location.Line + ":" + construct);
    }
}
