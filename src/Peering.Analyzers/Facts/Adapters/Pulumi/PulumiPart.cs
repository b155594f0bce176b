using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Pulumi
{
    /// <summary>What every part of the Pulumi adapter works with: the provider, the evaluator, the recorder, and how values name resources.</summary>
    internal abstract class PulumiPart
    {
        public const string VirtualNetworkType = "Microsoft.Network/virtualNetworks";

        protected PulumiPart(PulumiProvider provider, ValueEvaluator evaluator, FactRecorder recorder)
        {
            Provider = provider;
            Evaluator = evaluator;
            Recorder = recorder;
        }

        protected PulumiProvider Provider { get; }

        protected ValueEvaluator Evaluator { get; }

        protected FactRecorder Recorder { get; }

        /// <summary>The argument for the parameter named <paramref name="parameterName"/> (<c>name</c>, <c>args</c>, <c>options</c>, <c>id</c>).</summary>
        protected static IArgumentOperation? Argument(ImmutableArray<IArgumentOperation> arguments, string parameterName)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary>The resource group a value names: a resource group resource's <c>Name</c>, or a group's name as text.</summary>
        protected static ResourceIdentity? GroupOf(Value? value) => value switch
        {
            PulumiNameValue { Resource: { Kind: PulumiKind.ResourceGroup, Group: { } group } } => group,
            StringValue name => ResourceIdentity.Named(name.Text, null),
            _ => null,
        };

        /// <summary>A value where an id is expected: an id, or an id's text (Pulumi ids are strings).</summary>
        protected IdValue? IdOf(Value? value) => value switch
        {
            IdValue id => id,
            StringValue text => Recorder.Id(text.Text),
            _ => null,
        };

        /// <summary>
        /// The identity of a resource the program declares: its name in Azure within its resource group when the args give
        /// both; else its logical name, unique for its type in a Pulumi program (Pulumi then names it in Azure after it, with
        /// a random suffix); else a resource of its own.
        /// </summary>
        protected ResourceIdentity IdentityOf(string type, PulumiArgs? args, string? logicalName, IOperation site)
        {
            var name = args?.Name is { IsKnown: true } known ? known.Value : null;
            var group = GroupOf(args?.Group);
            if (name != null && group != null)
            {
                return ResourceIdentity.Named(name, group);
            }

            return logicalName != null
                ? ResourceIdentity.HeldBy(Provider.Assembly.Name + " " + type + " '" + logicalName + "'")
                : ResourceIdentity.Unique(site.Syntax.ToString());
        }

        /// <summary>What a resource is called in messages: its name in Azure, else its logical name, else its code.</summary>
        protected static string DisplayNameOf(PulumiArgs? args, string? logicalName, IOperation site) =>
            (args?.Name is { IsKnown: true } known ? known.Value : null) ?? logicalName ?? site.Syntax.ToString();

        /// <summary>The VNet a child's args name as their parent (<c>VirtualNetworkName = hub.Name</c>, or a name in a known group).</summary>
        protected VirtualNetwork? ParentNetwork(PulumiArgs? args) => args?.Parent switch
        {
            PulumiNameValue { Resource: { Kind: PulumiKind.Network, Network: { } network } } => network,
            StringValue name when GroupOf(args.Group) is { } group => Recorder.Network(ResourceIdentity.Named(name.Text, group), name.Text, null),
            _ => null,
        };

        /// <summary>The route table a route's args name as their parent.</summary>
        protected RouteTable? ParentTable(PulumiArgs? args, IOperation site) => args?.Parent switch
        {
            PulumiNameValue { Resource: { Kind: PulumiKind.RouteTable, Table: { } table } } => table,
            StringValue name when GroupOf(args.Group) is { } group => Recorder.RouteTable(ResourceIdentity.Named(name.Text, group), name.Text, site.Syntax.GetLocation()),
            _ => null,
        };

        /// <summary>A fact from a write of text on <paramref name="target"/>: known when the write certainly runs.</summary>
        protected Fact<string> TextFact(TrackedObject target, Value? value, Location source) =>
            Evaluator.Definite(target, value is StringValue, (value as StringValue)?.Text!, source);
    }
}
