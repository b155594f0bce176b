using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Peering.Templates.Bicep
{
    /// <summary>One top-level resource of a compiled template: the lines it spans (1-based) and what identifies it.</summary>
    internal sealed record CompiledResourceSpan(int StartLine, int EndLine, string? Type, string? SymbolicName);

    /// <summary>
    /// Reads where each top-level resource of a template Bicep compiled lies in the JSON text, so that anything the
    /// ARM reader finds inside one (the resource itself, or a resource of a module's nested template) can be traced back
    /// to one Bicep declaration. Both template shapes: <c>resources</c> as an array, or as an object keyed by symbolic
    /// name (language version 2.0).
    /// </summary>
    internal static class CompiledResourceSpans
    {
        public static IReadOnlyList<CompiledResourceSpan> Read(string jsonText)
        {
            var bytes = Encoding.UTF8.GetBytes(jsonText);
            var lineStarts = LineStarts(bytes);
            var spans = new List<CompiledResourceSpan>();
            try
            {
                var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return spans;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isResources = reader.ValueTextEquals("resources");
                    reader.Read();
                    if (isResources && (reader.TokenType == JsonTokenType.StartArray || reader.TokenType == JsonTokenType.StartObject))
                    {
                        ReadResources(ref reader, lineStarts, spans);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            catch (JsonException)
            {
                // Bicep's own output is valid JSON; should it not be, the resources read so far still place findings.
            }

            return spans;
        }

        private static void ReadResources(ref Utf8JsonReader reader, int[] lineStarts, List<CompiledResourceSpan> spans)
        {
            var keyed = reader.TokenType == JsonTokenType.StartObject;
            var end = keyed ? JsonTokenType.EndObject : JsonTokenType.EndArray;
            while (reader.Read() && reader.TokenType != end)
            {
                string? symbolicName = null;
                if (keyed)
                {
                    symbolicName = reader.GetString();
                    reader.Read();
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                var startLine = LineOf(lineStarts, reader.TokenStartIndex);
                string? type = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isType = reader.ValueTextEquals("type");
                    reader.Read();
                    if (isType && reader.TokenType == JsonTokenType.String)
                    {
                        type = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                spans.Add(new CompiledResourceSpan(startLine, LineOf(lineStarts, reader.TokenStartIndex), type, symbolicName));
            }
        }

        private static int[] LineStarts(byte[] bytes)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts.ToArray();
        }

        private static int LineOf(int[] lineStarts, long offset)
        {
            var index = Array.BinarySearch(lineStarts, (int)offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
