using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Azure.ResourceManager;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>The SDK shapes the analyzer cases compile against: the stand-in's two, or the real package.</summary>
    public enum SdkShape
    {
        Main,
        Old,
    }

    /// <summary>Metadata references for compiling user code: .NET 8 reference assemblies plus the Azure SDK.</summary>
    public static class AzureSdk
    {
        private static readonly Dictionary<SdkShape, ImmutableArray<MetadataReference>> Cache = new();

        /// <summary>The shapes present in this test run: both stand-in shapes, or only the real package.</summary>
        public static IEnumerable<SdkShape> Shapes =>
            Directory.Exists(ShapeFolder("Real")) ? new[] { SdkShape.Main } : new[] { SdkShape.Main, SdkShape.Old };

        public static ImmutableArray<MetadataReference> References(SdkShape shape)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(shape, out var references))
                {
                    references = Build(shape);
                    Cache[shape] = references;
                }

                return references;
            }
        }

        private static ImmutableArray<MetadataReference> Build(SdkShape shape)
        {
            var network = Path.Combine(Directory.Exists(ShapeFolder("Real")) ? ShapeFolder("Real") : ShapeFolder(shape.ToString()), "Azure.ResourceManager.Network.dll");
            if (!File.Exists(network))
            {
                throw new InvalidOperationException("The Azure SDK stand-in was not built into " + network);
            }

            // Azure.Core and Azure.ResourceManager, and the packages their public types come from.
            var azure = new[] { typeof(ArmClient).Assembly.Location, typeof(Azure.Core.ResourceIdentifier).Assembly.Location }
                .Concat(new[] { "System.Memory.Data.dll", "Microsoft.Bcl.AsyncInterfaces.dll" }
                    .Select(file => Path.Combine(AppContext.BaseDirectory, file))
                    .Where(File.Exists))
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            return Basic.Reference.Assemblies.Net80.References.All
                .Cast<MetadataReference>()
                .Concat(azure)
                .Append(MetadataReference.CreateFromFile(network))
                .ToImmutableArray();
        }

        private static string ShapeFolder(string name) => Path.Combine(AppContext.BaseDirectory, "AzureSdk", name);
    }
}
