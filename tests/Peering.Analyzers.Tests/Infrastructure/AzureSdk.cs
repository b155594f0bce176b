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
    /// The library shapes the cases compile against, from the stand-ins, or only the real package of a library. Main and
    /// Old are the current and an older shape of an Azure library: for Azure.ResourceManager.Network, 1.16 and later and
    /// before 1.16; for Azure.Provisioning.Network, 1.0.0-beta.3 and beta.1/beta.2. Pulumi.AzureNative has two (3.x,
    /// 2.x), classic Pulumi.Azure one.
    /// </summary>
    public enum SdkShape
    {
        Main,
        Old,
        AzureNative,
        AzureNativeV2,
        PulumiAzure,
    }

    /// <summary>The C# libraries the analyzers read, each a front end with its own cases.</summary>
    public enum SdkLibrary
    {
        /// <summary>Azure.ResourceManager.Network: imperative calls to Azure.</summary>
        ResourceManager,

        /// <summary>Azure.Provisioning.Network: a program that declares resources and builds Bicep.</summary>
        Provisioning,

        /// <summary>Pulumi.AzureNative: a Pulumi program.</summary>
        AzureNative,

        /// <summary>The classic Pulumi.Azure: a Pulumi program.</summary>
        PulumiAzure,
    }

    /// <summary>Metadata references for compiling user code: .NET 8 reference assemblies plus the library it uses.</summary>
    public static class AzureSdk
    {
        private static readonly Dictionary<(SdkLibrary, SdkShape), ImmutableArray<MetadataReference>> Cache = new();

        /// <summary>The Azure.ResourceManager.Network shapes present in this test run.</summary>
        public static IEnumerable<SdkShape> Shapes => ShapesOf(SdkLibrary.ResourceManager);

        /// <summary>The shapes of <paramref name="library"/> present in this test run: its stand-in shapes, or only the real package.</summary>
        public static IReadOnlyList<SdkShape> ShapesOf(SdkLibrary library) => library switch
        {
            SdkLibrary.AzureNative => PulumiSdk.UsesRealPackages ? new[] { SdkShape.AzureNative } : new[] { SdkShape.AzureNative, SdkShape.AzureNativeV2 },
            SdkLibrary.PulumiAzure => new[] { SdkShape.PulumiAzure },
            _ => Directory.Exists(ShapeFolder(library, "Real")) ? new[] { SdkShape.Main } : new[] { SdkShape.Main, SdkShape.Old },
        };

        /// <summary>The library a Pulumi shape is of; Main and Old are first Azure.ResourceManager.Network's.</summary>
        public static SdkLibrary LibraryOf(SdkShape shape) => shape switch
        {
            SdkShape.AzureNative or SdkShape.AzureNativeV2 => SdkLibrary.AzureNative,
            SdkShape.PulumiAzure => SdkLibrary.PulumiAzure,
            _ => SdkLibrary.ResourceManager,
        };

        /// <summary>
        /// The library a program uses, from its text: a Pulumi provider or Azure.Provisioning it imports or names, else
        /// Azure.ResourceManager.Network. For inputs that are not in a library's case folder (samples, programs written inline in tests).
        /// </summary>
        public static SdkLibrary LibraryOf(params string[] sources) =>
            sources.Any(s => s.Contains("Pulumi.AzureNative", StringComparison.Ordinal)) ? SdkLibrary.AzureNative
            : sources.Any(s => s.Contains("Pulumi.Azure.", StringComparison.Ordinal)) ? SdkLibrary.PulumiAzure
            : sources.Any(s => s.Contains("using Azure.Provisioning", StringComparison.Ordinal)) ? SdkLibrary.Provisioning
            : SdkLibrary.ResourceManager;

        /// <summary>
        /// The shape of <paramref name="library"/> that stands where <paramref name="shape"/> stands among its own library's
        /// shapes: a test that runs every input under each configuration of Azure.ResourceManager.Network runs a program of
        /// another library under that library's shapes in turn.
        /// </summary>
        public static SdkShape Corresponding(SdkShape shape, SdkLibrary library)
        {
            var shapes = ShapesOf(library);
            if (shapes.Contains(shape))
            {
                return shape;
            }

            var position = Math.Max(0, ShapesOf(LibraryOf(shape)).ToList().IndexOf(shape));
            return shapes[position % shapes.Count];
        }

        /// <summary>The references for a program of <paramref name="library"/>; a Pulumi shape names its library itself.</summary>
        public static ImmutableArray<MetadataReference> References(SdkShape shape, SdkLibrary library = SdkLibrary.ResourceManager)
        {
            library = LibraryOf(shape) is SdkLibrary.AzureNative or SdkLibrary.PulumiAzure ? LibraryOf(shape) : library;
            shape = Corresponding(shape, library);
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
            if (library is SdkLibrary.AzureNative or SdkLibrary.PulumiAzure)
            {
                return Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(PulumiSdk.References(shape)).ToImmutableArray();
            }

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
