using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Peering.Templates.Json
{
    /// <summary>
    /// Reads JSON text into a <see cref="SourceNode"/> tree with 1-based line and column positions, accepting what ARM
    /// accepts (comments, trailing commas). Positions come from one forward scan over the bytes, so reading is linear.
    /// A repeated property name is kept as written; lookups take the last, as ARM does. The tree is bounded (nesting,
    /// array length, number of values) so a hostile file cannot make the tree many times larger than the file.
    /// </summary>
    internal static class SourceNodeReader
    {
        /// <summary>Objects and arrays inside one another; ARM templates rarely go past 20.</summary>
        public const int MaxDepth = 128;

        /// <summary>Items of one array: 800 resources is ARM's own limit, so a longer array is no real template.</summary>
        public const int MaxArrayLength = 100_000;

        /// <summary>JSON values of one file; a 4 MB template (ARM's limit) has far fewer.</summary>
        public const int MaxValues = 1_000_000;

        /// <summary>Reads <paramref name="text"/>; throws <see cref="JsonException"/> (with line and position) when it is not JSON.</summary>
        public static SourceNode Read(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            // One level more than the reader's own limit, so the limit is met here first and reported as a limit.
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth + 1 });
            var positions = new PositionTracker(bytes);
            if (!reader.Read())
            {
                throw new JsonException("The file is empty.", null, 0, 0);
            }

            var budget = new Budget();
            var root = ReadValue(ref reader, positions, budget, 0);
            if (reader.Read())
            {
                throw new JsonException("There is more text after the JSON value.", null, positions.LineOf(reader.TokenStartIndex) - 1, 0);
            }

            return root;
        }

        private static SourceNode ReadValue(ref Utf8JsonReader reader, PositionTracker positions, Budget budget, int depth)
        {
            var (line, column) = positions.At(reader.TokenStartIndex);
            if (++budget.Values > MaxValues)
            {
                throw new JsonLimitException("it has more than " + MaxValues.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " JSON values, the reader's limit", line, column);
            }

            var container = reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray;
            if (container && depth >= MaxDepth)
            {
                throw new JsonLimitException("its objects and arrays are nested deeper than " + MaxDepth + " levels, the reader's limit", line, column);
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var properties = new List<SourceProperty>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = Text(ref reader, positions);
                        reader.Read();
                        properties.Add(new SourceProperty(name, ReadValue(ref reader, positions, budget, depth + 1)));
                    }

                    return Closed(new SourceNode(SourceNodeKind.Object, line, column, properties: properties), reader, positions);
                case JsonTokenType.StartArray:
                    var items = new List<SourceNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (items.Count == MaxArrayLength)
                        {
                            throw new JsonLimitException("an array has more than " + MaxArrayLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " items, the reader's limit", line, column);
                        }

                        items.Add(ReadValue(ref reader, positions, budget, depth + 1));
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

        /// <summary>What one file has used of the reader's limits.</summary>
        private sealed class Budget
        {
            public int Values;
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
