using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// A variable's <c>type</c>, read from its syntax (<c>map(object({ transit = optional(bool, true) }))</c>), and the
    /// conversion Terraform applies to the value given: primitive conversions, and the defaults of <c>optional()</c>
    /// attributes (Terraform 1.3), which hub-and-spoke modules use for peering flags.
    /// </summary>
    internal abstract class TypeConstraint
    {
        public static readonly TypeConstraint Any = new AnyType();

        public abstract TfValue Convert(TfValue value);

        /// <summary>The constraint of a <c>type</c> expression; <see cref="Any"/> for what the reader does not recognise.</summary>
        public static TypeConstraint Parse(Expression? expression, EvalContext defaults) => expression switch
        {
            null => Any,
            ParenthesesExpression p => Parse(p.Inner, defaults),
            VariableExpression { Name: "string" } => new PrimitiveType("string"),
            VariableExpression { Name: "number" } => new PrimitiveType("number"),
            VariableExpression { Name: "bool" } => new PrimitiveType("bool"),
            FunctionCallExpression { Name: "list" or "set" or "map", Arguments.Count: 1 } call => new CollectionType(call.Name, Parse(call.Arguments[0], defaults)),
            FunctionCallExpression { Name: "tuple", Arguments: [TupleExpression items] } => new TupleType(items.Items.Select(i => Parse(i, defaults)).ToArray()),
            FunctionCallExpression { Name: "object", Arguments: [ObjectExpression attributes] } => ObjectType.Parse(attributes, defaults),
            _ => Any,
        };

        private sealed class AnyType : TypeConstraint
        {
            public override TfValue Convert(TfValue value) => value;
        }

        private sealed class PrimitiveType : TypeConstraint
        {
            private readonly string name;

            public PrimitiveType(string name)
            {
                this.name = name;
            }

            public override TfValue Convert(TfValue value)
            {
                if (!value.IsKnown || value.IsNull)
                {
                    return value;
                }

                try
                {
                    return name switch
                    {
                        "string" => value is TfString ? value : new TfString(TfConvert.ToText(value, "the value")),
                        "number" => value is TfNumber ? value : new TfNumber(TfConvert.ToNumber(value, "the value")),
                        _ => value is TfBool ? value : TfBool.Of(TfConvert.ToBool(value, "the value")),
                    };
                }
                catch (TfEvaluationException)
                {
                    // Terraform would reject the value; the reader keeps it as given rather than guess.
                    return value;
                }
            }
        }

        private sealed class CollectionType : TypeConstraint
        {
            private readonly string kind;
            private readonly TypeConstraint element;

            public CollectionType(string kind, TypeConstraint element)
            {
                this.kind = kind;
                this.element = element;
            }

            public override TfValue Convert(TfValue value)
            {
                switch (value)
                {
                    case TfList list when kind != "map":
                        var items = list.Items.Select(element.Convert);
                        return kind == "set" ? TfList.Set(items) : new TfList(items.ToArray(), false);
                    case TfObject obj when kind == "map":
                        return TfObject.Of(obj.Attributes.Select(a => new KeyValuePair<string, TfValue>(a.Key, element.Convert(a.Value))));
                    default:
                        return value;
                }
            }
        }

        private sealed class TupleType : TypeConstraint
        {
            private readonly IReadOnlyList<TypeConstraint> elements;

            public TupleType(IReadOnlyList<TypeConstraint> elements)
            {
                this.elements = elements;
            }

            public override TfValue Convert(TfValue value) =>
                value is TfList list && list.Items.Count == elements.Count
                    ? new TfList(list.Items.Select((item, i) => elements[i].Convert(item)).ToArray(), false)
                    : value;
        }

        private sealed class ObjectType : TypeConstraint
        {
            private readonly IReadOnlyList<(string Name, TypeConstraint Type, bool Optional, TfValue Default)> attributes;

            private ObjectType(IReadOnlyList<(string, TypeConstraint, bool, TfValue)> attributes)
            {
                this.attributes = attributes;
            }

            public static ObjectType Parse(ObjectExpression obj, EvalContext defaults)
            {
                var attributes = new List<(string, TypeConstraint, bool, TfValue)>();
                foreach (var item in obj.Items)
                {
                    if (item.Key is not LiteralExpression { Value: TfString name } && !(item.Key is TemplateExpression { Parts: [LiteralPart] }))
                    {
                        continue;
                    }

                    var key = item.Key is LiteralExpression { Value: TfString bare } ? bare.Value : ((LiteralPart)((TemplateExpression)item.Key).Parts[0]).Text;
                    if (item.Value is FunctionCallExpression { Name: "optional" } optional && optional.Arguments.Count is 1 or 2)
                    {
                        var type = TypeConstraint.Parse(optional.Arguments[0], defaults);
                        var fallback = optional.Arguments.Count == 2 ? Evaluate(optional.Arguments[1], defaults) : TfNull.Instance;
                        attributes.Add((key, type, true, type.Convert(fallback)));
                    }
                    else
                    {
                        attributes.Add((key, TypeConstraint.Parse(item.Value, defaults), false, TfNull.Instance));
                    }
                }

                return new ObjectType(attributes);
            }

            /// <summary>The object with the declared attributes only, each converted, and optional ones filled with their default.</summary>
            public override TfValue Convert(TfValue value)
            {
                if (value is not TfObject obj)
                {
                    return value;
                }

                return TfObject.Of(attributes.Select(a =>
                {
                    var given = obj.Attribute(a.Name);
                    var converted = given == null || (given.IsNull && a.Optional) ? a.Default : a.Type.Convert(given);
                    return new KeyValuePair<string, TfValue>(a.Name, converted);
                }));
            }

            private static TfValue Evaluate(Expression expression, EvalContext context)
            {
                try
                {
                    return context.Evaluate(expression);
                }
                catch (TfEvaluationException)
                {
                    return TfUnknown.Instance;
                }
            }
        }
    }
}
