using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>An expected diagnostic: <c>{|PEER102:text|}</c>, or <c>{|PEER101@2017-10:text|}</c> for one profile only.</summary>
    public sealed record ExpectedDiagnostic(string Id, TextSpan Span, string? Profile);

    /// <summary>Strips diagnostic markup from a test case and records where each expected diagnostic is.</summary>
    public static class Markup
    {
        public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string marked)
        {
            var source = new StringBuilder(marked.Length);
            var expected = new List<ExpectedDiagnostic>();
            var open = new Stack<(string Id, string? Profile, int Start)>();
            var i = 0;
            while (i < marked.Length)
            {
                if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
                {
                    var colon = marked.IndexOf(':', i + 2);
                    var header = marked.Substring(i + 2, colon - i - 2);
                    var at = header.IndexOf('@', StringComparison.Ordinal);
                    open.Push((at < 0 ? header : header[..at], at < 0 ? null : header[(at + 1)..], source.Length));
                    i = colon + 1;
                }
                else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
                {
                    var (id, profile, start) = open.Pop();
                    expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length), profile));
                    i += 2;
                }
                else
                {
                    source.Append(marked[i]);
                    i++;
                }
            }

            if (open.Count > 0)
            {
                throw new FormatException("Unclosed diagnostic markup for " + open.Peek().Id);
            }

            return (source.ToString(), expected);
        }
    }
}
