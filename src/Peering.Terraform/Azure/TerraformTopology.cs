using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Addressing;
using Peering.Rules.Identity;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>
    /// Puts the Terraform resources of a run into the run's topology, next to what the templates put there: VNets and
    /// their prefixes, subnets, route tables, gateways and peerings, in azurerm's and azapi's forms. Declarations are
    /// read first (the ids of the VNets before the VNets), so references resolve whatever order the files come in.
    /// Nothing is evaluated here.
    /// </summary>
    internal sealed class TerraformTopology
    {
        private readonly Topology topology;
        private readonly NetworkDirectory directory;
        private readonly NetworkReferences references;
        private readonly IReadOnlyList<ResourceFacts> resources;

        private TerraformTopology(Topology topology, IReadOnlyList<ResourceFacts> resources)
        {
            this.topology = topology;
            this.resources = resources;
            directory = new NetworkDirectory(topology);
            var byAddress = new Dictionary<string, ResourceFacts>(System.StringComparer.Ordinal);
            foreach (var resource in resources)
            {
                byAddress[resource.Key] = resource;
            }

            references = new NetworkReferences(directory, byAddress);
        }

        public static void AddTo(Topology topology, IReadOnlyList<ResourceFacts> resources) =>
            new TerraformTopology(topology, resources).Build();

        private void Build()
        {
            var networks = new NetworkMapping(topology, directory, references);
            var routes = new RouteMapping(directory, references);
            foreach (var resource in resources)
            {
                networks.Expect(resource);
            }

            foreach (var resource in resources)
            {
                networks.Declare(resource);
                routes.Declare(resource);
            }

            // Data sources and subnets name VNets; gateways, routes and peerings may refer to either.
            foreach (var resource in resources)
            {
                networks.ReadReferences(resource);
                networks.ReadSubnets(resource, routes);
            }

            foreach (var resource in resources)
            {
                routes.ReadRoutes(resource);
                GatewayMapping.Read(resource, topology, references);
                PeeringMapping.Read(resource, topology, references);
            }

            directory.Settle();
        }
    }
}
