using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>What one analyzer run produced: its diagnostics and any exception an analyzer threw.</summary>
    public sealed record AnalyzerResult(Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);

    /// <summary>Compiles user code against a shape of the library it uses and runs the product's analyzers as the compiler would.</summary>
    public static class AnalyzerRunner
    {
        public static CSharpCompilation Compile(string source, SdkShape shape, string path = "/src/Program.cs", LanguageVersion languageVersion = LanguageVersion.Latest)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(languageVersion), path);

            // A program of top-level statements (a Pulumi program often is one) is an executable; anything else a library.
            var kind = tree.GetCompilationUnitRoot().Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any() ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            return CSharpCompilation.Create(
                "UserCode",
                new[] { tree },
                AzureSdk.References(shape, AzureSdk.LibraryOf(source)),
                new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
        }

        public static async Task<AnalyzerResult> RunAsync(Compilation compilation, string profile = "current", IReadOnlyDictionary<string, string>? extraOptions = null, bool perFileOptions = false)
        {
            var values = new Dictionary<string, string> { ["azure_peering.platform_profile"] = profile };
            foreach (var (key, value) in extraOptions ?? new Dictionary<string, string>())
            {
                values[key] = value;
            }

            return await RunAsync(compilation, ImmutableArray.Create<DiagnosticAnalyzer>(new PeeringMethodAnalyzer(), new PeeringCompilationAnalyzer()), values, concurrentAnalysis: false, perFileOptions);
        }

        /// <summary>Runs the given analyzers with these .editorconfig values, recording every exception an analyzer throws.</summary>
        public static async Task<AnalyzerResult> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, IReadOnlyDictionary<string, string> values, bool concurrentAnalysis, bool perFileOptions = false, CancellationToken cancellationToken = default)
        {
            var exceptions = new ConcurrentQueue<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new TestConfigOptions(values, perFileOptions)),
                (exception, _, _) => exceptions.Enqueue(exception),
                concurrentAnalysis,
                logAnalyzerExecutionTime: false);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken);
            return new AnalyzerResult(compilation, diagnostics, exceptions.ToList());
        }

        public static async Task<AnalyzerResult> RunAsync(string source, SdkShape shape, string profile = "current", IReadOnlyDictionary<string, string>? extraOptions = null) =>
            await RunAsync(Compile(source, shape), profile, extraOptions);
    }
}
