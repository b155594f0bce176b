using System.Linq;
using System.Threading.Tasks;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests
{
    /// <summary>Messages name the VNets, regions and prefixes involved, and say what differs by profile.</summary>
    public sealed class MessageTests
    {
        private static async Task<string> MessageOf(string caseName, string id, string profile = "current")
        {
            var (source, _) = CaseMarkup.Parse(CaseFiles.Get(caseName).Text);
            var result = await AnalyzerRunner.RunAsync(source, SdkShape.Main, profile);
            return result.Diagnostics.First(d => d.Id == id).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }

        [Fact]
        public async Task PEER101_names_both_vnets_and_regions_and_the_profile_verdict()
        {
            var current = await MessageOf("PEER101/AcrossRegions.cs", "PEER101");
            Assert.Equal("Peering 'spoke-to-hub' of VNet 'spoke' (eastus) uses the gateway of VNet 'hub' (westeurope): transit traffic crosses regions, is charged as global peering, and ExpressRoute FastPath does not apply", current);
            var old = await MessageOf("PEER101/AcrossRegions.cs", "PEER101", "2017-10");
            Assert.Contains("2017-10 profile does not allow gateway transit across regions", old);
        }

        [Fact]
        public async Task PEER204_names_the_prefix_the_vnet_and_the_network_it_meant()
        {
            var message = await MessageOf("PEER204/InvalidPrefixes.cs", "PEER204");
            Assert.Equal("'10.0.0.1/16' in the address space of VNet 'hub' is not a valid address prefix: host bits are set; the network is 10.0.0.0/16", message);
        }

        [Fact]
        public async Task PEER403_names_the_peering_name_and_what_is_wrong()
        {
            var message = await MessageOf("PEER403/InvalidNames.cs", "PEER403");
            Assert.Equal("The peering name 'hub to spoke!' of VNet 'hub' contains ' '; only letters, digits, '_', '.', '-' are allowed (InvalidResourceName)", message);
        }

        [Fact]
        public async Task PEER203_names_the_vnet_and_the_change()
        {
            var message = await MessageOf("PEER203/ResizedWithoutSync.cs", "PEER203");
            Assert.StartsWith("The address space of peered VNet 'hub' changes (adds 10.2.0.0/16) and no peering is synced afterwards", message);
        }
    }
}
