using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Peering.Terraform.Evaluation
{
    /// <summary>
    /// A value of Terraform's language as far as the reader knows it. Lists, tuples and sets are <see cref="TfList"/>,
    /// maps and objects <see cref="TfObject"/>: the checks never need the finer type. <see cref="TfUnknown"/> is a value
    /// known only after apply (or not evaluated); it never turns into a guess.
    /// </summary>
    internal abstract class TfValue
    {
        /// <summary>False only for <see cref="TfUnknown"/>; a collection may be known and hold unknown elements.</summary>
        public virtual bool IsKnown => true;

        /// <summary>The type as Terraform's messages name it, for the reader's own notes.</summary>
        public abstract string TypeName { get; }

        public bool IsNull => this is TfNull;

        /// <summary>The string, when the value is a known string (numbers and bools convert as Terraform converts them).</summary>
        public virtual string? AsString => null;

        public bool ContainsUnknown() => this switch
        {
            TfUnknown => true,
            TfList list => list.Items.Any(i => i.ContainsUnknown()),
            TfObject obj => obj.Attributes.Values.Any(v => v.ContainsUnknown()),
            TfLazyObject => true,
            _ => false,
        };
    }

    internal sealed class TfNull : TfValue
    {
        public static readonly TfNull Instance = new TfNull();

        private TfNull()
        {
        }

        public override string TypeName => "null";

        public override string ToString() => "null";
    }

    internal sealed class TfBool : TfValue
    {
        public static readonly TfBool True = new TfBool(true);
        public static readonly TfBool False = new TfBool(false);

        private TfBool(bool value)
        {
            Value = value;
        }

        public bool Value { get; }

        public override string TypeName => "bool";

        public override string? AsString => Value ? "true" : "false";

        public static TfBool Of(bool value) => value ? True : False;

        public override string ToString() => AsString!;
    }

    internal sealed class TfNumber : TfValue
    {
        public TfNumber(double value)
        {
            Value = value;
        }

        public double Value { get; }

        public override string TypeName => "number";

        /// <summary>Integers without a point, as Terraform prints them (<c>tostring(10)</c> is <c>"10"</c>).</summary>
        public override string AsString =>
            Math.Abs(Value) < 1e15 && Value == Math.Floor(Value)
                ? ((long)Value).ToString(CultureInfo.InvariantCulture)
                : Value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>The value as a whole number, or null when it is not one (or too large for the checks).</summary>
        public int? AsInt => Value == Math.Floor(Value) && Math.Abs(Value) <= int.MaxValue ? (int)Value : null;

        public override string ToString() => AsString;
    }

    internal sealed class TfString : TfValue
    {
        public static readonly TfString Empty = new TfString(string.Empty);

        public TfString(string value)
        {
            Value = value;
        }

        public string Value { get; }

        public override string TypeName => "string";

        public override string AsString => Value;

        public override string ToString() => "\"" + Value + "\"";
    }

    /// <summary>A list, tuple or set. A set keeps its elements distinct and in the order first met.</summary>
    internal sealed class TfList : TfValue
    {
        public static readonly TfList EmptyTuple = new TfList(Array.Empty<TfValue>(), false);

        public TfList(IReadOnlyList<TfValue> items, bool isSet)
        {
            Items = items;
            IsSet = isSet;
        }

        public IReadOnlyList<TfValue> Items { get; }

        public bool IsSet { get; }

        public override string TypeName => IsSet ? "set" : "list";

        public static TfList Set(IEnumerable<TfValue> items)
        {
            var distinct = new List<TfValue>();
            foreach (var item in items)
            {
                if (!distinct.Any(d => TfEquality.KnownEqual(d, item)))
                {
                    distinct.Add(item);
                }
            }

            return new TfList(distinct, true);
        }

        public override string ToString() => (IsSet ? "toset([" : "[") + string.Join(", ", Items) + (IsSet ? "])" : "]");
    }

    /// <summary>A map or object: attributes in lexical key order, the order Terraform iterates them in.</summary>
    internal sealed class TfObject : TfValue
    {
        public static readonly TfObject Empty = new TfObject(new SortedDictionary<string, TfValue>(StringComparer.Ordinal));

        public TfObject(SortedDictionary<string, TfValue> attributes)
        {
            Attributes = attributes;
        }

        public IReadOnlyDictionary<string, TfValue> Attributes { get; }

        public override string TypeName => "object";

        public static TfObject Of(IEnumerable<KeyValuePair<string, TfValue>> attributes)
        {
            var sorted = new SortedDictionary<string, TfValue>(StringComparer.Ordinal);
            foreach (var (key, value) in attributes)
            {
                sorted[key] = value;
            }

            return new TfObject(sorted);
        }

        public TfValue? Attribute(string name) => Attributes.TryGetValue(name, out var value) ? value : null;

        public override string ToString() => "{" + string.Join(", ", Attributes.Select(a => a.Key + " = " + a.Value)) + "}";
    }

    /// <summary>
    /// A value known only after apply, or one the reader does not evaluate. <see cref="Origin"/> says which resource
    /// attribute it is when it is one (<c>azurerm_virtual_network.hub.id</c>), so a reference still links a peering to
    /// its VNet.
    /// </summary>
    internal sealed class TfUnknown : TfValue
    {
        public static readonly TfUnknown Instance = new TfUnknown(null);

        public TfUnknown(ValueOrigin? origin)
        {
            Origin = origin;
        }

        public ValueOrigin? Origin { get; }

        public override bool IsKnown => false;

        public override string TypeName => "unknown";

        public override string ToString() => Origin == null ? "(unknown)" : "(known after apply: " + Origin + ")";
    }

    /// <summary>
    /// An attribute of one resource instance, by the root module (or plan) it belongs to and the instance's full address
    /// (<c>module.spoke["a"].azurerm_virtual_network.this</c>): what an unknown value stands for. The HCL reader and the
    /// plan reader name instances alike; two root modules may use the same addresses for different resources.
    /// </summary>
    internal sealed record ValueOrigin(string Root, string Address, string Attribute)
    {
        /// <summary>The instance across the run: its root and its address.</summary>
        public string Key => Root + "#" + Address;

        public override string ToString() => Address + "." + Attribute;
    }

    /// <summary>
    /// An object whose attributes are evaluated when read: a resource instance, a module's outputs, the <c>local</c>
    /// and <c>var</c> namespaces. Reading one attribute never evaluates the others (Terraform's graph does the same).
    /// </summary>
    internal sealed class TfLazyObject : TfValue
    {
        private readonly Func<string, TfValue> read;

        public TfLazyObject(string description, Func<string, TfValue> read)
        {
            Description = description;
            this.read = read;
        }

        public string Description { get; }

        public override string TypeName => "object";

        public TfValue Read(string name) => read(name);

        public override string ToString() => Description;
    }
}
