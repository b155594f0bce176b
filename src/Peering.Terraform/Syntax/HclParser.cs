namespace Peering.Terraform.Syntax
{
    /// <summary>
    /// A recursive-descent parser for HCL native syntax (hashicorp/hcl hclsyntax/spec.md), reading characters directly
    /// so that templates nest inside expressions without a separate tokenizer mode. It keeps offsets for every node
    /// and throws <see cref="HclSyntaxException"/> for text it cannot read; callers turn that into PEER901.
    /// These are its entry points; each reads one file with its own <see cref="HclCursor"/>, shared by
    /// <see cref="HclBodyParser"/>, <see cref="HclExpressionParser"/> and <see cref="HclTemplateParser"/>.
    /// </summary>
    internal static class HclParser
    {
        /// <summary>A <c>.tf</c> or <c>.tfvars</c> file.</summary>
        public static Body ParseFile(SourceText file)
        {
            var cursor = new HclCursor(file);
            return new HclBodyParser(cursor, new HclExpressionParser(cursor)).ParseFile();
        }

        /// <summary>The whole text as a template, as <c>templatestring</c> reads its first argument.</summary>
        public static TemplateExpression ParseTemplateText(SourceText file) =>
            new HclExpressionParser(new HclCursor(file)).Templates.ParseWholeText();

        /// <summary>The whole text as one expression: a <c>.tf.json</c> file is a JSON object, which HCL's object syntax reads.</summary>
        public static Expression ParseExpressionText(SourceText file)
        {
            var cursor = new HclCursor(file);
            cursor.SkipTrivia(newlines: true);
            var expression = new HclExpressionParser(cursor).ParseExpression();
            cursor.SkipTrivia(newlines: true);
            if (!cursor.AtEnd)
            {
                throw cursor.Error("unexpected text after the value");
            }

            return expression;
        }
    }
}
