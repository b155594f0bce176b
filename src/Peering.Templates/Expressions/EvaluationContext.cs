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
        private readonly Func<SourceNode, SourceLocation> locate;

        // An expression has one value in one context (the scope resolves each variable and parameter once), and readers
        // ask for the same property more than once, as does the final pass that reports what cannot be evaluated
        // (ExpandedResource.EvaluateAll): each expression is evaluated once per context. Only expression strings are
        // kept: plain values cost less to evaluate than to look up, and keeping every object alive costs more in garbage
        // collection than evaluating it again from its kept expressions. One document's contexts are used by one thread at a time.
        private Dictionary<SourceNode, ArmValue>? evaluatedExpressions;

        public EvaluationContext(TemplateScope scope, Func<SourceNode, SourceLocation> locate)
            : this(scope, null, locate)
        {
        }

        private EvaluationContext(TemplateScope scope, CopyBinding? copies, Func<SourceNode, SourceLocation> locate)
        {
            Scope = scope;
            this.copies = copies;
            this.locate = locate;
        }

        public TemplateScope Scope { get; }

        public SourceLocation Locate(SourceNode node) => locate(node);

        /// <summary>The context inside one iteration of a copy loop; an unknown index stands for the iterations of a loop whose count is unknown.</summary>
        public EvaluationContext WithCopyIndex(string? loopName, ArmValue index, bool resourceLoop) =>
            new EvaluationContext(Scope, new CopyBinding(loopName, index, resourceLoop, copies), locate);

        public EvaluationContext WithLocator(Func<SourceNode, SourceLocation> locator) => new EvaluationContext(Scope, copies, locator);

        /// <summary>The template's own context (no loops) reporting where this one reports: variables and parameter defaults are evaluated there.</summary>
        public EvaluationContext TemplateLevel() => new EvaluationContext(Scope, null, locate);

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
