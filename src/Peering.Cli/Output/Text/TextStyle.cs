using Peering.Rules.Catalogue;

namespace Peering.Cli.Output.Text
{
    /// <summary>ANSI colours for the text format, or nothing at all when colour is off.</summary>
    internal sealed class TextStyle
    {
        private const string Reset = "\u001b[0m";
        private readonly bool enabled;

        public TextStyle(bool enabled)
        {
            this.enabled = enabled;
        }

        public string Bold(string text) => Paint("\u001b[1m", text);

        public string Dim(string text) => Paint("\u001b[2m", text);

        public string Severity(RuleSeverity severity, string text) => severity switch
        {
            RuleSeverity.Error => Paint("\u001b[1;31m", text),
            RuleSeverity.Warning => Paint("\u001b[33m", text),
            _ => Paint("\u001b[36m", text),
        };

        private string Paint(string code, string text) => enabled ? code + text + Reset : text;
    }
}
