namespace Peering.Benchmarks.Generation
{
    /// <summary>The network library a compilation's network files use, and reference.</summary>
    internal enum BenchLibrary
    {
        /// <summary>No network file and no network library referenced.</summary>
        None,

        /// <summary>Azure.ResourceManager.Network (the stand-in).</summary>
        ResourceManager,

        /// <summary>Azure.Provisioning.Network (the stand-in), with Azure.Provisioning.</summary>
        Provisioning,

        /// <summary>Pulumi.AzureNative (the stand-in), with the Pulumi core.</summary>
        AzureNative,

        /// <summary>The classic Pulumi.Azure (the stand-in), with the Pulumi core.</summary>
        PulumiAzure,
    }
}
