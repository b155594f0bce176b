using System;
using System.IO;
using System.Text;

namespace Peering.Templates.Input
{
    /// <summary>
    /// One input file read within the size limit: its text, or why it is skipped (too large, binary, not UTF-8).
    /// A file over the limit is never read past it, so a huge or endless file (a device, a growing log) costs
    /// at most the limit. An I/O error (a missing or unreadable file) is thrown: that is the run's problem, not the file's.
    /// </summary>
    public sealed class InputFile
    {
        /// <summary>The default of <c>--max-file-size</c>: far above ARM's own 4 MB template limit, far below what hurts a CI machine.</summary>
        public const int DefaultMaxMegabytes = 20;

        /// <summary>Enough of a skipped file to find its <c>$schema</c>, which comes first in every template we know.</summary>
        private const int HeadBytes = 64 * 1024;

        private InputFile(string? text, string? problem, string head)
        {
            Text = text;
            Problem = problem;
            Head = head;
        }

        /// <summary>The whole text, or null when the file is skipped.</summary>
        public string? Text { get; }

        /// <summary>Why the file is skipped, as the end of a sentence ("it is larger than ..."); null when it was read.</summary>
        public string? Problem { get; }

        /// <summary>The text, or for a skipped file its first bytes read leniently: enough to tell a template from other JSON.</summary>
        public string Head { get; }

        public static long MegabytesToBytes(int megabytes) => (long)megabytes * 1024 * 1024;

        /// <param name="path">The file to open.</param>
        /// <param name="maxBytes">The size limit; a file with more bytes is skipped after reading one byte past it.</param>
        public static InputFile Read(string path, long maxBytes)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var bytes = ReadAtMost(stream, maxBytes + 1);
            if (bytes.Length > maxBytes)
            {
                return Skipped(bytes, "it is larger than the limit of " + Describe(maxBytes) + " (--max-file-size, or maxFileSizeMB in peering-check.json)");
            }

            var text = TemplateText.Decode(bytes, out var problem);
            return text == null ? Skipped(bytes, problem!) : new InputFile(text, null, text);
        }

        /// <summary>The limit as users set it: whole megabytes, or bytes for a limit under one megabyte (tests).</summary>
        public static string Describe(long maxBytes) =>
            maxBytes >= 1024 * 1024 && maxBytes % (1024 * 1024) == 0 ? maxBytes / (1024 * 1024) + " MB" : maxBytes + " bytes";

        private static InputFile Skipped(byte[] bytes, string problem) =>
            new InputFile(null, problem, Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, HeadBytes)));

        private static byte[] ReadAtMost(Stream stream, long count)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            while (buffer.Length < count)
            {
                var read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, count - buffer.Length));
                if (read == 0)
                {
                    break;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }
}
