using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>A <c>resource</c> or <c>data</c> block of one module instance, with the instances its <c>count</c>/<c>for_each</c> make.</summary>
    internal sealed class ResourceNode
    {
        private IReadOnlyList<ResourceInstance>? instances;
        private bool expansionKnown;

        public ResourceNode(ModuleInstance module, string mode, string type, string name, Block block)
        {
            Module = module;
            Mode = mode;
            Type = type;
            Name = name;
            Block = block;
            Address = (module.Address.Length == 0 ? string.Empty : module.Address + ".") + (mode == "data" ? "data." : string.Empty) + type + "." + name;
        }

        public ModuleInstance Module { get; }

        /// <summary><c>managed</c> for a resource, <c>data</c> for a data source.</summary>
        public string Mode { get; }

        public string Type { get; }

        public string Name { get; }

        public Block Block { get; }

        /// <summary>The address without an instance key: <c>module.spoke["a"].azurerm_virtual_network.this</c>.</summary>
        public string Address { get; }

        /// <summary>
        /// The instances. When <c>count</c>/<c>for_each</c> is not known, one instance with unknown <c>count.index</c> or
        /// <c>each</c> stands for all of them, marked as one that may not exist.
        /// </summary>
        public IReadOnlyList<ResourceInstance> Instances
        {
            get
            {
                if (instances == null)
                {
                    var keys = Expansion.Keys(Block.Body, Module.Context(Block.File), Module.Root.Notes);
                    expansionKnown = keys != null;
                    keys ??= new[] { new InstanceKey(TfUnknown.Instance, TfUnknown.Instance, Block.Body.Attribute("for_each") != null) };
                    instances = keys.Select(key => new ResourceInstance(this, key, mayNotExist: !expansionKnown || Module.MayNotExist)).ToArray();
                }

                return instances;
            }
        }

        /// <summary>What <c>type.name</c> refers to: the instance, a list of them (<c>count</c>), a map of them (<c>for_each</c>).</summary>
        public TfValue Value
        {
            get
            {
                var all = Instances;
                if (!expansionKnown)
                {
                    return TfUnknown.Instance;
                }

                if (Block.Body.Attribute("for_each") != null)
                {
                    return TfObject.Of(all.Select(i => new KeyValuePair<string, TfValue>(i.Key.Key!.AsString!, i.Value)));
                }

                return Block.Body.Attribute("count") != null ? new TfList(all.Select(i => i.Value).ToArray(), false) : all[0].Value;
            }
        }
    }
}
