using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Peering.Rules.Catalogue;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs a code fix through Microsoft.CodeAnalysis.Testing, including its Fix All checks, on a shape of a library. Sources
    /// for an Azure library get its usings prepended; Pulumi programs carry their own.
    /// </summary>
    public static class FixVerifier<TFix>
        where TFix : CodeFixProvider, new()
    {
        public const string Usings = "using System.Threading.Tasks;\nusing Azure;\nusing Azure.Core;\nusing Azure.ResourceManager;\nusing Azure.ResourceManager.Network;\nusing Azure.ResourceManager.Network.Models;\nusing Azure.ResourceManager.Resources;\n\n";

        /// <summary>The usings of the Azure.Provisioning tests' programs.</summary>
        public const string ProvisioningUsings = "using Azure.Core;\nusing Azure.Provisioning;\nusing Azure.Provisioning.Network;\n\n";

        /// <summary>
        /// Runs the fix with the analyzer that reports its rule: the compilation analyzer too when the rule is reported at
        /// compilation end. <paramref name="ignore"/> leaves out other compilation-end rules that the test's scaffolding
        /// sets off (a one-sided peering, a remote without a gateway), as a case file's <c>// ignore:</c> line does.
        /// </summary>
        public static async Task VerifyAsync(string source, string fixedSource, SdkShape shape, string? equivalenceKey = null, string profile = "current", IReadOnlyList<string>? ignore = null, SdkLibrary library = SdkLibrary.ResourceManager)
        {
            var wholeCompilation = new TFix().FixableDiagnosticIds.Any(id => AnalyzerRules.IsCompilationEnd(RuleCatalogue.Find(id)!));
            var usings = UsingsFor(shape, library);
            var test = new Test(wholeCompilation)
            {
                TestCode = usings + source,
                FixedCode = usings + fixedSource,

                // Reference assemblies come from Basic.Reference.Assemblies below: nothing is downloaded.
                ReferenceAssemblies = new ReferenceAssemblies("net8.0"),
                CodeActionEquivalenceKey = equivalenceKey,
            };
            test.TestState.AdditionalReferences.AddRange(AzureSdk.References(shape, library));
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\nazure_peering.platform_profile = " + profile + "\n"));
            test.DisabledDiagnostics.AddRange(ignore ?? System.Array.Empty<string>());
            await test.RunAsync();
        }

        private static string UsingsFor(SdkShape shape, SdkLibrary library) =>
            AzureSdk.LibraryOf(shape) != SdkLibrary.ResourceManager ? string.Empty
            : library == SdkLibrary.Provisioning ? ProvisioningUsings
            : Usings;

        private sealed class Test : CSharpCodeFixTest<PeeringMethodAnalyzer, TFix, DefaultVerifier>
        {
            private readonly bool wholeCompilation;

            public Test(bool wholeCompilation)
            {
                this.wholeCompilation = wholeCompilation;

                // Compilation-end diagnostics are not local to one document: the IDE fixes them after a build or with
                // full-solution analysis, which the framework's local-diagnostic check does not model.
                if (wholeCompilation)
                {
                    CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
                }
            }

            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                wholeCompilation
                    ? new DiagnosticAnalyzer[] { new PeeringMethodAnalyzer(), new PeeringCompilationAnalyzer() }
                    : new DiagnosticAnalyzer[] { new PeeringMethodAnalyzer() };
        }
    }
}
