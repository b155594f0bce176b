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
    /// The members of args objects: what each sets in the draft it builds. Members are matched by name; the two providers
    /// spell a few differently (<c>AddressSpace</c> and <c>AddressSpaces</c>, <c>RemoteVirtualNetwork</c> and
    /// <c>RemoteVirtualNetworkId</c>), and a member one of them lacks is simply never met.
    /// </summary>
    internal sealed class PulumiArgsWriter : PulumiPart
    {
        private const string AddressSpaceDescription = "the address space";

        /// <summary>The classic provider's names (Terraform's) of the subnet-peering flags, and ARM's, which Pulumi.AzureNative keeps.</summary>
        private static readonly System.Collections.Generic.Dictionary<string, string> ClassicFlags = new System.Collections.Generic.Dictionary<string, string>
        {
            ["PeerCompleteVirtualNetworksEnabled"] = "PeerCompleteVnets",
            ["OnlyIpv6PeeringEnabled"] = "EnableOnlyIPv6Peering",
        };

        private readonly PulumiLists lists;

        public PulumiArgsWriter(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder, PulumiLists lists)
            : base(provider, evaluator, recorder) => this.lists = lists;

        /// <summary><c>new XArgs()</c> (or <c>new()</c>) of args the analysis follows: what they never set is known unset.</summary>
        public PulumiArgs Create(PulumiKind kind, IObjectCreationOperation creation)
        {
            var depth = Evaluator.Depth;
            var location = creation.Syntax.GetLocation();
            var args = new PulumiArgs(kind, depth, location);
            switch (kind)
            {
                case PulumiKind.NetworkArgs:
                    args.Network = new NetworkDraft(depth, location, null);
                    break;
                case PulumiKind.PeeringArgs or PulumiKind.InlinePeeringArgs:
                    args.Peering = new PeeringDraft(depth, location, builtHere: true);
                    Recorder.Track(args.Peering);
                    break;
                case PulumiKind.SubnetArgs or PulumiKind.InlineSubnetArgs:
                    args.Subnet = new SubnetDraft(depth, location);
                    break;
                case PulumiKind.RouteTableArgs or PulumiKind.InlineRouteTableArgs:
                    args.RouteTable = new RouteTableDraft();
                    break;
                case PulumiKind.RouteArgs or PulumiKind.InlineRouteArgs:
                    args.Route = new RouteDraft(depth, location);
                    break;
                case PulumiKind.AddressSpaceArgs:
                    args.Prefixes = new PrefixTracker(depth);
                    break;
            }

            return args;
        }

        /// <summary>A list member of args, for the items a collection initializer or a call adds to it.</summary>
        public static Value? List(PulumiArgs args, string member) => (args.Kind, member) switch
        {
            (PulumiKind.NetworkArgs, "AddressSpaces") or (PulumiKind.AddressSpaceArgs, "AddressPrefixes") => new PulumiListValue(PulumiListKind.Prefixes, args, AddressSpaceDescription),
            (PulumiKind.SubnetArgs or PulumiKind.InlineSubnetArgs, "AddressPrefixes") => new PulumiListValue(PulumiListKind.Prefixes, args, args.Subnet!.Description),
            (PulumiKind.NetworkArgs, "Subnets") => new PulumiListValue(PulumiListKind.Subnets, args, string.Empty),
            (PulumiKind.NetworkArgs, "VirtualNetworkPeerings") => new PulumiListValue(PulumiListKind.Peerings, args, string.Empty),
            (PulumiKind.RouteTableArgs or PulumiKind.InlineRouteTableArgs, "Routes") => new PulumiListValue(PulumiListKind.Routes, args, string.Empty),
            (PulumiKind.GatewayArgs, "IpConfigurations") => new PulumiListValue(PulumiListKind.IpConfigurations, args, string.Empty),
            (PulumiKind.PeeringArgs or PulumiKind.InlinePeeringArgs, "LocalSubnetNames") => new PulumiListValue(PulumiListKind.LocalSubnetNames, args, string.Empty),
            (PulumiKind.PeeringArgs or PulumiKind.InlinePeeringArgs, "RemoteSubnetNames") => new PulumiListValue(PulumiListKind.RemoteSubnetNames, args, string.Empty),
            _ => null,
        };

        /// <summary>A write to a member of args.</summary>
        public void Write(PulumiArgs args, string member, Value? value, ISimpleAssignmentOperation assignment)
        {
            var source = assignment.Value.Syntax.GetLocation();
            if (Provider.IsNameMember(args.Kind, member))
            {
                WriteName(args, TextFact(args, value, source));
                return;
            }

            if (member == "ResourceGroupName")
            {
                args.Group = Evaluator.RunsWith(args) ? value : null;
                return;
            }

            if (List(args, member) is PulumiListValue list)
            {
                // The whole list at once (AddressPrefixes = new[] { ... }): its items, when the code shows them.
                lists.AddAll(list, value, assignment.Value);
                return;
            }

            switch (args.Kind)
            {
                case PulumiKind.NetworkArgs when member == "Location":
                    args.Network!.Location = Evaluator.Definite(args.Network, value is StringValue, AzureRegion.Normalize((value as StringValue)?.Text ?? string.Empty), source);
                    break;
                case PulumiKind.NetworkArgs when member == "AddressSpace":
                    args.Network!.Prefixes = value is PulumiArgs { Prefixes: { } prefixes } && Evaluator.RunsWith(args.Network) ? prefixes : new PrefixTracker(args.Network.Depth) { Unknown = true };
                    break;
                case PulumiKind.PeeringArgs or PulumiKind.InlinePeeringArgs:
                    WritePeering(args, member, value, assignment);
                    break;
                case PulumiKind.SubnetArgs or PulumiKind.InlineSubnetArgs:
                    WriteSubnet(args, member, value, source);
                    break;
                case PulumiKind.InlineRouteTableArgs when member == "Id":
                    args.RouteTable!.Table = (value as RouteTableIdValue)?.Table;
                    break;
                case PulumiKind.RouteArgs or PulumiKind.InlineRouteArgs:
                    WriteRoute(args, member, value, assignment.Syntax.GetLocation());
                    break;
                case PulumiKind.SubResourceArgs when member == "Id":
                case PulumiKind.GatewayIpConfigurationArgs when member == "SubnetId":
                case PulumiKind.RouteTableAssociationArgs when member == "SubnetId":
                    args.Id = Evaluator.RunsWith(args) ? value : null;
                    break;
                case PulumiKind.GatewayIpConfigurationArgs when member == "Subnet":
                    args.Id = Evaluator.RunsWith(args) ? (value as PulumiArgs)?.Id : null;
                    break;
                case PulumiKind.RouteTableAssociationArgs when member == "RouteTableId":
                    args.TableId = Evaluator.RunsWith(args) ? value : null;
                    break;
                case PulumiKind.ResourceGroupArgs when member == "Location":
                    args.Location = (value as StringValue)?.Text;
                    break;
            }
        }

        private static void WriteName(PulumiArgs args, Fact<string> name)
        {
            args.Name = name;
            if (args.Kind == PulumiKind.InlinePeeringArgs)
            {
                args.Peering!.Settings.Name = name;
            }
            else if (args.Subnet != null)
            {
                args.Subnet.Name = name.IsKnown ? name.Value : null;
            }
            else if (args.Route != null)
            {
                args.Route.Name = name;
            }
        }

        /// <summary>A flag, the parent, the remote, or a property Azure computes.</summary>
        private void WritePeering(PulumiArgs args, string member, Value? value, ISimpleAssignmentOperation assignment)
        {
            var peering = args.Peering!;
            var location = assignment.Syntax.GetLocation();
            var flag = value as BoolValue;
            peering.Changed = true;
            if (peering.SetFlag(ClassicFlags.TryGetValue(member, out var armName) ? armName : member, Evaluator.Definite(peering, flag != null, flag?.Flag ?? false, location)))
            {
                return;
            }

            if (PeeringDraft.IsServiceManaged(member))
            {
                peering.Settings.ServiceManagedSettings.Add(new ServiceManagedSetting(member, location));
                return;
            }

            switch (member)
            {
                case "VirtualNetworkName":
                    args.Parent = Evaluator.RunsWith(args) ? value : null;
                    break;
                case "RemoteVirtualNetworkId":
                    peering.SetRemote(RemoteOf(value), assignment.Value.Syntax.GetLocation(), Evaluator);
                    break;
                case "RemoteVirtualNetwork":
                    // new SubResourceArgs { Id = hub.Id }: the reference's id; null: no remote.
                    peering.SetRemote(value is PulumiArgs reference ? RemoteOf(reference.Id) : value as NullValue, assignment.Value.Syntax.GetLocation(), Evaluator);
                    break;
            }
        }

        private Value? RemoteOf(Value? value) => value is NullValue ? value : IdOf(value);

        private void WriteSubnet(PulumiArgs args, string member, Value? value, Location source)
        {
            var subnet = args.Subnet!;
            switch (member)
            {
                case "VirtualNetworkName":
                    args.Parent = Evaluator.RunsWith(args) ? value : null;
                    break;
                case "AddressPrefix":
                    var prefix = (value as StringValue)?.Text;
                    subnet.SetPrefix(prefix, Evaluator.Depth, source);
                    if (prefix != null)
                    {
                        Recorder.UsePrefix(prefix, source, null, subnet.Description);
                    }

                    break;
                case "RouteTable":
                    subnet.RouteTable = (value as PulumiArgs)?.RouteTable?.Table;
                    break;
                case "RouteTableId":
                    subnet.RouteTable = (value as RouteTableIdValue)?.Table;
                    break;
            }
        }

        private void WriteRoute(PulumiArgs args, string member, Value? value, Location location)
        {
            var route = args.Route!;
            var fact = TextFact(route, value, location);
            switch (member)
            {
                case "RouteTableName":
                    args.Parent = Evaluator.RunsWith(args) ? value : null;
                    break;
                case "AddressPrefix":
                    route.AddressPrefix = fact;
                    break;
                case "NextHopType":
                    route.NextHopType = fact;
                    break;
                case "NextHopIpAddress" or "NextHopInIpAddress":
                    route.NextHopIpAddress = fact;
                    break;
            }
        }
    }
}
