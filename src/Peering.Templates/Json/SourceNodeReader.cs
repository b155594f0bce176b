using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Peering.Templates.Json
{
    /// <summary>
    /// Reads JSON text into a <see cref="SourceNode"/> tree with 1-based line and column positions, accepting what ARM
    /// accepts (comments, trailing commas). Positions come from one forward scan over the bytes, so reading is linear.
    /// </summary>
    internal static class SourceNodeReader
    {
        private const int MaxDepth = 128;

        /// <summary>Reads <paramref name="text"/>; throws <see cref="JsonException"/> (with line and position) when it is not JSON.</summary>
        public static SourceNode Read(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
            var positions = new PositionTracker(bytes);
            if (!reader.Read())
            {
                throw new JsonException("The file is empty.", null, 0, 0);
            }

            var root = ReadValue(ref reader, positions);
            if (reader.Read())
            {
                throw new JsonException("There is more text after the JSON value.", null, positions.LineOf(reader.TokenStartIndex) - 1, 0);
            }

            return root;
        }

        private static SourceNode ReadValue(ref Utf8JsonReader reader, PositionTracker positions)
        {
            var (line, column) = positions.At(reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var properties = new List<SourceProperty>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = Text(ref reader, positions);
                        reader.Read();
                        properties.Add(new SourceProperty(name, ReadValue(ref reader, positions)));
                    }

                    return Closed(new SourceNode(SourceNodeKind.Object, line, column, properties: properties), reader, positions);
                case JsonTokenType.StartArray:
                    var items = new List<SourceNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, positions));
                    }

                    return Closed(new SourceNode(SourceNodeKind.Array, line, column, items: items), reader, positions);
                case JsonTokenType.String:
                    return Leaf(new SourceNode(SourceNodeKind.String, line, column, Text(ref reader, positions)));
                case JsonTokenType.Number:
                    return Leaf(new SourceNode(SourceNodeKind.Number, line, column, Encoding.UTF8.GetString(reader.ValueSpan.ToArray())));
                case JsonTokenType.True:
                    return Leaf(new SourceNode(SourceNodeKind.True, line, column));
                case JsonTokenType.False:
                    return Leaf(new SourceNode(SourceNodeKind.False, line, column));
                default:
                    return Leaf(new SourceNode(SourceNodeKind.Null, line, column));
            }
        }

        /// <summary>A string token's text; an escape that is no valid UTF-16 (a lone surrogate) is a JSON error like any other.</summary>
        private static string Text(ref Utf8JsonReader reader, PositionTracker positions)
        {
            try
            {
                return reader.GetString()!;
            }
            catch (InvalidOperationException e)
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                throw new JsonException(e.Message, null, line - 1, column - 1);
            }
        }

        private static SourceNode Closed(SourceNode node, Utf8JsonReader reader, PositionTracker positions)
        {
            node.EndLine = positions.LineOf(reader.TokenStartIndex);
            return node;
        }

        private static SourceNode Leaf(SourceNode node)
        {
            node.EndLine = node.Line;
            return node;
        }

        /// <summary>Turns byte offsets, which only grow, into line and column by scanning forward from the last offset.</summary>
        private sealed class PositionTracker
        {
            private readonly byte[] bytes;
            private int offset;
            private int line = 1;
            private int column = 1;

            public PositionTracker(byte[] bytes)
            {
                this.bytes = bytes;
            }

            public (int Line, int Column) At(long target)
            {
                var end = (int)Math.Min(target, bytes.Length);
                for (; offset < end; offset++)
                {
                    var b = bytes[offset];
                    if (b == (byte)'\n')
                    {
                        line++;
                        column = 1;
                    }
                    else if ((b & 0xC0) != 0x80)
                    {
                        // Continuation bytes of a UTF-8 sequence belong to the character already counted.
                        column++;
                    }
                }

                return (line, column);
            }

            public int LineOf(long target) => At(target).Line;
        }
    }
}
