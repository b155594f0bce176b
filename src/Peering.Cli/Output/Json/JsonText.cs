using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Peering.Cli.Output.Json
{
    /// <summary>
    /// Writes indented JSON to a text writer. The default encoder escapes '&lt;', '&gt;', '&amp;', quotes, controls and
    /// non-ASCII characters, so a hostile name cannot end a string or an HTML script block a report is embedded in.
    /// </summary>
    internal static class JsonText
    {
        public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            {
                write(writer);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}
