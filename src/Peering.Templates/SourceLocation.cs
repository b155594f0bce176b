using System;

namespace Peering.Templates
{
    /// <summary>
    /// A place in a file the user gave (a <c>.json</c> template, a parameter file, a <c>.bicep</c> file): the
    /// <see cref="Peering.Rules.Checks.Finding.Location"/> of every finding of the template front end. Line and column are 1-based.
    /// </summary>
    public sealed class SourceLocation : IEquatable<SourceLocation>
    {
        public SourceLocation(string path, int line, int column = 1)
        {
            Path = path;
            Line = line;
            Column = column;
        }

        /// <summary>The path as the user gave it (relative paths stay relative), so outputs can print it unchanged.</summary>
        public string Path { get; }

        public int Line { get; }

        public int Column { get; }

        public bool Equals(SourceLocation? other) =>
            other != null && string.Equals(Path, other.Path, StringComparison.Ordinal) && Line == other.Line && Column == other.Column;

        public override bool Equals(object? obj) => Equals(obj as SourceLocation);

        public override int GetHashCode() => HashCode.Combine(Path, Line, Column);

        public override string ToString() => $"{Path}({Line},{Column})";
    }
}
