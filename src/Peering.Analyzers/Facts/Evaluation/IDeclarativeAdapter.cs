namespace Peering.Analyzers.Facts.Evaluation
{
    /// <summary>
    /// The adapter of a library whose program declares resources rather than writing them (Azure.Provisioning): the
    /// resources are deployed as they stand once the code has run, so the reader completes the adapter after the block.
    /// </summary>
    internal interface IDeclarativeAdapter
    {
        /// <summary>Hands the declared resources, as the code left them, to the recorder.</summary>
        void Complete();
    }
}
