using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Peering.EndToEnd.Tests.Infrastructure;

namespace Peering.EndToEnd.Tests
{
    /// <summary>What is inside the .nupkg: the compiler loads analyzers/dotnet/cs/, and nothing may land in lib/.</summary>
    [Collection(EndToEndCollection.Name)]
    public sealed class PackageContentsTests(PackedPackageFixture fixture)
    {
        private const string AnalyzerFolder = "analyzers/dotnet/cs/";

        [Fact]
        public void Package_holds_exactly_the_three_assemblies_under_analyzers_and_nothing_under_lib()
        {
            using var package = ZipFile.OpenRead(fixture.PackagePath);
            var entries = package.Entries.Select(e => e.FullName).ToList();

            var analyzerEntries = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal);
            Assert.Equal(
                new[] { AnalyzerFolder + "Peering.Analyzers.dll", AnalyzerFolder + "Peering.CodeFixes.dll", AnalyzerFolder + "Peering.Rules.dll" },
                analyzerEntries);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
            Assert.Contains("README.md", entries);
        }

        [Fact]
        public void Nuspec_declares_a_development_dependency_with_readme_and_no_dependencies()
        {
            using var package = ZipFile.OpenRead(fixture.PackagePath);
            var nuspecEntry = Assert.Single(package.Entries, e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using var stream = nuspecEntry.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal("Peering.Analyzers", Value("id"));
            Assert.Equal("0.1.0", Value("version"));
            Assert.Equal("true", Value("developmentDependency"));
            Assert.Equal("README.md", Value("readme"));
            // The compiler hosts the analyzers; a dependency would only drag Roslyn into the user's restore.
            Assert.Null(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "dependencies"));
        }

        /// <summary>
        /// An analyzer compiled against a newer Roslyn than the user's compiler is silently not loaded (CS9057);
        /// the floor is 4.8.0 (.NET 8 SDK, VS 17.8).
        /// </summary>
        [Fact]
        public void Packed_assemblies_reference_no_Roslyn_newer_than_4_8()
        {
            using var package = ZipFile.OpenRead(fixture.PackagePath);
            foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith(AnalyzerFolder, StringComparison.Ordinal)))
            {
                using var copy = new MemoryStream();
                using (var stream = entry.Open())
                {
                    stream.CopyTo(copy);
                }

                copy.Position = 0;
                using var pe = new PEReader(copy);
                var reader = pe.GetMetadataReader();
                foreach (var handle in reader.AssemblyReferences)
                {
                    var reference = reader.GetAssemblyReference(handle);
                    var name = reader.GetString(reference.Name);
                    if (name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                    {
                        Assert.True(reference.Version <= new Version(4, 8, 0, 0), $"{entry.FullName} references {name} {reference.Version}.");
                    }
                }
            }
        }
    }
}
