using System;
using System.Linq;
using System.Threading;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Rules.Profiles;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>A rule that throws costs its own findings only: it becomes one internal-error finding and the others run.</summary>
    public sealed class GuardedRuleTests
    {
        private static readonly AnalysisOptions Options = new AnalysisOptions(PlatformProfile.Current, closedWorld: false);

        [Fact]
        public void A_throwing_rule_becomes_one_internal_error_naming_the_rule_and_the_input_and_the_next_rules_still_run()
        {
            var t = new TopologyBuilder();
            var hub = t.Network("hub", "10.0.0.0/16");
            t.Peering(hub, hub, "hub-to-hub");

            var findings = PeeringRules.Evaluate(t.Topology, new IPeeringRule[] { new ThrowingRule(findFirst: false), new SelfPeeringRule() }, Options, "the templates of this test");

            Assert.Equal(new[] { "PEER901", "PEER302" }, findings.Select(f => f.Rule.Id));
            var failure = findings[0];
            Assert.Same(PeeringRules.InternalError, failure.Rule);
            Assert.Equal(RuleSeverity.Error, failure.Severity);
            Assert.Null(failure.Location);
            Assert.Contains("PEER104", failure.Message, StringComparison.Ordinal);
            Assert.Contains("the templates of this test", failure.Message, StringComparison.Ordinal);
            Assert.Contains("InvalidOperationException: the rule is broken", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void What_a_rule_found_before_it_threw_is_dropped_and_the_input_defaults_to_the_topology_size()
        {
            var t = new TopologyBuilder();
            t.Network("hub", "10.0.0.0/16");

            var findings = PeeringRules.Evaluate(t.Topology, new IPeeringRule[] { new ThrowingRule(findFirst: true) }, Options);

            var failure = Assert.Single(findings);
            Assert.Equal("PEER901", failure.Rule.Id);
            Assert.Contains("a topology of 1 VNet, 0 peerings and 0 route tables", failure.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void The_checks_a_rule_could_not_decide_before_it_threw_are_dropped_and_the_next_rules_still_note_theirs()
        {
            var t = new TopologyBuilder();
            var sink = new FindingSink(Options);

            PeeringRules.Run(t.Topology, new IPeeringRule[] { new ThrowingRule(findFirst: true), new UndecidedRule() }, sink);

            Assert.Equal("PEER901", Assert.Single(sink.Findings).Rule.Id);
            var undecided = Assert.Single(sink.Undecided);
            Assert.Same(RuleCatalogue.PEER303, undecided.Rule);
        }

        [Fact]
        public void Cancellation_is_not_a_rule_failure()
        {
            var t = new TopologyBuilder();
            var rule = new ThrowingRule(findFirst: false, new OperationCanceledException(new CancellationToken(canceled: true)));

            Assert.Throws<OperationCanceledException>(() => PeeringRules.Evaluate(t.Topology, new IPeeringRule[] { rule }, Options));
        }

        /// <summary>A rule with a bug: it throws, after one finding and one undecided check of its own when asked to.</summary>
        private sealed class ThrowingRule : IPeeringRule
        {
            private readonly bool findFirst;
            private readonly Exception failure;

            public ThrowingRule(bool findFirst, Exception? failure = null)
            {
                this.findFirst = findFirst;
                this.failure = failure ?? new InvalidOperationException("the rule is broken");
            }

            public RuleInfo Rule => RuleCatalogue.PEER104;

            public void Check(Topology topology, FindingSink sink)
            {
                if (findFirst)
                {
                    sink.Report(Rule, "somewhere", "a finding made before the failure");
                    sink.Need(Rule, Fact<bool>.UnknownBecause("a value not evaluated"));
                }

                throw failure;
            }
        }

        /// <summary>A rule that stops at a value not evaluated, as a rule after a failed one.</summary>
        private sealed class UndecidedRule : IPeeringRule
        {
            public RuleInfo Rule => RuleCatalogue.PEER303;

            public void Check(Topology topology, FindingSink sink) => sink.Need(Rule, Fact<bool>.UnknownBecause("a value not evaluated"));
        }
    }
}
