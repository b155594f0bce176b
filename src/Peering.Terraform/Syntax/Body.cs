using System.Collections.Generic;
using System.Linq;

namespace Peering.Terraform.Syntax
{
    /// <summary>The attributes and blocks of a file or of a block, in the order written.</summary>
    internal sealed class Body
    {
        public static readonly Body Empty = new Body(new List<Attribute>(), new List<Block>(), default);

        public Body(IReadOnlyList<Attribute> attributes, IReadOnlyList<Block> blocks, TextRange range)
        {
            Attributes = attributes;
            Blocks = blocks;
            Range = range;
        }

        public IReadOnlyList<Attribute> Attributes { get; }

        public IReadOnlyList<Block> Blocks { get; }

        public TextRange Range { get; }

        public Attribute? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

        public IEnumerable<Block> BlocksOfType(string type) => Blocks.Where(b => b.Type == type);
    }

    /// <summary><c>name = expression</c>.</summary>
    internal sealed class Attribute
    {
        public Attribute(string name, Expression expression, SourceText file, TextRange nameRange)
        {
            Name = name;
            Expression = expression;
            File = file;
            NameRange = nameRange;
        }

        public string Name { get; }

        public Expression Expression { get; }

        public SourceText File { get; }

        public TextRange NameRange { get; }

        public TextRange Range => TextRange.Between(NameRange, Expression.Range);
    }

    /// <summary><c>type "label" ... { body }</c>.</summary>
    internal sealed class Block
    {
        public Block(string type, IReadOnlyList<string> labels, Body body, SourceText file, TextRange typeRange, TextRange range)
        {
            Type = type;
            Labels = labels;
            Body = body;
            File = file;
            TypeRange = typeRange;
            Range = range;
        }

        public string Type { get; }

        public IReadOnlyList<string> Labels { get; }

        public Body Body { get; }

        public SourceText File { get; }

        /// <summary>Where the block's type is written: the line findings about the whole block point at.</summary>
        public TextRange TypeRange { get; }

        /// <summary>From the type to the closing brace.</summary>
        public TextRange Range { get; }
    }
}
