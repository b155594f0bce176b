using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// <c>reference()</c> of a nested deployment declared in the same template: what a Bicep module output compiles to
    /// (<c>reference('hub').outputs.vnetId.value</c>, or <c>reference(resourceId('Microsoft.Resources/deployments', 'hub'))</c>
    /// without symbolic names). Its outputs are computed from the nested template, so a spoke peered to
    /// <c>hub.outputs.vnetId</c> is linked to the hub VNet. Every other <c>reference()</c> reads live state and stays unknown.
    /// </summary>
    internal static class DeploymentOutputs
    {
        private static readonly Regex DeploymentId = new Regex(@"/providers/Microsoft\.Resources/deployments/(?<name>[^/]+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The value of <c>reference(...)</c>: the deployment's <c>outputs</c>, or unknown (reported) for anything else.</summary>
        public static ArmValue Reference(CallExpression call, EvaluationContext context, SourceNode at)
        {
            var arguments = call.Arguments.Select(a => TemplateExpressions.Evaluate(a, context, at)).ToArray();

            // The third argument 'Full' asks for the whole resource, whose other properties are only known once deployed.
            if (arguments.Length >= 1 && arguments.Length <= 2 && arguments[0] is ArmString target
                && context.Scope.Deployment(target.Value, context, at) is ArmValue value)
            {
                return value;
            }

            return context.Unevaluated("the function '" + call.Name + "'", at);
        }

        /// <summary>
        /// The deployment resource of <paramref name="template"/> that <paramref name="reference"/> names: by symbolic name, by
        /// name, or by resource id. Null when none or more than one matches, or when a loop makes the instance unclear.
        /// </summary>
        public static SourceNode? Find(SourceNode template, string reference, EvaluationContext templateLevel)
        {
            var resources = template.Property("resources");
            if (resources?.Kind == SourceNodeKind.Object && resources.Property(reference) is SourceNode symbolic)
            {
                return IsSingleDeployment(symbolic) ? symbolic : null;
            }

            var id = DeploymentId.Match(reference);
            var name = id.Success ? id.Groups["name"].Value : reference;
            if (!id.Success && name.Contains('/'))
            {
                return null;
            }

            var declared = resources?.Kind == SourceNodeKind.Object ? resources.Properties.Select(p => p.Value) : resources?.Items ?? Enumerable.Empty<SourceNode>();
            var matches = declared
                .Where(r => IsSingleDeployment(r) && r.Property("name") is SourceNode nameNode
                    && templateLevel.Evaluate(nameNode) is ArmString s && string.Equals(s.Value, name, StringComparison.OrdinalIgnoreCase))
                .Take(2)
                .ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        /// <summary>
        /// What <c>reference()</c> returns for <paramref name="resource"/>: an object whose <c>outputs</c> hold each output's
        /// <c>type</c> and <c>value</c>, evaluated in the nested template's context. Null when the resource is no inline
        /// deployment, or may not be deployed at all.
        /// </summary>
        public static ArmValue? Evaluate(SourceNode resource, EvaluationContext templateLevel)
        {
            var deployment = NestedDeployment.Of(resource);
            if (deployment == null || deployment.Template.Kind != SourceNodeKind.Object
                || resource.Property("condition") is SourceNode condition && !(templateLevel.Evaluate(condition) is ArmBool { Value: true }))
            {
                return null;
            }

            var target = templateLevel.Scope.FunctionTarget.With(
                resource.Property("subscriptionId") is SourceNode sub ? (templateLevel.Evaluate(sub) as ArmString)?.Value : null,
                resource.Property("resourceGroup") is SourceNode rg ? (templateLevel.Evaluate(rg) as ArmString)?.Value : null);
            var inner = deployment.Context(templateLevel, target, templateLevel.Locate);

            var outputs = new List<KeyValuePair<string, ArmValue>>();
            foreach (var output in deployment.Template.Property("outputs")?.Properties ?? Array.Empty<SourceProperty>())
            {
                outputs.Add(new KeyValuePair<string, ArmValue>(output.Name, Output(output.Value, inner)));
            }

            return new ArmObject(new[] { new KeyValuePair<string, ArmValue>("outputs", new ArmObject(outputs)) });
        }

        /// <summary>One output as ARM reports it, <c>{ type, value }</c>; unknown when its condition is not known to hold or it is a loop.</summary>
        private static ArmValue Output(SourceNode output, EvaluationContext inner)
        {
            var condition = output.Property("condition");
            var value = output.Property("value");
            if (value == null || condition != null && !(inner.Evaluate(condition) is ArmBool { Value: true }))
            {
                return ArmUnknown.Instance;
            }

            var type = output.Property("type") is SourceNode typeNode ? inner.Evaluate(typeNode) : ArmUnknown.Instance;
            return new ArmObject(new[]
            {
                new KeyValuePair<string, ArmValue>("type", type),
                new KeyValuePair<string, ArmValue>("value", inner.Evaluate(value)),
            });
        }

        private static bool IsSingleDeployment(SourceNode resource) =>
            resource.Kind == SourceNodeKind.Object && resource.Property("copy") == null
            && string.Equals(resource.StringProperty("type"), NestedDeployment.ResourceType, StringComparison.OrdinalIgnoreCase);
    }
}
