using Peering.Rules.Profiles;

namespace Peering.Rules.Catalogue
{
    /// <summary>One rule of the catalogue: its stable ID, title and severity under each platform profile.</summary>
    public sealed class RuleInfo
    {
        public RuleInfo(string id, string title, string category, RuleSeverity current, RuleSeverity october2017, RuleScope scope, string description)
        {
            Id = id;
            Title = title;
            Category = category;
            Current = current;
            October2017 = october2017;
            Scope = scope;
            Description = description;
        }

        public string Id { get; }

        public string Title { get; }

        public string Category { get; }

        /// <summary>Severity under the <c>current</c> profile.</summary>
        public RuleSeverity Current { get; }

        /// <summary>Severity under the <c>2017-10</c> profile.</summary>
        public RuleSeverity October2017 { get; }

        public RuleScope Scope { get; }

        /// <summary>One paragraph for rule metadata (SARIF, IDE rule browser).</summary>
        public string Description { get; }

        public string HelpUri => RuleCatalogue.HelpUriFor(Id);

        public RuleSeverity SeverityFor(PlatformProfile profile) =>
            profile == PlatformProfile.October2017 ? October2017 : Current;

        public override string ToString() => Id + ": " + Title;
    }
}
