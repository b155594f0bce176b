using System.Collections.Generic;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>A value and the place it is written (the argument's line, or the block's when it comes from a plan).</summary>
    internal sealed record Located(TfValue Value, SourceLocation Location);

    /// <summary>A nested block (<c>subnet</c>, <c>ip_configuration</c>, <c>route</c>) with its evaluated arguments.</summary>
    internal class BlockFacts
    {
        public BlockFacts(SourceLocation location, IReadOnlyDictionary<string, Located> arguments)
        {
            Location = location;
            Arguments = arguments;
        }

        public SourceLocation Location { get; }

        public IReadOnlyDictionary<string, Located> Arguments { get; }

        public Located? Argument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>
    /// One resource instance with every value the topology needs already evaluated, so building the topology evaluates
    /// nothing (an evaluation limit can only stop a root module before any of its facts are used). The HCL reader and
    /// the plan reader both produce these.
    /// </summary>
    internal sealed class ResourceFacts : BlockFacts
    {
        private readonly IReadOnlyDictionary<string, IReadOnlyList<BlockFacts>?> blocks;

        public ResourceFacts(string root, string address, string type, bool isData, bool mayNotExist, SourceLocation declaration, string subscription, TfValue id,
            IReadOnlyDictionary<string, Located> arguments, IReadOnlyDictionary<string, IReadOnlyList<BlockFacts>?> blocks, IReadOnlyDictionary<string, SourceLocation>? bodyLocations = null)
            : base(declaration, arguments)
        {
            BodyLocations = bodyLocations ?? new Dictionary<string, SourceLocation>();
            Root = root;
            Address = address;
            Type = type;
            IsData = isData;
            MayNotExist = mayNotExist;
            Subscription = subscription;
            Id = id;
            this.blocks = blocks;
        }

        /// <summary>The root module's folder (or the plan's path) the instance belongs to.</summary>
        public string Root { get; }

        /// <summary>The instance address in its root module.</summary>
        public string Address { get; }

        /// <summary>The instance across the run, as <see cref="ValueOrigin.Key"/> names it.</summary>
        public string Key => Root + "#" + Address;

        /// <summary>
        /// The resource group an id uses when the resource's is not known: a placeholder of this root module, so VNets of
        /// the same name in different root modules (examples of one repository) stay apart unless something names them alike.
        /// </summary>
        public string UnknownResourceGroup => AzureIds.UnknownResourceGroup(Root);

        public string Type { get; }

        public bool IsData { get; }

        /// <summary>True when the instance may not be created (unknown <c>count</c>/<c>for_each</c>).</summary>
        public bool MayNotExist { get; }

        public SourceLocation Declaration => Location;

        /// <summary>The subscription of the resource's provider configuration, or the placeholder.</summary>
        public string Subscription { get; }

        /// <summary>Where each key of an azapi <c>body</c> written as an object is (<c>properties.useRemoteGateways</c>).</summary>
        public IReadOnlyDictionary<string, SourceLocation> BodyLocations { get; }

        /// <summary>True when the resource's root module has modules the reader could not read: a gateway may hide there.</summary>
        public bool HasUnseenNeighbours { get; private init; }

        /// <summary>The instance's write in its root module's apply, with what it waits for; null when that is not read (a plan).</summary>
        public DeploymentStep? Step { get; init; }

        /// <summary>The same facts, from a root module with modules the reader could not read.</summary>
        public ResourceFacts WithUnseenResources() => new ResourceFacts(Root, Address, Type, IsData, MayNotExist, Declaration, Subscription, Id, Arguments, blocks, BodyLocations) { HasUnseenNeighbours = true, Step = Step };

        /// <summary>The <c>id</c> as far as it is known before apply.</summary>
        public TfValue Id { get; }

        /// <summary>The nested blocks of a type (also when written as a list attribute); null when they are not known.</summary>
        public IReadOnlyList<BlockFacts>? Blocks(string type) =>
            blocks.TryGetValue(type, out var list) ? list : System.Array.Empty<BlockFacts>();
    }
}
