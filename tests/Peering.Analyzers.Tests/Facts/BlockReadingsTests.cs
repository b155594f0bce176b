using Peering.Analyzers.Facts;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Facts
{
    /// <summary>A block is read once per compilation: both analyzers share the reading, unless following calls can add to it.</summary>
    public sealed class BlockReadingsTests
    {
        private const string Code = @"
static class Deployment
{
    static VirtualNetworkData Spoke() => new VirtualNetworkData { Location = AzureLocation.WestEurope };

    public static void WithHelper(ResourceGroupResource rg) => rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""spoke"", Spoke());

    public static void OnItsOwn(ResourceGroupResource rg) =>
        rg.GetVirtualNetworks().CreateOrUpdate(WaitUntil.Completed, ""hub"", new VirtualNetworkData { Location = AzureLocation.WestEurope });
}";

        [Fact]
        public void A_block_is_read_on_first_request_and_its_reading_is_shared_after()
        {
            var bodies = new MethodBodies(Code);
            var readings = BlockReadings.For(bodies.Compilation, bodies.Libraries);
            var body = bodies.Body("OnItsOwn");

            Assert.Null(readings.Find(body));
            var read = readings.Read(body);

            Assert.Same(read, readings.Find(body));
            Assert.Same(read, readings.Read(body));
        }

        [Fact]
        public void A_block_read_on_its_own_tells_whether_it_met_the_compilations_own_code()
        {
            var bodies = new MethodBodies(Code);
            var readings = BlockReadings.For(bodies.Compilation, bodies.Libraries);

            Assert.True(readings.Read(bodies.Body("WithHelper")).MetCompilationCode);
            Assert.False(readings.Read(bodies.Body("OnItsOwn")).MetCompilationCode);
            Assert.Empty(readings.Read(bodies.Body("WithHelper")).FollowedMethods);
        }
    }
}
