using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Azure.ResourceManager;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The shapes of a library the cases compile against: its current one (Main) and an older one (Old), from the
    /// stand-ins, or only the real package. For Azure.ResourceManager.Network, Main is 1.16 and later and Old before 1.16;
    /// for Azure.Provisioning.Network, Main is 1.0.0-beta.3 and Old beta.1 and beta.2.
    /// </summary>
    public enum SdkShape
    {
        Main,
        Old,
    }

    /// <summary>The C# libraries the analyzers read, each a front end with its own cases.</summary>
    public enum SdkLibrary
    {
        /// <summary>Azure.ResourceManager.Network: imperative calls to Azure.</summary>
        ResourceManager,

        /// <summary>Azure.Provisioning.Network: a program that declares resources and builds Bicep.</summary>
        Provisioning,
    }

    /// <summary>Metadata references for compiling user code: .NET 8 reference assemblies plus a library and Azure.Core.</summary>
    public static class AzureSdk
    {
        private static readonly Dictionary<(SdkLibrary, SdkShape), ImmutableArray<MetadataReference>> Cache = new();

        /// <summary>The shapes of Azure.ResourceManager.Network present in this test run.</summary>
        public static IEnumerable<SdkShape> Shapes => ShapesOf(SdkLibrary.ResourceManager);

        /// <summary>The shapes of <paramref name="library"/> present in this test run: both stand-in shapes, or only the real package.</summary>
        public static IEnumerable<SdkShape> ShapesOf(SdkLibrary library) =>
            Directory.Exists(ShapeFolder(library, "Real")) ? new[] { SdkShape.Main } : new[] { SdkShape.Main, SdkShape.Old };

        /// <summary>The library a program uses, from its usings: a program that imports Azure.Provisioning uses that library.</summary>
        public static SdkLibrary LibraryOf(params string[] sources) =>
            sources.Any(s => s.Contains("using Azure.Provisioning", StringComparison.Ordinal)) ? SdkLibrary.Provisioning : SdkLibrary.ResourceManager;

        public static ImmutableArray<MetadataReference> References(SdkShape shape, SdkLibrary library = SdkLibrary.ResourceManager)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue((library, shape), out var references))
                {
                    references = Build(library, shape);
                    Cache[(library, shape)] = references;
                }

                return references;
            }
        }

        private static ImmutableArray<MetadataReference> Build(SdkLibrary library, SdkShape shape)
        {
            var folder = Directory.Exists(ShapeFolder(library, "Real")) ? ShapeFolder(library, "Real") : ShapeFolder(library, shape.ToString());
            var libraryFiles = library == SdkLibrary.Provisioning
                ? new[] { "Azure.Provisioning.dll", "Azure.Provisioning.Network.dll" }
                : new[] { "Azure.ResourceManager.Network.dll" };
            var paths = libraryFiles.Select(file => Path.Combine(folder, file)).ToArray();
            if (paths.FirstOrDefault(path => !File.Exists(path)) is { } missing)
            {
                throw new InvalidOperationException("The library stand-in was not built into " + missing);
            }

            // Azure.Core and Azure.ResourceManager, and the packages their public types come from.
            var azure = new[] { typeof(ArmClient).Assembly.Location, typeof(Azure.Core.ResourceIdentifier).Assembly.Location }
                .Concat(new[] { "System.Memory.Data.dll", "Microsoft.Bcl.AsyncInterfaces.dll", "System.ClientModel.dll" }
                    .Select(file => Path.Combine(AppContext.BaseDirectory, file))
                    .Where(File.Exists))
                .Concat(paths)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
            return Basic.Reference.Assemblies.Net80.References.All
                .Cast<MetadataReference>()
                .Concat(azure)
                .ToImmutableArray();
        }

        private static string ShapeFolder(SdkLibrary library, string name) =>
            Path.Combine(AppContext.BaseDirectory, library == SdkLibrary.Provisioning ? "AzureProvisioning" : "AzureSdk", name);
    }
}
