using System;
using System.Collections.Generic;
using System.Linq;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// The <see cref="TemplateDocument.LocateResource"/> of a compiled Bicep file: a resource found anywhere inside a
    /// top-level resource of the generated JSON is reported at the Bicep declaration that produced that top-level
    /// resource; a resource of a module's nested template therefore lands on the <c>module</c> line.
    /// </summary>
    internal sealed class BicepResourceLocator
    {
        private readonly string bicepPath;
        private readonly IReadOnlyList<(CompiledResourceSpan Span, BicepDeclaration? Declaration)> resources;

        private BicepResourceLocator(string bicepPath, IReadOnlyList<(CompiledResourceSpan, BicepDeclaration?)> resources)
        {
            this.bicepPath = bicepPath;
            this.resources = resources;
        }

        public static BicepResourceLocator Create(string bicepPath, string compiledJson, IReadOnlyList<BicepDeclaration> declarations)
        {
            var spans = CompiledResourceSpans.Read(compiledJson);
            return new BicepResourceLocator(bicepPath, Match(spans, declarations));
        }

        public SourceLocation? Locate(ResourceOrigin origin)
        {
            var line = origin.JsonLocation.Line;
            var declaration = resources.FirstOrDefault(r => r.Span.StartLine <= line && line <= r.Span.EndLine).Declaration;
            return declaration == null ? null : new SourceLocation(bicepPath, declaration.Line, declaration.Column);
        }

        /// <summary>
        /// Pairs generated resources with declarations: by symbolic name when the template has them; else in Bicep's
        /// emission order when the types agree position by position; else in order within each type. What cannot be
        /// paired stays unplaced (the reader then reports it at the start of the file) rather than at a wrong line.
        /// </summary>
        private static IReadOnlyList<(CompiledResourceSpan, BicepDeclaration?)> Match(IReadOnlyList<CompiledResourceSpan> spans, IReadOnlyList<BicepDeclaration> declarations)
        {
            if (spans.Count > 0 && spans.All(s => s.SymbolicName != null))
            {
                return spans.Select(s => (s, BySymbolicName(s.SymbolicName!, declarations))).ToList();
            }

            var emitted = BicepDeclaration.InEmissionOrder(declarations);
            if (emitted.Count == spans.Count && spans.Zip(emitted, (s, d) => SameType(s.Type, d.Type)).All(same => same))
            {
                return spans.Zip(emitted, (s, d) => (s, (BicepDeclaration?)d)).ToList();
            }

            return spans
                .Select(span =>
                {
                    var sameTypeSpans = spans.Where(s => SameType(s.Type, span.Type)).ToList();
                    var sameTypeDeclarations = emitted.Where(d => SameType(span.Type, d.Type)).ToList();
                    var declaration = sameTypeSpans.Count == sameTypeDeclarations.Count ? sameTypeDeclarations[sameTypeSpans.IndexOf(span)] : null;
                    return (span, declaration);
                })
                .ToList();
        }

        // Nested resources are keyed "parent::child" in symbolic-name templates; a child's name is unique only in its parent.
        private static BicepDeclaration? BySymbolicName(string key, IReadOnlyList<BicepDeclaration> declarations)
        {
            BicepDeclaration? found = null;
            foreach (var segment in key.Split(new[] { "::" }, StringSplitOptions.None))
            {
                var outer = found;
                found = declarations.FirstOrDefault(d => d.SymbolicName == segment && d.Parent == outer);
                if (found == null)
                {
                    return null;
                }
            }

            return found;
        }

        private static bool SameType(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }
}
