using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>
    /// A resource object of the program (<c>new VirtualNetwork("hub")</c>, <c>VirtualNetwork.FromExisting("hub")</c>, or one
    /// handed in): what its members are set to, and whether the code adds it to an infrastructure, which deploys it. A
    /// declarative program deploys its resources as they stand once it has run, so the facts are read at the end of the code.
    /// </summary>
    internal abstract class ProvisionedResource : TrackedObject
    {
        protected ProvisionedResource(string? bicepIdentifier, bool builtHere, int depth, Location declaration)
            : base(depth, declaration)
        {
            BicepIdentifier = bicepIdentifier;
            BuiltHere = builtHere;
        }

        /// <summary>The symbolic name in the Bicep file (the constructor's first argument), when known.</summary>
        public string? BicepIdentifier { get; }

        /// <summary>True for a resource the code creates; false for one that exists (<c>FromExisting</c>) or is handed in.</summary>
        public bool BuiltHere { get; }

        /// <summary>The <c>Name</c> the code gives the resource in Azure; unknown when unset (a resolver names it then).</summary>
        public Fact<string> Name { get; set; }

        /// <summary>Where the code first adds the resource to an infrastructure; null when it never does.</summary>
        public Location? AddedAt { get; private set; }

        /// <summary>True when every place that adds the resource may not run (a branch, a loop).</summary>
        public bool AddedConditionally { get; private set; }

        /// <summary><c>infra.Add(resource)</c>, in a branch when <paramref name="conditional"/>.</summary>
        public void MarkAdded(Location at, bool conditional)
        {
            if (AddedAt == null)
            {
                AddedAt = at;
                AddedConditionally = conditional;
            }
            else if (!conditional)
            {
                AddedConditionally = false;
            }
        }

        public override void Escape()
        {
            Escaped = true;
            Name = default;
        }
    }

    /// <summary>A VNet: its region, address space and inline subnets (kept as <see cref="NetworkDraft"/>).</summary>
    internal sealed class ProvisionedNetwork : ProvisionedResource
    {
        public ProvisionedNetwork(string? bicepIdentifier, bool builtHere, int depth, Location declaration, string? holder = null)
            : base(bicepIdentifier, builtHere, depth, declaration)
        {
            Data = new NetworkDraft(depth, declaration, null);
            Holder = holder;
        }

        /// <summary>Region and address space as the code sets them.</summary>
        public NetworkDraft Data { get; }

        /// <summary>For a VNet handed in: the parameter, field or property that holds it.</summary>
        public string? Holder { get; }

        /// <summary>The VNet in the model, once something refers to it.</summary>
        public VirtualNetwork? Model { get; set; }

        public override void Escape()
        {
            base.Escape();
            Data.Escape();
        }
    }

    /// <summary>What every child resource has: the parent it names, or the resource whose inline list holds it.</summary>
    internal abstract class ProvisionedChild<TParent> : ProvisionedResource
        where TParent : ProvisionedResource
    {
        protected ProvisionedChild(string? bicepIdentifier, bool builtHere, int depth, Location declaration)
            : base(bicepIdentifier, builtHere, depth, declaration)
        {
        }

        /// <summary>The <c>Parent</c> the code sets, when it certainly sets it to a resource of the program.</summary>
        public TParent? Parent { get; set; }

        /// <summary>True when the code sets <c>Parent</c> to something the analysis does not know, or may not set it.</summary>
        public bool ParentUnknown { get; set; }

        /// <summary>The resource whose inline list (<c>Subnets</c>, <c>VirtualNetworkPeerings</c>, <c>Routes</c>) holds this one.</summary>
        public TParent? InlineOwner { get; set; }

        /// <summary>True when it is put in that list in a branch or loop.</summary>
        public bool InlineConditionally { get; set; }

        /// <summary>The resource it belongs to; null when unknown.</summary>
        public TParent? Owner => ParentUnknown ? null : Parent ?? InlineOwner;

        /// <summary>True when the program deploys it: added to an infrastructure, or held by a parent that is.</summary>
        public bool IsDeployed => AddedAt != null || InlineOwner?.AddedAt != null;

        /// <summary>True when every way it is deployed may not happen.</summary>
        public bool IsDeployedConditionally =>
            (AddedAt == null || AddedConditionally) && (InlineOwner?.AddedAt == null || InlineConditionally || InlineOwner.AddedConditionally);

        public override void Escape()
        {
            base.Escape();
            ParentUnknown = true;
        }
    }

    /// <summary>A peering: its settings as a <see cref="PeeringDraft"/>, which the recorder writes when the program deploys it.</summary>
    internal sealed class ProvisionedPeering : ProvisionedChild<ProvisionedNetwork>
    {
        public ProvisionedPeering(string? bicepIdentifier, PeeringDraft draft, int depth, Location declaration)
            : base(bicepIdentifier, draft.BuiltHere, depth, declaration) => Draft = draft;

        public PeeringDraft Draft { get; }

        public override void Escape()
        {
            base.Escape();
            Draft.Escape();
        }
    }

    /// <summary>A subnet: its name (the gateway subnet is the one named so) and prefixes (as a <see cref="SubnetDraft"/>), and its route table.</summary>
    internal sealed class ProvisionedSubnet : ProvisionedChild<ProvisionedNetwork>
    {
        public ProvisionedSubnet(string? bicepIdentifier, bool builtHere, int depth, Location declaration)
            : base(bicepIdentifier, builtHere, depth, declaration) => Draft = new SubnetDraft(depth, declaration);

        public SubnetDraft Draft { get; }

        /// <summary>The route table the code associates, when it certainly does.</summary>
        public ProvisionedRouteTable? RouteTable { get; set; }

        /// <summary>How messages name the subnet.</summary>
        public string Description => Name.IsKnown ? "subnet '" + Name.Value + "'" : "a subnet";

        public override void Escape()
        {
            base.Escape();
            Draft.Prefixes.Unknown = true;
        }
    }

    /// <summary>A route table and its inline routes.</summary>
    internal sealed class ProvisionedRouteTable : ProvisionedResource
    {
        public ProvisionedRouteTable(string? bicepIdentifier, bool builtHere, int depth, Location declaration)
            : base(bicepIdentifier, builtHere, depth, declaration)
        {
        }

        /// <summary>The table in the model, once something refers to it.</summary>
        public RouteTable? Model { get; set; }
    }

    /// <summary>A route: its prefix and next hop as a <see cref="RouteDraft"/>.</summary>
    internal sealed class ProvisionedRoute : ProvisionedChild<ProvisionedRouteTable>
    {
        public ProvisionedRoute(string? bicepIdentifier, int depth, Location declaration)
            : base(bicepIdentifier, builtHere: true, depth, declaration) => Draft = new RouteDraft(depth, declaration);

        public RouteDraft Draft { get; }

        public override void Escape()
        {
            base.Escape();
            Draft.Escape();
        }
    }

    /// <summary>An inline list of child resources (<c>vnet.Subnets</c>, <c>vnet.VirtualNetworkPeerings</c>, <c>table.Routes</c>).</summary>
    internal sealed class ChildList : Value
    {
        public ChildList(ProvisionedResource owner) => Owner = owner;

        public ProvisionedResource Owner { get; }

        public override void Escape() => Owner.Escape();
    }

    /// <summary>
    /// Anything else the libraries build (a parameter, an output, a security group, a delegation) or a resource's
    /// <c>DependsOn</c>: its members are not followed, and what the code stores in it stays the program's.
    /// </summary>
    internal sealed class OtherConstruct : Value
    {
        public static readonly OtherConstruct Instance = new OtherConstruct();
    }

    /// <summary>The resources a block creates, in the order it creates them, for the end of the block.</summary>
    internal sealed class ProvisionedResources
    {
        public List<ProvisionedNetwork> Networks { get; } = new List<ProvisionedNetwork>();

        public List<ProvisionedPeering> Peerings { get; } = new List<ProvisionedPeering>();

        public List<ProvisionedSubnet> Subnets { get; } = new List<ProvisionedSubnet>();

        public List<ProvisionedRouteTable> RouteTables { get; } = new List<ProvisionedRouteTable>();

        public List<ProvisionedRoute> Routes { get; } = new List<ProvisionedRoute>();
    }
}
