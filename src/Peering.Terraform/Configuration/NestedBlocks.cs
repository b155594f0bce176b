using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Azure;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>One nested block as written or made by a <c>dynamic</c> block, with the context its expressions see.</summary>
    internal sealed record NestedBlock(Block Block, EvalContext Context);

    /// <summary>
    /// Nested blocks (<c>subnet</c>, <c>ip_configuration</c>, <c>route</c>), with <c>dynamic</c> blocks expanded: one
    /// <c>content</c> per element of their <c>for_each</c>, the iterator (the block type, or <c>iterator</c>) bound to
    /// <c>{ key, value }</c>.
    /// </summary>
    internal static class NestedBlocks
    {
        public static bool Declares(Body body, string type) =>
            body.Blocks.Any(b => b.Type == type || (b.Type == "dynamic" && b.Labels.Count == 1 && b.Labels[0] == type));

        /// <summary>The blocks of <paramref name="type"/>, or null when a <c>dynamic</c> block's <c>for_each</c> is not known.</summary>
        public static IReadOnlyList<NestedBlock>? Expand(Body body, string type, EvalContext context, RootEvaluation root)
        {
            var blocks = new List<NestedBlock>();
            foreach (var block in body.Blocks)
            {
                if (block.Type == type)
                {
                    blocks.Add(new NestedBlock(block, context));
                }
                else if (block.Type == "dynamic" && block.Labels.Count == 1 && block.Labels[0] == type)
                {
                    var content = block.Body.Blocks.FirstOrDefault(b => b.Type == "content");
                    var forEach = block.Body.Attribute("for_each") is Attribute each ? root.EvaluateOrUnknown(each, context, "the for_each of dynamic \"" + type + "\"") : TfUnknown.Instance;
                    if (!forEach.IsKnown || forEach is not (TfList or TfObject or TfNull))
                    {
                        return null;
                    }

                    var iterator = block.Body.Attribute("iterator")?.Expression is VariableExpression name ? name.Name : type;
                    foreach (var (key, value) in forEach.IsNull ? Enumerable.Empty<(TfValue, TfValue)>() : Evaluator.Elements(forEach))
                    {
                        var element = TfObject.Of(new[] { new KeyValuePair<string, TfValue>("key", key), new KeyValuePair<string, TfValue>("value", value) });
                        if (content != null)
                        {
                            blocks.Add(new NestedBlock(content, context.With(iterator, element)));
                        }
                    }
                }
            }

            return blocks;
        }

        /// <summary>
        /// What a reference to a resource's nested blocks reads: a list of objects (unknown when a dynamic block's count
        /// is). An attribute the block does not set is computed by Azure (a firewall's <c>private_ip_address</c>): unknown.
        /// </summary>
        public static TfValue Objects(ResourceInstance instance, string type)
        {
            var blocks = Expand(instance.Body, type, instance.Context, instance.Node.Module.Root);
            if (blocks == null)
            {
                return TfUnknown.Instance;
            }

            return new TfList(blocks.Select(b =>
            {
                var block = ComputedAttributes.WithNestedId(instance, type, ToObject(b, instance.Node.Module.Root));
                return (TfValue)new TfLazyObject(instance.Address + "." + type, name => block.Attribute(name) ?? new TfUnknown(new ValueOrigin(instance.Root, instance.Address, type + "." + name)));
            }).ToArray(), false);
        }

        /// <summary>A block as an object: its attributes (unknown where they fail) and its nested blocks as lists.</summary>
        public static TfObject ToObject(NestedBlock nested, RootEvaluation root)
        {
            var attributes = nested.Block.Body.Attributes
                .Select(a => new KeyValuePair<string, TfValue>(a.Name, root.EvaluateOrUnknown(a, nested.Context, "'" + a.Name + "'")));
            var blocks = nested.Block.Body.Blocks.Select(b => b.Type == "dynamic" && b.Labels.Count == 1 ? b.Labels[0] : b.Type).Distinct()
                .Select(type => new KeyValuePair<string, TfValue>(type, Expand(nested.Block.Body, type, nested.Context, root) is IReadOnlyList<NestedBlock> inner
                    ? new TfList(inner.Select(b => (TfValue)ToObject(b, root)).ToArray(), false)
                    : TfUnknown.Instance));
            return TfObject.Of(attributes.Concat(blocks));
        }
    }
}
