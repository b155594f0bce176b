using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Azure;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;
using Attribute = Peering.Terraform.Syntax.Attribute;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// One instance of a module: the root module, or a module call's instance (one per <c>count</c> index or
    /// <c>for_each</c> key). It is the scope its expressions are evaluated in; variables, locals, outputs, resources
    /// and module calls are evaluated when first referred to, once, and a cycle gives an error rather than a loop.
    /// </summary>
    internal sealed class ModuleInstance : IScope
    {
        private readonly Func<string, TfValue?> input;
        private readonly Func<string, string>? parentProvider;
        private readonly IReadOnlyDictionary<string, string> providerMap;
        private readonly EvaluationCache cache = new EvaluationCache();
        private readonly Dictionary<(string, string, string), ResourceNode> resources = new Dictionary<(string, string, string), ResourceNode>();
        private readonly Dictionary<string, ModuleCall> calls = new Dictionary<string, ModuleCall>(StringComparer.Ordinal);

        /// <param name="input">The value given for a variable (a <c>.tfvars</c> value, a module call's argument), or null when none is.</param>
        /// <param name="parentProvider">The subscription of a provider of the calling module; null for the root module.</param>
        /// <param name="providerMap">A module call's <c>providers</c>: this module's provider name to the caller's.</param>
        /// <param name="mayNotExist">True for an instance of a call whose <c>count</c>/<c>for_each</c> is not known.</param>
        /// <param name="caller">The module call this is an instance of; null for the root module.</param>
        public ModuleInstance(RootEvaluation root, ModuleDefinition definition, string address, string callKey, Func<string, TfValue?> input, Func<string, string>? parentProvider = null, IReadOnlyDictionary<string, string>? providerMap = null, bool mayNotExist = false, ModuleCall? caller = null)
        {
            Caller = caller;
            MayNotExist = mayNotExist;
            Root = root;
            Definition = definition;
            Address = address;
            CallKey = callKey;
            this.input = input;
            this.parentProvider = parentProvider;
            this.providerMap = providerMap ?? new Dictionary<string, string>();
        }

        public RootEvaluation Root { get; }

        /// <summary>The module call this is an instance of; null for the root module.</summary>
        public ModuleCall? Caller { get; }

        /// <summary>True when the module instance may not exist: its resources may not either.</summary>
        public bool MayNotExist { get; }

        public ModuleDefinition Definition { get; }

        /// <summary>The module address, <c>module.spoke["a"]</c>; empty for the root module.</summary>
        public string Address { get; }

        /// <summary>The key <c>terraform init</c> gives the call in modules.json (<c>spoke</c>, <c>spoke.peering</c>); empty for the root.</summary>
        public string CallKey { get; }

        public IEnumerable<ResourceNode> Resources => Definition.Resources.Keys.Select(k => Resource(k.Mode, k.Type, k.Name)!);

        public IEnumerable<ModuleCall> Calls => Definition.ModuleCalls.Keys.Select(name => Call(name)!);

        public EvalContext Context(SourceText file) => new EvalContext(this, Root.Evaluator, file);

        public TfValue Resolve(string name)
        {
            switch (name)
            {
                case "var":
                    return new TfLazyObject("var", Variable);
                case "local":
                    return new TfLazyObject("local", Local);
                case "module":
                    return new TfLazyObject("module", n => Call(n)?.Value ?? throw new TfEvaluationException("no module call named '" + n + "'"));
                case "data":
                    return new TfLazyObject("data", type => Definition.HasResourceType("data", type)
                        ? new TfLazyObject("data." + type, n => Resource("data", type, n)?.Value ?? throw new TfEvaluationException("no data source data." + type + "." + n))
                        : throw new TfEvaluationException("no data source of type " + type));
                case "path":
                    return TfObject.Of(new[] { Pair("module", new TfString(Definition.Folder)), Pair("root", new TfString(Root.RootFolder)), Pair("cwd", new TfString(Root.RootFolder)) });
                case "terraform":
                    return TfObject.Of(new[] { Pair("workspace", new TfString("default")) });
                case "resource":
                    // resource.TYPE.NAME, the explicit form of TYPE.NAME (real modules' outputs use it).
                    return new TfLazyObject("resource", type => Resolve(type));
                case "ephemeral":
                    return TfUnknown.Instance;
                case "self":
                case "each":
                case "count":
                    throw new TfEvaluationException("'" + name + "' is not available here");
                default:
                    if (!Definition.HasResourceType("managed", name))
                    {
                        throw new TfEvaluationException("no resource of type " + name);
                    }

                    return new TfLazyObject(name, n => Resource("managed", name, n)?.Value ?? throw new TfEvaluationException("no resource " + name + "." + n));
            }
        }

        public TfValue Variable(string name) => Cached("var." + name, () =>
        {
            if (!Definition.Variables.TryGetValue(name, out var block))
            {
                throw new TfEvaluationException("no variable named '" + name + "'");
            }

            var defaults = new EvalContext(EmptyScope.Instance, Root.Evaluator, block.File);
            var fallback = block.Body.Attribute("default") is Attribute d ? Root.EvaluateOrUnknown(d, defaults, "the default of var." + name) : null;
            var value = input(name) ?? fallback ?? TfUnknown.Instance;
            if (value.IsNull && fallback != null && block.Body.Attribute("nullable")?.Expression is LiteralExpression { Value: TfBool { Value: false } })
            {
                value = fallback;
            }

            return TypeConstraint.Parse(block.Body.Attribute("type")?.Expression, defaults).Convert(value);
        });

        public TfValue Local(string name) => Cached("local." + name, () =>
            Definition.Locals.TryGetValue(name, out var attribute)
                ? Context(attribute.File).Evaluate(attribute.Expression)
                : throw new TfEvaluationException("no local value named '" + name + "'"));

        public TfValue Output(string name) => Cached("output." + name, () =>
            Definition.Outputs.TryGetValue(name, out var block) && block.Body.Attribute("value") is Attribute value
                ? Context(value.File).Evaluate(value.Expression)
                : throw new TfEvaluationException("the module has no output named '" + name + "'"));

        public ResourceNode? Resource(string mode, string type, string name)
        {
            var key = (mode, type, name);
            if (!resources.TryGetValue(key, out var node) && Definition.Resources.TryGetValue(key, out var block))
            {
                resources[key] = node = new ResourceNode(this, mode, type, name, block);
            }

            return node;
        }

        public ModuleCall? Call(string name)
        {
            if (!calls.TryGetValue(name, out var call) && Definition.ModuleCalls.TryGetValue(name, out var block))
            {
                calls[name] = call = new ModuleCall(this, name, block);
            }

            return call;
        }

        /// <summary>
        /// The subscription of a provider configuration (<c>azurerm</c>, <c>azurerm.connectivity</c>): its known
        /// <c>subscription_id</c>, through the module calls' <c>providers</c> maps, or the placeholder when not known.
        /// </summary>
        public string Subscription(string provider)
        {
            if (parentProvider != null)
            {
                return providerMap.TryGetValue(provider, out var mapped) ? parentProvider(mapped)
                    : provider.Contains('.') ? AzureIds.UnknownSubscription(Root.RootFolder)
                    : parentProvider(provider);
            }

            return (string)Cached("provider." + provider, () =>
            {
                var block = Definition.Providers.FirstOrDefault(p => p.Labels[0] + AliasSuffix(p) == provider);
                var value = block?.Body.Attribute("subscription_id") is Attribute id ? Root.EvaluateOrUnknown(id, Context(id.File), "the provider's subscription_id") : null;
                return new TfString(value is TfString known && known.Value.Length > 0 ? known.Value : AzureIds.UnknownSubscription(Root.RootFolder));
            }).AsString!;
        }

        private string AliasSuffix(Block provider) =>
            provider.Body.Attribute("alias") is Attribute alias && Root.EvaluateOrUnknown(alias, Context(alias.File), "a provider alias") is TfString name ? "." + name.Value : string.Empty;

        private TfValue Cached(string key, Func<TfValue> evaluate) => cache.Get(key, evaluate, key);

        private static KeyValuePair<string, TfValue> Pair(string name, TfValue value) => new KeyValuePair<string, TfValue>(name, value);
    }
}
