using System;
using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>
    /// PEER203 (current profile): sync the peering links after a peered VNet's address space changes. Azure syncs
    /// the links that point at the resized VNet; they live in the remote VNets. Where such links are written after
    /// the change in the same method, pass <c>syncRemoteAddressSpace: SyncRemoteAddressSpace.True</c> to those
    /// writes; otherwise, when an <c>ArmClient</c> is in scope, insert after the VNet update a loop that finds each
    /// remote VNet's link back and syncs it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PeeredAddressSpaceChangeFixProvider)), Shared]
    public sealed class PeeredAddressSpaceChangeFixProvider : PeeringCodeFixProvider
    {
        private const string AddArgumentKey = "PEER203.AddSyncArgument";
        private const string InsertSyncKey = "PEER203.InsertPeeringSync";
        private const string SyncTrue = "global::Azure.ResourceManager.Network.Models.SyncRemoteAddressSpace.True";

        public PeeredAddressSpaceChangeFixProvider()
            : base(RuleCatalogue.PEER203)
        {
        }

        protected override async Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // Additional locations: [0] the VNet update that sends the change, [1..] writes of links back to it without a sync.
            var locations = diagnostic.AdditionalLocations;
            if (locations.Count > 1)
            {
                var writes = locations.Skip(1).Select(l => FixSyntax.NodeAt<InvocationExpressionSyntax>(root, l)).Where(i => i != null).Select(i => i!).ToList();
                return writes.Count == 0 ? Array.Empty<CodeAction>() : new[]
                {
                    CodeAction.Create("Sync the peerings written after the change", _ => Task.FromResult(AddSyncArgument(document, root, writes)), AddArgumentKey),
                };
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model != null && locations.Count == 1 && FixSyntax.NodeAt<InvocationExpressionSyntax>(root, locations[0]) is { } update
                && update.FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax } statement
                && NetworkExpression(model, statement, update, cancellationToken) is { } network
                && ClientInScope(model, statement.SpanStart) is { } client)
            {
                return new[]
                {
                    CodeAction.Create("Sync the peerings that point at the VNet after the update", _ => Task.FromResult(InsertSync(document, root, model, statement, network, client)), InsertSyncKey),
                };
            }

            return Array.Empty<CodeAction>();
        }

        private static Document AddSyncArgument(Document document, SyntaxNode root, IReadOnlyList<InvocationExpressionSyntax> writes)
        {
            var argument = SyntaxFactory.Argument(SyntaxFactory.ParseExpression(SyncTrue).WithAdditionalAnnotations(Simplifier.Annotation))
                .WithNameColon(SyntaxFactory.NameColon("syncRemoteAddressSpace"));
            var updated = root.ReplaceNodes(writes, (original, _) => original.WithArgumentList(original.ArgumentList.AddArguments(argument)));
            return document.WithSyntaxRoot(updated);
        }

        /// <summary>
        /// An expression for the updated VNet resource: the variable the update's result is stored in, or the
        /// resource whose <c>Data</c> was sent. Null when the code names neither.
        /// </summary>
        private static string? NetworkExpression(SemanticModel model, StatementSyntax statement, InvocationExpressionSyntax update, CancellationToken cancellationToken)
        {
            if (statement is LocalDeclarationStatementSyntax { Declaration.Variables.Count: 1 } declaration
                && model.GetDeclaredSymbol(declaration.Declaration.Variables[0], cancellationToken) is ILocalSymbol local)
            {
                if (local.Type.Name == "VirtualNetworkResource")
                {
                    return local.Name;
                }

                if (local.Type is INamedTypeSymbol { Name: "ArmOperation", TypeArguments.Length: 1 } operation && operation.TypeArguments[0].Name == "VirtualNetworkResource")
                {
                    return local.Name + ".Value";
                }
            }

            foreach (var argument in update.ArgumentList.Arguments)
            {
                if (argument.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Data" } access
                    && model.GetTypeInfo(access.Expression, cancellationToken).Type?.Name == "VirtualNetworkResource")
                {
                    return access.Expression.ToString();
                }
            }

            return null;
        }

        /// <summary>A variable, parameter, field or property holding an <c>ArmClient</c>, to look up the remote VNets with.</summary>
        private static string? ClientInScope(SemanticModel model, int position) =>
            model.LookupSymbols(position)
                .Where(s => s is ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol)
                .FirstOrDefault(s => s switch
                {
                    ILocalSymbol local => IsArmClient(local.Type),
                    IParameterSymbol parameter => IsArmClient(parameter.Type),
                    IFieldSymbol field => IsArmClient(field.Type),
                    IPropertySymbol property => IsArmClient(property.Type),
                    _ => false,
                })?.Name;

        private static bool IsArmClient(ITypeSymbol type) =>
            type.Name == "ArmClient" && type.ContainingNamespace?.ToDisplayString() == "Azure.ResourceManager";

        private static Document InsertSync(Document document, SyntaxNode root, SemanticModel model, StatementSyntax after, string network, string client)
        {
            var isAsync = after.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) switch
            {
                MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
                LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
                AnonymousFunctionExpressionSyntax lambda => lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
                _ => false,
            };
            var peering = UniqueName(model, after.SpanStart, "peering");
            var remote = UniqueName(model, after.SpanStart, "remote");
            var link = UniqueName(model, after.SpanStart, "link");
            var update = isAsync
                ? $"await {link}.UpdateAsync(global::Azure.WaitUntil.Completed, {link}.Data, {SyncTrue});"
                : $"{link}.Update(global::Azure.WaitUntil.Completed, {link}.Data, {SyncTrue});";
            var loop = SyntaxFactory.ParseStatement(
                    $"foreach (var {peering} in {network}.GetVirtualNetworkPeerings())\n{{\n" +
                    $"var {remote} = {client}.GetVirtualNetworkResource({peering}.Data.RemoteVirtualNetworkId);\n" +
                    $"foreach (var {link} in {remote}.GetVirtualNetworkPeerings())\n{{\n" +
                    $"if ({link}.Data.RemoteVirtualNetworkId == {network}.Id)\n{{\n{update}\n}}\n}}\n}}\n")
                .WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation);
            var block = (BlockSyntax)after.Parent!;
            var index = block.Statements.IndexOf(after);
            var newBlock = block.WithStatements(block.Statements.Insert(index + 1, loop));
            return document.WithSyntaxRoot(root.ReplaceNode(block, newBlock));
        }

        private static string UniqueName(SemanticModel model, int position, string name)
        {
            var candidate = name;
            for (var i = 2; model.LookupSymbols(position, name: candidate).Length > 0; i++)
            {
                candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return candidate;
        }
    }
}
