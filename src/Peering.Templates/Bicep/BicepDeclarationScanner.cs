using System;
using System.Collections.Generic;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Finds the <c>resource</c> and <c>module</c> declarations of a Bicep text, nested child resources included, in
    /// one pass. It stands in for Bicep's <c>bicep/getDeploymentGraph</c> request, which costs a whole second compile
    /// of the file (docs/performance.md, Bicep). Comments and strings (escapes, <c>'''</c> multi-line strings,
    /// <c>${...}</c> interpolation) are skipped and brackets are counted, so only real declarations are found. Runs on
    /// files Bicep compiled; on any other text it still ends, in linear time, and returns what it recognised.
    /// </summary>
    internal static class BicepDeclarationScanner
    {
        public static IReadOnlyList<BicepDeclaration> Scan(string text)
        {
            var pass = new Pass(text);
            pass.Run();
            return pass.Declarations();
        }

        /// <summary>A bracket (or a string interpolation) that is open, and the declarations it belongs to.</summary>
        private readonly struct Frame
        {
            public Frame(bool interpolation, int declaration, int enclosingResource)
            {
                Interpolation = interpolation;
                Declaration = declaration;
                EnclosingResource = enclosingResource;
            }

            /// <summary>A <c>${</c> inside a string: the string goes on after its closing brace.</summary>
            public bool Interpolation { get; }

            /// <summary>The declaration whose value this bracket opens (its body), or -1.</summary>
            public int Declaration { get; }

            /// <summary>The innermost resource whose body this bracket is in, or -1: the parent of a resource declared here.</summary>
            public int EnclosingResource { get; }
        }

        private sealed class Header
        {
            public Header(string symbolicName, string writtenType, bool isModule, bool isExisting, int parent, int start, int valueStart)
            {
                SymbolicName = symbolicName;
                WrittenType = writtenType;
                IsModule = isModule;
                IsExisting = isExisting;
                Parent = parent;
                Start = start;
                End = valueStart;
            }

            public string SymbolicName { get; }

            /// <summary>As written: a nested child's type is relative to its parent's, and an API version may follow <c>@</c>.</summary>
            public string WrittenType { get; }

            public bool IsModule { get; }

            public bool IsExisting { get; }

            public int Parent { get; }

            public int Start { get; }

            /// <summary>Just after the closing bracket of the value; until that is found, where the value starts.</summary>
            public int End { get; set; }
        }

        private sealed class Pass
        {
            private readonly string text;
            private readonly List<Frame> open = new List<Frame>();
            private readonly List<Header> headers = new List<Header>();

            /// <summary>The declaration whose value has not yet opened its bracket, and the depth it was declared at.</summary>
            private int pending = -1;
            private int pendingDepth = -1;
            private int position;

            public Pass(string text)
            {
                this.text = text;
            }

            private int EnclosingResource => open.Count == 0 ? -1 : open[open.Count - 1].EnclosingResource;

            public void Run()
            {
                while (position < text.Length)
                {
                    var c = text[position];
                    if (c == '/' && At(position + 1, '/'))
                    {
                        var lineEnd = text.IndexOf('\n', position);
                        position = lineEnd < 0 ? text.Length : lineEnd + 1;
                    }
                    else if (c == '/' && At(position + 1, '*'))
                    {
                        position = After("*/", position + 2);
                    }
                    else if (c == '\'' && At(position + 1, '\'') && At(position + 2, '\''))
                    {
                        // Multi-line strings have neither escapes nor interpolation.
                        position = After("'''", position + 3);
                    }
                    else if (c == '\'')
                    {
                        SkipString(position + 1);
                    }
                    else if (c == '{' || c == '[' || c == '(')
                    {
                        Open(c);
                        position++;
                    }
                    else if (c == '}' || c == ']' || c == ')')
                    {
                        Close();
                    }
                    else if (IsIdentifierStart(c))
                    {
                        Identifier();
                    }
                    else
                    {
                        position++;
                    }
                }
            }

            public IReadOnlyList<BicepDeclaration> Declarations()
            {
                var lineStarts = LineStarts();
                var declarations = new List<BicepDeclaration>(headers.Count);
                foreach (var header in headers)
                {
                    // A parent is always declared before its children, so it is already built.
                    var parent = header.Parent < 0 ? null : declarations[header.Parent];
                    var line = Array.BinarySearch(lineStarts, header.Start);
                    line = line >= 0 ? line : ~line - 1;
                    declarations.Add(new BicepDeclaration(
                        header.SymbolicName,
                        TypeOf(header, parent),
                        header.IsModule,
                        header.IsExisting,
                        parent,
                        line + 1,
                        header.Start - lineStarts[line] + 1,
                        header.Start,
                        header.End));
                }

                return declarations;
            }

            /// <summary>The full type without API version, as Bicep's deployment graph gave it: a child's is its parent's type and its own segment.</summary>
            private static string TypeOf(Header header, BicepDeclaration? parent)
            {
                if (header.IsModule)
                {
                    return BicepDeclaration.ModuleType;
                }

                var version = header.WrittenType.IndexOf('@');
                var type = version < 0 ? header.WrittenType : header.WrittenType.Substring(0, version);
                return parent == null ? type : parent.Type + "/" + type;
            }

            private void Open(char bracket)
            {
                var declaration = -1;
                var enclosing = EnclosingResource;

                // The value of a declaration is its first brace or bracket at its own depth; the parentheses of an
                // `if` condition come before it.
                if (pending >= 0 && bracket != '(' && open.Count == pendingDepth)
                {
                    declaration = pending;
                    pending = -1;
                    if (!headers[declaration].IsModule)
                    {
                        enclosing = declaration;
                    }
                }

                open.Add(new Frame(false, declaration, enclosing));
            }

            private void Close()
            {
                position++;
                if (open.Count == 0)
                {
                    return;
                }

                var frame = open[open.Count - 1];
                open.RemoveAt(open.Count - 1);
                if (frame.Declaration >= 0)
                {
                    headers[frame.Declaration].End = position;
                }

                if (frame.Interpolation)
                {
                    SkipString(position);
                }
            }

            /// <summary>Moves past a single-quoted string from <paramref name="from"/>, or up to an interpolation's <c>${</c>.</summary>
            private void SkipString(int from)
            {
                var i = from;
                while (i < text.Length)
                {
                    var c = text[i];
                    if (c == '\\')
                    {
                        i += 2;
                    }
                    else if (c == '\'')
                    {
                        position = i + 1;
                        return;
                    }
                    else if (c == '$' && At(i + 1, '{'))
                    {
                        open.Add(new Frame(true, -1, EnclosingResource));
                        position = i + 2;
                        return;
                    }
                    else
                    {
                        i++;
                    }
                }

                position = text.Length;
            }

            private void Identifier()
            {
                var start = position;
                position = IdentifierEnd(start);
                var word = text.Substring(start, position - start);
                if (word != "resource" && word != "module")
                {
                    return;
                }

                var header = ReadHeader(start, word == "module");
                if (header != null)
                {
                    headers.Add(header);
                    pending = headers.Count - 1;
                    pendingDepth = open.Count;
                    position = header.End;
                }
            }

            /// <summary>
            /// <c>&lt;symbol&gt; '&lt;type or path&gt;' [existing] =</c> after the keyword, on the keyword's line; else not a
            /// declaration (a property named <c>resource</c>, a <c>resource</c> parameter type) and null.
            /// </summary>
            private Header? ReadHeader(int keyword, bool isModule)
            {
                var i = SkipBlanks(position);
                if (i == position || i >= text.Length || !IsIdentifierStart(text[i]))
                {
                    return null;
                }

                var symbolEnd = IdentifierEnd(i);
                var symbol = text.Substring(i, symbolEnd - i);
                i = SkipBlanks(symbolEnd);
                if (i == symbolEnd || !At(i, '\''))
                {
                    return null;
                }

                var typeEnd = i + 1;
                while (typeEnd < text.Length && text[typeEnd] != '\'' && text[typeEnd] != '\n' && text[typeEnd] != '\\' && text[typeEnd] != '$')
                {
                    typeEnd++;
                }

                if (!At(typeEnd, '\'') || typeEnd == i + 1)
                {
                    return null;
                }

                var type = text.Substring(i + 1, typeEnd - i - 1);
                i = SkipBlanks(typeEnd + 1);
                var existing = false;
                if (i < text.Length && IsIdentifierStart(text[i]) && string.CompareOrdinal(text, i, "existing", 0, 8) == 0 && IdentifierEnd(i) == i + 8)
                {
                    existing = true;
                    i = SkipBlanks(i + 8);
                }

                if (!At(i, '=') || At(i + 1, '='))
                {
                    return null;
                }

                return new Header(symbol, type, isModule, existing, EnclosingResource, keyword, i + 1);
            }

            private int[] LineStarts()
            {
                var starts = new List<int> { 0 };
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n')
                    {
                        starts.Add(i + 1);
                    }
                }

                return starts.ToArray();
            }

            private bool At(int index, char c) => index < text.Length && text[index] == c;

            private int After(string terminator, int from)
            {
                var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
                return end < 0 ? text.Length : end + terminator.Length;
            }

            private int SkipBlanks(int from)
            {
                while (from < text.Length && (text[from] == ' ' || text[from] == '\t'))
                {
                    from++;
                }

                return from;
            }

            private int IdentifierEnd(int from)
            {
                while (from < text.Length && (IsIdentifierStart(text[from]) || char.IsDigit(text[from])))
                {
                    from++;
                }

                return from;
            }

            private static bool IsIdentifierStart(char c) => c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
