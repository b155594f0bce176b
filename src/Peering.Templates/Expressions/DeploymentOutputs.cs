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
        /// <summary>How Bicep names one instance of a module loop in a symbolic-name template: <c>reference('spokes[1]')</c>.</summary>
        private static readonly Regex SymbolicInstance = new Regex(@"^(?<name>.+)\[(?<index>\d{1,3})\]$", RegexOptions.CultureInvariant);

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

            // An id Bicep builds with a function the reader does not evaluate (extensionResourceId) still names the deployment
            // by its last argument: by that name's value, or, when the name is known only when deployed, by how it is written.
            if (arguments.Length >= 1 && arguments.Length <= 2 && arguments[0] is ArmUnknown && DeploymentNameOf(call.Arguments[0]) is Expression nameExpression)
            {
                var named = TemplateExpressions.Evaluate(nameExpression, context, at) is ArmString name
                    ? context.Scope.Deployment(name.Value, context, at)
                    : context.Scope.DeploymentNamed(nameExpression, context, at);
                if (named != null)
                {
                    return named;
                }
            }

            return context.Unevaluated("the function '" + call.Name + "'", at);
        }

        /// <summary>
        /// The deployment of <paramref name="template"/> that <paramref name="reference"/> names: by symbolic name (of one
        /// loop instance too, <c>'spokes[1]'</c>), by name, or by resource id, with the context of its loop iteration. Null
        /// when none or more than one matches.
        /// </summary>
        public static DeploymentInstance? Find(SourceNode template, string reference, EvaluationContext templateLevel)
        {
            var resources = template.Property("resources");
            var symbolicInstance = SymbolicInstance.Match(reference);
            var symbolicName = symbolicInstance.Success ? symbolicInstance.Groups["name"].Value : reference;
            if (resources?.Kind == SourceNodeKind.Object && resources.Property(symbolicName) is SourceNode symbolic)
            {
                var index = symbolicInstance.Success ? int.Parse(symbolicInstance.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
                return Instances(symbolic, templateLevel).Where(i => i.Index == index).Cast<DeploymentInstance?>().FirstOrDefault();
            }

            var id = DeploymentId.Match(reference);
            var name = id.Success ? id.Groups["name"].Value : reference;
            if (!id.Success && name.Contains('/'))
            {
                return null;
            }

            var declared = Declared(resources);
            var matches = declared
                .SelectMany(r => Instances(r, templateLevel))
                .Where(i => i.Resource.Property("name") is SourceNode nameNode
                    && i.Context.Evaluate(nameNode) is ArmString s && string.Equals(s.Value, name, StringComparison.OrdinalIgnoreCase))
                .Take(2)
                .ToList();
            return matches.Count == 1 ? matches[0] : null;
        }

        /// <summary>The instances of a deployment resource: one, or one per iteration of a loop whose count is known.</summary>
        private static IEnumerable<DeploymentInstance> Instances(SourceNode resource, EvaluationContext templateLevel)
        {
            if (!IsDeployment(resource))
            {
                yield break;
            }

            var copy = resource.Property("copy");
            if (copy == null)
            {
                yield return new DeploymentInstance(resource, templateLevel, null);
                yield break;
            }

            var loopName = copy.Property("name") is SourceNode loopNode ? templateLevel.Evaluate(loopNode) as ArmString : null;
            if (copy.Property("count") is SourceNode countNode && templateLevel.Evaluate(countNode) is ArmNumber count && count.Value >= 0 && count.Value <= PropertyCopy.MaxCount)
            {
                for (var i = 0; i < count.Value; i++)
                {
                    yield return new DeploymentInstance(resource, templateLevel.WithCopyIndex(loopName?.Value, new ArmNumber(i), resourceLoop: true), i);
                }
            }
        }

        /// <summary>
        /// The deployment resource of <paramref name="template"/> whose <c>name</c> is <paramref name="nameExpression"/>,
        /// written alike; null when none or more than one is.
        /// </summary>
        public static DeploymentInstance? FindByNameExpression(SourceNode template, Expression nameExpression, ParsedExpressions expressions, EvaluationContext templateLevel)
        {
            var matches = Declared(template.Property("resources"))
                .Where(r => IsDeployment(r) && r.Property("copy") == null && r.StringProperty("name") is string name && TemplateExpressions.IsExpression(name)
                    && expressions.Parse(name, out _) is Expression written && ExpressionShape.Same(written, nameExpression))
                .Take(2)
                .ToList();
            return matches.Count == 1 ? new DeploymentInstance(matches[0], templateLevel, null) : null;
        }

        /// <summary>
        /// The name argument of <c>resourceId(..., 'Microsoft.Resources/deployments', name)</c> and of
        /// <c>extensionResourceId(scope, 'Microsoft.Resources/deployments', name)</c>, what Bicep writes for a module's id.
        /// </summary>
        private static Expression? DeploymentNameOf(Expression id)
        {
            if (!(id is CallExpression call) || call.Arguments.Count < 2
                || !(string.Equals(call.Name, "resourceId", StringComparison.OrdinalIgnoreCase) || string.Equals(call.Name, "extensionResourceId", StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var type = call.Arguments[call.Arguments.Count - 2];
            return type is LiteralExpression { Value: ArmString s } && string.Equals(s.Value, NestedDeployment.ResourceType, StringComparison.OrdinalIgnoreCase)
                ? call.Arguments[call.Arguments.Count - 1]
                : null;
        }

        /// <summary>
        /// What <c>reference()</c> returns for <paramref name="resource"/>: an object whose <c>outputs</c> hold each output's
        /// <c>type</c> and <c>value</c>, evaluated in the nested template's context. Null when the resource is no inline
        /// deployment, or may not be deployed at all.
        /// </summary>
        public static ArmValue? Evaluate(DeploymentInstance instance)
        {
            var resource = instance.Resource;
            var templateLevel = instance.Context;
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

        /// <summary>A template's resources in either form: an array, or an object keyed by symbolic name (language version 2.0).</summary>
        private static IEnumerable<SourceNode> Declared(SourceNode? resources) =>
            resources?.Kind == SourceNodeKind.Object ? resources.Properties.Select(p => p.Value) : resources?.Items ?? Enumerable.Empty<SourceNode>();

        private static bool IsDeployment(SourceNode resource) =>
            resource.Kind == SourceNodeKind.Object && string.Equals(resource.StringProperty("type"), NestedDeployment.ResourceType, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One deployment of a template: its resource and the context of its loop iteration (null index: no loop).</summary>
    internal sealed class DeploymentInstance
    {
        public DeploymentInstance(SourceNode resource, EvaluationContext context, int? index)
        {
            Resource = resource;
            Context = context;
            Index = index;
        }

        public SourceNode Resource { get; }

        public EvaluationContext Context { get; }

        public int? Index { get; }

        /// <summary>Where it is declared and which iteration, unique within a template.</summary>
        public string Key => Resource.Line + ":" + Resource.Column + (Index is int i ? "[" + i + "]" : string.Empty);
    }
}
