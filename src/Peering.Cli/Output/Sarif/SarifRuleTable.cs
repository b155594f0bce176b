using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Peering.Rules.Catalogue;
using Peering.Rules.Profiles;

namespace Peering.Cli.Output.Sarif
{
    /// <summary>
    /// The driver's <c>rules</c>: every catalogue rule the validator can report (scope T), plus any other rule a
    /// finding carries, ordered by ID; results refer to them by <c>ruleIndex</c>.
    /// </summary>
    internal sealed class SarifRuleTable
    {
        private readonly IReadOnlyList<RuleInfo> rules;
        private readonly Dictionary<string, int> indexById;

        public SarifRuleTable(IEnumerable<RuleInfo> reportedRules)
        {
            rules = RuleCatalogue.All
                .Where(r => (r.Scope & RuleScope.Templates) != 0)
                .Concat(reportedRules)
                .GroupBy(r => r.Id, StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .ToArray();
            indexById = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        }

        public int IndexOf(RuleInfo rule) => indexById[rule.Id];

        public void Write(Utf8JsonWriter json, PlatformProfile profile)
        {
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule, rule.SeverityFor(profile));
            }

            json.WriteEndArray();
        }

        /// <summary>A stable identifier-like name from the title: "Peering has no reverse peering" → "PeeringHasNoReversePeering".</summary>
        public static string NameOf(RuleInfo rule)
        {
            var name = new StringBuilder();
            foreach (var word in rule.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = new string(word.Where(char.IsAsciiLetterOrDigit).ToArray());
                if (letters.Length > 0)
                {
                    name.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
                }
            }

            return name.ToString();
        }

        private static void WriteRule(Utf8JsonWriter json, RuleInfo rule, RuleSeverity severity)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", NameOf(rule));
            WriteText(json, "shortDescription", rule.Title);
            WriteText(json, "fullDescription", rule.Description);
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Description + " See " + rule.HelpUri + ".");
            json.WriteString("markdown", rule.Description + " See [" + rule.Id + "](" + rule.HelpUri + ").");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteBoolean("enabled", severity != RuleSeverity.NotApplicable);
            json.WriteString("level", SarifLevels.Of(severity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue("azure");
            json.WriteStringValue("vnet-peering");
            json.WriteStringValue(rule.Category);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        private static void WriteText(Utf8JsonWriter json, string property, string text)
        {
            json.WriteStartObject(property);
            json.WriteString("text", text);
            json.WriteEndObject();
        }
    }
}
