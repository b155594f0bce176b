using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Text;

namespace Peering.Templates.Arm
{
    /// <summary>A name several deployment roots of the run declare, none of them saying where: which one a reference means is not known.</summary>
    internal sealed class AmbiguousName
    {
        private const int FilesNamed = 3;

        private readonly string kind;
        private readonly string name;
        private readonly IReadOnlyList<string> roots;

        public AmbiguousName(string kind, string name, IEnumerable<string> roots)
        {
            this.kind = kind;
            this.name = name;
            this.roots = roots.Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal).ToArray();
        }

        /// <summary>
        /// The reason a fact read from the reference at <paramref name="location"/> is unknown, which a rule that needed it
        /// reports there (PEER902).
        /// </summary>
        public UnevaluatedConstruct At(SourceLocation location) =>
            new UnevaluatedConstruct("the " + kind + " " + DisplayText.Quote(name) + " this id names", location,
                "is ambiguous: " + Files() + " each declare one, and the run does not say that they deploy to the same resource group and subscription");

        private string Files()
        {
            var quoted = roots.Take(FilesNamed).Select(r => "'" + DisplayText.Visible(r) + "'").ToList();
            if (roots.Count > FilesNamed)
            {
                return string.Join(", ", quoted) + " and " + (roots.Count - FilesNamed) + " other files";
            }

            return string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
        }
    }
}
