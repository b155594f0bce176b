using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Azure;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Plan
{
    /// <summary>
    /// The <c>configuration</c> part of a plan: the expressions of resources and module calls, with the references
    /// Terraform records for them. A value that is unknown until apply (a new VNet's id) is followed through these
    /// references to the resource it comes from (the fact sheet's §3 recipe): a resource of the same module instance,
    /// a variable to the calling module's argument, a module output to its expression. Locals and <c>each</c> stop it.
    /// </summary>
    internal sealed class PlanConfiguration
    {
        private const int MaxHops = 16;

        private readonly string plan;
        private readonly TfObject root;
        private readonly TfObject? providers;

        /// <param name="plan">The plan's path: the root its resource addresses belong to.</param>
        public PlanConfiguration(string plan, TfValue configuration)
        {
            this.plan = plan;
            var obj = configuration as TfObject;
            root = obj?.Attribute("root_module") as TfObject ?? TfObject.Empty;
            providers = obj?.Attribute("provider_config") as TfObject;
        }

        /// <summary>The expressions of a managed resource of a module instance (by its module address), or null.</summary>
        public TfObject? Expressions(string moduleAddress, string type, string name) =>
            Resource(Module(moduleAddress), type, name)?.Attribute("expressions") as TfObject;

        /// <summary>The subscription its provider configuration states as a constant, or the placeholder.</summary>
        public string Subscription(string moduleAddress, string type, string name)
        {
            var key = (Resource(Module(moduleAddress), type, name)?.Attribute("provider_config_key") as TfString)?.Value ?? type.Split('_')[0];
            var constant = Path(providers?.Attribute(key), "expressions", "subscription_id", "constant_value");
            return constant is TfString { Value.Length: > 0 } subscription ? subscription.Value : AzureIds.UnknownSubscription(plan);
        }

        /// <summary>The resource attribute an expression's references lead to, as an origin for its unknown value.</summary>
        public ValueOrigin? Origin(TfValue? expression, string moduleAddress) => Origin(expression, moduleAddress, 0);

        private ValueOrigin? Origin(TfValue? expression, string moduleAddress, int hops)
        {
            if (hops > MaxHops || (expression as TfObject)?.Attribute("references") is not TfList references)
            {
                return null;
            }

            foreach (var reference in references.Items.OfType<TfString>())
            {
                var steps = PlanAddress.Steps(reference.Value);
                var origin = steps[0].Name switch
                {
                    "var" when steps.Count > 1 && moduleAddress.Length > 0 => FromCaller(steps[1].Name, moduleAddress, hops),
                    "module" when steps.Count > 2 => FromOutput(steps[1], steps[2].Name, moduleAddress, hops),
                    "data" when steps.Count > 3 => new ValueOrigin(plan, PlanAddress.Within(moduleAddress, "data." + steps[1].Name + "." + steps[2].Name + steps[2].Key), steps[3].Name),
                    "var" or "module" or "data" or "each" or "count" or "local" or "path" or "terraform" or "self" => null,
                    _ when steps.Count > 2 => new ValueOrigin(plan, PlanAddress.Within(moduleAddress, steps[0].Name + "." + steps[1].Name + steps[1].Key), steps[2].Name),
                    _ => null,
                };
                if (origin != null)
                {
                    return origin;
                }
            }

            return null;
        }

        /// <summary><c>var.v</c> in a module: the argument the calling module gives it, in the caller's instance.</summary>
        private ValueOrigin? FromCaller(string variable, string moduleAddress, int hops)
        {
            var calls = PlanAddress.ModuleCalls(moduleAddress);
            var parent = PlanAddress.Parent(moduleAddress);
            var call = (Module(parent).Attribute("module_calls") as TfObject)?.Attribute(calls[^1].Name) as TfObject;
            return Origin(Path(call, "expressions", variable), parent, hops + 1);
        }

        /// <summary><c>module.m.o</c>: the expression of output o of module m, in that module's instance.</summary>
        private ValueOrigin? FromOutput(AddressStep call, string output, string moduleAddress, int hops)
        {
            var child = PlanAddress.Within(moduleAddress, "module." + call.Name + call.Key);
            return Origin(Path(Module(child), "outputs", output, "expression"), child, hops + 1);
        }

        private TfObject Module(string moduleAddress)
        {
            var module = root;
            foreach (var call in PlanAddress.ModuleCalls(moduleAddress))
            {
                module = Path(module, "module_calls", call.Name, "module") as TfObject ?? TfObject.Empty;
            }

            return module;
        }

        private static TfObject? Resource(TfObject module, string type, string name) =>
            (module.Attribute("resources") as TfList)?.Items.OfType<TfObject>()
                .FirstOrDefault(r => (r.Attribute("address") as TfString)?.Value == type + "." + name && (r.Attribute("mode") as TfString)?.Value != "data");

        private static TfValue? Path(TfValue? value, params string[] names)
        {
            foreach (var name in names)
            {
                value = (value as TfObject)?.Attribute(name);
            }

            return value;
        }
    }
}
