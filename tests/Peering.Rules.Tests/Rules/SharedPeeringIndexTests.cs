using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Rules.Tests.Rules
{
    /// <summary>The rules of one evaluation share one index of the topology; outside an evaluation each caller gets its own.</summary>
    public class SharedPeeringIndexTests
    {
        [Fact]
        public void While_shared_the_topology_has_one_index_and_other_topologies_their_own()
        {
            var topology = new Topology();
            var other = new Topology();

            using (PeeringIndex.Share(topology))
            {
                Assert.Same(PeeringIndex.For(topology), PeeringIndex.For(topology));
                Assert.NotSame(PeeringIndex.For(other), PeeringIndex.For(other));
            }

            Assert.NotSame(PeeringIndex.For(topology), PeeringIndex.For(topology));
        }

        [Fact]
        public void A_nested_share_ends_with_its_scope()
        {
            var outer = new Topology();
            var inner = new Topology();

            using (PeeringIndex.Share(outer))
            {
                var outerIndex = PeeringIndex.For(outer);
                using (PeeringIndex.Share(inner))
                {
                    Assert.Same(PeeringIndex.For(inner), PeeringIndex.For(inner));
                }

                Assert.Same(outerIndex, PeeringIndex.For(outer));
                Assert.NotSame(PeeringIndex.For(inner), PeeringIndex.For(inner));
            }
        }
    }
}
