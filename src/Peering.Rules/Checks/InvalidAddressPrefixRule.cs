using System.Collections.Generic;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Model;
using Peering.Rules.Text;

namespace Peering.Rules.Checks
{
    /// <summary>PEER204: an address prefix that is not a valid CIDR prefix.</summary>
    public sealed class InvalidAddressPrefixRule : IPeeringRule
    {
        /// <summary>Finding property with the normalised prefix, when the intent is clear.</summary>
        public const string SuggestionProperty = "Suggestion";

        public RuleInfo Rule => RuleCatalogue.PEER204;

        public void Check(Topology topology, FindingSink sink)
        {
            foreach (var use in topology.AddressPrefixUses)
            {
                var parsed = IpPrefix.Parse(use.Text);
                if (parsed.Problem == PrefixProblem.None)
                {
                    continue;
                }

                var properties = parsed.Suggestion == null ? null : new Dictionary<string, string> { [SuggestionProperty] = parsed.Suggestion };
                var reason = parsed.Problem == PrefixProblem.NotCidr ? "it is not an IPv4 or IPv6 CIDR prefix" : parsed.Describe();
                sink.Report(Rule, use.Source, DisplayText.Quote(use.Text) + " in " + use.Owner + " is not a valid address prefix: " + reason, properties: properties);
            }
        }
    }
}
