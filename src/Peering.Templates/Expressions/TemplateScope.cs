using System;
using System.Collections.Generic;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The parameters and variables of one template (a file, or a nested deployment with inner scope), resolved
    /// lazily and once. Cycles between variables and over-deep chains become unknown and PEER902, never a stack overflow.
    /// </summary>
    internal sealed class TemplateScope
    {
        private const int MaxResolutionDepth = 32;

        private readonly SourceNode template;
        private readonly IReadOnlyDictionary<string, Func<ArmValue>> suppliedParameters;
        private readonly Dictionary<string, ArmValue> resolved = new Dictionary<string, ArmValue>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> resolving = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private int depth;

        /// <param name="template">The template object (with <c>parameters</c> and <c>variables</c>).</param>
        /// <param name="suppliedParameters">Values given from outside (a parameter file, a parent deployment), by parameter name.</param>
        /// <param name="functionTarget">What <c>resourceGroup()</c> and <c>subscription()</c> return.</param>
        /// <param name="expressions">The run's parsed expressions, shared by every template of the run.</param>
        /// <param name="escapesAreAmbiguous">The template is nested within a template with outer scope (<see cref="EvaluationContext.EscapesAreAmbiguous"/>).</param>
        public TemplateScope(SourceNode template, IReadOnlyDictionary<string, Func<ArmValue>> suppliedParameters, DeploymentTarget functionTarget, TemplateDiagnostics diagnostics, ParsedExpressions expressions, bool escapesAreAmbiguous = false)
        {
            EscapesAreAmbiguous = escapesAreAmbiguous;
            this.template = template;
            this.suppliedParameters = suppliedParameters;
            FunctionTarget = functionTarget;
            Diagnostics = diagnostics;
            Expressions = expressions;
        }

        public DeploymentTarget FunctionTarget { get; }

        public bool EscapesAreAmbiguous { get; }

        public TemplateDiagnostics Diagnostics { get; }

        public ParsedExpressions Expressions { get; }

        /// <summary>For a template taken from an Azure Policy definition, how its strings read; null for any other.</summary>
        public PolicyEmbedding? Embedding { get; init; }

        public ArmValue Parameter(string name, EvaluationContext caller, SourceNode at) =>
            Resolve("parameter", name, caller, at, () =>
            {
                var declaration = template.Property("parameters")?.Property(name);
                var defaultValue = declaration?.Property("defaultValue");
                if (suppliedParameters.TryGetValue(name, out var supplied))
                {
                    // ARM deploys a parameter given as null with its default value (suggested by the ARM team in
                    // Azure/bicep-registry-modules#101); Bicep module calls that pass `x.?y` for an optional setting rely on it.
                    var value = supplied();
                    if (!(value is ArmNull) || defaultValue == null)
                    {
                        return value;
                    }
                }

                if (declaration == null)
                {
                    return caller.Unevaluated("the parameter '" + name + "', which the template does not declare", at);
                }

                // Without a value from outside or a default, the value is only known at deployment time.
                return defaultValue == null ? ArmUnknown.Instance : caller.TemplateLevel().Evaluate(defaultValue);
            });

        public ArmValue Variable(string name, EvaluationContext caller, SourceNode at) =>
            Resolve("variable", name, caller, at, () =>
            {
                var variables = template.Property("variables");
                var declaration = variables?.Property(name);
                if (declaration != null && !string.Equals(name, PropertyCopy.CopyProperty, StringComparison.OrdinalIgnoreCase))
                {
                    return caller.TemplateLevel().Evaluate(declaration);
                }

                // Variable loops: "copy": [{ "name": "x", "count": n, "input": ... }] declares the array variable x.
                var loop = variables == null ? null : PropertyCopy.LoopFor(variables, name, caller.TemplateLevel());
                if (loop != null)
                {
                    return PropertyCopy.Expand(loop, name, caller.TemplateLevel());
                }

                return caller.Unevaluated("the variable '" + name + "', which the template does not declare", at);
            });

        /// <summary>
        /// <c>reference()</c> of a nested deployment of this template (<see cref="DeploymentOutputs"/>), evaluated once;
        /// null when <paramref name="reference"/> names no such deployment.
        /// </summary>
        public ArmValue? Deployment(string reference, EvaluationContext caller, SourceNode at)
        {
            var templateLevel = caller.TemplateLevel();
            var resource = DeploymentOutputs.Find(template, reference, templateLevel);
            if (resource == null)
            {
                return null;
            }

            // Keyed by position: a symbolic name, a name and an id can all name the same deployment.
            var value = Resolve("deployment", resource.Line + ":" + resource.Column, caller, at, () => DeploymentOutputs.Evaluate(resource, templateLevel) ?? ArmUnknown.Instance);
            return value;
        }

        private ArmValue Resolve(string kind, string name, EvaluationContext caller, SourceNode at, Func<ArmValue> compute)
        {
            var key = kind + ":" + name;
            if (resolved.TryGetValue(key, out var value))
            {
                return value;
            }

            if (resolving.Contains(key))
            {
                return caller.Unevaluated("the " + kind + " '" + name + "', which refers to itself through a cycle", at);
            }

            if (depth >= MaxResolutionDepth)
            {
                return caller.Unevaluated("a chain of variables and parameters deeper than " + MaxResolutionDepth, at);
            }

            resolving.Add(key);
            depth++;
            try
            {
                value = compute();
            }
            finally
            {
                depth--;
                resolving.Remove(key);
            }

            resolved[key] = value;
            return value;
        }
    }
}
