using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Peering.Analyzers.Facts;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// Decides from syntax alone whether a code block may touch the Azure network SDK, so that only those blocks are
    /// bound into operations: binding every method of a large solution cost far more than the analysis itself. "The SDK"
    /// here is every network library the compilation references (<see cref="SdkLibraries"/>).
    /// </summary>
    /// <remarks>
    /// A value of an SDK type can only enter code through a name: an SDK type, an SDK extension or factory method,
    /// a member of the compilation (<see cref="SourceSdkNames"/>) or of a library that references the SDK whose
    /// signature mentions such a name, a type whose indexer, operator or enumerator hands one out, a using alias, or a
    /// member inherited from an SDK type. Code whose declaration contains none of those names, and which sits in no type
    /// derived from the SDK, cannot touch the SDK. The test is therefore conservative: code it lets through may still
    /// prove to touch nothing, and is then read for nothing.
    /// </remarks>
    internal sealed class SdkCodeFilter
    {
        private static readonly ConditionalWeakTable<Compilation, SdkCodeFilter> Cache = new ConditionalWeakTable<Compilation, SdkCodeFilter>();

        private readonly HashSet<string> names = new HashSet<string>(StringComparer.Ordinal);
        private readonly SdkLibraries libraries;
        private readonly SourceSdkNames source;

        private SdkCodeFilter(Compilation compilation, SdkLibraries libraries, CancellationToken cancellationToken)
        {
            this.libraries = libraries;
            names.UnionWith(libraries.EntryNames(compilation));
            var libraryNames = new HashSet<string>(libraries.Assemblies.Select(a => a.Name), StringComparer.Ordinal);
            foreach (var library in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (!libraries.IsLibrary(library) && library.Modules.Any(m => m.ReferencedAssemblies.Any(a => libraryNames.Contains(a.Name))))
                {
                    AddLibraryMembersMentioningSdk(library.GlobalNamespace);
                }
            }

            source = SourceSdkNames.Harvest(compilation.SyntaxTrees, names, cancellationToken);
        }

        /// <summary>The filter of a compilation, built once and shared by both analyzers.</summary>
        public static SdkCodeFilter For(Compilation compilation, SdkLibraries libraries, CancellationToken cancellationToken) =>
            Cache.GetValue(compilation, c => new SdkCodeFilter(c, libraries, cancellationToken));

        /// <summary>
        /// False only when no code of the tree can touch the SDK: its text names nothing that leads to the SDK. Asked
        /// first, so that such a tree is never walked (walking builds its syntax nodes again once the compiler has let
        /// them go).
        /// </summary>
        public bool MayTouchSdk(SyntaxTree tree) => source.GlobalStaticImport || source.NamesSdk(tree);

        /// <summary>False only when the code certainly touches no SDK type or member.</summary>
        public bool MayTouchSdk(CodeDeclaration declaration)
        {
            if (source.GlobalStaticImport || source.StaticImports.Contains(declaration.Code.SyntaxTree))
            {
                return true;
            }

            // The declaration's own signature and body, then the types around it: their names (one derived from the SDK
            // is in the set) and base lists (members inherited from the SDK are used without naming it).
            return declaration.Signature.Any(NamesSdk)
                || declaration.Code.Ancestors().OfType<BaseTypeDeclarationSyntax>().Any(t => names.Contains(t.Identifier.ValueText) || (t.BaseList != null && NamesSdk(t.BaseList)));
        }

        private bool NamesSdk(SyntaxNode node) => SourceSdkNames.NamesAny(node, names);

        private void AddLibraryMembersMentioningSdk(INamespaceSymbol root)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var container = pending.Pop();
                foreach (var member in container.GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol nested)
                    {
                        pending.Push(nested);
                    }

                    if (MentionsSdk(member) || (member is ITypeSymbol type && DerivesFromSdk(type)))
                    {
                        names.Add(member.Name);
                        if (member.ContainingType != null && (member is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion }
                            || member is IPropertySymbol { IsIndexer: true } || SourceSdkNames.IsUsedWithoutItsName(member.Name)))
                        {
                            names.Add(member.ContainingType.Name);
                        }
                    }
                }
            }
        }

        private bool MentionsSdk(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => MentionsSdk(field.Type, 0),
            IPropertySymbol property => MentionsSdk(property.Type, 0) || property.Parameters.Any(p => MentionsSdk(p.Type, 0)),
            IEventSymbol @event => MentionsSdk(@event.Type, 0),
            IMethodSymbol method => MentionsSdk(method.ReturnType, 0) || method.Parameters.Any(p => MentionsSdk(p.Type, 0))
                || (method.AssociatedSymbol != null && MentionsSdk(method.AssociatedSymbol)),
            _ => false,
        };

        /// <summary>The type is from the SDK, derives from it, or is built of such types (arrays, generics, tuples, constraints).</summary>
        private bool MentionsSdk(ITypeSymbol type, int depth)
        {
            if (depth > 8)
            {
                return false;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return MentionsSdk(array.ElementType, depth + 1);
                case IPointerTypeSymbol pointer:
                    return MentionsSdk(pointer.PointedAtType, depth + 1);
                case ITypeParameterSymbol parameter:
                    return parameter.ConstraintTypes.Any(c => MentionsSdk(c, depth + 1));
                case INamedTypeSymbol named:
                    return DerivesFromSdk(named) || named.TypeArguments.Any(a => MentionsSdk(a, depth + 1));
                default:
                    return false;
            }
        }

        private bool DerivesFromSdk(ITypeSymbol? type)
        {
            for (var current = type; current != null; current = current.BaseType)
            {
                if (libraries.IsLibrary(current.ContainingAssembly))
                {
                    return true;
                }
            }

            return type != null && type.AllInterfaces.Any(i => libraries.IsLibrary(i.ContainingAssembly));
        }
    }
}
