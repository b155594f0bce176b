using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Peering.Templates.Expressions;
using Peering.Templates.Json;

namespace Peering.Templates.Tests.Infrastructure
{
    /// <summary>Evaluates one template string in a template with the given parameters and variables.</summary>
    internal static class Expressions
    {
        public static (ArmValue Value, string[] Unevaluated) Evaluate(string text, string parameters = "{}", string variables = "{}", IReadOnlyDictionary<string, Func<ArmValue>>? supplied = null)
        {
            var template = SourceNodeReader.Read(TemplateRun.Template("[]", parameters, variables));
            var diagnostics = new TemplateDiagnostics();
            var scope = new TemplateScope(template, supplied ?? new Dictionary<string, Func<ArmValue>>(), DeploymentTarget.OfRoot("main.json"), diagnostics, new ParsedExpressions());
            var context = new EvaluationContext(scope, node => new SourceLocation("t.json", node.Line, node.Column));
            var value = context.Evaluate(SourceNodeReader.Read(JsonSerializer.Serialize(text)));
            return (value, diagnostics.Entries.Select(e => e.Construct).ToArray());
        }

        /// <summary>The value as compact JSON, with <c>?</c> for unknown.</summary>
        public static string Show(string text, string parameters = "{}", string variables = "{}") => JsonText.Of(Evaluate(text, parameters, variables).Value);
    }
}
