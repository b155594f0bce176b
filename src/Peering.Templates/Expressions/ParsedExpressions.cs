using System.Collections.Concurrent;
using System.Threading;

namespace Peering.Templates.Expressions
{
    /// <summary>
    /// The expressions one run has parsed, by their exact text. A copy loop evaluates the same strings once per
    /// iteration, and generated estates repeat the same expressions in every file, so each text is parsed once.
    /// Documents are read in parallel, so the cache is shared safely between threads; it keeps texts up to a total
    /// length, so a hostile file of distinct expressions costs parsing, not memory. Parsed trees are immutable.
    /// </summary>
    internal sealed class ParsedExpressions
    {
        /// <summary>The characters of expression text kept; past it, texts not seen yet are parsed without being kept.</summary>
        public const int MaxCachedCharacters = 2_000_000;

        private readonly ConcurrentDictionary<string, ParseResult> byText = new ConcurrentDictionary<string, ParseResult>(System.StringComparer.Ordinal);
        private int cachedCharacters;

        /// <summary>The characters of expression text kept so far, never much above <see cref="MaxCachedCharacters"/>.</summary>
        public int CachedCharacters => Volatile.Read(ref cachedCharacters);

        /// <summary>The expression inside <c>[...]</c> of <paramref name="text"/> (brackets included), as <see cref="ExpressionParser.TryParse"/> gives it.</summary>
        public Expression? Parse(string text, out bool tooDeep)
        {
            if (byText.TryGetValue(text, out var known))
            {
                tooDeep = known.TooDeep;
                return known.Expression;
            }

            var expression = ExpressionParser.TryParse(text.Substring(1, text.Length - 2), out tooDeep);

            // The check and the add are not one step, so threads adding at once may pass the limit by a few texts; that bounds it still.
            if (Volatile.Read(ref cachedCharacters) < MaxCachedCharacters && byText.TryAdd(text, new ParseResult(expression, tooDeep)))
            {
                Interlocked.Add(ref cachedCharacters, text.Length);
            }

            return expression;
        }

        private sealed class ParseResult
        {
            public ParseResult(Expression? expression, bool tooDeep)
            {
                Expression = expression;
                TooDeep = tooDeep;
            }

            public Expression? Expression { get; }

            public bool TooDeep { get; }
        }
    }
}
