using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Peering.Benchmarks.Generation
{
    /// <summary>A deterministic set of parsed C# files: the same seed gives the same code on every machine.</summary>
    internal static class Corpus
    {
        private const int Seed = 20261126;

        /// <summary>
        /// <paramref name="files"/> files of which <paramref name="networkFiles"/> use the network library (the Azure SDK
        /// unless <paramref name="library"/> says otherwise: Azure.Provisioning, a Pulumi provider), spread evenly through
        /// the set as they would be in a solution.
        /// </summary>
        public static IReadOnlyList<SyntaxTree> Generate(int files, int networkFiles, BenchLibrary library = BenchLibrary.ResourceManager)
        {
            var random = new Random(Seed);
            var every = networkFiles == 0 ? int.MaxValue : files / networkFiles;
            var options = new CSharpParseOptions(LanguageVersion.CSharp12);
            return Enumerable.Range(0, files)
                .Select(i =>
                {
                    var isNetwork = networkFiles > 0 && i % every == 0 && i / every < networkFiles;
                    var text = !isNetwork ? ServiceCodeGenerator.Generate(i, random)
                        : library == BenchLibrary.Provisioning ? ProvisioningCodeGenerator.Generate(i, random)
                        : library == BenchLibrary.ResourceManager ? NetworkCodeGenerator.Generate(i, random)
                        : PulumiCodeGenerator.Generate(i, random, classic: library == BenchLibrary.PulumiAzure);
                    return CSharpSyntaxTree.ParseText(text, options, path: $"File{i:D4}.cs");
                })
                .ToArray();
        }

        public static int LineCount(IEnumerable<SyntaxTree> trees) => trees.Sum(t => t.GetText().Lines.Count);
    }
}
