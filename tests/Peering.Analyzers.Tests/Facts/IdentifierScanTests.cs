using Microsoft.CodeAnalysis.Text;
using Peering.Analyzers.Symbols;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>The text scan that lets files naming nothing of the SDK be passed over must find every way of naming it.</summary>
    public sealed class IdentifierScanTests
    {
        private static readonly IdentifierScan Scan = new(new[] { "VirtualNetworkData", "GetVirtualNetworks", "Hub" });

        [Theory]
        [InlineData("var data = new VirtualNetworkData();")]
        [InlineData("rg.GetVirtualNetworks()")]
        [InlineData("plan.Hub.Id")]
        [InlineData("Hub")]
        [InlineData("var x = @VirtualNetworkData.Create();")]
        [InlineData("// VirtualNetworkData in a comment counts too")]
        public void A_name_written_as_an_identifier_is_found(string text) =>
            Assert.True(Scan.MayContain(SourceText.From(text)));

        [Theory]
        [InlineData("")]
        [InlineData("var order = new Order(1, \"Contoso\");")]
        [InlineData("var hubs = MyVirtualNetworkDataFactory.Hubs; int Hub2 = 3;")]
        [InlineData("GetVirtualNetwork(); VirtualNetworkDat")]
        public void Text_without_the_names_is_passed_over(string text) =>
            Assert.False(Scan.MayContain(SourceText.From(text)));

        [Theory]
        [InlineData("var x = new Virtual\\u004EetworkData();")]
        [InlineData("var x = new H\\U00000075b();")]
        [InlineData("var x = Hüb;")]
        public void Identifiers_the_compiler_may_read_differently_count_as_a_match(string text) =>
            Assert.True(Scan.MayContain(SourceText.From(text)));

        [Theory]
        [InlineData(4096 - 3)]
        [InlineData(4096)]
        [InlineData(3 * 4096 - 10)]
        public void A_name_across_the_reading_chunks_is_found(int offset)
        {
            var text = new string(' ', offset) + "VirtualNetworkData x;";

            Assert.True(Scan.MayContain(SourceText.From(text)));
            Assert.False(Scan.MayContain(SourceText.From(new string(' ', offset) + "VirtualNetworkDatum x;")));
        }

        [Fact]
        public void A_name_at_the_very_end_of_the_text_is_found() =>
            Assert.True(Scan.MayContain(SourceText.From(new string(';', 5000) + "Hub")));
    }
}
