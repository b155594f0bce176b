using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Peering.Templates.Json
{
    /// <summary>
    /// Reads JSON text into a <see cref="SourceNode"/> tree with 1-based line and column positions, accepting what ARM
    /// accepts and real templates use (see <see cref="JsonCursor"/>: comments, trailing commas, line breaks inside
    /// strings). A repeated property name is kept as written; lookups take the last, as ARM does. The tree is bounded
    /// (nesting, array length, number of values) so a hostile file cannot make the tree many times larger than the file.
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
            var cursor = new JsonCursor(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
            if (!cursor.SkipSpace())
            {
                throw cursor.Error("The file is empty.");
            }

            var root = ReadValue(cursor, new Budget(), 0);
            if (cursor.SkipSpace())
            {
                throw cursor.Error("There is more text after the JSON value.");
            }

            return root;
        }

        private static SourceNode ReadValue(JsonCursor cursor, Budget budget, int depth)
        {
            var (line, column) = (cursor.Line, cursor.Column);
            if (++budget.Values > MaxValues)
            {
                throw new JsonLimitException("it has more than " + MaxValues.ToString("N0", CultureInfo.InvariantCulture) + " JSON values, the reader's limit", line, column);
            }

            var c = cursor.Current;
            if ((c == '{' || c == '[') && depth >= MaxDepth)
            {
                throw new JsonLimitException("its objects and arrays are nested deeper than " + MaxDepth + " levels, the reader's limit", line, column);
            }

            switch (c)
            {
                case '{':
                    return ReadObject(cursor, budget, depth, line, column);
                case '[':
                    return ReadArray(cursor, budget, depth, line, column);
                case '"':
                    return Leaf(new SourceNode(SourceNodeKind.String, line, column, cursor.ReadString()), cursor);
                case 't':
                    cursor.ReadWord("true");
                    return Leaf(new SourceNode(SourceNodeKind.True, line, column), cursor);
                case 'f':
                    cursor.ReadWord("false");
                    return Leaf(new SourceNode(SourceNodeKind.False, line, column), cursor);
                case 'n':
                    cursor.ReadWord("null");
                    return Leaf(new SourceNode(SourceNodeKind.Null, line, column), cursor);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return Leaf(new SourceNode(SourceNodeKind.Number, line, column, cursor.ReadNumber()), cursor);
                    }

                    throw cursor.Error("'" + cursor.Token() + "' cannot start a JSON value.");
            }
        }

        private static SourceNode ReadObject(JsonCursor cursor, Budget budget, int depth, int line, int column)
        {
            var properties = new List<SourceProperty>();
            cursor.Advance();
            while (true)
            {
                cursor.ExpectMore("The object is not closed.");
                if (cursor.Current == '}')
                {
                    // Also after a trailing comma, which ARM's parser accepts.
                    return Closed(new SourceNode(SourceNodeKind.Object, line, column, properties: properties), cursor);
                }

                if (cursor.Current != '"')
                {
                    throw cursor.Error("A property name in double quotes is expected, not '" + JsonCursor.Show(cursor.Current) + "'.");
                }

                var name = cursor.ReadString();
                cursor.ExpectMore("The object is not closed.");
                if (cursor.Current != ':')
                {
                    throw cursor.Error("':' is expected after the property name '" + name + "'.");
                }

                cursor.Advance();
                cursor.ExpectMore("The value of the property '" + name + "' is missing.");
                properties.Add(new SourceProperty(name, ReadValue(cursor, budget, depth + 1)));
                if (!AfterItem(cursor, '}', "object"))
                {
                    return Closed(new SourceNode(SourceNodeKind.Object, line, column, properties: properties), cursor);
                }
            }
        }

        private static SourceNode ReadArray(JsonCursor cursor, Budget budget, int depth, int line, int column)
        {
            var items = new List<SourceNode>();
            cursor.Advance();
            while (true)
            {
                cursor.ExpectMore("The array is not closed.");
                if (cursor.Current == ']')
                {
                    return Closed(new SourceNode(SourceNodeKind.Array, line, column, items: items), cursor);
                }

                if (items.Count == MaxArrayLength)
                {
                    throw new JsonLimitException("an array has more than " + MaxArrayLength.ToString("N0", CultureInfo.InvariantCulture) + " items, the reader's limit", line, column);
                }

                items.Add(ReadValue(cursor, budget, depth + 1));
                if (!AfterItem(cursor, ']', "array"))
                {
                    return Closed(new SourceNode(SourceNodeKind.Array, line, column, items: items), cursor);
                }
            }
        }

        /// <summary>After a member: true when a comma says another may follow, false when <paramref name="close"/> ends the container (the cursor stays on it).</summary>
        private static bool AfterItem(JsonCursor cursor, char close, string container)
        {
            cursor.ExpectMore("The " + container + " is not closed.");
            if (cursor.Current == ',')
            {
                cursor.Advance();
                return true;
            }

            if (cursor.Current == close)
            {
                return false;
            }

            throw cursor.Error("',' or '" + close + "' is expected after a value of the " + container + ", not '" + JsonCursor.Show(cursor.Current) + "'.");
        }

        private static SourceNode Closed(SourceNode node, JsonCursor cursor)
        {
            node.EndLine = cursor.Line;
            cursor.Advance();
            return node;
        }

        /// <summary>A value without members ends on the line its last character is on (a string may span lines).</summary>
        private static SourceNode Leaf(SourceNode node, JsonCursor cursor)
        {
            node.EndLine = cursor.LineOfLastCharacter;
            return node;
        }

        /// <summary>What one file has used of the reader's limits.</summary>
        private sealed class Budget
        {
            public int Values;
        }
    }
}
