using Peering.Rules.Text;

namespace Peering.Cli.Output.Graph
{
    /// <summary>How text from the input enters a label: made visible and cut, so a megabyte-long name cannot swamp the picture.</summary>
    internal static class GraphText
    {
        public const int MaxChars = 80;

        /// <summary>A name, region or id from the input, ready to be combined with the label's own words.</summary>
        public static string Of(string value) => DisplayText.Escape(value, MaxChars);
    }
}
