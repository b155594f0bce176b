using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>The implemented rules, and the one way to run them over a topology.</summary>
    public static class PeeringRules
    {
        public static IReadOnlyList<IPeeringRule> All { get; } = new IPeeringRule[]
        {
            new UseRemoteGatewaysAcrossRegionsRule(),
            new ConflictingGatewayFlagsRule(),
            new BothSidesUseRemoteGatewaysRule(),
            new RemoteGatewayUnavailableRule(),
            new LocalGatewayWithRemoteGatewaysRule(),
            new SeveralRemoteGatewaysRule(),
            new TransitWithoutGatewayRule(),
            new ClassicGatewayTransitRule(),
            new DoNotVerifyRemoteGatewaysRule(),
            new RemoteGatewayOrderRule(),
            new PeeredAddressSpaceOverlapRule(),
            new HubAddressSpaceOverlapRule(),
            new PeeredAddressSpaceChangeRule(),
            new InvalidAddressPrefixRule(),
            new TemplateAddressSpaceChangeRule(),
            new MissingPeeredSubnetRule(),
            new MissingReversePeeringRule(),
            new SelfPeeringRule(),
            new DuplicateRemotePeeringRule(),
            new BlockedNetworkAccessRule(),
            new ForwardedTrafficRule(),
            new NonTransitiveRouteRule(),
            new MissingRemoteNetworkRule(),
            new InvalidRemoteIdRule(),
            new InvalidPeeringNameRule(),
            new ClassicToClassicRule(),
            new ReusedPeeringNameRule(),
            new ServiceManagedPropertyRule(),
            new PeeringLimitRule(),
            new CrossTenantPeeringRule(),
            new GlobalPeeringPreviewRegionRule(),
        };

        /// <summary>
        /// The rule of the finding that stands for a rule that failed: the catalogue's "input could not be checked"
        /// (<see cref="RuleCatalogue.PEER901"/>), so a run reports the gap as it reports a file it could not read.
        /// </summary>
        public static RuleInfo InternalError => RuleCatalogue.PEER901;

        /// <summary>The rules that can be decided in <paramref name="scope"/>.</summary>
        public static IReadOnlyList<IPeeringRule> For(RuleScope scope) =>
            All.Where(r => (r.Rule.Scope & scope) != 0).ToArray();

        /// <summary>
        /// Runs <paramref name="rules"/> over <paramref name="topology"/>, each in a guard (as the Bicep linter runs its
        /// rules): a rule that throws, which is a bug of the rule, gives one <see cref="InternalError"/> finding that names
        /// the rule, the input and the exception instead of findings, and the other rules still run. Cancellation is
        /// not a failure and still ends the run. <paramref name="input"/> says what the topology was read from, for the
        /// message of a failed rule; without it the message gives the topology's size.
        /// </summary>
        public static IReadOnlyList<Finding> Evaluate(Topology topology, IEnumerable<IPeeringRule> rules, AnalysisOptions options, string? input = null)
        {
            var sink = new FindingSink(options);
            Run(topology, rules, sink, input);
            return sink.Findings;
        }

        /// <summary>
        /// Runs <paramref name="rules"/> into <paramref name="sink"/> as <see cref="Evaluate"/> does; the sink then also
        /// holds the checks they could not decide.
        /// </summary>
        public static void Run(Topology topology, IEnumerable<IPeeringRule> rules, FindingSink sink, string? input = null)
        {
            using (PeeringIndex.Share(topology))
            {
                foreach (var rule in rules)
                {
                    var before = sink.Findings.Count;
                    try
                    {
                        rule.Check(topology, sink);
                    }
                    catch (Exception failure) when (!(failure is OperationCanceledException))
                    {
                        // What the rule found before it failed may be as wrong as what it did not get to: none of it is kept.
                        sink.DiscardFrom(before, rule.Rule);
                        sink.Report(InternalError, null, FailureMessage(rule.Rule, input ?? Describe(topology), failure));
                    }
                }
            }
        }

        private static string FailureMessage(RuleInfo rule, string input, Exception failure) =>
            "Rule " + rule.Id + " (" + rule.Title + ") failed with an internal error on " + input + " and was skipped; the other rules ran. "
            + "Please report it: " + failure.GetType().Name + ": " + DisplayText.Escape(failure.Message, 200);

        private static string Describe(Topology topology) =>
            "a topology of " + Count(topology.Networks.Count, "VNet") + ", " + Count(topology.Peerings.Count, "peering") + " and " + Count(topology.RouteTables.Count, "route table");

        private static string Count(int count, string noun) =>
            count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
    }
}
