using System;
using System.Text.RegularExpressions;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Reads Bicep's own suppression comment, <c>#disable-next-line PEER301 PEER102</c>, for the validator's rules. Bicep
    /// accepts codes it does not know there, so the comment silences the validator without upsetting the compiler.
    /// The suppression applies to the next line that is not a decorator, which is where findings of a resource are reported.
    /// </summary>
    internal static class BicepSuppressions
    {
        private static readonly Regex DisableNextLine = new Regex(@"^\s*#disable-next-line\b(?<codes>[^\r\n]*)", RegexOptions.CultureInvariant);
        private static readonly Regex RuleId = new Regex(@"\bPEER\d{3}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static void Read(string bicepPath, string bicepText, SuppressionSet suppressions)
        {
            var lines = bicepText.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var comment = DisableNextLine.Match(lines[index]);
                if (!comment.Success)
                {
                    continue;
                }

                var target = index + 1;
                while (target < lines.Length && lines[target].TrimStart().StartsWith("@", StringComparison.Ordinal))
                {
                    target++;
                }

                foreach (Match id in RuleId.Matches(comment.Groups["codes"].Value))
                {
                    suppressions.Add(bicepPath, target + 1, id.Value);
                }
            }
        }
    }
}
