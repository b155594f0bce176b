using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// The names under which the compilation's own code hands out SDK values, found from syntax: members and types whose
    /// signatures mention a name already known to lead to the SDK, aliases, and static imports of SDK types. Read to a
    /// fixed point, since a member typed with a user type derived from the SDK leads there as surely as one typed with
    /// the SDK itself. Only files whose text names something known are walked, and only their declarations, never their
    /// bodies; no symbol is asked for, so nothing is bound.
    /// </summary>
    internal sealed class SourceSdkNames
    {
        /// <summary>Members used without being named: a type that declares one with an SDK signature leads to the SDK itself.</summary>
        private static readonly HashSet<string> ImplicitlyUsedMethods = new HashSet<string>(System.StringComparer.Ordinal) { "Deconstruct", "GetEnumerator", "GetAwaiter", "GetResult", "Add", "Current" };

        private readonly HashSet<string> names;
        private readonly HashSet<SyntaxTree> naming = new HashSet<SyntaxTree>();

        private SourceSdkNames(HashSet<string> names) => this.names = names;

        /// <summary>True for a member the language calls without its name (deconstruction, <c>foreach</c>, <c>await</c>, collection initializers).</summary>
        public static bool IsUsedWithoutItsName(string memberName) => ImplicitlyUsedMethods.Contains(memberName);

        /// <summary>True when the tree's text names something that leads to the SDK; no other tree holds code that can touch it.</summary>
        public bool NamesSdk(SyntaxTree tree) => naming.Contains(tree);

        /// <summary>The trees with a <c>using static</c> of something leading to the SDK: its members are used under their own names.</summary>
        public HashSet<SyntaxTree> StaticImports { get; } = new HashSet<SyntaxTree>();

        /// <summary>True when such a static import is global, so that it applies to every tree.</summary>
        public bool GlobalStaticImport { get; private set; }

        /// <summary>Adds to <paramref name="names"/> every source name leading to the SDK, and finds the trees naming any.</summary>
        public static SourceSdkNames Harvest(IEnumerable<SyntaxTree> trees, HashSet<string> names, CancellationToken cancellationToken)
        {
            var harvest = new SourceSdkNames(names);
            var pending = trees.ToList();
            var grew = true;
            while (grew)
            {
                var scan = new IdentifierScan(names);
                var matched = pending.Where(t => scan.MayContain(t.GetText(cancellationToken))).ToList();
                harvest.naming.UnionWith(matched);
                pending.RemoveAll(harvest.naming.Contains);
                var before = names.Count;
                foreach (var tree in harvest.naming)
                {
                    harvest.Read(tree.GetRoot(cancellationToken));
                }

                grew = names.Count > before;
            }

            return harvest;
        }

        private void Read(SyntaxNode root)
        {
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax || n is BaseNamespaceDeclarationSyntax || n is TypeDeclarationSyntax))
            {
                switch (node)
                {
                    case UsingDirectiveSyntax { Alias: { } alias }:
                        // An alias may name an SDK type under any name.
                        names.Add(alias.Name.Identifier.ValueText);
                        break;
                    case UsingDirectiveSyntax import when !import.StaticKeyword.IsKind(SyntaxKind.None) && import.Name != null && Mentions(import.Name):
                        StaticImports.Add(import.SyntaxTree);
                        GlobalStaticImport |= !import.GlobalKeyword.IsKind(SyntaxKind.None);
                        break;
                    case MemberDeclarationSyntax member:
                        ReadMember(member);
                        break;
                }
            }
        }

        private void ReadMember(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case TypeDeclarationSyntax type:
                    if (Mentions(type.BaseList) || type.ConstraintClauses.Any(Mentions) || Mentions(type.ParameterList))
                    {
                        names.Add(type.Identifier.ValueText);
                    }

                    // Primary constructor parameters become properties (records) or are captured by the type's code.
                    foreach (var parameter in type.ParameterList?.Parameters ?? default)
                    {
                        if (Mentions(parameter.Type))
                        {
                            names.Add(parameter.Identifier.ValueText);
                        }
                    }

                    break;
                case DelegateDeclarationSyntax @delegate when Mentions(@delegate.ReturnType) || Mentions(@delegate.ParameterList):
                    names.Add(@delegate.Identifier.ValueText);
                    break;
                case MethodDeclarationSyntax method when Mentions(method.ReturnType) || Mentions(method.ParameterList) || method.ConstraintClauses.Any(Mentions):
                    names.Add(method.Identifier.ValueText);
                    AddContainingTypeIf(ImplicitlyUsedMethods.Contains(method.Identifier.ValueText), method);
                    break;
                case OperatorDeclarationSyntax @operator when Mentions(@operator.ReturnType) || Mentions(@operator.ParameterList):
                    AddContainingTypeIf(true, @operator);
                    break;
                case ConversionOperatorDeclarationSyntax conversion when Mentions(conversion.Type) || Mentions(conversion.ParameterList):
                    AddContainingTypeIf(true, conversion);
                    break;
                case IndexerDeclarationSyntax indexer when Mentions(indexer.Type) || Mentions(indexer.ParameterList):
                    AddContainingTypeIf(true, indexer);
                    break;
                case BasePropertyDeclarationSyntax property when Mentions(property.Type):
                    var name = property is PropertyDeclarationSyntax p ? p.Identifier.ValueText : ((EventDeclarationSyntax)property).Identifier.ValueText;
                    names.Add(name);
                    AddContainingTypeIf(ImplicitlyUsedMethods.Contains(name), property);
                    break;
                case BaseFieldDeclarationSyntax field when Mentions(field.Declaration.Type):
                    names.UnionWith(field.Declaration.Variables.Select(v => v.Identifier.ValueText));
                    break;
            }
        }

        private void AddContainingTypeIf(bool condition, SyntaxNode member)
        {
            if (condition && member.Parent is BaseTypeDeclarationSyntax type)
            {
                names.Add(type.Identifier.ValueText);
            }
        }

        private bool Mentions(SyntaxNode? node) => NamesAny(node, names);

        /// <summary>True when an identifier in <paramref name="node"/> is one of <paramref name="names"/>.</summary>
        public static bool NamesAny(SyntaxNode? node, HashSet<string> names)
        {
            if (node == null)
            {
                return false;
            }

            foreach (var token in node.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && names.Contains(token.ValueText))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
