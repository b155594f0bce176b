using System;
using System.Collections.Generic;

namespace Peering.Templates.Json
{
    internal enum SourceNodeKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A JSON value with the place it was written. System.Text.Json's DOM keeps no positions, and findings must
    /// point at the resource or property the user wrote, so the reader builds this small tree instead.
    /// </summary>
    internal sealed class SourceNode
    {
        private static readonly IReadOnlyList<SourceProperty> NoProperties = Array.Empty<SourceProperty>();
        private static readonly IReadOnlyList<SourceNode> NoItems = Array.Empty<SourceNode>();

        public SourceNode(SourceNodeKind kind, int line, int column, string? text = null, IReadOnlyList<SourceProperty>? properties = null, IReadOnlyList<SourceNode>? items = null)
        {
            Kind = kind;
            Line = line;
            Column = column;
            Text = text;
            Properties = properties ?? NoProperties;
            Items = items ?? NoItems;
        }

        public SourceNodeKind Kind { get; }

        public int Line { get; }

        public int Column { get; }

        /// <summary>The last line of the value (the closing brace of an object), for suppressions that cover a whole resource.</summary>
        public int EndLine { get; set; }

        /// <summary>The string's value, or a number's text as written.</summary>
        public string? Text { get; }

        public IReadOnlyList<SourceProperty> Properties { get; }

        public IReadOnlyList<SourceNode> Items { get; }

        /// <summary>A property of an object by name, ignoring case as ARM does; the last one wins when a name repeats.</summary>
        public SourceNode? Property(string name)
        {
            SourceNode? found = null;
            foreach (var property in Properties)
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    found = property.Value;
                }
            }

            return found;
        }

        /// <summary>The string value of a property when it is a plain JSON string (not evaluated).</summary>
        public string? StringProperty(string name)
        {
            var value = Property(name);
            return value != null && value.Kind == SourceNodeKind.String ? value.Text : null;
        }
    }

    internal sealed class SourceProperty
    {
        public SourceProperty(string name, SourceNode value)
        {
            Name = name;
            Value = value;
        }

        public string Name { get; }

        public SourceNode Value { get; }
    }
}
