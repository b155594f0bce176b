using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>A reference as written: its root name and the attribute names after it (<c>module.hub.vnet_id</c>), indexes left out.</summary>
    internal sealed class Traversal
    {
        private Traversal(string root, IReadOnlyList<string> names)
        {
            Root = root;
            Names = names;
        }

        public string Root { get; }

        public IReadOnlyList<string> Names { get; }

        /// <summary>A reference written as text (<c>"azurerm_x.y[0]"</c>, Terraform's JSON syntax for <c>depends_on</c>).</summary>
        public static Traversal Parse(string text)
        {
            var parts = text.Split('.').Select(p => p.IndexOf('[') is var bracket and >= 0 ? p.Substring(0, bracket) : p).ToArray();
            return new Traversal(parts[0], parts.Skip(1).ToArray());
        }

        /// <summary>Adds every reference in <paramref name="expression"/> to <paramref name="found"/>.</summary>
        public static void Collect(Expression? expression, List<Traversal> found)
        {
            switch (expression)
            {
                case VariableExpression variable:
                    found.Add(new Traversal(variable.Name, new string[0]));
                    break;
                case GetAttributeExpression or IndexExpression:
                    CollectChain(expression, found);
                    break;
                case SplatExpression splat:
                    Collect(splat.Source, found);
                    Collect(splat.Each, found);
                    break;
                case ParenthesesExpression parentheses:
                    Collect(parentheses.Inner, found);
                    break;
                case FunctionCallExpression call:
                    call.Arguments.ToList().ForEach(a => Collect(a, found));
                    break;
                case ConditionalExpression conditional:
                    Collect(conditional.Condition, found);
                    Collect(conditional.WhenTrue, found);
                    Collect(conditional.WhenFalse, found);
                    break;
                case BinaryExpression binary:
                    Collect(binary.Left, found);
                    Collect(binary.Right, found);
                    break;
                case UnaryExpression unary:
                    Collect(unary.Operand, found);
                    break;
                case TupleExpression tuple:
                    tuple.Items.ToList().ForEach(i => Collect(i, found));
                    break;
                case ObjectExpression obj:
                    foreach (var item in obj.Items)
                    {
                        Collect(item.Key, found);
                        Collect(item.Value, found);
                    }

                    break;
                case ForExpression loop:
                    Collect(loop.Collection, found);
                    Collect(loop.Key, found);
                    Collect(loop.Value, found);
                    Collect(loop.Condition, found);
                    break;
                case TemplateExpression template:
                    Collect(template.Parts, found);
                    break;
            }
        }

        private static void Collect(IEnumerable<TemplatePart> parts, List<Traversal> found)
        {
            foreach (var part in parts)
            {
                switch (part)
                {
                    case InterpolationPart interpolation:
                        Collect(interpolation.Expression, found);
                        break;
                    case IfPart branch:
                        Collect(branch.Condition, found);
                        Collect(branch.WhenTrue, found);
                        Collect(branch.WhenFalse, found);
                        break;
                    case ForPart loop:
                        Collect(loop.Collection, found);
                        Collect(loop.Body, found);
                        break;
                }
            }
        }

        /// <summary><c>a.b[k].c</c>: the names after the root, and the references inside the index keys.</summary>
        private static void CollectChain(Expression expression, List<Traversal> found)
        {
            var names = new List<string>();
            var current = expression;
            while (true)
            {
                if (current is GetAttributeExpression attribute)
                {
                    names.Insert(0, attribute.Name);
                    current = attribute.Source;
                }
                else if (current is IndexExpression index)
                {
                    Collect(index.Key, found);
                    current = index.Source;
                }
                else
                {
                    break;
                }
            }

            if (current is VariableExpression root)
            {
                found.Add(new Traversal(root.Name, names));
            }
            else
            {
                Collect(current, found);
            }
        }
    }
}
