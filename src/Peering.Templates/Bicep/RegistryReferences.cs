using System;
using System.IO;
using System.Text.RegularExpressions;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Finds references to module registries (<c>'br:…'</c>, <c>'br/public:…'</c>, template specs <c>'ts:…'</c>) in a
    /// Bicep or <c>.bicepparam</c> file. Bicep downloads such modules while it compiles, so a file that has one is not
    /// given to Bicep: a template under review must not make the check reach the network.
    /// </summary>
    internal static class RegistryReferences
    {
        private static readonly Regex Reference = new Regex(@"'(?<reference>(?:br|ts)(?::|/[A-Za-z0-9_.-]*:)[^'\r\n]*)'", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        /// <summary>The first registry reference of the file, or null when it names none or cannot be read (Bicep then reports why).</summary>
        public static string? First(string path)
        {
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return null;
            }

            var match = Reference.Match(text);
            return match.Success ? match.Groups["reference"].Value : null;
        }
    }
}
