using System.Text;
using System.Text.RegularExpressions;

namespace Peering.Cli.Discovery
{
    /// <summary>
    /// An exclusion pattern of the configuration file, matched against paths relative to the folder searched, with
    /// <c>/</c> separators: <c>*</c> and <c>?</c> stay within one folder name, <c>**</c> crosses folders. A pattern that
    /// matches a folder excludes everything below it.
    /// </summary>
    internal sealed class PathGlob
    {
        private readonly Regex regex;

        public PathGlob(string pattern)
        {
            Pattern = pattern;
            regex = new Regex("^" + Translate(pattern.Trim().Replace('\\', '/').TrimStart('/').TrimEnd('/')) + "$", RegexOptions.CultureInvariant);
        }

        public string Pattern { get; }

        public bool IsMatch(string relativePath) => regex.IsMatch(relativePath.Replace('\\', '/'));

        private static string Translate(string pattern)
        {
            if (pattern.StartsWith("./", System.StringComparison.Ordinal))
            {
                pattern = pattern.Substring(2);
            }

            var text = new StringBuilder();
            for (var index = 0; index < pattern.Length; index++)
            {
                var character = pattern[index];
                if (character == '*' && index + 1 < pattern.Length && pattern[index + 1] == '*')
                {
                    var followedBySlash = index + 2 < pattern.Length && pattern[index + 2] == '/';
                    text.Append(followedBySlash ? "(.*/)?" : ".*");
                    index += followedBySlash ? 2 : 1;
                }
                else if (character == '*')
                {
                    text.Append("[^/]*");
                }
                else if (character == '?')
                {
                    text.Append("[^/]");
                }
                else
                {
                    text.Append(Regex.Escape(character.ToString()));
                }
            }

            return text.ToString();
        }
    }
}
