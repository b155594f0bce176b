using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>User code compiled against an SDK shape, with the bound bodies of its methods, for tests of the C# front end's parts.</summary>
    public sealed class MethodBodies
    {
        public const string Usings = "using System.Collections.Generic;\nusing System.Threading.Tasks;\nusing Azure;\nusing Azure.Core;\nusing Azure.ResourceManager;\nusing Azure.ResourceManager.Network;\nusing Azure.ResourceManager.Network.Models;\nusing Azure.ResourceManager.Resources;\nusing Azure.ResourceManager.Resources.Models;\n";

        private readonly SemanticModel model;

        public MethodBodies(string code, SdkShape shape = SdkShape.Main)
        {
            var compilation = AnalyzerRunner.Compile(Usings + code, shape);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Compilation = compilation;
            model = compilation.GetSemanticModel(compilation.SyntaxTrees.Single());
            Libraries = SdkLibraries.TryCreate(compilation)!;
        }

        public Compilation Compilation { get; }

        internal SdkLibraries Libraries { get; }

        /// <summary>The block body of the method named <paramref name="name"/>.</summary>
        public IOperation Body(string name)
        {
            var method = model.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == name);
            return model.GetOperation((SyntaxNode?)method.Body ?? method.ExpressionBody!)!;
        }
    }
}
