using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Peering.EndToEnd.Tests.Lsp
{
    /// <summary>A zero-based LSP range; characters count UTF-16 code units, as C# strings do.</summary>
    public sealed record LspRange(int StartLine, int StartCharacter, int EndLine, int EndCharacter)
    {
        /// <summary>The range of the single occurrence of <paramref name="snippet"/> in <paramref name="text"/>.</summary>
        public static LspRange Of(string text, string snippet)
        {
            var start = text.IndexOf(snippet, StringComparison.Ordinal);
            Assert.True(start >= 0 && text.IndexOf(snippet, start + 1, StringComparison.Ordinal) < 0, $"Expected '{snippet}' exactly once in the document.");
            var (line, character) = Position(text, start);
            var (endLine, endCharacter) = Position(text, start + snippet.Length);
            return new LspRange(line, character, endLine, endCharacter);
        }

        public override string ToString() => $"{StartLine}:{StartCharacter}-{EndLine}:{EndCharacter}";

        private static (int Line, int Character) Position(string text, int offset)
        {
            var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
            return (text.AsSpan(0, lineStart).Count('\n'), offset - lineStart);
        }
    }

    /// <summary>One diagnostic as the server reports it to the editor.</summary>
    public sealed record LspDiagnostic(string? Code, LspSeverity? Severity, LspRange Range, string Message, string? CodeDescriptionHref)
    {
        public static IReadOnlyList<LspDiagnostic> ListFrom(JsonElement items) =>
            items.EnumerateArray().Select(From).ToList();

        public override string ToString() => $"{Code} {Severity} at {Range}: {Message}";

        private static LspDiagnostic From(JsonElement diagnostic)
        {
            var range = diagnostic.GetProperty("range");
            var start = range.GetProperty("start");
            var end = range.GetProperty("end");
            return new LspDiagnostic(
                diagnostic.TryGetProperty("code", out var code) ? (code.ValueKind == JsonValueKind.String ? code.GetString() : code.GetRawText()) : null,
                diagnostic.TryGetProperty("severity", out var severity) ? (LspSeverity)severity.GetInt32() : null,
                new LspRange(start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(), end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32()),
                diagnostic.GetProperty("message").GetString() ?? string.Empty,
                diagnostic.TryGetProperty("codeDescription", out var description) && description.TryGetProperty("href", out var href) ? href.GetString() : null);
        }
    }

    /// <summary>The protocol's DiagnosticSeverity: how an editor draws the squiggle.</summary>
    public enum LspSeverity
    {
        Error = 1,
        Warning = 2,
        Information = 3,
        Hint = 4,
    }
}
