using System;
using System.Collections.Generic;
using Peering.Rules.Text;
using Peering.Templates.Expressions;
using Peering.Templates.Json;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Unrolls one template into the resources it deploys: resource copy loops, conditions, child resources, inline
    /// nested deployments (with inner or outer expression scope) and the templates of Azure Policy definitions
    /// (<c>deployIfNotExists</c>). Linked templates are never fetched.
    /// </summary>
    internal sealed class TemplateExpander
    {
        private const int MaxDeploymentNesting = 10;

        private readonly TemplateDocument document;
        private readonly List<ExpandedResource> resources = new List<ExpandedResource>();

        private TemplateExpander(TemplateDocument document)
        {
            this.document = document;
        }

        public static IReadOnlyList<ExpandedResource> Expand(TemplateDocument document, SourceNode template, IReadOnlyDictionary<string, Func<ArmValue>> parameters, TemplateDiagnostics diagnostics, ParsedExpressions expressions)
        {
            var expander = new TemplateExpander(document);
            var target = DeploymentTarget.OfRoot(document.Path);
            var scope = new TemplateScope(template, parameters, target, diagnostics, expressions);
            var context = new EvaluationContext(scope, expander.Locator(null, null, enclosing: null));
            expander.ExpandTemplate(template, context, target, conditional: false, TemplateLevel.Root, depth: 0);
            return expander.resources;
        }

        /// <summary>The resources of the template a policy definition file deploys (<paramref name="deployment"/>, see <see cref="PolicyDefinitions"/>).</summary>
        public static IReadOnlyList<ExpandedResource> ExpandPolicy(TemplateDocument document, SourceNode deployment, TemplateDiagnostics diagnostics, ParsedExpressions expressions)
        {
            var expander = new TemplateExpander(document);
            var location = new SourceLocation(document.Path, deployment.Line, deployment.Column);
            expander.ExpandPolicyTemplate(deployment, PolicyEmbedding.Standalone(deployment), DeploymentTarget.OfRoot(document.Path), diagnostics, expressions, location, depth: 0);
            return expander.resources;
        }

        private void ExpandTemplate(SourceNode template, EvaluationContext context, DeploymentTarget target, bool conditional, TemplateLevel level, int depth)
        {
            var declared = template.Property("resources");
            if (declared?.Kind == SourceNodeKind.Array)
            {
                foreach (var resource in declared.Items)
                {
                    ExpandResource(resource, null, context, target, conditional, null, level, depth);
                }
            }
            else if (declared?.Kind == SourceNodeKind.Object)
            {
                // Symbolic-name templates (languageVersion 2.0): resources keyed by name.
                foreach (var resource in declared.Properties)
                {
                    ExpandResource(resource.Value, resource.Name, context, target, conditional, null, level, depth);
                }
            }
        }

        private void ExpandResource(SourceNode node, string? symbolicName, EvaluationContext outer, DeploymentTarget target, bool conditional, ExpandedResource? parent, TemplateLevel level, int depth)
        {
            if (node.Kind != SourceNodeKind.Object)
            {
                return;
            }

            var context = outer.WithLocator(Locator(node, symbolicName, level.Enclosing));
            var copy = node.Property("copy");
            if (copy?.Kind != SourceNodeKind.Object)
            {
                ExpandInstance(node, new ResourceNaming(symbolicName, null), context, target, conditional, parent, level, depth);
                return;
            }

            var loopName = copy.Property("name") is SourceNode nameNode ? context.Evaluate(nameNode) as ArmString : null;
            var iterations = PropertyCopy.Iterations(copy, loopName?.Value, context, resourceLoop: true, out var unknownCount);
            if (iterations == null)
            {
                // The count is unknown: one instance stands for all of them, with an unknown index and no proof it exists.
                ExpandInstance(node, new ResourceNaming(symbolicName, loopName?.Value), context.WithCopyIndex(loopName?.Value, unknownCount, resourceLoop: true), target, true, parent, level, depth);
                return;
            }

            foreach (var iteration in iterations)
            {
                ExpandInstance(node, new ResourceNaming(symbolicName, loopName?.Value), iteration, target, conditional, parent, level, depth);
            }
        }

        private void ExpandInstance(SourceNode node, ResourceNaming naming, EvaluationContext context, DeploymentTarget target, bool conditional, ExpandedResource? parent, TemplateLevel level, int depth)
        {
            if (node.Property("condition") is SourceNode conditionNode)
            {
                var condition = context.Evaluate(conditionNode);
                if (condition is ArmBool known && !known.Value)
                {
                    return;
                }

                conditional |= !(condition is ArmBool);
            }

            var type = node.Property("type") is SourceNode typeNode ? context.Evaluate(typeNode) as ArmString : null;
            if (type == null)
            {
                return;
            }

            var nameNode = node.Property("name");
            var nameValue = nameNode == null ? null : context.Evaluate(nameNode);
            var name = nameValue as ArmString;
            var fullType = parent == null || type.Value.Contains('/') ? type.Value : parent.Type + "/" + type.Value;
            var fullName = parent == null || name == null || name.Value.Contains('/') ? name?.Value : parent.Name == null ? null : parent.Name + "/" + name.Value;
            var body = TemplateElement.Written(node, context);

            // Deployments, and existing resources of symbolic-name templates, may name another subscription or resource group.
            target = target.With(
                node.Property("subscriptionId") is SourceNode sub ? (context.Evaluate(sub) as ArmString)?.Value : null,
                node.Property("resourceGroup") is SourceNode rg ? (context.Evaluate(rg) as ArmString)?.Value : null);
            var existing = node.Property("existing")?.Kind == SourceNodeKind.True;
            var nameText = nameNode?.Text is string written ? context.Scope.Embedding?.Stored(written) ?? written : naming.SymbolicName ?? fullType;
            var resource = new ExpandedResource(fullType, fullName, (nameValue as ArmUnknown)?.Cause, nameText, body, target, conditional, existing, parent, document.LocateResource == null)
            {
                Level = level,
                Naming = naming,
            };

            // A deployment is kept too, so suppressions in its metadata cover the resources of its template.
            resources.Add(resource);
            if (resource.Is(ResourceTypes.Deployment))
            {
                ExpandDeployment(resource, node, context, target, conditional, depth);
                return;
            }

            if (resource.Is(ResourceTypes.PolicyDefinition))
            {
                ExpandPolicyDefinition(node, context, target, body.Location, depth);
                return;
            }

            if (node.Property("resources") is SourceNode children && children.Kind == SourceNodeKind.Array)
            {
                foreach (var child in children.Items)
                {
                    ExpandResource(child, null, context, target, conditional, resource, level, depth);
                }
            }
        }

        private void ExpandDeployment(ExpandedResource resource, SourceNode node, EvaluationContext context, DeploymentTarget target, bool conditional, int depth)
        {
            var properties = node.Property("properties");
            if (properties?.Property("templateLink") is SourceNode link)
            {
                // Never fetched or read: a URI would be network access, and a relative path could name any file.
                context.Unevaluated(LinkedTemplate(link, context), link);
                return;
            }

            var deployment = NestedDeployment.Of(node);
            if (deployment == null)
            {
                return;
            }

            if (deployment.Template.Kind != SourceNodeKind.Object || depth >= MaxDeploymentNesting)
            {
                context.Unevaluated(deployment.Template.Kind != SourceNodeKind.Object ? "a nested template given by an expression" : "nested deployments deeper than " + MaxDeploymentNesting, deployment.Template);
                return;
            }

            var declaration = resource.Declaration;
            var level = TemplateLevel.Nested(resource, document.LocateResource == null ? null : declaration);
            ExpandTemplate(deployment.Template, deployment.Context(context, target, Locator(null, null, declaration)), target, conditional, level, depth + 1);
        }

        /// <summary>
        /// A policy definition resource: the deployment that creates it evaluates every string in it, so its template is
        /// written escaped, and a string that is not escaped is an expression of this template.
        /// </summary>
        private void ExpandPolicyDefinition(SourceNode node, EvaluationContext context, DeploymentTarget target, SourceLocation declaration, int depth)
        {
            var properties = node.Property("properties");
            if (properties?.Kind == SourceNodeKind.String)
            {
                context.Unevaluated("a policy definition given by an expression", properties);
                return;
            }

            if (PolicyDefinitions.DeploymentOfDefinition(node) is SourceNode deployment)
            {
                ExpandPolicyTemplate(deployment, PolicyEmbedding.InTemplate(context), target, context.Scope.Diagnostics, context.Scope.Expressions, declaration, depth);
            }
        }

        /// <summary>
        /// The template of a policy's deployment, with the deployment's parameter values as the policy engine gives them:
        /// written values are known, expressions (the policy's parameters, <c>field()</c>) are known only at assignment
        /// time. A policy deploys only where it finds a resource to remediate, so every resource is conditional.
        /// </summary>
        private void ExpandPolicyTemplate(SourceNode deployment, PolicyEmbedding embedding, DeploymentTarget target, TemplateDiagnostics diagnostics, ParsedExpressions expressions, SourceLocation declaration, int depth)
        {
            var properties = deployment.Property("properties")!;
            var template = properties.Property("template")!;
            var enclosing = document.LocateResource == null ? null : declaration;
            var locator = Locator(null, null, enclosing);
            if (depth >= MaxDeploymentNesting)
            {
                diagnostics.Unevaluated("nested deployments deeper than " + MaxDeploymentNesting, locator(template));
                return;
            }

            var none = new Dictionary<string, Func<ArmValue>>();
            var policyLevel = new EvaluationContext(new TemplateScope(template, none, target, diagnostics, expressions) { Embedding = embedding.AtPolicyLevel() }, locator);
            var scope = new TemplateScope(template, NestedDeployment.PassedParameters(properties.Property("parameters"), policyLevel), target, diagnostics, expressions) { Embedding = embedding };
            ExpandTemplate(template, new EvaluationContext(scope, locator), target, conditional: true, TemplateLevel.Policy(enclosing), depth + 1);
        }

        private static string LinkedTemplate(SourceNode link, EvaluationContext context)
        {
            foreach (var (property, handling) in new[] { ("uri", "not fetched"), ("relativePath", "not followed"), ("id", "a template spec, not fetched") })
            {
                if (link.Property(property) is SourceNode target)
                {
                    var value = context.Evaluate(target) as ArmString;
                    return "the linked template " + (value == null ? string.Empty : DisplayText.Quote(value.Value) + " ") + "(templateLink." + property + ", " + handling + ")";
                }
            }

            return "a linked template (templateLink)";
        }

        /// <summary>
        /// How positions inside a resource are reported: their JSON position in a plain template; for a compiled
        /// document, the place the compiler's front end gives for the resource (else the enclosing module, else line 1).
        /// </summary>
        private Func<SourceNode, SourceLocation> Locator(SourceNode? resource, string? symbolicName, SourceLocation? enclosing)
        {
            var path = document.Path;
            if (document.LocateResource == null)
            {
                return node => new SourceLocation(path, node.Line, node.Column);
            }

            SourceLocation? located = null;
            if (resource != null)
            {
                var origin = new ResourceOrigin(symbolicName, resource.StringProperty("type") ?? string.Empty, resource.StringProperty("name"), new SourceLocation(path, resource.Line, resource.Column));
                located = document.LocateResource(origin);
            }

            var fixedLocation = located ?? enclosing ?? new SourceLocation(path, 1, 1);
            return _ => fixedLocation;
        }
    }
}
