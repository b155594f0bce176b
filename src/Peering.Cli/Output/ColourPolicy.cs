namespace Peering.Cli.Output
{
    /// <summary>Whether the text format may colour its output.</summary>
    public static class ColourPolicy
    {
        /// <summary>
        /// Colour only on a terminal, and never when <c>NO_COLOR</c> is set to a non-empty value (https://no-color.org).
        /// The caller passes what it knows (<c>!Console.IsOutputRedirected</c> and no <c>--output</c> file; the variable),
        /// so the decision is testable.
        /// </summary>
        public static bool UseColour(bool writingToTerminal, string? noColorVariable) =>
            writingToTerminal && string.IsNullOrEmpty(noColorVariable);
    }
}
