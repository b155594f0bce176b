using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Cli.Output.Graph
{
    /// <summary>
    /// Which findings belong to which VNet or peering: a finding belongs to one when its location, or one of its
    /// additional locations, is the declaration of that VNet or peering or the place one of its facts was written.
    /// When the location is the very fact object of a VNet or peering, it belongs to that one only: the instances of
    /// a loop (a Terraform <c>for_each</c>, an ARM <c>copy</c>) are written at one place, but each has its own facts.
    /// </summary>
    internal sealed class FindingPlacement
    {
        private readonly Dictionary<object, List<Finding>> findingsByLocation = new Dictionary<object, List<Finding>>();
        private readonly Dictionary<object, List<Finding>> findingsByFact = new Dictionary<object, List<Finding>>(ReferenceEqualityComparer.Instance);

        public FindingPlacement(IEnumerable<Finding> findings, Topology? topology = null)
        {
            var facts = new HashSet<object>(
                (topology?.Peerings.SelectMany(SourcesOf) ?? Enumerable.Empty<object?>()).Concat(topology?.Networks.SelectMany(SourcesOf) ?? Enumerable.Empty<object?>()).OfType<object>(),
                ReferenceEqualityComparer.Instance);
            foreach (var finding in findings)
            {
                foreach (var location in finding.AdditionalLocations.Prepend(finding.Location))
                {
                    if (location != null)
                    {
                        Add(facts.Contains(location) ? findingsByFact : findingsByLocation, location, finding);
                    }
                }
            }
        }

        public GraphMarks MarksOf(IEnumerable<VirtualNetworkPeering> peerings) => Marks(peerings.SelectMany(SourcesOf));

        public GraphMarks MarksOf(VirtualNetwork network) => Marks(SourcesOf(network));

        public static GraphMarks None { get; } = new GraphMarks(Array.Empty<string>(), RuleSeverity.NotApplicable);

        private static void Add(Dictionary<object, List<Finding>> index, object location, Finding finding)
        {
            if (!index.TryGetValue(location, out var list))
            {
                index[location] = list = new List<Finding>();
            }

            list.Add(finding);
        }

        private GraphMarks Marks(IEnumerable<object?> sources)
        {
            var findings = sources
                .Where(s => s != null)
                .SelectMany(s => (findingsByLocation.TryGetValue(s!, out var list) ? list : Enumerable.Empty<Finding>())
                    .Concat(findingsByFact.TryGetValue(s!, out var own) ? own : Enumerable.Empty<Finding>()))
                .Distinct()
                .ToArray();
            if (findings.Length == 0)
            {
                return None;
            }

            var ids = findings.Select(f => f.Rule.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
            return new GraphMarks(ids, findings.Max(f => f.Severity));
        }

        private static IEnumerable<object?> SourcesOf(VirtualNetworkPeering peering)
        {
            yield return peering.Declaration;
            yield return peering.Name.Source;
            yield return peering.Remote.Source;
            yield return peering.AllowVirtualNetworkAccess.Source;
            yield return peering.AllowForwardedTraffic.Source;
            yield return peering.AllowGatewayTransit.Source;
            yield return peering.UseRemoteGateways.Source;
            yield return peering.DoNotVerifyRemoteGateways.Source;
            foreach (var setting in peering.ServiceManagedSettings)
            {
                yield return setting.Source;
            }
        }

        private static IEnumerable<object?> SourcesOf(VirtualNetwork network)
        {
            yield return network.Declaration;
            yield return network.Location.Source;
            yield return network.AddressPrefixes.Source;
            yield return network.HasGateway.Source;
            yield return network.TenantId.Source;
            if (network.AddressPrefixes.IsKnown)
            {
                foreach (var prefix in network.AddressPrefixes.Value)
                {
                    yield return prefix.Source;
                }
            }
        }
    }
}
