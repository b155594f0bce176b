using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Peering.Analyzers.Facts
{
    /// <summary>
    /// The code of a syntax tree, declaration by declaration, as the compiler would hand it to operation-block actions:
    /// method, constructor and accessor bodies, expression bodies, field and property initializers, primary constructor
    /// arguments and top-level statements. Found from syntax alone, so that nothing is bound until it is asked for.
    /// </summary>
    internal static class ExecutableCode
    {
        /// <summary>Every piece of code of the tree, in source order.</summary>
        public static IEnumerable<CodeDeclaration> In(SyntaxNode root, CancellationToken cancellationToken)
        {
            if (root is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().ToArray() is { Length: > 0 } statements)
            {
                yield return new CodeDeclaration(unit, statements);
            }

            foreach (var member in Members(root))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var code in Of(member))
                {
                    yield return code;
                }
            }
        }

        /// <summary>The code that <paramref name="declaration"/> (a symbol's declaring syntax) holds, if any.</summary>
        public static CodeDeclaration? OfDeclaringSyntax(SyntaxNode declaration) => declaration switch
        {
            VariableDeclaratorSyntax { Initializer: { } initializer, Parent.Parent: BaseFieldDeclarationSyntax field } => new CodeDeclaration(initializer, new SyntaxNode[] { field }),
            PropertyDeclarationSyntax { Initializer: { } initializer } property => new CodeDeclaration(initializer, new SyntaxNode[] { property }),
            ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } arrow => new CodeDeclaration(arrow, new SyntaxNode[] { property }),
            AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property } accessor when HasBody(accessor.Body, accessor.ExpressionBody) => new CodeDeclaration(accessor, new SyntaxNode[] { property }),
            BaseMethodDeclarationSyntax method when HasBody(method.Body, method.ExpressionBody) => new CodeDeclaration(method, new SyntaxNode[] { method }),
            _ => null,
        };

        private static IEnumerable<CodeDeclaration> Of(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax method when HasBody(method.Body, method.ExpressionBody):
                    yield return new CodeDeclaration(method, new SyntaxNode[] { method });
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer != null)
                        {
                            yield return new CodeDeclaration(variable.Initializer, new SyntaxNode[] { field });
                        }
                    }

                    break;
                case BasePropertyDeclarationSyntax property:
                    var parts = new SyntaxNode?[] { (property as PropertyDeclarationSyntax)?.Initializer, (property as PropertyDeclarationSyntax)?.ExpressionBody, (property as IndexerDeclarationSyntax)?.ExpressionBody }
                        .Concat(property.AccessorList?.Accessors.Where(a => HasBody(a.Body, a.ExpressionBody)) ?? Enumerable.Empty<SyntaxNode>());
                    foreach (var part in parts)
                    {
                        if (part != null)
                        {
                            yield return new CodeDeclaration(part, new SyntaxNode[] { property });
                        }
                    }

                    break;
                case TypeDeclarationSyntax { ParameterList: { } parameters } type when type.BaseList?.Types.FirstOrDefault() is PrimaryConstructorBaseTypeSyntax primary:
                    // The arguments a primary constructor passes to its base: the only code of the type declaration itself.
                    yield return new CodeDeclaration(type, new SyntaxNode[] { primary, parameters });
                    break;
            }
        }

        /// <summary>The members of namespaces and types, nested ones included, without entering any code.</summary>
        private static IEnumerable<MemberDeclarationSyntax> Members(SyntaxNode root) =>
            root.DescendantNodes(node => node is CompilationUnitSyntax || node is BaseNamespaceDeclarationSyntax || node is TypeDeclarationSyntax)
                .OfType<MemberDeclarationSyntax>();

        private static bool HasBody(BlockSyntax? body, ArrowExpressionClauseSyntax? expressionBody) => body != null || expressionBody != null;
    }

    /// <summary>One piece of code of a declaration, not yet bound.</summary>
    internal sealed class CodeDeclaration
    {
        public CodeDeclaration(SyntaxNode code, IReadOnlyList<SyntaxNode> signature)
        {
            Code = code;
            Signature = signature;
        }

        /// <summary>The node whose operation is the code: a body's declaration, an initializer, an expression body, the compilation unit.</summary>
        public SyntaxNode Code { get; }

        /// <summary>The syntax that states what the code may touch: the declaration with its types, or the top-level statements.</summary>
        public IReadOnlyList<SyntaxNode> Signature { get; }

        /// <summary>
        /// The operation blocks, as the driver would hand them out: a body's parts (a constructor's initializer, then the
        /// block or expression body) rather than the body operation; the semantic model caches what it binds.
        /// </summary>
        public IEnumerable<IOperation> Operations(SemanticModel model, CancellationToken cancellationToken)
        {
            switch (model.GetOperation(Code, cancellationToken))
            {
                case IMethodBodyBaseOperation body:
                    foreach (var part in new IOperation?[] { (body as IConstructorBodyOperation)?.Initializer, body.BlockBody, body.ExpressionBody })
                    {
                        if (part != null)
                        {
                            yield return part;
                        }
                    }

                    break;
                case { } operation:
                    yield return operation;
                    break;
            }
        }

        /// <summary>The method, accessor, field or property the code belongs to (the entry point for top-level statements, the primary constructor for its base arguments).</summary>
        public ISymbol? Owner(SemanticModel model, CancellationToken cancellationToken) => Code switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => model.GetDeclaredSymbol(variable, cancellationToken),
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => model.GetDeclaredSymbol(property, cancellationToken),
            ArrowExpressionClauseSyntax { Parent: BasePropertyDeclarationSyntax property } => (model.GetDeclaredSymbol(property, cancellationToken) as IPropertySymbol)?.GetMethod,
            CompilationUnitSyntax => model.GetEnclosingSymbol(Signature[0].SpanStart, cancellationToken),
            TypeDeclarationSyntax type => (model.GetDeclaredSymbol(type, cancellationToken) as INamedTypeSymbol)?.InstanceConstructors
                .FirstOrDefault(c => c.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == type.SyntaxTree && r.Span == type.Span)),
            _ => model.GetDeclaredSymbol(Code, cancellationToken),
        };
    }
}
