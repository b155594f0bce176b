using System.Collections.Generic;
using System.Text.RegularExpressions;
using Peering.Templates;
using Peering.Terraform.Syntax;

namespace Peering.Terraform
{
    /// <summary>
    /// Suppression comments in Terraform files, in the style of tflint and Checkov: <c># peering-check:disable-next-line
    /// PEER301 PEER102</c> (or with <c>//</c>). The comment applies to the next line that is not blank or a comment; when
    /// that line opens a block, to the whole block, since findings point at the block's arguments.
    /// </summary>
    internal static class TerraformSuppressions
    {
        private static readonly Regex DisableNextLine = new Regex(@"^\s*(#|//)\s*peering-check:disable-next-line\b(?<codes>[^\r\n]*)", RegexOptions.CultureInvariant);
        private static readonly Regex RuleId = new Regex(@"\bPEER\d{3}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public static void Collect(SourceText file, Body body, SuppressionSet suppressions)
        {
            var blockEnds = new Dictionary<int, int>();
            AddBlocks(file, body, blockEnds, 0);
            var lines = file.Text.Split('\n');
            for (var index = 0; index < lines.Length; index++)
            {
                var comment = DisableNextLine.Match(lines[index]);
                if (!comment.Success)
                {
                    continue;
                }

                var target = index + 1;
                while (target < lines.Length && IsBlankOrComment(lines[target]))
                {
                    target++;
                }

                var first = target + 1;
                var last = blockEnds.TryGetValue(first, out var end) ? end : first;
                foreach (Match id in RuleId.Matches(comment.Groups["codes"].Value))
                {
                    for (var line = first; line <= last; line++)
                    {
                        suppressions.Add(file.Path, line, id.Value);
                    }
                }
            }
        }

        private static bool IsBlankOrComment(string line)
        {
            var trimmed = line.Trim();
            return trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("//", System.StringComparison.Ordinal);
        }

        /// <summary>The first and last line of every block (nesting is bounded by the parser's limits).</summary>
        private static void AddBlocks(SourceText file, Body body, Dictionary<int, int> ends, int depth)
        {
            foreach (var block in body.Blocks)
            {
                var first = file.LineOf(block.TypeRange.Start);
                var last = file.LineOf(System.Math.Max(block.Range.Start, block.Range.End - 1));
                if (!ends.ContainsKey(first))
                {
                    ends[first] = last;
                }

                AddBlocks(file, block.Body, ends, depth + 1);
            }
        }
    }
}
