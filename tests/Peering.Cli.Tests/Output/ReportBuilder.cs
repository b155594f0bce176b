using System.Collections.Generic;
using System.Linq;
using Peering.Cli.Output;
using Peering.Rules.Addressing;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Rules.Profiles;
using Peering.Templates;

namespace Peering.Cli.Tests.Output
{
    /// <summary>Builds topologies, findings and reports by hand, the way the template front end would fill them.</summary>
    internal sealed class ReportBuilder
    {
        public const string Root = "/repo";

        private readonly List<string> files = new List<string>();

        public Topology Topology { get; } = new Topology();

        public List<Finding> Findings { get; } = new List<Finding>();

        public PlatformProfile Profile { get; set; } = PlatformProfile.Current;

        /// <summary>Values the reader did not evaluate and no rule needed.</summary>
        public List<UnevaluatedConstruct> NotEvaluated { get; } = new List<UnevaluatedConstruct>();

        public static SourceLocation At(string path, int line, int column = 1) => new SourceLocation(path, line, column);

        public ReportBuilder File(string path)
        {
            files.Add(path);
            return this;
        }

        public VirtualNetwork Network(string name, string? region, SourceLocation declaration, params string[] prefixes)
        {
            // Names here may be hostile, so not every one makes a valid id: each VNet is simply a VNet of its own.
            var identity = ResourceIdentity.Unique("/subscriptions/s/resourcegroups/rg/providers/microsoft.network/virtualnetworks/" + name.ToLowerInvariant());
            var network = new VirtualNetwork(identity, name, declaration)
            {
                IsDefined = true,
                Location = region == null ? Fact<string>.Unknown : Fact<string>.Known(region, declaration),
                AddressPrefixes = Fact<IReadOnlyList<NetworkPrefix>>.Known(
                    prefixes.Select(p => new NetworkPrefix(IpPrefix.Parse(p).Prefix!, declaration)).ToArray(), declaration),
            };
            Topology.Networks.Add(network);
            return network;
        }

        public VirtualNetworkPeering Peering(string name, VirtualNetwork parent, VirtualNetwork? remote, SourceLocation declaration, bool allowGatewayTransit = false, bool useRemoteGateways = false)
        {
            var peering = new VirtualNetworkPeering(declaration)
            {
                Name = Fact<string>.Known(name, declaration),
                Parent = parent,
                Remote = remote == null
                    ? Fact<RemoteNetworkReference>.Unknown
                    : Fact<RemoteNetworkReference>.Known(new RemoteNetworkReference(remote.Identity.ToString(), remote, null, null), declaration),
                AllowGatewayTransit = Fact<bool>.Known(allowGatewayTransit, declaration),
                UseRemoteGateways = Fact<bool>.Known(useRemoteGateways, declaration),
            };
            Topology.Peerings.Add(peering);
            return peering;
        }

        public Finding Finding(RuleInfo rule, string message, SourceLocation? location, params SourceLocation[] additional)
        {
            var finding = new Finding(rule, rule.SeverityFor(Profile), message, location, additional);
            Findings.Add(finding);
            return finding;
        }

        public Finding Finding(RuleInfo rule, RuleSeverity severity, string message, SourceLocation? location)
        {
            var finding = new Finding(rule, severity, message, location);
            Findings.Add(finding);
            return finding;
        }

        public Report Build(string root = Root, string? workingDirectory = null) =>
            new Report(Findings, files, Profile, "1.2.3", root, Topology, workingDirectory, NotEvaluated);

        /// <summary>A hub with a gateway, two spokes peered both ways through it (one using its gateway), and three findings.</summary>
        public static ReportBuilder HubAndSpokes()
        {
            var builder = new ReportBuilder().File("hub.json").File("spokes.json");
            var hub = builder.Network("hub", "westeurope", At("hub.json", 5, 7), "10.0.0.0/16");
            var spoke1 = builder.Network("spoke1", "westeurope", At("spokes.json", 4, 7), "10.1.0.0/16");
            var spoke2 = builder.Network("spoke2", "northeurope", At("spokes.json", 30, 7), "10.2.0.0/16");
            builder.Peering("hub-to-spoke1", hub, spoke1, At("hub.json", 20, 9), allowGatewayTransit: true);
            builder.Peering("spoke1-to-hub", spoke1, hub, At("spokes.json", 12, 9), allowGatewayTransit: true, useRemoteGateways: true);
            builder.Peering("spoke2-to-hub", spoke2, hub, At("spokes.json", 40, 9));
            builder.Finding(RuleCatalogue.PEER102, "Peering 'spoke1-to-hub' of VNet 'spoke1' sets both UseRemoteGateways and AllowGatewayTransit.", At("spokes.json", 12, 9));
            builder.Finding(RuleCatalogue.PEER301, "Peering 'spoke2-to-hub' of VNet 'spoke2' has no reverse peering from VNet 'hub'.", At("spokes.json", 40, 9));
            builder.Finding(RuleCatalogue.PEER902, "The expression '[reference(x)]' is not evaluated.", At("hub.json", 2, 3));
            return builder;
        }
    }
}
