using System.IO;
using System.Linq;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>Paths in the repository under test, found from where the test assembly runs.</summary>
    public static class Repository
    {
        public static string Root => TestRepository.Root;

        public static string PackageProject => Path.Combine(Root, "nuget", "Peering.Analyzers.Package", "Peering.Analyzers.Package.csproj");

        public static string SdkStandInProject => Path.Combine(Root, "tests", "AzureSdkSurface", "AzureSdkSurface.csproj");

        /// <summary>Where AzureSdkSurface.csproj puts the Main shape in Release (bin/&lt;Configuration&gt;/&lt;Shape&gt;/netstandard2.0/).</summary>
        public static string SdkStandInAssembly => Path.Combine(Root, "tests", "AzureSdkSurface", "bin", "Release", "Main", "netstandard2.0", "Azure.ResourceManager.Network.dll");

        /// <summary>The Pulumi.AzureNative stand-in (its 3.x shape), which builds the Pulumi core stand-in with it.</summary>
        public static string AzureNativeStandInProject => Path.Combine(Root, "tests", "PulumiSurface", "Pulumi.AzureNative", "Pulumi.AzureNative.csproj");

        /// <summary>Where the stand-ins' Release builds put Pulumi.dll and Pulumi.AzureNative.dll.</summary>
        public static string[] AzureNativeStandInAssemblies =>
        [
            Path.Combine(Root, "tests", "PulumiSurface", "Pulumi", "bin", "Release", "net8.0", "Pulumi.dll"),
            Path.Combine(Root, "tests", "PulumiSurface", "Pulumi.AzureNative", "bin", "Release", "V3", "net8.0", "Pulumi.AzureNative.dll"),
        ];

        public static string ProvisioningStandInProject => Path.Combine(Root, "tests", "AzureProvisioningSurface", "Network", "ProvisioningNetworkSurface.csproj");

        /// <summary>Where ProvisioningNetworkSurface.csproj puts its Main shape in Release, next to the Azure.Provisioning core it builds.</summary>
        public static string[] ProvisioningStandInAssemblies => new[] { "Azure.Provisioning.dll", "Azure.Provisioning.Network.dll" }
            .Select(file => Path.Combine(Root, "tests", "AzureProvisioningSurface", "Network", "bin", "Release", "Main", "netstandard2.0", file))
            .ToArray();

        /// <summary>A sample program of the repository (samples/&lt;name&gt;).</summary>
        public static string Sample(string name) => Path.Combine(Root, "samples", name);
    }
}
