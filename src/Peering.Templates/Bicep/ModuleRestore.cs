namespace Peering.Templates.Bicep
{
    /// <summary>Whether the Bicep compilation of a run may download the registry modules its files use.</summary>
    public enum ModuleRestore
    {
        /// <summary>As <c>bicep build</c>: a module missing from the local cache is restored from its registry.</summary>
        Restore,

        /// <summary>Nothing is downloaded: only what is in the local module cache is used.</summary>
        Offline,
    }
}
