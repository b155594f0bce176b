using System.Collections.Generic;
using System.Linq;
using System.Text;
using Peering.Templates;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Evaluation
{
    /// <summary>Where the reader records what it does not evaluate (PEER902), once per construct and place.</summary>
    internal interface IEvaluationNotes
    {
        void NotEvaluated(SourceLocation location, string construct);
    }

    /// <summary>
    /// Evaluates HCL expressions as Terraform does, for values known before apply. Unknown operands make unknown
    /// results; an expression Terraform would reject throws <see cref="TfEvaluationException"/>. Every step is counted
    /// against one <see cref="EvaluationBudget"/>.
    /// </summary>
    internal sealed partial class Evaluator
    {
        private readonly EvaluationBudget budget;

        public Evaluator(EvaluationBudget budget, IEvaluationNotes notes)
        {
            this.budget = budget;
            Notes = notes;
        }

        public IEvaluationNotes Notes { get; }

        public TfValue Evaluate(Expression expression, EvalContext context)
        {
            budget.Enter();
            try
            {
                return expression switch
                {
                    LiteralExpression literal => literal.Value,
                    TemplateExpression template => EvaluateTemplate(template, context),
                    VariableExpression variable => context.TryGetSymbol(variable.Name, out var bound) ? bound : context.Scope.Resolve(variable.Name),
                    GetAttributeExpression get => GetAttribute(Evaluate(get.Source, context), get.Name),
                    IndexExpression index => Index(Evaluate(index.Source, context), Evaluate(index.Key, context)),
                    SplatExpression splat => Splat(splat, context),
                    SplatItemExpression item => context.TryGetSymbol(item, out var element) ? element : throw new TfEvaluationException("a splat element outside its splat"),
                    ParenthesesExpression parentheses => Evaluate(parentheses.Inner, context),
                    FunctionCallExpression call => Call(call, context),
                    ConditionalExpression conditional => Conditional(conditional, context),
                    BinaryExpression binary => Operators.Binary(binary.Operator, Evaluate(binary.Left, context), Evaluate(binary.Right, context)),
                    UnaryExpression unary => Operators.Unary(unary.Operator, Evaluate(unary.Operand, context)),
                    TupleExpression tuple => Tuple(tuple, context),
                    ObjectExpression obj => Object(obj, context),
                    ForExpression loop => For(loop, context),
                    _ => throw new TfEvaluationException("an expression the reader does not know"),
                };
            }
            finally
            {
                budget.Leave();
            }
        }

        /// <summary><c>value.name</c>; on an unknown value, unknown.</summary>
        public static TfValue GetAttribute(TfValue value, string name) => value switch
        {
            TfUnknown => TfUnknown.Instance,
            TfLazyObject lazy => lazy.Read(name),
            TfObject obj => obj.Attribute(name) ?? throw new TfEvaluationException("the object has no attribute '" + name + "'"),
            TfNull => throw new TfEvaluationException("attribute '" + name + "' of a null value"),
            _ => throw new TfEvaluationException("attribute '" + name + "' of a " + value.TypeName),
        };

        public static TfValue Index(TfValue collection, TfValue key)
        {
            if (!collection.IsKnown || !key.IsKnown)
            {
                return TfUnknown.Instance;
            }

            switch (collection)
            {
                case TfList list when !list.IsSet:
                    var index = TfConvert.ToInt(key, "a list index");
                    return index >= 0 && index < list.Items.Count ? list.Items[index] : throw new TfEvaluationException("index " + index + " is out of range for a list of " + list.Items.Count);
                case TfObject obj:
                    var name = TfConvert.ToText(key, "a map key");
                    return obj.Attribute(name) ?? throw new TfEvaluationException("the map has no key '" + name + "'");
                case TfLazyObject lazy:
                    return lazy.Read(TfConvert.ToText(key, "a key"));
                case TfNull:
                    throw new TfEvaluationException("index into a null value");
                default:
                    throw new TfEvaluationException("index into a " + collection.TypeName);
            }
        }

        private TfValue EvaluateTemplate(TemplateExpression template, EvalContext context)
        {
            if (template.SoleInterpolation is Expression sole)
            {
                return Evaluate(sole, context);
            }

            var builder = new StringBuilder();
            return Append(builder, template.Parts, context) ? new TfString(EvaluationBudget.CheckString(builder.ToString())) : TfUnknown.Instance;
        }

        /// <summary>Appends the parts' text; false when a part is unknown (the template is then unknown).</summary>
        private bool Append(StringBuilder builder, IReadOnlyList<TemplatePart> parts, EvalContext context)
        {
            foreach (var part in parts)
            {
                switch (part)
                {
                    case LiteralPart literal:
                        builder.Append(literal.Text);
                        break;
                    case InterpolationPart interpolation:
                        var value = Evaluate(interpolation.Expression, context);
                        if (!value.IsKnown)
                        {
                            return false;
                        }

                        builder.Append(value.IsNull ? throw new TfEvaluationException("a template interpolates a null value") : TfConvert.ToText(value, "an interpolated value"));
                        break;
                    case IfPart condition:
                        var test = Evaluate(condition.Condition, context);
                        if (!test.IsKnown || !Append(builder, TfConvert.ToBool(test, "a template condition") ? condition.WhenTrue : condition.WhenFalse, context))
                        {
                            return false;
                        }

                        break;
                    case ForPart loop:
                        var collection = Evaluate(loop.Collection, context);
                        if (!collection.IsKnown)
                        {
                            return false;
                        }

                        foreach (var (key, item) in Elements(collection))
                        {
                            var inner = context.With(loop.ValueName, item);
                            if ((loop.KeyName != null && !Append(builder, loop.Body, inner.With(loop.KeyName, key))) || (loop.KeyName == null && !Append(builder, loop.Body, inner)))
                            {
                                return false;
                            }

                            EvaluationBudget.CheckString(builder.ToString());
                        }

                        break;
                }
            }

            return true;
        }

        private TfValue Splat(SplatExpression splat, EvalContext context)
        {
            var source = Evaluate(splat.Source, context);
            switch (source)
            {
                case TfUnknown:
                    return TfUnknown.Instance;
                case TfNull:
                    return TfList.EmptyTuple;
                case TfList list:
                    return new TfList(list.Items.Select(item => Evaluate(splat.Each, context.With(splat.Item, item))).ToArray(), list.IsSet);
                default:
                    // A splat on a single value wraps it in a list (hclsyntax spec.md, "Splat Operators").
                    return new TfList(new[] { Evaluate(splat.Each, context.With(splat.Item, source)) }, false);
            }
        }

        private TfValue Conditional(ConditionalExpression conditional, EvalContext context)
        {
            var condition = Evaluate(conditional.Condition, context);
            if (!condition.IsKnown)
            {
                return TfUnknown.Instance;
            }

            return Evaluate(TfConvert.ToBool(condition, "the condition") ? conditional.WhenTrue : conditional.WhenFalse, context);
        }

        private TfValue Tuple(TupleExpression tuple, EvalContext context) =>
            new TfList(tuple.Items.Select(item => Evaluate(item, context)).ToArray(), false);

        private TfValue Object(ObjectExpression obj, EvalContext context)
        {
            var attributes = new SortedDictionary<string, TfValue>(System.StringComparer.Ordinal);
            foreach (var item in obj.Items)
            {
                var key = Evaluate(item.Key, context);
                if (!key.IsKnown)
                {
                    return TfUnknown.Instance;
                }

                attributes[TfConvert.ToText(key, "an object key")] = Evaluate(item.Value, context);
            }

            return new TfObject(attributes);
        }

        private TfValue For(ForExpression loop, EvalContext context)
        {
            var collection = Evaluate(loop.Collection, context);
            if (!collection.IsKnown)
            {
                return TfUnknown.Instance;
            }

            if (collection.IsNull)
            {
                throw new TfEvaluationException("a for expression over a null value");
            }

            var items = new List<TfValue>();
            var entries = new SortedDictionary<string, List<TfValue>>(System.StringComparer.Ordinal);
            foreach (var (key, value) in Elements(collection))
            {
                var inner = context.With(loop.ValueName, value);
                if (loop.KeyName != null)
                {
                    inner = inner.With(loop.KeyName, key);
                }

                if (loop.Condition != null)
                {
                    var keep = Evaluate(loop.Condition, inner);
                    if (!keep.IsKnown)
                    {
                        return TfUnknown.Instance;
                    }

                    if (!TfConvert.ToBool(keep, "the condition of a for expression"))
                    {
                        continue;
                    }
                }

                if (loop.Key == null)
                {
                    items.Add(Evaluate(loop.Value, inner));
                    EvaluationBudget.CheckCount(items.Count);
                    continue;
                }

                var entryKey = Evaluate(loop.Key, inner);
                if (!entryKey.IsKnown)
                {
                    return TfUnknown.Instance;
                }

                var name = TfConvert.ToText(entryKey, "a key of a for expression");
                if (!entries.TryGetValue(name, out var values))
                {
                    entries.Add(name, values = new List<TfValue>());
                }
                else if (!loop.Grouping)
                {
                    throw new TfEvaluationException("the for expression produces the key '" + name + "' twice (add '...' to group)");
                }

                values.Add(Evaluate(loop.Value, inner));
                EvaluationBudget.CheckCount(entries.Count);
            }

            if (loop.Key == null)
            {
                return new TfList(items, false);
            }

            return TfObject.Of(entries.Select(e => new KeyValuePair<string, TfValue>(e.Key, loop.Grouping ? new TfList(e.Value, false) : e.Value[0])));
        }

        /// <summary>The (key, value) pairs a <c>for</c> iterates: index and element of a list, key and value of a map.</summary>
        public static IEnumerable<(TfValue Key, TfValue Value)> Elements(TfValue collection)
        {
            switch (collection)
            {
                case TfList list:
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        yield return (list.IsSet ? list.Items[i] : new TfNumber(i), list.Items[i]);
                    }

                    break;
                case TfObject obj:
                    foreach (var (key, value) in obj.Attributes)
                    {
                        yield return (new TfString(key), value);
                    }

                    break;
                default:
                    throw new TfEvaluationException("a " + collection.TypeName + " cannot be iterated");
            }
        }
    }
}
