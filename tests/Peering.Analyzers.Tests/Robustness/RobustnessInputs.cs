using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Peering.Analyzers.Tests.Infrastructure;
using Peering.CodeFixes;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Every C# source the analyzer tests and samples use, read from the repository at test time: the case files
    /// (markup stripped), each sample file (with the rest of its sample as context), and the C# programs written
    /// inline as string literals in the other analyzer tests.
    /// </summary>
    public static class RobustnessInputs
    {
        private static readonly string TestsFolder = Path.Combine(TestRepository.Root, "tests", "Peering.Analyzers.Tests");

        public static IReadOnlyList<SourceInput> All { get; } = CaseSources().Concat(SampleSources()).Concat(InlineSources()).ToArray();

        public static SourceInput Get(string name) => All.Single(i => i.Name == name);

        /// <summary>The largest input of each origin: the inputs whose every variant is checked, where the rest are sampled.</summary>
        public static IReadOnlyList<SourceInput> Representatives { get; } = All
            .GroupBy(i => i.Origin)
            .Select(g => g.OrderByDescending(i => SourceVariants.TokenCount(i.File.Text)).ThenBy(i => i.Name, StringComparer.Ordinal).First())
            .ToArray();

        /// <summary>The names, as theory data.</summary>
        public static IEnumerable<object[]> Names() => All.Select(i => new object[] { i.Name });

        private static IEnumerable<SourceInput> CaseSources() =>
            CSharpFiles(Path.Combine(TestsFolder, "Cases"))
                .Select(path => Alone(RelativePath(path), InputOrigin.Case, CaseMarkup.Parse(File.ReadAllText(path)).Source));

        private static IEnumerable<SourceInput> SampleSources() =>
            CSharpFiles(Path.Combine(TestRepository.Root, "samples"))
                .GroupBy(path => Path.GetDirectoryName(path)!, StringComparer.Ordinal)
                .SelectMany(program =>
                {
                    var files = program.Select(path => new SourceFile(RelativePath(path), File.ReadAllText(path))).ToArray();
                    return files.Select(file => new SourceInput(file.Path, InputOrigin.Sample, file, files.Where(other => other != file).ToArray()));
                });

        /// <summary>Strings in the test code that hold a program using the SDK (the code-fix tests' sources).</summary>
        private static IEnumerable<SourceInput> InlineSources() =>
            CSharpFiles(TestsFolder)
                .Where(path => !IsUnder(path, "Cases") && !IsUnder(path, "Robustness"))
                .SelectMany(path => InlineStrings.In(CSharpSyntaxTree.ParseText(File.ReadAllText(path)))
                    .Where(s => s.Value.Contains("VirtualNetwork", StringComparison.Ordinal) && s.Value.Contains("class ", StringComparison.Ordinal) && HasWellFormedMarkup(s.Value))
                    .Select(s =>
                    {
                        var source = CaseMarkup.Parse(s.Value).Source;

                        // The fix tests prepend the usings to their sources; do the same for a program that has none (an
                        // Azure.Provisioning program builds an Infrastructure).
                        var usings = source.Contains("Infrastructure infra", StringComparison.Ordinal)
                            ? FixVerifier<ConflictingGatewayFlagsFixProvider>.ProvisioningUsings
                            : FixVerifier<ConflictingGatewayFlagsFixProvider>.Usings;
                        var program = source.Contains("using Azure", StringComparison.Ordinal) || source.Contains("using Pulumi", StringComparison.Ordinal) ? source : usings + source;
                        return Alone($"{RelativePath(path)}:{s.Line}", InputOrigin.Inline, program);
                    }));

        /// <summary>A fragment (part of a program the test completes) may open markup it does not close.</summary>
        private static bool HasWellFormedMarkup(string text)
        {
            try
            {
                CaseMarkup.Parse(text);
                return true;
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                return false;
            }
        }

        private static SourceInput Alone(string name, InputOrigin origin, string text) => new(name, origin, new SourceFile("/src/" + Path.GetFileName(name.Split(':')[0]), text), Array.Empty<SourceFile>());

        private static IEnumerable<string> CSharpFiles(string folder) =>
            Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(path => !IsUnder(path, "bin") && !IsUnder(path, "obj"))
                .OrderBy(path => path, StringComparer.Ordinal);

        private static bool IsUnder(string path, string folderName) =>
            RelativePath(path).Split('/').Contains(folderName, StringComparer.Ordinal);

        private static string RelativePath(string path) => Path.GetRelativePath(TestRepository.Root, path).Replace('\\', '/');
    }
}
