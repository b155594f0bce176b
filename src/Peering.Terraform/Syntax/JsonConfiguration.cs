using System.Collections.Generic;
using System.Linq;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// A <c>.tf.json</c> file as the body a <c>.tf</c> file would have. JSON is read with HCL's own object syntax (so its
    /// strings are templates, as Terraform's JSON syntax makes them), then shaped by what Terraform's JSON syntax
    /// says: which top-level keys are blocks with how many labels, and which nested keys are blocks rather than
    /// attributes. Keys named <c>//</c> are comments.
    /// </summary>
    internal static class JsonConfiguration
    {
        private static readonly Dictionary<string, int> TopLevelLabels = new Dictionary<string, int>(System.StringComparer.Ordinal)
        {
            ["resource"] = 2, ["data"] = 2, ["module"] = 1, ["variable"] = 1, ["output"] = 1, ["provider"] = 1, ["locals"] = 0, ["terraform"] = 0,
        };

        /// <summary>Nested blocks of the resources the checks read, and of Terraform's own meta-blocks.</summary>
        private static readonly HashSet<string> NestedBlocks = new HashSet<string>(System.StringComparer.Ordinal)
        {
            "subnet", "ip_configuration", "route", "delegation", "service_delegation", "bgp_settings", "lifecycle", "timeouts",
            "content", "validation", "required_providers", "backend", "encryption", "ddos_protection_plan", "precondition", "postcondition",
        };

        public static Body Parse(SourceText file)
        {
            var root = HclParser.ParseExpressionText(file) as ObjectExpression
                ?? throw new HclSyntaxException("a .tf.json file must hold one JSON object", 0);
            var attributes = new List<Attribute>();
            var blocks = new List<Block>();
            foreach (var (name, value, range) in Properties(root))
            {
                if (TopLevelLabels.TryGetValue(name, out var labels))
                {
                    AddBlocks(blocks, name, value, labels, new List<string>(), file, range);
                }
            }

            return new Body(attributes, blocks, root.Range);
        }

        /// <summary>A <c>.tfvars.json</c> file: one object whose properties are variable values.</summary>
        public static Body ParseValues(SourceText file)
        {
            var root = HclParser.ParseExpressionText(file) as ObjectExpression
                ?? throw new HclSyntaxException("a .tfvars.json file must hold one JSON object", 0);
            var attributes = Properties(root).Select(p => new Attribute(p.Name, p.Value, file, p.Range)).ToList();
            return new Body(attributes, new List<Block>(), root.Range);
        }

        private static void AddBlocks(List<Block> blocks, string type, Expression value, int labels, List<string> labelValues, SourceText file, TextRange typeRange)
        {
            if (labels > 0)
            {
                // A block is located at its last label's key: "hub": { ... } for resource "azurerm_virtual_network" "hub".
                foreach (var (label, inner, labelRange) in Properties(value as ObjectExpression))
                {
                    AddBlocks(blocks, type, inner, labels - 1, new List<string>(labelValues) { label }, file, labelRange);
                }

                return;
            }

            // One block per object; an array of objects is several blocks of the same type and labels.
            var bodies = value is TupleExpression tuple ? tuple.Items.OfType<ObjectExpression>() : new[] { value as ObjectExpression }.OfType<ObjectExpression>();
            foreach (var body in bodies)
            {
                blocks.Add(new Block(type, labelValues, ToBody(body, type, file), file, typeRange, body.Range));
            }
        }

        private static Body ToBody(ObjectExpression obj, string blockType, SourceText file)
        {
            var attributes = new List<Attribute>();
            var blocks = new List<Block>();
            foreach (var (name, value, range) in Properties(obj))
            {
                if (name == "dynamic")
                {
                    foreach (var (label, content, labelRange) in Properties(value as ObjectExpression))
                    {
                        AddNested(blocks, "dynamic", content, new List<string> { label }, file, labelRange);
                    }
                }
                else if (NestedBlocks.Contains(name) && (value is ObjectExpression || (value is TupleExpression t && t.Items.All(i => i is ObjectExpression))))
                {
                    AddNested(blocks, name, value, new List<string>(), file, range);
                }
                else if (blockType == "variable" && name == "type" && value is TemplateExpression { Parts: [LiteralPart typeText] })
                {
                    // A variable's type is a string holding the type expression.
                    attributes.Add(new Attribute(name, HclParser.ParseExpressionText(new SourceText(file.Path, typeText.Text)) is var type ? Relocated(type, value.Range) : value, file, range));
                }
                else
                {
                    attributes.Add(new Attribute(name, value, file, range));
                }
            }

            return new Body(attributes, blocks, obj.Range);
        }

        private static void AddNested(List<Block> blocks, string type, Expression value, List<string> labels, SourceText file, TextRange typeRange)
        {
            var bodies = value is TupleExpression tuple ? tuple.Items.OfType<ObjectExpression>() : new[] { value as ObjectExpression }.OfType<ObjectExpression>();
            foreach (var body in bodies)
            {
                blocks.Add(new Block(type, labels, ToBody(body, type, file), file, typeRange, body.Range));
            }
        }

        /// <summary>A type parsed from a string keeps the string's place in the file for messages.</summary>
        private static Expression Relocated(Expression type, TextRange range) => new ParenthesesExpression(type, range);

        private static IEnumerable<(string Name, Expression Value, TextRange Range)> Properties(ObjectExpression? obj)
        {
            foreach (var item in obj?.Items ?? Enumerable.Empty<ObjectItem>())
            {
                if (item.Key is TemplateExpression { Parts: [LiteralPart key] } && key.Text != "//")
                {
                    yield return (key.Text, item.Value, item.Key.Range);
                }
                else if (item.Key is TemplateExpression { Parts.Count: 0 })
                {
                    yield return (string.Empty, item.Value, item.Key.Range);
                }
                else if (item.Key is LiteralExpression { Value: TfString bare })
                {
                    yield return (bare.Value, item.Value, item.Key.Range);
                }
            }
        }
    }
}
