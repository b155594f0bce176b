using Peering.Rules.Text;

namespace Peering.Rules.Tests.Text
{
    public class DisplayTextTests
    {
        [Theory]
        [InlineData("abc", "'abc'")]
        [InlineData("", "''")]
        [InlineData("a\0b", "'a\\u0000b'")]
        [InlineData("\r\n", "'\\u000d\\u000a'")]
        [InlineData("\u202eevil", "'\\u202eevil'")]
        [InlineData("\U0001F600", "'\U0001F600'")]
        [InlineData("é名", "'é名'")]
        public void Hidden_characters_are_escaped(string value, string quoted)
        {
            Assert.Equal(quoted, DisplayText.Quote(value));
        }

        [Fact]
        public void Lone_surrogates_are_escaped()
        {
            // Not InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
            Assert.Equal("'x\\udc00\\ud800'", DisplayText.Quote("x\uDC00\uD800"));
            Assert.Equal("'\\ud800x'", DisplayText.Quote("\uD800x"));
        }

        [Fact]
        public void Long_text_is_cut_with_an_ellipsis()
        {
            Assert.Equal(new string('a', 64), DisplayText.Escape(new string('a', 64)));
            Assert.Equal(new string('a', 64) + "\u2026", DisplayText.Escape(new string('a', 65)));
        }

        [Fact]
        public void A_surrogate_pair_at_the_limit_is_kept_whole()
        {
            string value = new string('a', 63) + "\U0001F600" + "tail";

            Assert.Equal(new string('a', 63) + "\U0001F600\u2026", DisplayText.Escape(value));
            Assert.Equal(new string('a', 63) + "\U0001F600", DisplayText.Escape(new string('a', 63) + "\U0001F600"));
        }
    }
}
