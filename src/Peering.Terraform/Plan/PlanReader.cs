using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Peering.Templates;
using Peering.Terraform.Azure;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Evaluation.Functions;

namespace Peering.Terraform.Plan
{
    /// <summary>
    /// A plan in JSON (<c>terraform show -json</c>, format 0.x and 1.x): every managed resource instance the plan keeps
    /// (<c>resource_changes</c> without deletions) with its planned values, unknown values marked by
    /// <c>after_unknown</c> and linked through the configuration's references; data sources read during planning from
    /// <c>prior_state</c>. Findings point at the plan's lines, since a plan holds no positions of the <c>.tf</c> files.
    /// </summary>
    internal sealed class PlanReader
    {
        private readonly string path;
        private readonly PlanJson json;
        private readonly PlanConfiguration configuration;
        private readonly IReadOnlySet<string> readTypes;

        private PlanReader(string path, PlanJson json, IReadOnlySet<string> readTypes)
        {
            this.path = path;
            this.json = json;
            this.readTypes = readTypes;
            configuration = new PlanConfiguration(path, Attribute(json.Root, "configuration") ?? TfNull.Instance);
        }

        public static IReadOnlyList<ResourceFacts> Read(string path, string text, IReadOnlySet<string> readTypes, ReaderNotes notes)
        {
            PlanJson json;
            try
            {
                json = PlanJson.Parse(text);
            }
            catch (JsonException error)
            {
                notes.CannotRead(new SourceLocation(path, (int)(error.LineNumber ?? 0) + 1), "'" + path + "' is not a readable plan: " + error.Message.Split(" LineNumber:")[0].TrimEnd('.'));
                return System.Array.Empty<ResourceFacts>();
            }

            var version = (Attribute(json.Root, "format_version") as TfString)?.Value ?? string.Empty;
            if (!(version.StartsWith("0.", System.StringComparison.Ordinal) || version.StartsWith("1.", System.StringComparison.Ordinal)))
            {
                notes.CannotRead(new SourceLocation(path, 1), "'" + path + "' is skipped: plan format_version '" + version + "' is not one the reader knows (0.x, 1.x)");
                return System.Array.Empty<ResourceFacts>();
            }

            return new PlanReader(path, json, readTypes).Resources();
        }

        private IReadOnlyList<ResourceFacts> Resources()
        {
            var resources = new List<ResourceFacts>();
            foreach (var change in (Attribute(json.Root, "resource_changes") as TfList)?.Items.OfType<TfObject>() ?? Enumerable.Empty<TfObject>())
            {
                var type = Text(change, "type");
                var actions = (Attribute(change, "change", "actions") as TfList)?.Items.OfType<TfString>().Select(a => a.Value).ToArray() ?? System.Array.Empty<string>();
                if (Text(change, "mode") == "managed" && type != null && readTypes.Contains(type) && actions.Any(a => a is "create" or "update" or "no-op"))
                {
                    resources.Add(Managed(change, type));
                }
            }

            foreach (var module in Modules(Attribute(json.Root, "prior_state", "values", "root_module") as TfObject))
            {
                foreach (var resource in (module.Attribute("resources") as TfList)?.Items.OfType<TfObject>() ?? Enumerable.Empty<TfObject>())
                {
                    if (Text(resource, "mode") == "data" && Text(resource, "type") is string type && readTypes.Contains(type))
                    {
                        resources.Add(Data(resource, type));
                    }
                }
            }

            return resources;
        }

        private ResourceFacts Managed(TfObject change, string type)
        {
            var moduleAddress = Text(change, "module_address") ?? string.Empty;
            var name = Text(change, "name") ?? string.Empty;
            var after = Attribute(change, "change", "after") as TfObject ?? TfObject.Empty;
            var unknown = Attribute(change, "change", "after_unknown") as TfObject ?? TfObject.Empty;
            var expressions = configuration.Expressions(moduleAddress, type, name);
            var declaration = new SourceLocation(path, json.LineOf(change));

            var arguments = new Dictionary<string, Located>(System.StringComparer.Ordinal);
            var blocks = new Dictionary<string, IReadOnlyList<BlockFacts>?>(System.StringComparer.Ordinal);
            foreach (var key in after.Attributes.Keys.Union(unknown.Attributes.Keys))
            {
                var value = Merge(after.Attribute(key), unknown.Attribute(key), () => configuration.Origin(expressions?.Attribute(key), moduleAddress));
                if (type == "azapi_resource" && key == "body" && value is TfString encoded)
                {
                    // azapi 1.x plans hold the body as JSON text.
                    value = Decode(encoded.Value);
                }

                var location = after.Attribute(key) == null ? declaration : new SourceLocation(path, json.LineOf(after, key));
                arguments[key] = new Located(value, location);
                if (value is TfList { Items: var items } && items.Count > 0 && items.All(i => i is TfObject))
                {
                    blocks[key] = items.Select((item, index) => Block((TfObject)item, key, index, expressions, moduleAddress, location)).ToArray();
                }
            }

            return new ResourceFacts(path, Text(change, "address") ?? type + "." + name, type, false, false, declaration,
                configuration.Subscription(moduleAddress, type, name), arguments.TryGetValue("id", out var id) ? id.Value : TfUnknown.Instance, arguments, blocks);
        }

        /// <summary>A nested block's element, its unknown values linked through the block's own expressions.</summary>
        private BlockFacts Block(TfObject element, string key, int index, TfObject? expressions, string moduleAddress, SourceLocation location)
        {
            var blockExpressions = ((expressions?.Attribute(key) as TfList)?.Items.ElementAtOrDefault(index) as TfObject) ?? TfObject.Empty;
            var arguments = element.Attributes.ToDictionary(
                a => a.Key,
                a => new Located(a.Value is TfUnknown ? new TfUnknown(configuration.Origin(blockExpressions.Attribute(a.Key), moduleAddress)) : a.Value, location));
            return new BlockFacts(location, arguments);
        }

        private ResourceFacts Data(TfObject resource, string type)
        {
            var values = Attribute(resource, "values") as TfObject ?? TfObject.Empty;
            var declaration = new SourceLocation(path, json.LineOf(resource));
            var arguments = values.Attributes.ToDictionary(a => a.Key, a => new Located(a.Value, new SourceLocation(path, json.LineOf(values, a.Key))));
            return new ResourceFacts(path, Text(resource, "address") ?? type, type, true, false, declaration, AzureIds.UnknownSubscription(path),
                values.Attribute("id") ?? TfUnknown.Instance, arguments, new Dictionary<string, IReadOnlyList<BlockFacts>?>());
        }

        /// <summary>A planned value with the unknown parts <c>after_unknown</c> marks; an unknown attribute is absent from <c>after</c>.</summary>
        private static TfValue Merge(TfValue? after, TfValue? unknown, System.Func<ValueOrigin?> origin)
        {
            switch (unknown)
            {
                case TfBool { Value: true }:
                    return new TfUnknown(origin());
                case TfObject marks when after is TfObject or null:
                    var known = after as TfObject ?? TfObject.Empty;
                    return TfObject.Of(known.Attributes.Keys.Union(marks.Attributes.Keys)
                        .Select(k => new KeyValuePair<string, TfValue>(k, Merge(known.Attribute(k), marks.Attribute(k), () => null))));
                case TfList marks when after is TfList list:
                    return new TfList(list.Items.Select((item, i) => Merge(item, marks.Items.ElementAtOrDefault(i), () => null)).ToArray(), list.IsSet);
                default:
                    return after ?? TfNull.Instance;
            }
        }

        private static TfValue Decode(string text)
        {
            try
            {
                return EncodingFunctions.JsonDecode(text);
            }
            catch (TfEvaluationException)
            {
                return TfUnknown.Instance;
            }
        }

        /// <summary>A state module and its child modules, depth first (a plan's nesting is bounded by the JSON depth limit).</summary>
        private static IEnumerable<TfObject> Modules(TfObject? module)
        {
            if (module == null)
            {
                yield break;
            }

            yield return module;
            foreach (var child in (module.Attribute("child_modules") as TfList)?.Items.OfType<TfObject>() ?? Enumerable.Empty<TfObject>())
            {
                foreach (var nested in Modules(child))
                {
                    yield return nested;
                }
            }
        }

        private static TfValue? Attribute(TfValue? value, params string[] names)
        {
            foreach (var name in names)
            {
                value = (value as TfObject)?.Attribute(name);
            }

            return value;
        }

        private static string? Text(TfObject obj, string name) => (obj.Attribute(name) as TfString)?.Value;
    }
}
