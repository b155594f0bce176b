using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using Peering.Terraform.Configuration;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Evaluation.Functions;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Azure
{
    /// <summary>Evaluates what the topology needs of one resource instance of the HCL reader into <see cref="ResourceFacts"/>.</summary>
    internal static class FactExtraction
    {
        /// <summary>Arguments and blocks that are Terraform's, not the resource's.</summary>
        private static readonly HashSet<string> MetaNames = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "count", "for_each", "provider", "depends_on", "lifecycle", "timeouts", "provisioner", "connection", "tags",
        };

        /// <param name="step">The instance's write in its root module's apply.</param>
        public static ResourceFacts Extract(ResourceInstance instance, DeploymentStep step)
        {
            var root = instance.Node.Module.Root;
            var arguments = new Dictionary<string, Located>(System.StringComparer.Ordinal);
            var blocks = new Dictionary<string, IReadOnlyList<BlockFacts>?>(System.StringComparer.Ordinal);
            foreach (var attribute in instance.Body.Attributes.Where(a => !MetaNames.Contains(a.Name) && !arguments.ContainsKey(a.Name)))
            {
                var value = instance.Type == "azapi_resource" && attribute.Name == "body"
                    ? AzapiBody(attribute, instance, root)
                    : root.EvaluateOrUnknown(attribute, instance.Context, "'" + attribute.Name + "' of " + instance.Address);
                var location = attribute.File.Location(attribute.NameRange);
                arguments[attribute.Name] = new Located(value, location);
                if (value is TfList { Items: var items } && items.All(i => i is TfObject) && items.Count > 0)
                {
                    // An attribute-as-block (subnet = [ { ... } ]) reads like the blocks.
                    blocks[attribute.Name] = items.Select(i => new BlockFacts(location, ((TfObject)i).Attributes.ToDictionary(a => a.Key, a => new Located(a.Value, location)))).ToArray();
                }
            }

            foreach (var type in instance.Body.Blocks.Select(b => b.Type == "dynamic" && b.Labels.Count == 1 ? b.Labels[0] : b.Type).Distinct().Where(t => !MetaNames.Contains(t)))
            {
                blocks[type] = NestedBlocks.Expand(instance.Body, type, instance.Context, root)?.Select(b => Block(b, root)).ToArray();
            }

            TfValue id;
            try
            {
                id = instance.Read("id");
            }
            catch (TfEvaluationException)
            {
                id = TfUnknown.Instance;
            }

            var body = instance.Type == "azapi_resource" ? instance.Body.Attribute("body") : null;
            return new ResourceFacts(instance.Root, instance.Address, instance.Type, instance.Node.Mode == "data", instance.MayNotExist, instance.Declaration, instance.Subscription, id, arguments, blocks,
                body == null ? null : KeyLocations(body))
            {
                Step = step,
            };
        }

        /// <summary>The place of each key of a body written as an object (or as <c>jsonencode</c> of one), by its path.</summary>
        private static IReadOnlyDictionary<string, Templates.SourceLocation> KeyLocations(Attribute body)
        {
            var locations = new Dictionary<string, Templates.SourceLocation>(System.StringComparer.Ordinal);
            void Walk(Expression expression, string prefix)
            {
                if (expression is not ObjectExpression obj)
                {
                    return;
                }

                foreach (var item in obj.Items)
                {
                    var key = item.Key switch
                    {
                        LiteralExpression { Value: TfString name } => name.Value,
                        TemplateExpression { Parts: [LiteralPart text] } => text.Text,
                        _ => null,
                    };
                    if (key != null)
                    {
                        locations[prefix + key] = body.File.Location(item.Key.Range);
                        Walk(item.Value, prefix + key + ".");
                    }
                }
            }

            Walk(body.Expression is FunctionCallExpression { Name: "jsonencode", Arguments: [var inner] } ? inner : body.Expression, string.Empty);
            return locations;
        }

        private static BlockFacts Block(NestedBlock nested, RootEvaluation root)
        {
            // An argument written twice is an error to Terraform; the reader keeps the first, as Body.Attribute does.
            var arguments = new Dictionary<string, Located>(System.StringComparer.Ordinal);
            foreach (var attribute in nested.Block.Body.Attributes)
            {
                arguments.TryAdd(attribute.Name, new Located(root.EvaluateOrUnknown(attribute, nested.Context, "'" + attribute.Name + "'"), attribute.File.Location(attribute.NameRange)));
            }

            return new BlockFacts(nested.Block.File.Location(nested.Block.TypeRange), arguments);
        }

        /// <summary>
        /// An azapi body as the object it describes: <c>jsonencode({...})</c> (azapi 1.x) is read as its argument, so one
        /// unknown id inside does not make every flag unknown; a JSON string is decoded.
        /// </summary>
        private static TfValue AzapiBody(Attribute attribute, ResourceInstance instance, RootEvaluation root)
        {
            if (attribute.Expression is FunctionCallExpression { Name: "jsonencode", Arguments.Count: 1 } call)
            {
                try
                {
                    return instance.Context.In(attribute.File).Evaluate(call.Arguments[0]);
                }
                catch (TfEvaluationException)
                {
                    return TfUnknown.Instance;
                }
            }

            var value = root.EvaluateOrUnknown(attribute, instance.Context, "the body of " + instance.Address);
            if (value is TfString json)
            {
                try
                {
                    return EncodingFunctions.JsonDecode(json.Value);
                }
                catch (TfEvaluationException)
                {
                    return TfUnknown.Instance;
                }
            }

            return value;
        }
    }
}
