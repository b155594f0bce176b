using System;
using System.Collections.Generic;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// An inline nested deployment (<c>Microsoft.Resources/deployments</c> with <c>properties.template</c>, what Bicep
    /// compiles a module to): its template and the context that template's expressions are evaluated in. The expander
    /// reads its resources from it and <c>reference()</c> its outputs, so both see the same parameters and scope.
    /// </summary>
    internal sealed class NestedDeployment
    {
        public const string ResourceType = "Microsoft.Resources/deployments";

        private NestedDeployment(SourceNode properties, SourceNode template)
        {
            Properties = properties;
            Template = template;
        }

        public SourceNode Properties { get; }

        public SourceNode Template { get; }

        /// <summary>The inline template of a deployment resource, or null for a linked template or none.</summary>
        public static NestedDeployment? Of(SourceNode resource)
        {
            var properties = resource.Property("properties");
            var template = properties?.Property("template");
            return properties == null || template == null || properties.Property("templateLink") != null ? null : new NestedDeployment(properties, template);
        }

        /// <summary>
        /// The context of the nested template's expressions: with inner scope, the template's own parameters (the values the
        /// parent passes, evaluated in <paramref name="parent"/>) and <paramref name="target"/> for <c>resourceGroup()</c>;
        /// with outer scope (ARM's default), the parent's values.
        /// </summary>
        public EvaluationContext Context(EvaluationContext parent, DeploymentTarget target, Func<SourceNode, SourceLocation> locate)
        {
            var scope = Properties.Property("expressionEvaluationOptions")?.Property("scope");
            var inner = scope != null && parent.Evaluate(scope) is ArmString s && string.Equals(s.Value, "inner", StringComparison.OrdinalIgnoreCase);
            return inner
                ? new EvaluationContext(new TemplateScope(Template, PassedParameters(Properties.Property("parameters"), parent), target, parent.Scope.Diagnostics, parent.Scope.Expressions, parent.EscapesAreAmbiguous) { Embedding = parent.Scope.Embedding }, locate)
                : parent.InOuterScopeTemplate();
        }

        /// <summary>A nested deployment's <c>parameters</c>: each <c>value</c> is evaluated in the parent, when first needed.</summary>
        public static IReadOnlyDictionary<string, Func<ArmValue>> PassedParameters(SourceNode? parameters, EvaluationContext parent)
        {
            var passed = new Dictionary<string, Func<ArmValue>>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in parameters?.Properties ?? Array.Empty<SourceProperty>())
            {
                var value = parameter.Value.Property("value");
                passed[parameter.Name] = value == null ? () => ArmUnknown.Instance : () => parent.Evaluate(value);
            }

            return passed;
        }
    }
}
