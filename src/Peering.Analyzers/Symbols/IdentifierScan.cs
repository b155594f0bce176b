using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace Peering.Analyzers.Symbols
{
    /// <summary>
    /// Reads a source text's characters for identifiers in a set of names, without building syntax nodes or strings: on
    /// a large solution most files name nothing of the SDK, and this lets them be passed over for a few microseconds.
    /// One instance reads one text at a time: its buffers are reused from text to text.
    /// </summary>
    internal sealed class IdentifierScan
    {
        private const int ChunkSize = 4096;

        private readonly Dictionary<int, List<string>> namesByHash = new Dictionary<int, List<string>>();
        private readonly int longestName;
        private readonly char[] chunk = new char[ChunkSize];
        private readonly char[] identifier;

        public IdentifierScan(IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                var hash = Hash(name.ToCharArray(), name.Length);
                if (!namesByHash.TryGetValue(hash, out var bucket))
                {
                    namesByHash[hash] = bucket = new List<string>();
                }

                bucket.Add(name);
                longestName = System.Math.Max(longestName, name.Length);
            }

            identifier = new char[longestName + 1];
        }

        /// <summary>
        /// True when the text may contain one of the names as an identifier. Comments and strings are read too, and an
        /// identifier written with Unicode escapes or non-ASCII characters counts as a match, since the compiler may read
        /// it as one of the names: a false answer is certain, a true one is only possible.
        /// </summary>
        public bool MayContain(SourceText text)
        {
            var length = 0;
            var nonAscii = false;
            var previous = '\0';
            for (var start = 0; start < text.Length; start += ChunkSize)
            {
                var count = System.Math.Min(ChunkSize, text.Length - start);
                text.CopyTo(start, chunk, 0, count);
                for (var i = 0; i < count; i++)
                {
                    var c = chunk[i];
                    if (previous == '\\' && (c == 'u' || c == 'U'))
                    {
                        return true;
                    }

                    previous = c;
                    if (c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c > 127)
                    {
                        nonAscii |= c > 127;
                        if (length < identifier.Length)
                        {
                            identifier[length] = c;
                        }

                        length++;
                    }
                    else if (length > 0)
                    {
                        if (nonAscii || Matches(identifier, length))
                        {
                            return true;
                        }

                        length = 0;
                    }
                }
            }

            return length > 0 && (nonAscii || Matches(identifier, length));
        }

        private bool Matches(char[] identifier, int length)
        {
            if (length > longestName || !namesByHash.TryGetValue(Hash(identifier, length), out var bucket))
            {
                return false;
            }

            foreach (var name in bucket)
            {
                if (name.Length == length && SameChars(name, identifier))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameChars(string name, char[] identifier)
        {
            for (var i = 0; i < name.Length; i++)
            {
                if (name[i] != identifier[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>FNV-1a over the characters: the same for a name and for its characters read from the text.</summary>
        private static int Hash(char[] chars, int length)
        {
            unchecked
            {
                var hash = (int)2166136261;
                for (var i = 0; i < length; i++)
                {
                    hash = (hash ^ chars[i]) * 16777619;
                }

                return hash;
            }
        }
    }
}
