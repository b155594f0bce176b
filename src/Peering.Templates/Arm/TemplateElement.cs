using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Templates.Expressions;
using Peering.Templates.Json;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// A part of a resource, evaluated only when asked. Walking down written JSON keeps each property's own
    /// position; below a value computed by an expression, positions fall back to that expression.
    /// </summary>
    internal sealed class TemplateElement
    {
        private readonly SourceNode? node;
        private readonly IReadOnlyList<TemplateElement>? loopItems;
        private ArmValue? value;

        private TemplateElement(SourceNode? node, ArmValue? value, IReadOnlyList<TemplateElement>? loopItems, SourceNode anchor, EvaluationContext context)
        {
            this.node = node;
            this.value = value;
            this.loopItems = loopItems;
            Anchor = anchor;
            Context = context;
        }

        /// <summary>The JSON the element was written as, or the nearest written JSON it was computed from.</summary>
        public SourceNode Anchor { get; }

        private EvaluationContext Context { get; }

        public SourceLocation Location => Context.Locate(Anchor);

        public ArmValue Value => value ??= loopItems != null ? new ArmArray(loopItems.Select(i => i.Value).ToArray()) : Context.Evaluate(node!);

        /// <summary>Unknown as a whole; written objects and arrays are never, whatever their members are.</summary>
        public bool IsUnknown => !IsWrittenContainer && Value.IsUnknown;

        public string? String => Value is ArmString s ? s.Value : null;

        /// <summary>When the element is unknown, the construct the reader did not evaluate that made it so; otherwise null.</summary>
        public UnevaluatedConstruct? UnknownCause => IsUnknown ? ((ArmUnknown)Value).Cause : null;

        private bool IsWrittenContainer => loopItems != null || (node != null && (node.Kind == SourceNodeKind.Object || node.Kind == SourceNodeKind.Array));

        public static TemplateElement Written(SourceNode node, EvaluationContext context) => new TemplateElement(node, null, null, node, context);

        /// <summary>A property: null when it is absent, an unknown element when the object itself is unknown.</summary>
        public TemplateElement? Property(string name)
        {
            if (node != null && node.Kind == SourceNodeKind.Object)
            {
                var loop = PropertyCopy.LoopFor(node, name, Context);
                if (loop != null)
                {
                    return FromLoop(loop, name);
                }

                var child = node.Property(name);
                return child == null ? null : Written(child, Context);
            }

            switch (Value)
            {
                case ArmObject obj:
                    var member = obj.Property(name);
                    return member == null ? null : Computed(member);
                case ArmUnknown unknown:
                    return Computed(unknown);
                default:
                    return null;
            }
        }

        /// <summary>The items of an array; null when the value is unknown or not an array.</summary>
        public IReadOnlyList<TemplateElement>? Items()
        {
            if (loopItems != null)
            {
                return loopItems;
            }

            if (node != null && node.Kind == SourceNodeKind.Array)
            {
                return node.Items.Select(i => Written(i, Context)).ToArray();
            }

            return Value is ArmArray array ? array.Items.Select(Computed).ToArray() : null;
        }

        /// <summary>The expression this element is written as (<c>"[...]"</c>), parsed; null for anything else.</summary>
        public Expression? WrittenExpression =>
            node?.Kind == SourceNodeKind.String && TemplateExpressions.IsExpression(node.Text!) && node.Text!.Length <= TemplateExpressions.MaxExpressionLength
                ? Context.Scope.Expressions.Parse(node.Text!, out _)
                : null;

        /// <summary>
        /// What the <c>reference()</c> and <c>list*()</c> calls written in this element name (each call's first argument, as
        /// written and evaluated here), in the properties whose dotted path <paramref name="include"/> accepts: ARM makes a
        /// resource wait for the resources of its template those calls name.
        /// </summary>
        public IEnumerable<(ArmValue Value, Expression Written)> ImplicitDependencies(Func<string, bool> include) =>
            node == null ? Enumerable.Empty<(ArmValue, Expression)>() : ImplicitDependencies(node, string.Empty, include);

        private IEnumerable<(ArmValue Value, Expression Written)> ImplicitDependencies(SourceNode at, string path, Func<string, bool> include)
        {
            switch (at.Kind)
            {
                case SourceNodeKind.Object:
                    return at.Properties
                        .Where(p => include(path + p.Name))
                        .SelectMany(p => ImplicitDependencies(p.Value, path + p.Name + ".", include));
                case SourceNodeKind.Array:
                    return at.Items.SelectMany(i => ImplicitDependencies(i, path, include));
                case SourceNodeKind.String when MayNameResources(at.Text!) && Context.Scope.Expressions.Parse(at.Text!, out _) is Expression expression:
                    return ResourceCalls(expression).Select(call => (TemplateExpressions.Evaluate(call.Arguments[0], Context, at), call.Arguments[0])).ToList();
                default:
                    return Enumerable.Empty<(ArmValue, Expression)>();
            }
        }

        private static bool MayNameResources(string text) =>
            TemplateExpressions.IsExpression(text) && text.Length <= TemplateExpressions.MaxExpressionLength
            && (text.IndexOf("reference(", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("list", StringComparison.OrdinalIgnoreCase) >= 0);

        private static IEnumerable<CallExpression> ResourceCalls(Expression expression)
        {
            switch (expression)
            {
                case CallExpression call:
                    var names = call.Arguments.Count > 0
                        && (string.Equals(call.Name, "reference", StringComparison.OrdinalIgnoreCase) || call.Name.StartsWith("list", StringComparison.OrdinalIgnoreCase));
                    var inner = call.Arguments.SelectMany(ResourceCalls);
                    return names ? new[] { call }.Concat(inner) : inner;
                case PropertyExpression property:
                    return ResourceCalls(property.Target);
                case IndexExpression index:
                    return ResourceCalls(index.Target).Concat(ResourceCalls(index.Index));
                default:
                    return Enumerable.Empty<CallExpression>();
            }
        }

        /// <summary>Where the property <paramref name="name"/> is written, or this element when it is not.</summary>
        public SourceLocation LocationOf(string name) => Property(name)?.Location ?? Location;

        private TemplateElement Computed(ArmValue member) => new TemplateElement(null, member, null, Anchor, Context);

        private TemplateElement FromLoop(SourceNode loop, string name)
        {
            var iterations = PropertyCopy.Iterations(loop, name, Context, resourceLoop: false, out var unknownCount);
            if (iterations == null)
            {
                return new TemplateElement(null, unknownCount, null, loop, Context);
            }

            var input = loop.Property("input")!;
            return new TemplateElement(null, null, iterations.Select(c => Written(input, c)).ToArray(), loop, Context);
        }
    }
}
