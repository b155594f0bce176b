using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// A <c>module</c> block: where its source is (a local folder, or one <c>terraform init</c> installed), and the
    /// child module instances its <c>count</c>/<c>for_each</c> make, each given the call's arguments as variables.
    /// </summary>
    internal sealed class ModuleCall
    {
        /// <summary>Arguments of a module block that are Terraform's, not the module's variables.</summary>
        private static readonly HashSet<string> MetaArguments = new HashSet<string>(System.StringComparer.Ordinal) { "source", "version", "count", "for_each", "providers", "depends_on" };

        private ModuleDefinition? definition;
        private bool loaded;
        private IReadOnlyList<ModuleInstance>? instances;
        private bool expansionKnown;

        public ModuleCall(ModuleInstance parent, string name, Block block)
        {
            Parent = parent;
            Name = name;
            Block = block;
            Key = parent.CallKey.Length == 0 ? name : parent.CallKey + "." + name;
        }

        public ModuleInstance Parent { get; }

        public string Name { get; }

        public Block Block { get; }

        /// <summary>The call's key in modules.json: the names of the calls that lead to it, joined by dots.</summary>
        public string Key { get; }

        /// <summary>The called module, or null when it cannot be read (noted once as PEER902).</summary>
        public ModuleDefinition? Definition
        {
            get
            {
                if (!loaded)
                {
                    loaded = true;
                    definition = Load();
                }

                return definition;
            }
        }

        /// <summary>The child instances; one that may not exist stands for them when <c>count</c>/<c>for_each</c> is not known.</summary>
        public IReadOnlyList<ModuleInstance> Instances
        {
            get
            {
                if (instances == null)
                {
                    var module = Definition;
                    if (module == null)
                    {
                        return instances = System.Array.Empty<ModuleInstance>();
                    }

                    var context = Parent.Context(Block.File);
                    var keys = Expansion.Keys(Block.Body, context, Parent.Root.Notes);
                    expansionKnown = keys != null;
                    keys ??= new[] { new InstanceKey(TfUnknown.Instance, TfUnknown.Instance, Block.Body.Attribute("for_each") != null) };
                    instances = keys.Select(key => Instantiate(module, key, context)).ToArray();
                }

                return instances;
            }
        }

        /// <summary>What <c>module.name</c> refers to: the instance's outputs, or a list or map of them.</summary>
        public TfValue Value
        {
            get
            {
                var all = Instances;
                if (Definition == null || !expansionKnown)
                {
                    return TfUnknown.Instance;
                }

                TfValue Outputs(ModuleInstance instance) => new TfLazyObject(instance.Address, instance.Output);
                if (Block.Body.Attribute("for_each") != null)
                {
                    return TfObject.Of(all.Zip(Keys()).Select(p => new KeyValuePair<string, TfValue>(p.Second, Outputs(p.First))));
                }

                return Block.Body.Attribute("count") != null ? new TfList(all.Select(Outputs).ToArray(), false) : Outputs(all[0]);
            }
        }

        private IEnumerable<string> Keys() => Expansion.Keys(Block.Body, Parent.Context(Block.File), Parent.Root.Notes)!.Select(k => k.Key!.AsString!);

        private ModuleInstance Instantiate(ModuleDefinition module, InstanceKey key, EvalContext callerContext)
        {
            var context = key.Bind(callerContext);
            var address = (Parent.Address.Length == 0 ? string.Empty : Parent.Address + ".") + "module." + Name + key.AddressSuffix;
            TfValue? Input(string variable) =>
                !MetaArguments.Contains(variable) && Block.Body.Attribute(variable) is Attribute argument
                    ? Parent.Root.EvaluateOrUnknown(argument, context, "the argument '" + variable + "' of module." + Name)
                    : null;
            return new ModuleInstance(Parent.Root, module, address, Key, Input, Parent.Subscription, ProviderMap(), mayNotExist: !expansionKnown || Parent.MayNotExist, caller: this);
        }

        /// <summary><c>providers = { azurerm = azurerm.hub }</c>, read from its syntax as Terraform does.</summary>
        private IReadOnlyDictionary<string, string> ProviderMap()
        {
            var map = new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (Block.Body.Attribute("providers")?.Expression is ObjectExpression providers)
            {
                foreach (var item in providers.Items)
                {
                    var child = Reference(item.Key);
                    var parent = Reference(item.Value);
                    if (child != null && parent != null)
                    {
                        map[child] = parent;
                    }
                }
            }

            return map;
        }

        private static string? Reference(Expression expression) => expression switch
        {
            LiteralExpression { Value: TfString name } => name.Value,
            VariableExpression name => name.Name,
            GetAttributeExpression { Source: VariableExpression name } alias => name.Name + "." + alias.Name,
            TemplateExpression { Parts: [LiteralPart text] } => text.Text,
            _ => null,
        };

        private ModuleDefinition? Load()
        {
            var root = Parent.Root;
            var location = root.Location(Block);
            var source = Block.Body.Attribute("source") is Attribute attribute ? root.EvaluateOrUnknown(attribute, Parent.Context(attribute.File), "the source of module." + Name) : null;
            if (source is not TfString { Value: var text })
            {
                root.MissesModules = true;
                root.Notes.Note(location, "The module '" + Name + "' has no source the reader can read, so its resources were not checked");
                return null;
            }

            var folder = root.Installed.FolderOf(Key) ?? (ModulePaths.IsLocal(text) ? ModulePaths.Combine(Parent.Definition.Folder, text) : null);
            if (folder == null)
            {
                root.MissesModules = true;
                root.Notes.Note(location, "The module '" + Name + "' (source '" + text + "') is not installed in .terraform/modules (run terraform init to let the reader see it), so its resources were not checked");
                return null;
            }

            var module = root.Loader.Load(folder);
            root.MissesModules |= module == null;
            if (module == null && root.Loader.Files.ConfigurationFiles(folder) is not { Count: > 0 })
            {
                root.Notes.Note(location, "The module '" + Name + "' (folder '" + folder + "') has no Terraform files the reader may read, so its resources were not checked");
            }

            return module;
        }
    }
}
