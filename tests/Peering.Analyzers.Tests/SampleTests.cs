using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests
{
    /// <summary>Each shipped C# sample reports exactly the mistakes it marks with <c>// expect: PEERnnn</c>, on those lines.</summary>
    public sealed class SampleTests
    {
        [Theory]
        [InlineData("HubAndSpoke")]
        [InlineData("ProvisioningNetwork")]
        [InlineData("PulumiHubAndSpoke")]
        public async Task The_sample_reports_exactly_its_marked_mistakes(string sample)
        {
            var folder = Path.Combine(TestRepository.Root, "samples", sample);
            var files = Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
            var texts = files.Select(File.ReadAllText).ToArray();
            var trees = files.Select((f, i) => CSharpSyntaxTree.ParseText(texts[i], path: Path.GetFileName(f))).ToArray();
            var compilation = CSharpCompilation.Create("Sample", trees, AzureSdk.References(SdkShape.Main, AzureSdk.LibraryOf(texts)),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var expected = trees
                .SelectMany(t => t.GetText().Lines.Select(line => (File: t.FilePath, Line: line.LineNumber + 1, Match: Regex.Match(line.ToString(), @"// expect:((?: PEER\d{3})+)"))))
                .Where(x => x.Match.Success)
                .SelectMany(x => x.Match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"{x.File}:{x.Line} {id}"))
                .OrderBy(x => x, StringComparer.Ordinal)
                .ToList();
            var result = await AnalyzerRunner.RunAsync(compilation);
            var actual = result.Diagnostics
                .Select(d => $"{d.Location.SourceTree!.FilePath}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}")
                .OrderBy(x => x, StringComparer.Ordinal)
                .ToList();

            Assert.Empty(result.Exceptions);
            Assert.True(expected.SequenceEqual(actual), "Expected:\n  " + string.Join("\n  ", expected) + "\nActual:\n  " + string.Join("\n  ", result.Diagnostics));
        }
    }
}
