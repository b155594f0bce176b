namespace Peering.Benchmarks.Generation
{
    /// <summary>The network library the generated network files use, and a bench compilation references, if any.</summary>
    internal enum BenchLibrary
    {
        None,
        ResourceManager,
        Provisioning,
    }
}
