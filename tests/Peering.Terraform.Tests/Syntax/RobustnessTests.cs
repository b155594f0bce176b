using System;
using System.IO;
using System.Linq;
using System.Text;
using Peering.Terraform.Syntax;
using Peering.Terraform.Tests.Infrastructure;

namespace Peering.Terraform.Tests.Syntax
{
    /// <summary>
    /// Text being typed, cut off or mangled: the parser either reads it or throws its own syntax error, never
    /// anything else, and never runs away.
    /// </summary>
    public sealed class RobustnessTests
    {
        public static TheoryData<string> TerraformFixtures()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(Fixtures.PathOf(string.Empty), "*.tf", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Fixtures.PathOf(string.Empty), file));
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(TerraformFixtures))]
        public void Every_prefix_of_a_fixture_parses_or_fails_with_a_syntax_error(string fixture)
        {
            var text = Fixtures.Read(fixture);
            for (var length = 0; length <= text.Length; length++)
            {
                ParsesOrFailsCleanly(text.Substring(0, length));
            }
        }

        [Fact]
        public void Mangled_text_parses_or_fails_with_a_syntax_error()
        {
            var text = Fixtures.Read("syntax/everything.tf");
            var random = new Random(11);
            const string Alphabet = "{}[]()\"'$%~<>-=.*/#\n\\:?,!&|ax1 ";
            for (var round = 0; round < 2_000; round++)
            {
                var chars = new StringBuilder(text);
                for (var edit = random.Next(1, 6); edit > 0; edit--)
                {
                    var at = random.Next(chars.Length);
                    switch (random.Next(3))
                    {
                        case 0:
                            chars.Remove(at, Math.Min(random.Next(1, 8), chars.Length - at));
                            break;
                        case 1:
                            chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                            break;
                        default:
                            chars[at] = Alphabet[random.Next(Alphabet.Length)];
                            break;
                    }
                }

                ParsesOrFailsCleanly(chars.ToString());
            }
        }

        private static void ParsesOrFailsCleanly(string text)
        {
            try
            {
                Hcl.Parse(text);
            }
            catch (HclSyntaxException error)
            {
                Assert.InRange(error.Offset, 0, text.Length);
            }
        }
    }
}
