using System.Collections.Generic;
using System.Linq;

namespace Peering.Templates.Bicep
{
    /// <summary>A <c>resource</c> or <c>module</c> declaration of a Bicep file and the 1-based line and column of its keyword.</summary>
    internal sealed class BicepDeclaration
    {
        /// <summary>The ARM type a module compiles to.</summary>
        public const string ModuleType = "Microsoft.Resources/deployments";

        /// <param name="start">The offset of the keyword in the Bicep text.</param>
        /// <param name="end">The offset just after the closing brace or bracket of the declared value.</param>
        public BicepDeclaration(string symbolicName, string type, bool isModule, bool isExisting, BicepDeclaration? parent, int line, int column, int start, int end)
        {
            SymbolicName = symbolicName;
            Type = type;
            IsModule = isModule;
            IsExisting = isExisting;
            Parent = parent;
            Line = line;
            Column = column;
            Start = start;
            End = end;
        }

        public string SymbolicName { get; }

        /// <summary>The full ARM type without API version (a nested child's includes its parent's); <see cref="ModuleType"/> for a module.</summary>
        public string Type { get; }

        public bool IsModule { get; }

        public bool IsExisting { get; }

        /// <summary>The resource whose body declares this one (a nested child resource); null at the top level.</summary>
        public BicepDeclaration? Parent { get; }

        public int Line { get; }

        /// <summary>The 1-based column of the keyword (nested resources are indented).</summary>
        public int Column { get; }

        public int Start { get; }

        public int End { get; }

        /// <summary>
        /// The order in which Bicep (0.49) writes declarations into a template whose <c>resources</c> is an array:
        /// resources that are deployed (not <c>existing</c>), each resource's nested children before the resource, in
        /// source order; then the modules in source order.
        /// </summary>
        public static IReadOnlyList<BicepDeclaration> InEmissionOrder(IReadOnlyList<BicepDeclaration> declarations)
        {
            var resources = declarations.Where(d => !d.IsModule).OrderBy(d => d.Start).ToList();
            var ordered = new List<BicepDeclaration>();
            foreach (var topLevel in resources.Where(d => !resources.Any(outer => outer.Contains(d))))
            {
                AddChildrenFirst(topLevel, resources, ordered);
            }

            ordered.RemoveAll(d => d.IsExisting);
            ordered.AddRange(declarations.Where(d => d.IsModule).OrderBy(d => d.Start));
            return ordered;
        }

        private static void AddChildrenFirst(BicepDeclaration parent, List<BicepDeclaration> resources, List<BicepDeclaration> ordered)
        {
            var inside = resources.Where(parent.Contains).ToList();
            foreach (var child in inside.Where(d => !inside.Any(outer => outer.Contains(d))))
            {
                AddChildrenFirst(child, resources, ordered);
            }

            ordered.Add(parent);
        }

        /// <summary>Whether <paramref name="other"/> is declared inside this declaration's body (a nested child resource).</summary>
        public bool Contains(BicepDeclaration other) => other != this && Start <= other.Start && other.End <= End;
    }
}
