using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>
    /// Resources the program declares (<c>new VirtualNetwork("hub", args)</c>) or looks up (<c>VirtualNetwork.Get</c>): a
    /// declaration deploys what its args say, once, as a write of ARM's SDK does; and the outputs other resources take
    /// from them (<c>Id</c>, <c>Name</c>, <c>Location</c>). The writes carry no deployment step (<c>write: null</c>): the
    /// Pulumi engine orders them by the outputs each resource takes, which the analysis does not see, so PEER110 is not
    /// decided for a Pulumi program.
    /// </summary>
    internal sealed class PulumiResources : PulumiPart
    {
        public PulumiResources(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder)
            : base(provider, evaluator, recorder)
        {
        }

        /// <summary><c>new X(name, args, options)</c> of a resource the analysis follows.</summary>
        public PulumiResourceValue Declare(PulumiKind kind, IObjectCreationOperation creation)
        {
            var logicalName = Evaluator.Text(Argument(creation.Arguments, "name"));
            var argsValue = Evaluator.Eval(Argument(creation.Arguments, "args"));
            ValueEvaluator.Escape(Evaluator.Eval(Argument(creation.Arguments, "options")));
            var args = argsValue as PulumiArgs;
            if (args == null)
            {
                ValueEvaluator.Escape(argsValue);
            }

            var at = creation.Syntax.GetLocation();
            var resource = new PulumiResourceValue(kind);
            switch (kind)
            {
                case PulumiKind.ResourceGroup:
                    resource.Group = args?.Name is { IsKnown: true } name ? ResourceIdentity.Named(name.Value, null) : IdentityOf("ResourceGroup", null, logicalName, creation);
                    resource.Location = args?.Location;
                    break;
                case PulumiKind.Network:
                    resource.Network = Recorder.Network(IdentityOf("VirtualNetwork", args, logicalName, creation), DisplayNameOf(args, logicalName, creation), at);
                    if (args?.Network != null)
                    {
                        Recorder.SendNetwork(args.Network, resource.Network, at, write: null);
                    }

                    break;
                case PulumiKind.Peering:
                    Recorder.WritePeering(args?.Peering, ParentNetwork(args), args?.Name ?? Fact<string>.Unknown, at, synced: false, conditional: Evaluator.Depth > 0, rewrite: false, write: null);
                    break;
                case PulumiKind.Subnet:
                    resource.Network = ParentNetwork(args);
                    resource.Subnet = args?.Subnet;
                    if (resource.Network != null && resource.Subnet != null)
                    {
                        FactRecorder.Associate(resource.Network, new[] { resource.Subnet });
                        FactRecorder.AddSubnet(resource.Network, resource.Subnet, args!.Name.IsKnown ? args.Name.Value : null);
                    }

                    break;
                case PulumiKind.RouteTable:
                    resource.Table = Recorder.RouteTable(IdentityOf("RouteTable", args, logicalName, creation), DisplayNameOf(args, logicalName, creation), at);
                    foreach (var route in args?.RouteTable?.Routes ?? Enumerable.Empty<RouteDraft>())
                    {
                        Recorder.AddRoute(resource.Table, route, route.Name);
                    }

                    break;
                case PulumiKind.Route:
                    if (ParentTable(args, creation) is { } table && args?.Route != null)
                    {
                        Recorder.AddRoute(table, args.Route, args.Name);
                    }

                    break;
                case PulumiKind.Gateway:
                    Deploy(args, at);
                    break;
                case PulumiKind.RouteTableAssociation:
                    if (IdOf(args?.Id)?.SubnetOf is { } network && args?.TableId is RouteTableIdValue tableId)
                    {
                        FactRecorder.Associate(network, new[] { new SubnetDraft(Evaluator.Depth, at) { RouteTable = tableId.Table } });
                    }

                    break;
            }

            return resource;
        }

        /// <summary><c>X.Get(name, id)</c>: a resource that exists, named by its id.</summary>
        public PulumiResourceValue Fetched(PulumiKind kind, IInvocationOperation invocation)
        {
            Evaluator.Eval(Argument(invocation.Arguments, "name"));
            var id = IdOf(Evaluator.Eval(Argument(invocation.Arguments, "id")));
            ValueEvaluator.Escape(Evaluator.Eval(Argument(invocation.Arguments, "options")));
            var resource = new PulumiResourceValue(kind);
            switch (kind)
            {
                case PulumiKind.Network:
                    resource.Network = id?.Reference.Network ?? Recorder.Network(ResourceIdentity.Unique(invocation.Syntax.ToString()), invocation.Syntax.ToString(), invocation.Syntax.GetLocation());
                    break;
                case PulumiKind.Subnet:
                    resource.Network = id?.SubnetOf;
                    break;
            }

            return resource;
        }

        /// <summary>An output of a resource: ids and names that link other resources to it, and the regions other VNets take from it.</summary>
        public Value? Output(PulumiResourceValue resource, IPropertyReferenceOperation property)
        {
            var text = property.Syntax.ToString();
            switch (property.Property.Name)
            {
                case "Name":
                    return new PulumiNameValue(resource);
                case "Id":
                    return resource switch
                    {
                        { Kind: PulumiKind.Network, Network: { } network } => new IdValue(text, network, null, VirtualNetworkType),
                        { Kind: PulumiKind.Subnet } => new IdValue(text, null, null, VirtualNetworkType + "/subnets", resource.Network),
                        { Kind: PulumiKind.RouteTable, Table: { } table } => new RouteTableIdValue(table),
                        _ => new IdValue(text, null, null, ArmTypeOf(resource.Kind)),
                    };
                case "Location":
                    return resource switch
                    {
                        { Kind: PulumiKind.ResourceGroup, Location: { } location } => new StringValue(location),
                        { Kind: PulumiKind.Network, Network.Location: { IsKnown: true } location } => new StringValue(location.Value),
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>
        /// A gateway is in the VNets of the subnets its IP configurations name; one whose subnet the analysis cannot place
        /// may be in any VNet of the block. A gateway declared in a branch counts too: the analysis never claims a VNet has none.
        /// </summary>
        private void Deploy(PulumiArgs? gateway, Location at)
        {
            foreach (var network in gateway?.GatewayNetworks ?? Enumerable.Empty<VirtualNetwork>())
            {
                FactRecorder.AddGateway(network, at, write: null);
            }

            if (gateway == null || gateway.GatewayUnplaced || gateway.GatewayNetworks.Count == 0)
            {
                Recorder.AddUnplacedGateway();
            }
        }

        /// <summary>The ARM type of a resource whose id is not a VNet's, for a remote that names it (PEER402).</summary>
        private static string ArmTypeOf(PulumiKind kind) => kind switch
        {
            PulumiKind.Peering => VirtualNetworkType + "/virtualNetworkPeerings",
            PulumiKind.Gateway => "Microsoft.Network/virtualNetworkGateways",
            PulumiKind.Route => "Microsoft.Network/routeTables/routes",
            PulumiKind.ResourceGroup => "Microsoft.Resources/resourceGroups",
            _ => kind.ToString(),
        };
    }
}
