using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.CodeAnalysis;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// The Pulumi assemblies a Pulumi case compiles against: Pulumi.dll and one provider, from the stand-ins the build copies
    /// into PulumiSdk/, or from PulumiSdk/Real when the build was switched to the real packages.
    /// </summary>
    public static class PulumiSdk
    {
        /// <summary>True when this test run compiles the Pulumi cases against the real packages.</summary>
        public static bool UsesRealPackages => Directory.Exists(Folder("Real"));

        public static IEnumerable<MetadataReference> References(SdkShape shape)
        {
            var (folder, provider) = shape switch
            {
                SdkShape.AzureNative => ("AzureNative", "Pulumi.AzureNative.dll"),
                SdkShape.AzureNativeV2 => ("AzureNativeV2", "Pulumi.AzureNative.dll"),
                SdkShape.PulumiAzure => ("PulumiAzure", "Pulumi.Azure.dll"),
                _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Not a Pulumi shape."),
            };
            var core = UsesRealPackages ? Path.Combine(Folder("Real"), "Pulumi.dll") : Path.Combine(Folder("Core"), "Pulumi.dll");
            var library = Path.Combine(UsesRealPackages ? Folder("Real") : Folder(folder), provider);
            foreach (var path in new[] { core, library })
            {
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException("The Pulumi stand-in was not built into " + path);
                }

                yield return MetadataReference.CreateFromFile(path);
            }
        }

        private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "PulumiSdk", name);
    }
}
