using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Plan
{
    /// <summary>
    /// A plan's JSON as values, with the line of every object and of every property, so facts read from a plan point
    /// at the plan's lines. Bounded like the template reader: nesting, array length and values in the file.
    /// </summary>
    internal sealed class PlanJson
    {
        public const int MaxDepth = 128;
        public const int MaxValues = 2_000_000;

        private readonly Dictionary<TfObject, Dictionary<string, int>> propertyLines = new Dictionary<TfObject, Dictionary<string, int>>(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<TfObject, int> objectLines = new Dictionary<TfObject, int>(ReferenceEqualityComparer.Instance);
        private readonly int[] lineStarts;
        private int values;

        private PlanJson(byte[] utf8)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            lineStarts = starts.ToArray();
        }

        public TfValue Root { get; private set; } = TfNull.Instance;

        /// <summary>Reads a plan; throws <see cref="JsonException"/> (with a line) for text that is not JSON or is beyond the limits.</summary>
        public static PlanJson Parse(string text)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            var plan = new PlanJson(utf8);
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read())
            {
                throw new JsonException("the file is empty", null, 0, 0);
            }

            plan.Root = plan.ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("unexpected text after the plan", null, plan.LineOf(reader.TokenStartIndex) - 1, 0);
            }

            return plan;
        }

        /// <summary>The 1-based line an object starts on.</summary>
        public int LineOf(TfObject obj) => objectLines.TryGetValue(obj, out var line) ? line : 1;

        /// <summary>The 1-based line of an object's property, or of the object when it has none of that name.</summary>
        public int LineOf(TfObject obj, string property) =>
            propertyLines.TryGetValue(obj, out var lines) && lines.TryGetValue(property, out var line) ? line : LineOf(obj);

        private int LineOf(long byteOffset)
        {
            var index = Array.BinarySearch(lineStarts, (int)Math.Min(byteOffset, int.MaxValue));
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private TfValue ReadValue(ref Utf8JsonReader reader)
        {
            if (++values > MaxValues)
            {
                throw new JsonException("it has more than " + MaxValues.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " values", null, LineOf(reader.TokenStartIndex) - 1, 0);
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    return ReadObject(ref reader);
                case JsonTokenType.StartArray:
                    var items = new List<TfValue>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader));
                    }

                    return new TfList(items, false);
                case JsonTokenType.String:
                    return new TfString(reader.GetString()!);
                case JsonTokenType.Number:
                    return new TfNumber(reader.GetDouble());
                case JsonTokenType.True:
                    return TfBool.True;
                case JsonTokenType.False:
                    return TfBool.False;
                default:
                    return TfNull.Instance;
            }
        }

        private TfValue ReadObject(ref Utf8JsonReader reader)
        {
            var line = LineOf(reader.TokenStartIndex);
            var attributes = new SortedDictionary<string, TfValue>(StringComparer.Ordinal);
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                lines[name] = LineOf(reader.TokenStartIndex);
                reader.Read();
                attributes[name] = ReadValue(ref reader);
            }

            var obj = new TfObject(attributes);
            objectLines[obj] = line;
            propertyLines[obj] = lines;
            return obj;
        }
    }
}
