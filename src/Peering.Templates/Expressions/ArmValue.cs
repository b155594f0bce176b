using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// A value of ARM's expression language, or <see cref="ArmUnknown"/> when the reader cannot tell it.
    /// Arrays and objects may hold unknown members, so what is known about them stays usable.
    /// </summary>
    internal abstract class ArmValue
    {
        public bool IsUnknown => this is ArmUnknown;

        /// <summary>True when this value and everything inside it is known.</summary>
        public abstract bool IsFullyKnown { get; }

        public abstract bool ValueEquals(ArmValue other);

        /// <summary>The text ARM's <c>string()</c> gives (JSON for arrays and objects).</summary>
        public abstract string ToArmString();

        public static ArmValue From(bool value) => value ? ArmBool.True : ArmBool.False;
    }

    internal sealed class ArmUnknown : ArmValue
    {
        /// <summary>A value only the deployment gives (a parameter without a value): nothing the reader skipped.</summary>
        public static readonly ArmUnknown Instance = new ArmUnknown(null);

        private ArmUnknown(UnevaluatedConstruct? cause)
        {
            Cause = cause;
        }

        /// <summary>What the reader did not evaluate that made the value unknown; null for <see cref="Instance"/>.</summary>
        public UnevaluatedConstruct? Cause { get; }

        public static ArmUnknown Because(UnevaluatedConstruct cause) => new ArmUnknown(cause);

        public override bool IsFullyKnown => false;

        public override bool ValueEquals(ArmValue other) => false;

        public override string ToArmString() => "?";
    }

    internal sealed class ArmString : ArmValue
    {
        public ArmString(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public override bool IsFullyKnown => true;

        public override bool ValueEquals(ArmValue other) => other is ArmString s && string.Equals(s.Value, Value, StringComparison.Ordinal);

        public override string ToArmString() => Value;
    }

    internal sealed class ArmNumber : ArmValue
    {
        public ArmNumber(long value)
        {
            Value = value;
        }

        public long Value { get; }

        public override bool IsFullyKnown => true;

        public override bool ValueEquals(ArmValue other) => other is ArmNumber n && n.Value == Value;

        public override string ToArmString() => Value.ToString(CultureInfo.InvariantCulture);
    }

    internal sealed class ArmBool : ArmValue
    {
        public static readonly ArmBool True = new ArmBool(true);
        public static readonly ArmBool False = new ArmBool(false);

        private ArmBool(bool value)
        {
            Value = value;
        }

        public bool Value { get; }

        public override bool IsFullyKnown => true;

        public override bool ValueEquals(ArmValue other) => other is ArmBool b && b.Value == Value;

        public override string ToArmString() => Value ? "True" : "False";
    }

    internal sealed class ArmNull : ArmValue
    {
        public static readonly ArmNull Instance = new ArmNull();

        private ArmNull()
        {
        }

        public override bool IsFullyKnown => true;

        public override bool ValueEquals(ArmValue other) => other is ArmNull;

        public override string ToArmString() => string.Empty;
    }

    internal sealed class ArmArray : ArmValue
    {
        public ArmArray(IReadOnlyList<ArmValue> items)
        {
            Items = items;
        }

        public IReadOnlyList<ArmValue> Items { get; }

        public override bool IsFullyKnown => Items.All(i => i.IsFullyKnown);

        public override bool ValueEquals(ArmValue other) =>
            other is ArmArray a && a.Items.Count == Items.Count && Items.Zip(a.Items, (x, y) => x.ValueEquals(y)).All(e => e);

        public override string ToArmString() => "[" + string.Join(",", Items.Select(JsonText.Of)) + "]";
    }

    internal sealed class ArmObject : ArmValue
    {
        private readonly Dictionary<string, ArmValue> byName;

        public ArmObject(IEnumerable<KeyValuePair<string, ArmValue>> properties)
        {
            // ARM property names are case-insensitive; a repeated name keeps its first position and its last value.
            byName = new Dictionary<string, ArmValue>(StringComparer.OrdinalIgnoreCase);
            var names = new List<string>();
            foreach (var property in properties)
            {
                if (!byName.ContainsKey(property.Key))
                {
                    names.Add(property.Key);
                }

                byName[property.Key] = property.Value;
            }

            Names = names;
        }

        public IReadOnlyList<string> Names { get; }

        public IEnumerable<KeyValuePair<string, ArmValue>> Properties => Names.Select(n => new KeyValuePair<string, ArmValue>(n, byName[n]));

        public ArmValue? Property(string name) => byName.TryGetValue(name, out var value) ? value : null;

        public override bool IsFullyKnown => byName.Values.All(v => v.IsFullyKnown);

        public override bool ValueEquals(ArmValue other) =>
            other is ArmObject o && o.Names.Count == Names.Count && Names.All(n => o.Property(n) is ArmValue v && v.ValueEquals(byName[n]));

        public override string ToArmString() =>
            "{" + string.Join(",", Properties.Select(p => JsonText.Quote(p.Key) + ":" + JsonText.Of(p.Value))) + "}";
    }

    /// <summary>Compact JSON for <c>string()</c> of arrays and objects.</summary>
    internal static class JsonText
    {
        public static string Of(ArmValue value) => value switch
        {
            ArmString s => Quote(s.Value),
            ArmNull => "null",
            ArmBool b => b.Value ? "true" : "false",
            _ => value.ToArmString(),
        };

        public static string Quote(string text)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => c.ToString(),
                });
            }

            return builder.Append('"').ToString();
        }
    }
}
