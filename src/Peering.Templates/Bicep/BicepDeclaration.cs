using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Peering.Templates.Bicep
{
    /// <summary>A <c>resource</c> or <c>module</c> declaration of a Bicep file and the 1-based line and column of its keyword.</summary>
    internal sealed class BicepDeclaration
    {
        /// <summary>The ARM type a module compiles to.</summary>
        public const string ModuleType = "Microsoft.Resources/deployments";

        private BicepDeclaration(BicepGraphNode node, (int Line, int Column) keyword)
        {
            SymbolicName = node.Name;
            IsModule = node.Type == "<module>";
            Type = IsModule ? ModuleType : node.Type;
            IsExisting = node.IsExisting;
            Line = keyword.Line;
            Column = keyword.Column;
            Range = node.Range;
        }

        public string SymbolicName { get; }

        public string Type { get; }

        public bool IsModule { get; }

        public bool IsExisting { get; }

        public int Line { get; }

        /// <summary>The 1-based column of the keyword (nested resources are indented).</summary>
        public int Column { get; }

        private BicepRange Range { get; }

        /// <summary>The declarations of Bicep's deployment graph, each placed at its keyword line (decorators come before it).</summary>
        public static IReadOnlyList<BicepDeclaration> FromGraph(IReadOnlyList<BicepGraphNode> nodes, string bicepText)
        {
            var lines = bicepText.Split('\n');
            return nodes.Select(node => new BicepDeclaration(node, KeywordPosition(node, lines))).ToList();
        }

        /// <summary>
        /// The order in which Bicep (0.49) writes declarations into a template whose <c>resources</c> is an array:
        /// resources that are deployed (not <c>existing</c>), each resource's nested children before the resource, in
        /// source order; then the modules in source order.
        /// </summary>
        public static IReadOnlyList<BicepDeclaration> InEmissionOrder(IReadOnlyList<BicepDeclaration> declarations)
        {
            var resources = declarations.Where(d => !d.IsModule).OrderBy(d => d.Range.Start.Line).ThenBy(d => d.Range.Start.Char).ToList();
            var ordered = new List<BicepDeclaration>();
            foreach (var topLevel in resources.Where(d => !resources.Any(outer => outer.Contains(d))))
            {
                AddChildrenFirst(topLevel, resources, ordered);
            }

            ordered.RemoveAll(d => d.IsExisting);
            ordered.AddRange(declarations.Where(d => d.IsModule).OrderBy(d => d.Range.Start.Line).ThenBy(d => d.Range.Start.Char));
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
        public bool Contains(BicepDeclaration other) =>
            other != this && Compare(Range.Start, other.Range.Start) <= 0 && Compare(other.Range.End, Range.End) <= 0;

        private static int Compare(BicepPosition a, BicepPosition b) =>
            a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Char.CompareTo(b.Char);

        private static (int Line, int Column) KeywordPosition(BicepGraphNode node, string[] lines)
        {
            var keyword = new Regex(@"^\s*(resource|module)\s+" + Regex.Escape(node.Name) + @"\b", RegexOptions.CultureInvariant);
            var last = Math.Min(node.Range.End.Line, lines.Length - 1);
            for (var line = Math.Max(node.Range.Start.Line, 0); line <= last; line++)
            {
                if (keyword.IsMatch(lines[line]))
                {
                    return (line + 1, lines[line].Length - lines[line].TrimStart().Length + 1);
                }
            }

            return (node.Range.Start.Line + 1, node.Range.Start.Char + 1);
        }
    }
}
