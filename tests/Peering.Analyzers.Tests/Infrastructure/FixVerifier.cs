using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>Runs a code fix through Microsoft.CodeAnalysis.Testing, including its Fix All checks, on an SDK shape.</summary>
    public static class FixVerifier<TFix>
        where TFix : CodeFixProvider, new()
    {
        public const string Usings = "using System.Threading.Tasks;\nusing Azure;\nusing Azure.Core;\nusing Azure.ResourceManager;\nusing Azure.ResourceManager.Network;\nusing Azure.ResourceManager.Network.Models;\nusing Azure.ResourceManager.Resources;\n\n";

        public static async Task VerifyAsync(string source, string fixedSource, SdkShape shape, string? equivalenceKey = null, string profile = "current")
        {
            var test = new CSharpCodeFixTest<PeeringMethodAnalyzer, TFix, DefaultVerifier>
            {
                TestCode = Usings + source,
                FixedCode = Usings + fixedSource,

                // Reference assemblies come from Basic.Reference.Assemblies below: nothing is downloaded.
                ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
                CodeActionEquivalenceKey = equivalenceKey,
            };
            test.TestState.AdditionalReferences.AddRange(AzureSdk.References(shape));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nazure_peering.platform_profile = " + profile + "\n"));
            await test.RunAsync();
        }
    }
}
