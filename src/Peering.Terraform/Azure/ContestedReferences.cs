using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// The VNets the templates of the run only refer to (a hub's peering with <c>resourceId(..., 'vnet-spoke')</c>) that
    /// VNets several Terraform declarations make fit: which one the reference means is not known. A reference one
    /// declaration fits becomes that declaration (<see cref="NetworkDirectory.Declare"/>); a contested one becomes none
    /// of them, and what the templates say through it is unknown because of an <see cref="AmbiguousName"/>, as in the
    /// template front end, instead of the first declaration read taking it.
    /// </summary>
    internal sealed class ContestedReferences
    {
        private readonly Dictionary<VirtualNetwork, List<(ResourceIdentity Declaration, string RootModule)>> fitting = new Dictionary<VirtualNetwork, List<(ResourceIdentity, string)>>();
        private readonly Dictionary<ResourceIdentity, VirtualNetwork> referenceFitted = new Dictionary<ResourceIdentity, VirtualNetwork>();
        private readonly Dictionary<VirtualNetwork, List<VirtualNetwork>> declared = new Dictionary<VirtualNetwork, List<VirtualNetwork>>();

        /// <summary>Records, before any declaration, that the VNet <paramref name="rootModule"/> declares under <paramref name="declaration"/> fits <paramref name="reference"/>.</summary>
        public void Fits(ResourceIdentity declaration, string rootModule, VirtualNetwork reference)
        {
            if (!fitting.TryGetValue(reference, out var declarations))
            {
                fitting.Add(reference, declarations = new List<(ResourceIdentity, string)>());
            }

            declarations.Add((declaration, rootModule));
            referenceFitted[declaration] = reference;
        }

        /// <summary>True when VNets of more than one declaration (two ids, in one root module or several) fit <paramref name="reference"/>.</summary>
        public bool IsContested(VirtualNetwork reference) =>
            fitting.TryGetValue(reference, out var declarations) && declarations.Select(d => d.Declaration).Distinct().Skip(1).Any();

        /// <summary>Records the VNet made of a declaration, which a contested reference may be.</summary>
        public void Declared(ResourceIdentity declaration, VirtualNetwork network)
        {
            if (referenceFitted.TryGetValue(declaration, out var reference) && IsContested(reference))
            {
                if (!declared.TryGetValue(reference, out var networks))
                {
                    declared.Add(reference, networks = new List<VirtualNetwork>());
                }

                networks.Add(network);
            }
        }

        /// <summary>
        /// Once every fact is read: the peerings whose remote is a contested reference get an unknown remote, and a gateway
        /// the templates put into it may be in any of the VNets that fit it.
        /// </summary>
        public void Settle(Topology topology)
        {
            foreach (var entry in declared)
            {
                var reference = entry.Key;
                var ambiguity = new AmbiguousName("VNet", reference.DisplayName, fitting[reference].Select(d => d.RootModule));
                foreach (var peering in topology.Peerings)
                {
                    if (peering.RemoteNetwork is VirtualNetwork remote && remote.Identity.Equals(reference.Identity) && (peering.Remote.Source ?? peering.Declaration) is SourceLocation at)
                    {
                        peering.Remote = Fact<RemoteNetworkReference>.UnknownBecause(ambiguity.At(at));
                    }
                }

                if (reference.HasGateway.Is(true) || reference.MayHaveUnseenGateway)
                {
                    foreach (var network in entry.Value)
                    {
                        network.MayHaveGateway(reference.HasGateway.Source is SourceLocation gateway ? ambiguity.At(gateway) : null);
                    }
                }
            }
        }
    }
}
