using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>A changed text of an input, and a description precise enough to rebuild it by hand.</summary>
    public sealed record SourceVariant(string Description, string Text);

    /// <summary>
    /// The variants the suite analyses: the text as it is while being typed (cut after a token), and single-token
    /// edits (one token deleted, or typed twice). Sampling is seeded, so every run checks the same variants.
    /// </summary>
    public static class SourceVariants
    {
        /// <summary>Fixed seed of every sample the suite draws.</summary>
        public const int Seed = 20261126;

        /// <summary>The text cut after each token (every token end), as it is while being typed.</summary>
        public static IReadOnlyList<SourceVariant> Prefixes(string text) =>
            Tokens(text)
                .Select((token, index) => (token, index))
                .GroupBy(t => t.token.Span.End)
                .Select(g => new SourceVariant($"prefix of {g.Key} chars, up to token #{g.First().index} '{g.First().token.Text}'", text[..g.Key]))
                .ToArray();

        /// <summary><paramref name="count"/> random single-token edits, alternately a deletion and a duplication.</summary>
        public static IReadOnlyList<SourceVariant> Mutations(string text, string inputName, int count)
        {
            var tokens = Tokens(text);
            var random = new Random(Seed ^ StableHash(inputName));
            var variants = new List<SourceVariant>(count);
            for (var i = 0; i < count && tokens.Count > 0; i++)
            {
                var index = random.Next(tokens.Count);
                var token = tokens[index];
                variants.Add(i % 2 == 0
                    ? new SourceVariant($"token #{index} '{token.Text}' at char {token.SpanStart} deleted", text.Remove(token.SpanStart, token.Span.Length))
                    : new SourceVariant($"token #{index} '{token.Text}' at char {token.SpanStart} duplicated", text.Insert(token.Span.End, " " + token.Text)));
            }

            return variants;
        }

        /// <summary>
        /// Values the analysis parses or compares (prefixes, ids, names, regions, flags) at their edges: empty, malformed,
        /// out of range, huge, of another type.
        /// </summary>
        private static readonly string[] EdgeLiterals =
        {
            "\"\"", "\" \"", "\"/\"", "\"10.0.0.0/\"", "\"10.0.0.0/33\"", "\"10.0.0.0/-1\"", "\"0.0.0.0/0\"", "\"::/0\"", "\"fe80::1%eth0/64\"",
            "\"255.255.255.255/32\"", "\"999.1.1.1/8\"", "\"10.0.0.0/16/16\"", "\"/subscriptions/\"", "\"/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/\"",
            "\"\\u0000\"", "\"" + new string('x', 4096) + "\"", "null", "default", "0", "-1", "2147483647", "1e308", "true", "false", "'c'",
        };

        /// <summary><paramref name="count"/> random literals (strings, numbers, true/false/null) each replaced by an edge value.</summary>
        public static IReadOnlyList<SourceVariant> LiteralReplacements(string text, string inputName, int count)
        {
            var literals = Tokens(text).Where(t => t.Parent is LiteralExpressionSyntax).ToArray();
            var random = new Random(Seed ^ StableHash(inputName) ^ 0x5EED);
            var variants = new List<SourceVariant>(count);
            for (var i = 0; i < count && literals.Length > 0; i++)
            {
                var token = literals[random.Next(literals.Length)];
                var value = EdgeLiterals[random.Next(EdgeLiterals.Length)];
                variants.Add(new SourceVariant(
                    $"literal '{token.Text}' at char {token.SpanStart} replaced by {(value.Length > 40 ? value[..40] + "...(" + value.Length + " chars)" : value)}",
                    text.Remove(token.SpanStart, token.Span.Length).Insert(token.SpanStart, value)));
            }

            return variants;
        }

        /// <summary>A seeded sample of <paramref name="variants"/>, each kept with the given probability.</summary>
        public static IReadOnlyList<SourceVariant> Sample(IReadOnlyList<SourceVariant> variants, string inputName, double probability)
        {
            var random = new Random(Seed ^ StableHash(inputName));
            return variants.Where(_ => random.NextDouble() < probability).ToArray();
        }

        public static int TokenCount(string text) => Tokens(text).Count;

        private static IReadOnlyList<SyntaxToken> Tokens(string text) =>
            CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken) && t.Span.Length > 0).ToArray();

        /// <summary>string.GetHashCode differs between processes; a sample must not.</summary>
        private static int StableHash(string value)
        {
            var hash = 17;
            foreach (var c in value)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }
    }
}
