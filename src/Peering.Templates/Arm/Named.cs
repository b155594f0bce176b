using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Text;

namespace Peering.Templates.Arm
{
    /// <summary>What a reference names (<see cref="RootedResources{T}.Reference"/>): one resource, or nothing certain.</summary>
    internal readonly struct Named<T>
        where T : class
    {
        private readonly IReadOnlyList<T>? candidates;

        public Named(T resource)
        {
            Resource = resource;
            candidates = new[] { resource };
            Ambiguity = null;
        }

        public Named(IReadOnlyList<T> candidates, AmbiguousName ambiguity)
        {
            Resource = null;
            this.candidates = candidates;
            Ambiguity = ambiguity;
        }

        /// <summary>The resource, or null when the id may name the declaration of any of several roots (or names nothing).</summary>
        public T? Resource { get; }

        /// <summary>What the id may name: the resource, or the declarations of each root when it is ambiguous.</summary>
        public IReadOnlyList<T> Candidates => candidates ?? Array.Empty<T>();

        /// <summary>Why the resource is not known, when the id is ambiguous.</summary>
        public AmbiguousName? Ambiguity { get; }
    }

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
