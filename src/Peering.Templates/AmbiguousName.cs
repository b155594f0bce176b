using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Text;

namespace Peering.Templates
{
    /// <summary>
    /// A name several deployment roots of the run declare (template files, Terraform root modules), none of them saying
    /// where: which one a reference means is not known, in either front end.
    /// </summary>
    public sealed class AmbiguousName
    {
        private const int RootsNamed = 3;

        private readonly string kind;
        private readonly string name;
        private readonly IReadOnlyList<string> roots;

        /// <param name="kind">What the resource is, for messages ("VNet", "route table").</param>
        /// <param name="name">The name the reference gives.</param>
        /// <param name="roots">The deployment roots that each declare one: a template file, a root module's folder.</param>
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
                roots.Count == 1
                    // A Terraform root module may declare two VNets of one name in resource groups a reference does not tell apart.
                    ? "is ambiguous: " + Quoted(roots[0]) + " declares more than one, and the id does not say which"
                    : "is ambiguous: " + Roots() + " each declare one, and the run does not say that they deploy to the same resource group and subscription");

        private static string Quoted(string root) => "'" + DisplayText.Visible(root) + "'";

        private string Roots()
        {
            var quoted = roots.Take(RootsNamed).Select(Quoted).ToList();
            if (roots.Count > RootsNamed)
            {
                return string.Join(", ", quoted) + " and " + (roots.Count - RootsNamed) + " others";
            }

            return string.Join(", ", quoted.Take(quoted.Count - 1)) + " and " + quoted[quoted.Count - 1];
        }
    }
}
