using Peering.Rules.Naming;

namespace Peering.Rules.Tests.Naming
{
    public class PeeringNameTests
    {
        [Theory]
        [InlineData("a")]
        [InlineData("7")]
        [InlineData("hub-to-spoke1")]
        [InlineData("hub_to_spoke")]
        [InlineData("hub.to.spoke")]
        [InlineData("peer_")]
        [InlineData("a--b..c__d")]
        [InlineData("A1-b.C_2")]
        [InlineData("Ünïcödé-peering")]
        [InlineData("名前")]
        [InlineData("peer\u0661")]
        [InlineData("cafe\u0301")]
        public void Valid_names_have_no_problem(string name)
        {
            Assert.Null(PeeringName.Problem(name));
        }

        [Fact]
        public void Length_limit_is_80()
        {
            Assert.Null(PeeringName.Problem(new string('a', 80)));
            Assert.Equal("is 81 characters long; the limit is 80", PeeringName.Problem(new string('a', 81)));
            Assert.Equal("is 100000 characters long; the limit is 80", PeeringName.Problem(new string(' ', 100_000)));
        }

        [Theory]
        [InlineData(null, "is empty")]
        [InlineData("", "is empty")]
        [InlineData("-peer", "starts with '-'; it must start with a letter or digit")]
        [InlineData("_peer", "starts with '_'; it must start with a letter or digit")]
        [InlineData(".peer", "starts with '.'; it must start with a letter or digit")]
        [InlineData("-", "starts with '-'; it must start with a letter or digit")]
        [InlineData("peer.", "ends with '.'; it must end with a letter, digit or '_'")]
        [InlineData("peer-", "ends with '-'; it must end with a letter, digit or '_'")]
        [InlineData("peer one", "contains ' '; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData(" peer", "contains ' '; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer ", "contains ' '; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("   ", "contains ' '; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("hub/spoke", "contains '/'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer#1", "contains '#'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer@x", "contains '@'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer\tone", "contains '\\u0009'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer\u200bone", "contains '\\u200b'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer\0", "contains '\\u0000'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("peer\U0001F600", "contains '\U0001F600'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("\u2160peer", "contains '\u2160'; only letters, digits, '_', '.', '-' are allowed")]
        [InlineData("\u0301peer", "starts with '\u0301'; it must start with a letter or digit")]
        public void Invalid_names_get_a_reason(string? name, string reason)
        {
            Assert.Equal(reason, PeeringName.Problem(name));
        }

        [Fact]
        public void Lone_surrogate_is_shown_escaped()
        {
            // Not InlineData: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
            Assert.Equal("contains '\\ud800'; only letters, digits, '_', '.', '-' are allowed", PeeringName.Problem("peer\uD800x"));
        }
    }
}
