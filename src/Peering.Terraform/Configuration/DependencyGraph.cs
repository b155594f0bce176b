using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using Peering.Terraform.Syntax;
using Attribute = Peering.Terraform.Syntax.Attribute;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// What Terraform makes each resource of one root module wait for, as it builds its graph from the configuration: the
    /// resources, data sources and modules its arguments refer to (directly, or through locals, module variables and
    /// module outputs), its <c>depends_on</c>, and the <c>depends_on</c>, <c>count</c> and <c>for_each</c> of the module
    /// calls around it; every instance of a resource waits for every instance of what it refers to. Read from the syntax,
    /// so nothing is evaluated; a reference into a module the reader could not read leaves the order unknown.
    /// </summary>
    internal sealed class DependencyGraph
    {
        public const string OrderingFix = "list {0} in the depends_on of {1}, or refer to them from it (a module that holds them counts)";

        private static readonly HashSet<string> NotReferences = new HashSet<string>(StringComparer.Ordinal) { "each", "count", "self", "path", "terraform" };

        private readonly DeploymentRun run;
        private readonly Func<ResourceNode, bool> stepPerInstance;
        private readonly Dictionary<object, Waits> waits = new Dictionary<object, Waits>();
        private readonly Dictionary<ResourceInstance, DeploymentStep> instanceSteps = new Dictionary<ResourceInstance, DeploymentStep>();
        private readonly Dictionary<ResourceNode, DeploymentStep> nodeSteps = new Dictionary<ResourceNode, DeploymentStep>();

        /// <param name="stepPerInstance">True for the resources the topology reads, whose instances are expanded anyway.</param>
        public DependencyGraph(string rootFolder, Func<ResourceNode, bool> stepPerInstance)
        {
            run = new DeploymentRun("the apply of " + Rules.Text.DisplayText.Quote(rootFolder), OrderingFix);
            this.stepPerInstance = stepPerInstance;
        }

        /// <summary>The write of <paramref name="instance"/>, waiting for the writes of what its resource refers to.</summary>
        public DeploymentStep StepOf(ResourceInstance instance)
        {
            if (!instanceSteps.TryGetValue(instance, out var step))
            {
                var description = (instance.Type is "azurerm_virtual_network_gateway" or "azurerm_route_server" ? "gateway " : string.Empty) + instance.Address;
                instanceSteps[instance] = step = new DeploymentStep(run, description, instance.Declaration);
                Link(step, instance.Node);
            }

            return step;
        }

        /// <summary>The writes of a resource: one per instance of a resource the topology reads, else one for the whole resource.</summary>
        private IEnumerable<DeploymentStep> StepsOf(ResourceNode node)
        {
            if (stepPerInstance(node))
            {
                return node.Instances.Select(StepOf).ToList();
            }

            if (!nodeSteps.TryGetValue(node, out var step))
            {
                nodeSteps[node] = step = new DeploymentStep(run, node.Address, node.Module.Root.Location(node.Block));
                Link(step, node);
            }

            return new[] { step };
        }

        private void Link(DeploymentStep step, ResourceNode node)
        {
            var of = WaitsOf(node);
            foreach (var target in of.Nodes.Where(t => t != node))
            {
                foreach (var earlier in StepsOf(target))
                {
                    step.After.Add(earlier);
                }
            }

            if (of.Unresolved)
            {
                step.WaitsForUnresolved(null);
            }
        }

        private Waits WaitsOf(ResourceNode node) => Memo(node, () =>
        {
            var found = new Waits();
            foreach (var traversal in References(node.Block.Body))
            {
                found.Add(Resolve(traversal, node.Module));
            }

            found.Add(ModuleWaits(node.Module));
            return found;
        });

        /// <summary>What everything in a module instance waits for: its call's <c>depends_on</c>, <c>count</c> and <c>for_each</c>, and its caller's.</summary>
        private Waits ModuleWaits(ModuleInstance module) => Memo(module, () =>
        {
            var found = new Waits();
            if (module.Caller is ModuleCall call)
            {
                foreach (var name in new[] { "depends_on", "count", "for_each" })
                {
                    foreach (var traversal in References(call.Block.Body.Attribute(name)))
                    {
                        found.Add(Resolve(traversal, call.Parent));
                    }
                }

                found.Add(ModuleWaits(call.Parent));
            }

            return found;
        });

        private Waits Resolve(Traversal traversal, ModuleInstance module)
        {
            var names = traversal.Names;
            switch (traversal.Root)
            {
                case "var" when names.Count > 0:
                    return Memo((module, "var", names[0]), () => module.Caller is ModuleCall call ? ResolveAll(call.Block.Body.Attribute(names[0]), call.Parent) : new Waits());
                case "local" when names.Count > 0:
                    return Memo((module, "local", names[0]), () => module.Definition.Locals.TryGetValue(names[0], out var local) ? ResolveAll(local, module) : new Waits());
                case "module" when names.Count > 0:
                    return Module(module.Call(names[0]), names.Count > 1 ? names[1] : null);
                case "data" when names.Count > 1:
                    return Waits.Of(module.Resource("data", names[0], names[1]));
                case "resource" when names.Count > 1:
                    return Waits.Of(module.Resource("managed", names[0], names[1]));
                case var type when names.Count > 0 && !NotReferences.Contains(type):
                    return Waits.Of(module.Resource("managed", type, names[0]));
                default:
                    return new Waits();
            }
        }

        /// <summary><c>module.NAME.OUTPUT</c> waits for what the output refers to; <c>module.NAME</c> alone, for everything in the module.</summary>
        private Waits Module(ModuleCall? call, string? output)
        {
            var found = new Waits();
            if (call == null)
            {
                return found;
            }

            if (call.Definition == null)
            {
                found.Unresolved = true;
                return found;
            }

            foreach (var instance in call.Instances)
            {
                found.Add(output == null ? Everything(instance) : Memo((instance, "output", output), () => Output(instance, output)));
            }

            return found;
        }

        private Waits Output(ModuleInstance instance, string name)
        {
            var found = new Waits();
            if (instance.Definition.Outputs.TryGetValue(name, out var block))
            {
                foreach (var traversal in References(block.Body.Attribute("value")).Concat(References(block.Body.Attribute("depends_on"))))
                {
                    found.Add(Resolve(traversal, instance));
                }
            }

            return found;
        }

        private Waits Everything(ModuleInstance instance) => Memo((instance, "everything"), () =>
        {
            var found = new Waits();
            foreach (var node in instance.Resources)
            {
                found.Nodes.Add(node);
            }

            foreach (var call in instance.Calls)
            {
                found.Add(Module(call, null));
            }

            return found;
        });

        private Waits ResolveAll(Attribute? attribute, ModuleInstance module)
        {
            var found = new Waits();
            foreach (var traversal in References(attribute))
            {
                found.Add(Resolve(traversal, module));
            }

            return found;
        }

        /// <summary>The memoized value of <paramref name="key"/>; while it is being computed (a cycle, an error to Terraform), nothing.</summary>
        private Waits Memo(object key, Func<Waits> compute)
        {
            if (waits.TryGetValue(key, out var known))
            {
                return known;
            }

            waits[key] = new Waits();
            return waits[key] = compute();
        }

        /// <summary>Every reference written in a body, its nested blocks but <c>lifecycle</c> included.</summary>
        private static IEnumerable<Traversal> References(Body body) =>
            body.Attributes.SelectMany(References)
                .Concat(body.Blocks.Where(b => b.Type != "lifecycle").SelectMany(b => References(b.Body)));

        private static IEnumerable<Traversal> References(Attribute? attribute)
        {
            var found = new List<Traversal>();
            if (attribute == null)
            {
                return found;
            }

            // In Terraform's JSON syntax depends_on holds the references as strings.
            if (attribute.Name == "depends_on" && attribute.Expression is TupleExpression items)
            {
                foreach (var item in items.Items.OfType<TemplateExpression>())
                {
                    if (item.Parts is [LiteralPart text])
                    {
                        found.Add(Traversal.Parse(text.Text));
                    }
                }
            }

            Traversal.Collect(attribute.Expression, found);
            return found;
        }

        /// <summary>Resources a reference leads to, and whether it leads into what the reader could not read.</summary>
        private sealed class Waits
        {
            public HashSet<ResourceNode> Nodes { get; } = new HashSet<ResourceNode>();

            public bool Unresolved { get; set; }

            public static Waits Of(ResourceNode? node)
            {
                var waits = new Waits();
                if (node != null)
                {
                    waits.Nodes.Add(node);
                }

                return waits;
            }

            public void Add(Waits other)
            {
                Nodes.UnionWith(other.Nodes);
                Unresolved |= other.Unresolved;
            }
        }
    }
}
