using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>Assemblies compiled by the test from hand-written C#, to reference in place of or beside the SDK.</summary>
    public static class HandWrittenAssemblies
    {
        /// <summary>.NET, Azure.Core and Azure.ResourceManager, without Azure.ResourceManager.Network.</summary>
        public static ImmutableArray<MetadataReference> WithoutNetwork { get; } = AzureSdk.References(SdkShape.Main)
            .Where(r => !string.Equals(Path.GetFileName(r.Display), "Azure.ResourceManager.Network.dll", StringComparison.OrdinalIgnoreCase))
            .ToImmutableArray();

        /// <summary>The SDK's Main shape plus <paramref name="extra"/>.</summary>
        public static ImmutableArray<MetadataReference> SdkAnd(MetadataReference extra) => AzureSdk.References(SdkShape.Main).Add(extra);

        /// <summary>Compiles <paramref name="source"/> into an assembly named <paramref name="assemblyName"/>; it must compile cleanly.</summary>
        public static MetadataReference Compile(string assemblyName, string source)
        {
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(source) },
                WithoutNetwork,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException($"{assemblyName} does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
