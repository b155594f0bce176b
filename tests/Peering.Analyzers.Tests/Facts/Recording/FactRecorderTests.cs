using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Rules.Addressing;
using Peering.Rules.Identity;
using Peering.Rules.Model;

namespace Peering.Analyzers.Tests.Facts.Recording
{
    /// <summary>The fact recorder on its own: what it makes of the events an adapter reports, in the model's terms.</summary>
    public sealed class FactRecorderTests
    {
        private static readonly ResourceIdentity Group = ResourceIdentity.Named("network-rg", null);

        private static readonly DeploymentRun Run = new DeploymentRun("the method 'Deploy'", "{0} {1}");

        [Fact]
        public void A_vnet_is_one_object_per_identity()
        {
            var recorder = new FactRecorder(Run);

            var hub = recorder.Network(ResourceIdentity.Named("hub", Group), "hub", null);

            Assert.Same(hub, recorder.Network(ResourceIdentity.Named("HUB", ResourceIdentity.Named("Network-RG", null)), "HUB", null));
            Assert.NotSame(hub, recorder.Network(ResourceIdentity.Unique("hub"), "hub", null));
            Assert.Equal(2, Finish(recorder).Topology.Networks.Count);
        }

        [Fact]
        public void Written_peerings_are_snapshots_and_unwritten_ones_count_only_when_built_or_changed_here()
        {
            var recorder = new FactRecorder(Run);
            var hub = recorder.Network(ResourceIdentity.Named("hub", Group), "hub", null);
            var built = Draft(recorder, builtHere: true, line: 10);
            built.Settings.UseRemoteGateways = Fact<bool>.Known(true, null);
            Draft(recorder, builtHere: false, line: 11);
            var fetchedChanged = Draft(recorder, builtHere: false, line: 12);
            fetchedChanged.Changed = true;
            var builtUnwritten = Draft(recorder, builtHere: true, line: 13);

            recorder.WritePeering(built, hub, Fact<string>.Known("hub-to-spoke", null), At(20), synced: false, conditional: true, rewrite: false, recorder.StartWrite("peering", At(0)));
            built.Settings.UseRemoteGateways = Fact<bool>.Known(false, null);
            var facts = Finish(recorder);

            Assert.Equal(new object?[] { At(10), At(12), At(13) }, facts.Topology.Peerings.Select(p => p.Declaration));
            var written = facts.Topology.Peerings[0];
            Assert.Same(hub, written.Parent);
            Assert.True(written.UseRemoteGateways.Is(true));
            Assert.True(written.IsConditional);
            Assert.Equal(FactState.Absent, written.Remote.State);
            Assert.True(built.Written);
            Assert.False(builtUnwritten.Written);
            Assert.Equal(FactState.Unknown, facts.Topology.Peerings[2].Remote.State);
            Assert.Same(facts.Topology.Peerings[1], Assert.Single(facts.Rewrites));
        }

        [Fact]
        public void A_change_sent_after_the_vnet_exists_is_synced_only_by_a_later_synced_write_towards_it()
        {
            var recorder = new FactRecorder(Run);
            var hub = recorder.Network(ResourceIdentity.Named("hub", Group), "hub", null);
            var spoke = recorder.Network(ResourceIdentity.Named("spoke", Group), "spoke", null);
            var data = new NetworkDraft(0, At(1), hub);
            data.PendingChanges.Add(new PendingChange("adds 10.2.0.0/16", At(2)));
            var towardsHub = Draft(recorder, builtHere: true);
            towardsHub.Settings.Remote = Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference("hub", hub, null, null), null);

            recorder.SendNetwork(data, hub, At(3), recorder.StartWrite("VNet", At(3)));
            recorder.WritePeering(towardsHub, spoke, Fact<string>.Known("spoke-to-hub", null), At(4), synced: false, conditional: false, rewrite: false, recorder.StartWrite("peering", At(0)));
            var facts = Finish(recorder);

            var change = Assert.Single(facts.Topology.AddressSpaceChanges);
            Assert.Same(hub, change.Network);
            Assert.False(change.FollowedBySync);
            Assert.Equal(new object[] { At(3), At(4) }, change.RelatedSources);
            Assert.Empty(data.PendingChanges);
        }

        [Fact]
        public void Sent_data_tells_the_vnet_its_region_and_prefixes_and_defines_it_only_when_built_here_and_kept()
        {
            var recorder = new FactRecorder(Run);
            var hub = recorder.Network(ResourceIdentity.Named("hub", Group), "hub", null);
            var spoke = recorder.Network(ResourceIdentity.Named("spoke", Group), "spoke", null);
            var built = new NetworkDraft(0, At(1), null) { Location = Fact<string>.Known("westeurope", null) };
            built.Prefixes.Known.Add(new NetworkPrefix(IpPrefix.Parse("10.0.0.0/16").Prefix!, null));
            var handedOn = new NetworkDraft(0, At(2), null);
            handedOn.Escape();

            recorder.SendNetwork(built, hub, At(3), recorder.StartWrite("VNet", At(3)));
            recorder.SendNetwork(handedOn, spoke, At(4), recorder.StartWrite("VNet", At(4)));

            Assert.True(hub.IsDefined);
            Assert.True(hub.Location.Is("westeurope"));
            Assert.Equal(new[] { "10.0.0.0/16" }, hub.AddressPrefixes.Value.Select(p => p.Prefix.Text));
            Assert.False(spoke.IsDefined);
            Assert.Equal(FactState.Unknown, spoke.AddressPrefixes.State);
            Assert.True(built.Deployed);
        }

        [Fact]
        public void A_write_waits_for_the_writes_the_code_waited_for_and_may_wait_for_those_it_may_have()
        {
            var recorder = new FactRecorder(Run);
            var awaited = recorder.StartWrite("gateway 'gw'", At(1));
            recorder.Settle(awaited, complete: true);
            var dropped = recorder.StartWrite("peering 'hub-to-spoke'", At(2));
            var handedOn = recorder.StartWrite("VNet 'spoke'", At(3));
            recorder.Settle(handedOn, complete: false);

            var later = recorder.StartWrite("peering 'spoke-to-hub'", At(4));

            Assert.True(later.Follows(awaited).Is(true));
            Assert.True(later.Follows(dropped).Is(false));
            Assert.Equal(FactState.Unknown, later.Follows(handedOn).State);
            recorder.Settle(handedOn, complete: true);
            Assert.True(recorder.StartWrite("peering 'other'", At(5)).Follows(handedOn).Is(true));
        }

        private static PeeringDraft Draft(FactRecorder recorder, bool builtHere, int line = 0)
        {
            var draft = new PeeringDraft(0, At(line), builtHere);
            recorder.Track(draft);
            return draft;
        }

        private static Location At(int line) =>
            Location.Create("/src/Program.cs", new TextSpan(line, 1), new LinePositionSpan(new LinePosition(line, 0), new LinePosition(line, 1)));

        private static Peering.Analyzers.Facts.BlockFacts Finish(FactRecorder recorder) => recorder.Finish(new CallFollower(null, default));
    }
}
