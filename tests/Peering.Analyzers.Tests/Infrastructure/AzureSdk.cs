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
    /// The library shapes the analyzer cases compile against: Azure.ResourceManager.Network's two (Main, Old), Pulumi.AzureNative's
    /// two (3.x, 2.x) and classic Pulumi.Azure's one; or the real package of a library in place of its stand-in shapes.
    /// </summary>
    public enum SdkShape
    {
        Main,
        Old,
        AzureNative,
        AzureNativeV2,
        PulumiAzure,
    }

    /// <summary>The libraries whose programs the analyzers read; each case folder is about one.</summary>
    public enum SdkLibrary
    {
        ResourceManager,
        AzureNative,
        PulumiAzure,
    }

    /// <summary>Metadata references for compiling user code: .NET 8 reference assemblies plus the library it uses.</summary>
    public static class AzureSdk
    {
        private static readonly Dictionary<SdkShape, ImmutableArray<MetadataReference>> Cache = new();

        /// <summary>The Azure.ResourceManager.Network shapes present in this test run: both stand-in shapes, or only the real package.</summary>
        public static IEnumerable<SdkShape> Shapes => ShapesOf(SdkLibrary.ResourceManager);

        /// <summary>The shapes of <paramref name="library"/> present in this test run.</summary>
        public static IReadOnlyList<SdkShape> ShapesOf(SdkLibrary library) => library switch
        {
            SdkLibrary.AzureNative => PulumiSdk.UsesRealPackages ? new[] { SdkShape.AzureNative } : new[] { SdkShape.AzureNative, SdkShape.AzureNativeV2 },
            SdkLibrary.PulumiAzure => new[] { SdkShape.PulumiAzure },
            _ => Directory.Exists(ShapeFolder("Real")) ? new[] { SdkShape.Main } : new[] { SdkShape.Main, SdkShape.Old },
        };

        public static SdkLibrary LibraryOf(SdkShape shape) => shape switch
        {
            SdkShape.AzureNative or SdkShape.AzureNativeV2 => SdkLibrary.AzureNative,
            SdkShape.PulumiAzure => SdkLibrary.PulumiAzure,
            _ => SdkLibrary.ResourceManager,
        };

        /// <summary>
        /// The shape of <paramref name="library"/> that stands where <paramref name="shape"/> stands among its own library's
        /// shapes: a test that runs every input under each configuration of Azure.ResourceManager.Network runs a Pulumi
        /// program under the Pulumi shapes in turn.
        /// </summary>
        public static SdkShape Corresponding(SdkShape shape, SdkLibrary library)
        {
            if (LibraryOf(shape) == library)
            {
                return shape;
            }

            var position = Math.Max(0, ShapesOf(LibraryOf(shape)).ToList().IndexOf(shape));
            var shapes = ShapesOf(library);
            return shapes[position % shapes.Count];
        }

        /// <summary>
        /// The library a program uses, from its text: a Pulumi provider it imports or names, else Azure.ResourceManager.Network.
        /// For inputs that are not in a library's case folder (samples, programs written inline in tests).
        /// </summary>
        public static SdkLibrary LibraryUsedBy(string text) =>
            text.Contains("Pulumi.AzureNative", StringComparison.Ordinal) ? SdkLibrary.AzureNative
            : text.Contains("Pulumi.Azure.", StringComparison.Ordinal) ? SdkLibrary.PulumiAzure
            : SdkLibrary.ResourceManager;

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
            if (shape is SdkShape.AzureNative or SdkShape.AzureNativeV2 or SdkShape.PulumiAzure)
            {
                return Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(PulumiSdk.References(shape)).ToImmutableArray();
            }

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
