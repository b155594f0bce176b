namespace Peering.Cli.Output.Graph
{
    internal static class GraphText
    {
        /// <summary>Label lines longer than this are cut: a megabyte-long name must not make the picture unreadable.</summary>
        public const int MaxChars = 80;
    }
}
