using System;
using System.Collections.Generic;
using Peering.Templates;
using Peering.Terraform.Azure;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Syntax;

namespace Peering.Terraform.Configuration
{
    /// <summary>
    /// One instance of a resource or data source: its arguments evaluated in its own context (<c>each</c>,
    /// <c>count</c>), and what references to it read: its arguments, its nested blocks, and the attributes Azure
    /// computes (<see cref="ComputedAttributes"/>), which are unknown unless they follow from known arguments.
    /// </summary>
    internal sealed class ResourceInstance
    {
        private readonly EvaluationCache cache = new EvaluationCache();
        private TfLazyObject? value;

        public ResourceInstance(ResourceNode node, InstanceKey key, bool mayNotExist)
        {
            Node = node;
            Key = key;
            MayNotExist = mayNotExist;
            Address = node.Address + key.AddressSuffix;
            Context = key.Bind(node.Module.Context(node.Block.File));
        }

        public ResourceNode Node { get; }

        public InstanceKey Key { get; }

        /// <summary>True when the instance may not be created: its <c>count</c>/<c>for_each</c> (or its module's) is not known.</summary>
        public bool MayNotExist { get; }

        /// <summary><c>module.spoke["a"].azurerm_virtual_network.this[0]</c>.</summary>
        public string Address { get; }

        public EvalContext Context { get; }

        /// <summary>The root module the instance belongs to, which qualifies its address across the run.</summary>
        public string Root => Node.Module.Root.RootFolder;

        public string Type => Node.Type;

        public Body Body => Node.Block.Body;

        public SourceLocation Declaration => Node.Module.Root.Location(Node.Block);

        public TfValue Value => value ??= new TfLazyObject(Address, Read);

        /// <summary>The subscription of the instance's provider configuration, or the placeholder.</summary>
        public string Subscription => Node.Module.Subscription(ProviderReference());

        /// <summary>An attribute as a reference reads it: argument, nested blocks, or computed attribute.</summary>
        public TfValue Read(string name) => Cached(name, () =>
        {
            if (Body.Attribute(name) is Syntax.Attribute attribute)
            {
                // An argument not known before apply is still this instance's argument: a reference to it links to the instance.
                var argument = Context.In(attribute.File).Evaluate(attribute.Expression);
                return argument is TfUnknown { Origin: null } ? new TfUnknown(new ValueOrigin(Root, Address, name)) : argument;
            }

            if (NestedBlocks.Declares(Body, name))
            {
                return NestedBlocks.Objects(this, name);
            }

            return ComputedAttributes.Value(this, name) ?? new TfUnknown(new ValueOrigin(Root, Address, name));
        });

        /// <summary>An argument as written (null when it is not), evaluated; an error gives unknown and a note.</summary>
        public TfValue? Argument(string name) =>
            Body.Attribute(name) is Syntax.Attribute attribute ? Node.Module.Root.EvaluateOrUnknown(attribute, Context, "'" + name + "' of " + Address) : null;

        private string ProviderReference()
        {
            var written = Body.Attribute("provider")?.Expression switch
            {
                VariableExpression name => name.Name,
                GetAttributeExpression { Source: VariableExpression name } alias => name.Name + "." + alias.Name,
                _ => null,
            };
            return written ?? Type.Split('_')[0];
        }

        private TfValue Cached(string key, Func<TfValue> evaluate) => cache.Get(key, evaluate, Address + "." + key);
    }
}
