using System;
using System.Text;

namespace Peering.Templates.Input
{
    /// <summary>
    /// Turns the bytes of an input file into text, refusing what is no template: binary files (a NUL byte) and bytes
    /// that are not valid UTF-8. A byte-order mark (UTF-8, or UTF-16 as some Windows editors write) is accepted and
    /// dropped. Decoding is strict so a damaged file is reported, not read as replacement characters.
    /// </summary>
    public static class TemplateText
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly UnicodeEncoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        private static readonly UnicodeEncoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

        /// <summary>The text of <paramref name="bytes"/>, or null with <paramref name="problem"/> saying why it is not text.</summary>
        public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
        {
            problem = null;
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return Strict(StrictUtf16LittleEndian, bytes.Slice(2), "UTF-16", out problem);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return Strict(StrictUtf16BigEndian, bytes.Slice(2), "UTF-16", out problem);
            }

            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bytes = bytes.Slice(3);
            }

            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                problem = "it is a binary file (a NUL byte at offset " + nul + ")";
                return null;
            }

            return Strict(StrictUtf8, bytes, "UTF-8", out problem);
        }

        private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string? problem)
        {
            try
            {
                problem = null;
                return encoding.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                problem = "it is not valid " + name + " text (an invalid byte sequence at offset " + e.Index + ")";
                return null;
            }
        }
    }
}
