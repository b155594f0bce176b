using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// ARM's string functions (learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-string)
    /// beyond those in <see cref="ArmFunctions"/>. ARM compares case-insensitively in startsWith, endsWith, indexOf and
    /// lastIndexOf; which case folding it uses is not documented, so text outside ASCII leaves those unknown.
    /// </summary>
    internal static class StringFunctions
    {
        /// <summary>Padding beyond this is refused before it is allocated (the result would be over the evaluator's limit anyway).</summary>
        private const int MaxPadding = 1_000_000;

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        public static ArmValue StartsOrEndsWith(IReadOnlyList<ArmValue> arguments, bool start) =>
            AsciiPair(arguments) is (string text, string part)
                ? ArmValue.From(start ? text.StartsWith(part, StringComparison.OrdinalIgnoreCase) : text.EndsWith(part, StringComparison.OrdinalIgnoreCase))
                : ArmUnknown.Instance;

        /// <summary>indexOf/lastIndexOf of text in text; an empty search text is left unknown (.NET versions disagree on lastIndexOf of it).</summary>
        public static ArmValue IndexOf(string text, string part, bool last)
        {
            if (part.Length == 0 || !IsAscii(text) || !IsAscii(part))
            {
                return ArmUnknown.Instance;
            }

            return new ArmNumber(last ? text.LastIndexOf(part, StringComparison.OrdinalIgnoreCase) : text.IndexOf(part, StringComparison.OrdinalIgnoreCase));
        }

        /// <summary><c>substring(text, start[, length])</c>; outside the text ARM fails, so the value is unknown.</summary>
        public static ArmValue Substring(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count < 2 || arguments.Count > 3 || !(arguments[0] is ArmString text) || !(arguments[1] is ArmNumber start)
                || start.Value < 0 || start.Value > text.Value.Length)
            {
                return ArmUnknown.Instance;
            }

            long length = text.Value.Length - start.Value;
            if (arguments.Count == 3)
            {
                if (!(arguments[2] is ArmNumber given) || given.Value < 0 || given.Value > length)
                {
                    return ArmUnknown.Instance;
                }

                length = given.Value;
            }

            return new ArmString(text.Value.Substring((int)start.Value, (int)length));
        }

        /// <summary><c>padLeft(value, totalLength[, paddingCharacter])</c>: a number or string, padded with spaces unless told otherwise.</summary>
        public static ArmValue PadLeft(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count < 2 || arguments.Count > 3 || !(arguments[0] is ArmString || arguments[0] is ArmNumber) || !(arguments[1] is ArmNumber total)
                || total.Value > MaxPadding)
            {
                return ArmUnknown.Instance;
            }

            var padding = ' ';
            if (arguments.Count == 3)
            {
                if (!(arguments[2] is ArmString character) || character.Value.Length != 1)
                {
                    return ArmUnknown.Instance;
                }

                padding = character.Value[0];
            }

            return new ArmString(arguments[0].ToArmString().PadLeft((int)Math.Max(0, total.Value), padding));
        }

        public static ArmValue Base64(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text ? new ArmString(Convert.ToBase64String(Encoding.UTF8.GetBytes(text.Value))) : ArmUnknown.Instance;

        public static ArmValue Base64ToString(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text && Decode(text.Value) is string decoded ? new ArmString(decoded) : ArmUnknown.Instance;

        public static ArmValue Base64ToJson(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text && Decode(text.Value) is string decoded ? ParseJson(decoded) : ArmUnknown.Instance;

        /// <summary><c>dataUri('Hello')</c> is <c>data:text/plain;charset=utf8;base64,SGVsbG8=</c>, as ARM's documentation shows.</summary>
        public static ArmValue DataUri(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text
                ? new ArmString("data:text/plain;charset=utf8;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(text.Value)))
                : ArmUnknown.Instance;

        /// <summary>The text of a base64 data URI in UTF-8 (or without a charset); other data URIs are left unknown.</summary>
        public static ArmValue DataUriToString(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 1 || !(arguments[0] is ArmString text) || !text.Value.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                return ArmUnknown.Instance;
            }

            var comma = text.Value.IndexOf(',');
            var header = comma < 0 ? Array.Empty<string>() : text.Value.Substring(5, comma - 5).Split(';');
            var charsets = header.Where(h => h.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)).Select(h => h.Substring(8)).ToArray();
            if (header.Length == 0 || !string.Equals(header[header.Length - 1], "base64", StringComparison.OrdinalIgnoreCase)
                || !charsets.All(c => string.Equals(c, "utf8", StringComparison.OrdinalIgnoreCase) || string.Equals(c, "utf-8", StringComparison.OrdinalIgnoreCase)))
            {
                return ArmUnknown.Instance;
            }

            return Decode(text.Value.Substring(comma + 1)) is string decoded ? new ArmString(decoded) : ArmUnknown.Instance;
        }

        public static ArmValue UriComponent(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text ? new ArmString(System.Uri.EscapeDataString(text.Value)) : ArmUnknown.Instance;

        public static ArmValue UriComponentToString(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text ? new ArmString(System.Uri.UnescapeDataString(text.Value)) : ArmUnknown.Instance;

        /// <summary>
        /// <c>uri(baseUri, relativeUri)</c>: the relative URI resolved against the base, as .NET's Uri does. .NET writes a
        /// URI two ways (escaped or not); where they differ it is not known which ARM returns, so the value is unknown.
        /// </summary>
        public static ArmValue Uri(IReadOnlyList<ArmValue> arguments)
        {
            if (arguments.Count != 2 || !(arguments[0] is ArmString baseText) || !(arguments[1] is ArmString relative)
                || !System.Uri.TryCreate(baseText.Value, UriKind.Absolute, out var baseUri) || !System.Uri.TryCreate(baseUri, relative.Value, out var resolved))
            {
                return ArmUnknown.Instance;
            }

            var text = resolved.ToString();
            return string.Equals(text, resolved.AbsoluteUri, StringComparison.Ordinal) ? new ArmString(text) : ArmUnknown.Instance;
        }

        /// <summary><c>bool(value)</c>: 'true'/'false' in any case, 0 or 1, or a bool.</summary>
        public static ArmValue Bool(IReadOnlyList<ArmValue> arguments) => arguments.Count == 1 ? arguments[0] switch
        {
            ArmBool b => b,
            ArmString s when string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase) => ArmBool.True,
            ArmString s when string.Equals(s.Value, "false", StringComparison.OrdinalIgnoreCase) => ArmBool.False,
            ArmNumber n when n.Value == 0 || n.Value == 1 => ArmValue.From(n.Value == 1),
            _ => ArmUnknown.Instance,
        }
        : ArmUnknown.Instance;

        /// <summary><c>json(text)</c>: the value the JSON text describes, read as ARM reads JSON; unknown when it is not JSON.</summary>
        public static ArmValue Json(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 1 && arguments[0] is ArmString text ? ParseJson(text.Value) : ArmUnknown.Instance;

        private static ArmValue ParseJson(string text)
        {
            try
            {
                return LiteralValue.Of(SourceNodeReader.Read(text));
            }
            catch (JsonException)
            {
                return ArmUnknown.Instance;
            }
        }

        private static string? Decode(string base64)
        {
            try
            {
                return StrictUtf8.GetString(Convert.FromBase64String(base64));
            }
            catch (Exception e) when (e is FormatException || e is ArgumentException)
            {
                return null;
            }
        }

        private static (string Text, string Part)? AsciiPair(IReadOnlyList<ArmValue> arguments) =>
            arguments.Count == 2 && arguments[0] is ArmString text && arguments[1] is ArmString part && IsAscii(text.Value) && IsAscii(part.Value)
                ? (text.Value, part.Value)
                : null;

        private static bool IsAscii(string text) => text.All(c => c < 128);
    }
}
