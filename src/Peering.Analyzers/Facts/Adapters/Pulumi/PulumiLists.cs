using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>
    /// The list inputs of args: prefixes, subnets, inline peerings, routes, a gateway's IP configurations. A collection
    /// initializer (<c>AddressPrefixes = { "10.0.0.0/16" }</c>) calls <c>InputList&lt;T&gt;.Add(params Input&lt;T&gt;[])</c>
    /// for each item; an array or list assigned whole gives its items too.
    /// </summary>
    internal sealed class PulumiLists : PulumiPart
    {
        public PulumiLists(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder)
            : base(provider, evaluator, recorder)
        {
        }

        /// <summary><c>list.Add(...)</c>: each item it adds, or, for a form the analysis does not read, a list that is now unknown.</summary>
        public void Add(PulumiListValue list, IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } items })
                {
                    foreach (var item in items.ElementValues)
                    {
                        AddItem(list, Evaluator.Eval(item), item);
                    }
                }
                else
                {
                    AddAll(list, Evaluator.Eval(argument.Value), argument.Value);
                }
            }
        }

        /// <summary>A sequence of items added at once: each of them when known; otherwise the list's content is unknown.</summary>
        public void AddAll(PulumiListValue list, Value? value, IOperation source)
        {
            if (value is SequenceValue { Escaped: false } sequence)
            {
                foreach (var item in sequence.Items)
                {
                    AddItem(list, item, source);
                }

                return;
            }

            ValueEvaluator.Escape(value);
            MakeUnknown(list);
        }

        private void AddItem(PulumiListValue list, Value? item, IOperation source)
        {
            var owner = list.Owner;
            switch (list.Kind)
            {
                case PulumiListKind.Prefixes:
                    var prefix = (item as StringValue)?.Text;
                    if (prefix != null)
                    {
                        Recorder.UsePrefix(prefix, source.Syntax.GetLocation(), owner.Network, list.Description);
                    }

                    Tracker(owner)?.Edit("Add", prefix, source.Syntax.GetLocation(), Evaluator.Depth);
                    break;
                case PulumiListKind.LocalSubnetNames or PulumiListKind.RemoteSubnetNames when item is StringValue name && Evaluator.RunsWith(owner):
                    AddSubnetName(list, name.Text, source.Syntax.GetLocation());
                    break;
                case PulumiListKind.Subnets when item is PulumiArgs { Subnet: { } subnet }:
                    owner.Network!.Subnets.Add(subnet);
                    break;
                case PulumiListKind.Peerings when item is PulumiArgs { Peering: { } peering }:
                    Recorder.AddInlinePeering(peering, owner.Network!, Evaluator.Depth > 0);
                    break;
                case PulumiListKind.Routes when item is PulumiArgs { Route: { } route }:
                    owner.RouteTable!.Routes.Add(route);
                    break;
                case PulumiListKind.IpConfigurations when item is PulumiArgs { Kind: PulumiKind.GatewayIpConfigurationArgs } configuration && IdOf(configuration.Id)?.SubnetOf is { } network:
                    owner.GatewayNetworks.Add(network);
                    break;
                default:
                    // An item the analysis cannot read: what the list holds is no longer known.
                    ValueEvaluator.Escape(item);
                    MakeUnknown(list);
                    break;
            }
        }

        /// <summary>
        /// A list whose content is unknown: an address space of unknown prefixes, a VNet that may have peerings the analysis
        /// does not see (so its absence facts are no longer known), a gateway that may be anywhere. Unknown subnets and
        /// routes only leave out associations and routes, which no rule takes as absent.
        /// </summary>
        private static void MakeUnknown(PulumiListValue list)
        {
            switch (list.Kind)
            {
                case PulumiListKind.Prefixes when Tracker(list.Owner) is { } tracker:
                    tracker.Unknown = true;
                    break;
                case PulumiListKind.Peerings:
                    list.Owner.Network!.Escape();
                    break;
                case PulumiListKind.Subnets:
                    list.Owner.Network!.SubnetsOpen = true;
                    break;
                case PulumiListKind.LocalSubnetNames:
                    list.Owner.Peering!.Settings.LocalSubnetNames = Fact<IReadOnlyList<string>>.Unknown;
                    break;
                case PulumiListKind.RemoteSubnetNames:
                    list.Owner.Peering!.Settings.RemoteSubnetNames = Fact<IReadOnlyList<string>>.Unknown;
                    break;
                case PulumiListKind.IpConfigurations:
                    list.Owner.GatewayUnplaced = true;
                    break;
            }
        }

        /// <summary>Where the known prefixes of a list are kept: a VNet's, an address space's or a subnet's.</summary>
        private static PrefixTracker? Tracker(PulumiArgs owner) => owner.Network?.Prefixes ?? owner.Prefixes ?? owner.Subnet?.Prefixes;

        /// <summary>A known subnet name added to a subnet peering's list, which stays unknown once anything in it is.</summary>
        private static void AddSubnetName(PulumiListValue list, string name, Location at)
        {
            var settings = list.Owner.Peering!.Settings;
            var names = list.Kind == PulumiListKind.LocalSubnetNames ? settings.LocalSubnetNames : settings.RemoteSubnetNames;
            var added = names.State == FactState.Unknown ? names : Fact<IReadOnlyList<string>>.Known(new List<string>(names.IsKnown ? names.Value : System.Array.Empty<string>()) { name }, at);
            if (list.Kind == PulumiListKind.LocalSubnetNames)
            {
                settings.LocalSubnetNames = added;
            }
            else
            {
                settings.RemoteSubnetNames = added;
            }
        }
    }
}
