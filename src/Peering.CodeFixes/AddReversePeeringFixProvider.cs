using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Peering.Rules.Catalogue;

namespace Peering.CodeFixes
{
    /// <summary>
    /// PEER301: write the peering back right after the one-sided peering, when the code names both VNets by a variable
    /// (<c>spoke.GetVirtualNetworkPeerings().CreateOrUpdate(..., new VirtualNetworkPeeringData { RemoteVirtualNetworkId = hub.Id })</c>).
    /// The peering back mirrors the gateway roles: a side that uses the remote gateway gets a side that allows transit,
    /// written right before it, since Azure checks that transit when it writes the side that uses it (PEER110).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddReversePeeringFixProvider)), Shared]
    public sealed class AddReversePeeringFixProvider : PeeringCodeFixProvider
    {
        private const string EquivalenceKey = "PEER301.AddReversePeering";

        private static readonly Dictionary<string, string> MirroredFlags = new Dictionary<string, string>
        {
            ["AllowVirtualNetworkAccess"] = "AllowVirtualNetworkAccess",
            ["AllowForwardedTraffic"] = "AllowForwardedTraffic",
            ["UseRemoteGateways"] = "AllowGatewayTransit",
            ["AllowGatewayTransit"] = "UseRemoteGateways",
        };

        public AddReversePeeringFixProvider()
            : base(RuleCatalogue.PEER301)
        {
        }

        protected override Task<IReadOnlyList<CodeAction>> CreateFixesAsync(Document document, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var creation = FixSyntax.NodeAt<BaseObjectCreationExpressionSyntax>(root, diagnostic.Location);
            var write = creation == null ? null : WriteOf(creation);
            if (creation?.Initializer == null || write == null
                || write.FirstAncestorOrSelf<ExpressionStatementSyntax>() is not { Parent: BlockSyntax } statement
                || ParentVariable(write) is not { } parent
                || RemoteAssignment(creation.Initializer) is not { } remote)
            {
                return Only(null);
            }

            var reverse = ReverseStatement(statement, write, creation.Initializer, parent, remote);

            // Azure checks the peering back of a peering that uses remote gateways when it writes it (PEER110): the peering
            // back, which allows transit, goes first.
            var first = UsesRemoteGateways(creation.Initializer);
            return Only(CodeAction.Create(
                "Add the peering back from " + remote.Variable,
                (CancellationToken _) => Task.FromResult(document.WithSyntaxRoot(first ? root.InsertNodesBefore(statement, new[] { reverse }) : root.InsertNodesAfter(statement, new[] { reverse }))),
                EquivalenceKey));
        }

        private static bool UsesRemoteGateways(InitializerExpressionSyntax initializer) =>
            initializer.Expressions.OfType<AssignmentExpressionSyntax>().Any(a =>
                a is { Left: IdentifierNameSyntax { Identifier.ValueText: "UseRemoteGateways" }, Right: LiteralExpressionSyntax value } && value.IsKind(SyntaxKind.TrueLiteralExpression));

        /// <summary>The <c>CreateOrUpdate</c> call that writes the peering data: it takes the creation, or the local that holds it.</summary>
        private static InvocationExpressionSyntax? WriteOf(BaseObjectCreationExpressionSyntax creation)
        {
            if (creation.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax direct } } && IsPeeringWrite(direct))
            {
                return direct;
            }

            if (creation.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
                && declarator.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is { Parent: BlockSyntax block } declaration)
            {
                var name = declarator.Identifier.ValueText;
                return block.Statements.SkipWhile(s => s != declaration).Skip(1)
                    .SelectMany(s => s.DescendantNodes().OfType<InvocationExpressionSyntax>())
                    .FirstOrDefault(i => IsPeeringWrite(i) && i.ArgumentList.Arguments.Any(a => a.Expression is IdentifierNameSyntax id && id.Identifier.ValueText == name));
            }

            return null;
        }

        private static bool IsPeeringWrite(InvocationExpressionSyntax invocation) =>
            invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateOrUpdate" or "CreateOrUpdateAsync" } access
            && access.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetVirtualNetworkPeerings" } }
            && invocation.ArgumentList.Arguments.Count >= 3;

        /// <summary>The variable whose peerings are written: <c>spoke</c> in <c>spoke.GetVirtualNetworkPeerings()</c>.</summary>
        private static string? ParentVariable(InvocationExpressionSyntax write) =>
            write.Expression is MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax parent } } }
                ? parent.Identifier.ValueText
                : null;

        /// <summary>The remote as the initializer names it: <c>RemoteVirtualNetworkId = hub.Id</c>, or the 1.16 sub-resource form.</summary>
        private static RemoteSyntax? RemoteAssignment(InitializerExpressionSyntax initializer)
        {
            foreach (var assignment in initializer.Expressions.OfType<AssignmentExpressionSyntax>())
            {
                switch (assignment)
                {
                    case { Left: IdentifierNameSyntax { Identifier.ValueText: "RemoteVirtualNetworkId" }, Right: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Id", Expression: IdentifierNameSyntax remote } }:
                        return new RemoteSyntax(remote.Identifier.ValueText, subResource: false);
                    case { Left: IdentifierNameSyntax { Identifier.ValueText: "RemoteVirtualNetwork" }, Right: BaseObjectCreationExpressionSyntax { Initializer: { } inner } }
                        when inner.Expressions.OfType<AssignmentExpressionSyntax>().Any(a => a is { Left: IdentifierNameSyntax { Identifier.ValueText: "Id" }, Right: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Id", Expression: IdentifierNameSyntax } }):
                        var id = inner.Expressions.OfType<AssignmentExpressionSyntax>().First(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "Id" });
                        return new RemoteSyntax(((IdentifierNameSyntax)((MemberAccessExpressionSyntax)id.Right).Expression).Identifier.ValueText, subResource: true);
                }
            }

            return null;
        }

        private static StatementSyntax ReverseStatement(ExpressionStatementSyntax statement, InvocationExpressionSyntax write, InitializerExpressionSyntax initializer, string parent, RemoteSyntax remote)
        {
            var access = (MemberAccessExpressionSyntax)write.Expression;
            var arguments = write.ArgumentList.Arguments;
            var settings = new StringBuilder();
            foreach (var assignment in initializer.Expressions.OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is IdentifierNameSyntax flag && MirroredFlags.TryGetValue(flag.Identifier.ValueText, out var mirrored) && assignment.Right is LiteralExpressionSyntax value)
                {
                    settings.Append(mirrored).Append(" = ").Append(value.Token.Text).Append(", ");
                }
            }

            settings.Append(remote.SubResource ? "RemoteVirtualNetwork = new WritableSubResource { Id = " + parent + ".Id }" : "RemoteVirtualNetworkId = " + parent + ".Id");
            var call = remote.Variable + ".GetVirtualNetworkPeerings()." + access.Name.Identifier.ValueText + "(" + arguments[0].ToString() + ", "
                + ReverseName(arguments[1].Expression, parent, remote.Variable) + ", new VirtualNetworkPeeringData { " + settings + " })";
            var text = (statement.Expression is AwaitExpressionSyntax ? "await " : string.Empty) + call + ";";
            return SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(statement.GetLeadingTrivia())
                .WithTrailingTrivia(statement.GetTrailingTrivia())
                .WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>"spoke-to-hub" becomes "hub-to-spoke"; any other name becomes "{remote}-to-{parent}" from the variables.</summary>
        private static string ReverseName(ExpressionSyntax name, string parent, string remote)
        {
            if (name is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var parts = literal.Token.ValueText.Split(new[] { "-to-" }, System.StringSplitOptions.None);
                if (parts.Length == 2)
                {
                    return SymbolDisplay.FormatLiteral(parts[1] + "-to-" + parts[0], quote: true);
                }
            }

            return SymbolDisplay.FormatLiteral(remote + "-to-" + parent, quote: true);
        }

        private sealed class RemoteSyntax
        {
            public RemoteSyntax(string variable, bool subResource)
            {
                Variable = variable;
                SubResource = subResource;
            }

            public string Variable { get; }

            public bool SubResource { get; }
        }
    }
}
