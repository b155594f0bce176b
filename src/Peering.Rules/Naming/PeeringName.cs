using System.Globalization;
using Peering.Rules.Text;

namespace Peering.Rules.Naming
{
    /// <summary>
    /// The name rules Azure enforces for <c>virtualNetworks/virtualNetworkPeerings</c> (InvalidResourceName, PEER403):
    /// 1-80 characters; letters, digits, '_', '.', '-'; starts with a letter or digit; ends with a letter, digit or '_'.
    /// </summary>
    /// <remarks>
    /// "Letters" and "digits" are not limited to ASCII. The naming docs say "alphanumerics"; Azure's error text
    /// says "word characters", which in the .NET regex dialect the network provider is written in means Unicode
    /// letters, decimal digits, combining marks and connector punctuation. Where the two readings differ we accept,
    /// because a false error on a name that deploys is the worst outcome for users. Characters both readings
    /// reject (spaces, other punctuation, and supplementary-plane characters, which a per-UTF-16-unit
    /// regex never matches) are reported. Length is counted in UTF-16 units, as .NET counts it.
    /// The first character follows the docs (letter or digit; not '_'), as rules.md specifies.
    /// </remarks>
    public static class PeeringName
    {
        public const int MaxLength = 80;

        /// <summary>
        /// Null when Azure accepts the name; otherwise a reason that follows the quoted name in a message,
        /// e.g. "starts with '-'; it must start with a letter or digit". Null is treated as empty: callers
        /// pass only names whose value is known.
        /// </summary>
        public static string? Problem(string? name)
        {
            if (string.IsNullOrEmpty(name))
            {
                return "is empty";
            }

            if (name!.Length > MaxLength)
            {
                return "is " + name.Length.ToString(CultureInfo.InvariantCulture) + " characters long; the limit is 80";
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!IsWordCharacter(c) && c != '.' && c != '-')
                {
                    bool pair = char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]);
                    string shown = pair ? name.Substring(i, 2) : c.ToString();
                    return "contains " + DisplayText.Quote(shown) + "; only letters, digits, '_', '.', '-' are allowed";
                }
            }

            if (!char.IsLetterOrDigit(name[0]))
            {
                return "starts with " + DisplayText.Quote(name[0].ToString()) + "; it must start with a letter or digit";
            }

            char last = name[name.Length - 1];
            if (!IsWordCharacter(last))
            {
                return "ends with " + DisplayText.Quote(last.ToString()) + "; it must end with a letter, digit or '_'";
            }

            return null;
        }

        /// <summary>The .NET regex <c>\w</c> class: letters, combining marks, decimal digits, connector punctuation ('_').</summary>
        private static bool IsWordCharacter(char c)
        {
            if (c < 128)
            {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.DecimalDigitNumber:
                case UnicodeCategory.ConnectorPunctuation:
                    return true;
                default:
                    return false;
            }
        }
    }
}
