using System;
using System.Collections.Generic;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Checks
{
    /// <summary>A rule's verdict at one place of the source.</summary>
    public sealed class Finding
    {
        private static readonly IReadOnlyDictionary<string, string> NoProperties = new Dictionary<string, string>();

        public Finding(RuleInfo rule, RuleSeverity severity, string message, object? location, IReadOnlyList<object>? additionalLocations = null, IReadOnlyDictionary<string, string>? properties = null)
        {
            Rule = rule;
            Severity = severity;
            Message = message;
            Location = location;
            AdditionalLocations = additionalLocations ?? Array.Empty<object>();
            Properties = properties ?? NoProperties;
        }

        public RuleInfo Rule { get; }

        /// <summary>The severity under the profile of the run.</summary>
        public RuleSeverity Severity { get; }

        /// <summary>One sentence naming the VNets, regions or prefixes involved.</summary>
        public string Message { get; }

        /// <summary>The front end's location of the offending fact.</summary>
        public object? Location { get; }

        public IReadOnlyList<object> AdditionalLocations { get; }

        /// <summary>Hints for code fixes (e.g. which flag to keep).</summary>
        public IReadOnlyDictionary<string, string> Properties { get; }

        public override string ToString() => Rule.Id + ": " + Message;
    }
}
