using System;
using System.Collections.Generic;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// Where an expression is evaluated: the template's parameters and variables, the copy loops around it, and
    /// how a JSON position becomes the location reported for it.
    /// </summary>
    internal sealed class EvaluationContext
    {
        private readonly CopyBinding? copies;
        private readonly LambdaBinding? lambdas;
        private readonly Func<SourceNode, SourceLocation> locate;
        private readonly bool inOuterScopeTemplate;

        // An expression has one value in one context (the scope resolves each variable and parameter once), and readers
        // ask for the same property more than once, as does the final pass that reports what cannot be evaluated
        // (ExpandedResource.EvaluateAll): each expression is evaluated once per context. Only expression strings are
        // kept: plain values cost less to evaluate than to look up, and keeping every object alive costs more in garbage
        // collection than evaluating it again from its kept expressions. One document's contexts are used by one thread at a time.
        private Dictionary<SourceNode, ArmValue>? evaluatedExpressions;

        public EvaluationContext(TemplateScope scope, Func<SourceNode, SourceLocation> locate)
            : this(scope, null, null, locate, inOuterScopeTemplate: false)
        {
        }

        private EvaluationContext(TemplateScope scope, CopyBinding? copies, LambdaBinding? lambdas, Func<SourceNode, SourceLocation> locate, bool inOuterScopeTemplate)
        {
            Scope = scope;
            this.copies = copies;
            this.lambdas = lambdas;
            this.locate = locate;
            this.inOuterScopeTemplate = inOuterScopeTemplate;
        }

        public TemplateScope Scope { get; }

        public SourceLocation Locate(SourceNode node) => locate(node);

        /// <summary>The context inside one iteration of a copy loop; an unknown index stands for the iterations of a loop whose count is unknown.</summary>
        public EvaluationContext WithCopyIndex(string? loopName, ArmValue index, bool resourceLoop) =>
            new EvaluationContext(Scope, new CopyBinding(loopName, index, resourceLoop, copies), lambdas, locate, inOuterScopeTemplate);

        public EvaluationContext WithLocator(Func<SourceNode, SourceLocation> locator) => new EvaluationContext(Scope, copies, lambdas, locator, inOuterScopeTemplate);

        /// <summary>The template's own context (no loops) reporting where this one reports: variables and parameter defaults are evaluated there.</summary>
        public EvaluationContext TemplateLevel() => new EvaluationContext(Scope, null, null, locate, inOuterScopeTemplate: false);

        /// <summary>The context of the resources of a nested template with outer scope: the parent's values, in text the parent also evaluates.</summary>
        public EvaluationContext InOuterScopeTemplate() => new EvaluationContext(Scope, copies, lambdas, locate, inOuterScopeTemplate: true);

        /// <summary>
        /// True where the text is evaluated by more than one ARM pass: inside a nested template with outer scope (the parent
        /// evaluates the whole template text first), or in any template nested within one. How many of those passes an escaped
        /// <c>[[...]</c> string goes through, and so whether it ends as text or as an expression, ARM does not document.
        /// </summary>
        public bool EscapesAreAmbiguous => inOuterScopeTemplate || Scope.EscapesAreAmbiguous;

        /// <summary>The context inside one call of a lambda: <c>lambdaVariables(name)</c> gives the value bound to that name, inner lambdas first.</summary>
        public EvaluationContext WithLambdaVariables(IReadOnlyList<string> names, IReadOnlyList<ArmValue> values)
        {
            var binding = lambdas;
            for (var i = 0; i < names.Count; i++)
            {
                binding = new LambdaBinding(names[i], values[i], binding);
            }

            return new EvaluationContext(Scope, copies, binding, locate, inOuterScopeTemplate);
        }

        /// <summary>The value of the lambda variable <paramref name="name"/>; null outside a lambda that declares it.</summary>
        public ArmValue? LambdaVariable(string name)
        {
            for (var binding = lambdas; binding != null; binding = binding.Parent)
            {
                if (string.Equals(binding.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return binding.Value;
                }
            }

            return null;
        }

        /// <summary>
        /// The current index of the loop named <paramref name="loopName"/>, or of the innermost resource loop when no
        /// name is given. Null when no such loop surrounds the expression.
        /// </summary>
        public ArmValue? CopyIndex(string? loopName)
        {
            for (var binding = copies; binding != null; binding = binding.Parent)
            {
                var matches = loopName == null
                    ? binding.ResourceLoop
                    : string.Equals(binding.Name, loopName, StringComparison.OrdinalIgnoreCase);
                if (matches)
                {
                    return binding.Index;
                }
            }

            return null;
        }

        /// <summary>Records <paramref name="construct"/>, written at <paramref name="at"/>, as not evaluated; returns the unknown value it gives.</summary>
        public ArmUnknown Unevaluated(string construct, SourceNode at) => Scope.Diagnostics.Unevaluated(construct, Locate(at));

        /// <summary>Evaluates a JSON value of the template: expressions in strings, property copy loops in objects.</summary>
        public ArmValue Evaluate(SourceNode node)
        {
            if (node.Kind != SourceNodeKind.String || !TemplateExpressions.IsExpression(node.Text!))
            {
                return EvaluateValue(node);
            }

            evaluatedExpressions ??= new Dictionary<SourceNode, ArmValue>(NodeIdentity.Instance);
            if (!evaluatedExpressions.TryGetValue(node, out var value))
            {
                value = EvaluateValue(node);
                evaluatedExpressions[node] = value;
            }

            return value;
        }

        private ArmValue EvaluateValue(SourceNode node)
        {
            switch (node.Kind)
            {
                case SourceNodeKind.String:
                    return TemplateExpressions.EvaluateString(node.Text!, this, node);
                case SourceNodeKind.Number:
                    return long.TryParse(node.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                        ? new ArmNumber(number)
                        : ArmUnknown.Instance;
                case SourceNodeKind.True:
                    return ArmBool.True;
                case SourceNodeKind.False:
                    return ArmBool.False;
                case SourceNodeKind.Null:
                    return ArmNull.Instance;
                case SourceNodeKind.Array:
                    var items = new List<ArmValue>(node.Items.Count);
                    foreach (var item in node.Items)
                    {
                        items.Add(Evaluate(item));
                    }

                    return new ArmArray(items);
                default:
                    return EvaluateObject(node);
            }
        }

        private ArmValue EvaluateObject(SourceNode node)
        {
            var properties = new List<KeyValuePair<string, ArmValue>>(node.Properties.Count);
            var loops = PropertyCopy.Loops(node);
            foreach (var property in node.Properties)
            {
                if (loops == null || !string.Equals(property.Name, PropertyCopy.CopyProperty, StringComparison.OrdinalIgnoreCase))
                {
                    properties.Add(new KeyValuePair<string, ArmValue>(property.Name, Evaluate(property.Value)));
                }
            }

            foreach (var loop in loops ?? Array.Empty<SourceNode>())
            {
                if (Evaluate(loop.Property("name")!) is ArmString name)
                {
                    properties.Add(new KeyValuePair<string, ArmValue>(name.Value, PropertyCopy.Expand(loop, name.Value, this)));
                }
            }

            return new ArmObject(properties);
        }

        /// <summary>
        /// Nodes by identity, hashed by their position, which is unique within a file: the runtime's identity hash
        /// is assigned on first use, at a cost the profile showed.
        /// </summary>
        private sealed class NodeIdentity : IEqualityComparer<SourceNode>
        {
            public static readonly NodeIdentity Instance = new NodeIdentity();

            public bool Equals(SourceNode? x, SourceNode? y) => ReferenceEquals(x, y);

            public int GetHashCode(SourceNode node) => (node.Line * 397) ^ node.Column;
        }

        private sealed class LambdaBinding
        {
            public LambdaBinding(string name, ArmValue value, LambdaBinding? parent)
            {
                Name = name;
                Value = value;
                Parent = parent;
            }

            public string Name { get; }

            public ArmValue Value { get; }

            public LambdaBinding? Parent { get; }
        }

        private sealed class CopyBinding
        {
            public CopyBinding(string? name, ArmValue index, bool resourceLoop, CopyBinding? parent)
            {
                Name = name;
                Index = index;
                ResourceLoop = resourceLoop;
                Parent = parent;
            }

            public string? Name { get; }

            /// <summary>A number, or unknown for a loop whose count is.</summary>
            public ArmValue Index { get; }

            public bool ResourceLoop { get; }

            public CopyBinding? Parent { get; }
        }
    }
}
