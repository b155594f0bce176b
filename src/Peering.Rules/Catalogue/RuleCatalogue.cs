using System;
using System.Collections.Generic;
using System.Linq;
using static Peering.Rules.Catalogue.RuleCategories;
using static Peering.Rules.Catalogue.RuleScope;
using static Peering.Rules.Catalogue.RuleSeverity;

namespace Peering.Rules.Catalogue
{
    /// <summary>
    /// Every rule ID the product ships (shared/domain/rules.md). IDs are stable: never reused or renumbered.
    /// </summary>
    public static class RuleCatalogue
    {
        /// <summary>The rules both Pulumi providers decide: every C# rule whose facts a declarative program states.</summary>
        private const RuleScope Pulumi = PulumiAzureNative | PulumiAzure;

        /// <summary>Where the rule pages are published; each page is docs/rules/&lt;ID&gt;.md in the repository.</summary>
        public const string DocsBaseUri = "https://github.com/peering-analyzers/peering-analyzers/blob/main/docs/rules/";

        public static readonly RuleInfo PEER101 = new RuleInfo("PEER101", "UseRemoteGateways across regions", GatewayTransit, Info, Error, Method | Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A peering uses the remote VNet's gateway while the two VNets are in different regions. Azure supports this since April 2019 (transit traffic is charged as global peering and ExpressRoute FastPath does not apply); the 2017-10 profile does not allow it.");

        public static readonly RuleInfo PEER102 = new RuleInfo("PEER102", "UseRemoteGateways and AllowGatewayTransit both true on one peering", GatewayTransit, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "A peering cannot both offer this VNet's gateway (AllowGatewayTransit) and use the remote VNet's gateway (UseRemoteGateways): the hub side allows transit, the spoke side uses it.");

        public static readonly RuleInfo PEER103 = new RuleInfo("PEER103", "UseRemoteGateways on both sides of one VNet pair", GatewayTransit, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "Both peerings of a pair set UseRemoteGateways; one side always fails with RemoteVnetHasNoGateways.");

        public static readonly RuleInfo PEER104 = new RuleInfo("PEER104", "UseRemoteGateways but the remote side does not allow gateway transit, or the remote VNet has no gateway", GatewayTransit, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "UseRemoteGateways needs a gateway in the remote VNet (RemoteVnetHasNoGateways) and AllowGatewayTransit on the reverse peering.");

        public static readonly RuleInfo PEER105 = new RuleInfo("PEER105", "UseRemoteGateways on a VNet that has its own gateway", GatewayTransit, Error, Error, Compilation | Templates | Terraform | Pulumi,
            "A VNet that has its own gateway cannot use a remote gateway.");

        public static readonly RuleInfo PEER106 = new RuleInfo("PEER106", "More than one peering of a VNet uses remote gateways", GatewayTransit, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "Only one peering of a VNet may set UseRemoteGateways.");

        public static readonly RuleInfo PEER107 = new RuleInfo("PEER107", "AllowGatewayTransit on a VNet without a gateway", GatewayTransit, Info, Info, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "AllowGatewayTransit has no effect when the VNet has no gateway or Route Server.");

        public static readonly RuleInfo PEER108 = new RuleInfo("PEER108", "Gateway transit with a classic VNet", GatewayTransit, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "Gateway transit with a classic VNet works only when the gateway is in the Resource Manager VNet; the 2017-10 profile allows no gateway transit with a classic VNet at all.");

        public static readonly RuleInfo PEER109 = new RuleInfo("PEER109", "DoNotVerifyRemoteGateways does not skip the gateway check", GatewayTransit, Info, Info, Method | Templates | Terraform | AzureProvisioning | PulumiAzureNative,
            "DoNotVerifyRemoteGateways does not bypass RemoteVnetHasNoGateways: the remote gateway must still exist when the peering is created.");

        public static readonly RuleInfo PEER110 = new RuleInfo("PEER110", "Peering uses remote gateways but is not ordered after what Azure checks at create time", GatewayTransit, Error, Error, Compilation | Templates | Terraform,
            "Azure checks a peering with UseRemoteGateways when it writes it: the remote VNet's gateway must exist and the peering back must already allow gateway transit. When the same run creates that gateway or that peering back, the peering must wait for them (dependsOn, a Terraform reference or depends_on, an awaited CreateOrUpdate), or the run can fail with RemoteVnetHasNoGateways.");

        public static readonly RuleInfo PEER201 = new RuleInfo("PEER201", "Address spaces of peered VNets overlap", AddressSpace, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "Peered VNets must not have overlapping address prefixes (VnetAddressSpacesOverlap), IPv4 or IPv6; a subnet peering's peered subnets must lie in address ranges the other VNet does not have, and an IPv6-only peering counts IPv6 ranges only.");

        public static readonly RuleInfo PEER202 = new RuleInfo("PEER202", "Address space overlaps a VNet already peered with the remote VNet", AddressSpace, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A VNet must not overlap any VNet already peered with the remote VNet (VnetAddressSpaceOverlapsWithAlreadyPeeredVnet): two spokes of one hub must not overlap, in what their peerings join.");

        public static readonly RuleInfo PEER203 = new RuleInfo("PEER203", "Address space of a peered VNet changed", AddressSpace, Warning, Error, Method | Compilation,
            "After the address space of a peered VNet changes, its peerings must be synced (SyncRemoteAddressSpace.True) or the new prefixes stay unreachable; the 2017-10 profile forbids the change while peered.");

        public static readonly RuleInfo PEER204 = new RuleInfo("PEER204", "Invalid address prefix", AddressSpace, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "An address prefix must be a CIDR prefix with no host bits set and a length valid for its IP family.");

        public static readonly RuleInfo PEER205 = new RuleInfo("PEER205", "Templates cannot sync a resized peered VNet", AddressSpace, Warning, Error, Templates,
            "ARM and Bicep send no syncRemoteAddressSpace, so a template that changes a peered VNet's prefixes needs a sync step outside it.");

        public static readonly RuleInfo PEER206 = new RuleInfo("PEER206", "Subnet peering names a subnet the VNet does not have", AddressSpace, Error, NotApplicable, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "Every name in a subnet peering's localSubnetNames must be a subnet of the local VNet, and every name in remoteSubnetNames a subnet of the remote VNet; the 2017-10 profile has no subnet peering.");

        public static readonly RuleInfo PEER301 = new RuleInfo("PEER301", "Peering has no reverse peering", RuleCategories.Topology, Warning, Warning, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A peering carries traffic only when the remote VNet peers back; alone it stays Initiated.");

        public static readonly RuleInfo PEER302 = new RuleInfo("PEER302", "VNet peered to itself", RuleCategories.Topology, Error, Error, Method | Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A peering's remote VNet is its own parent VNet.");

        public static readonly RuleInfo PEER303 = new RuleInfo("PEER303", "Two peerings of one VNet point at the same remote VNet", RuleCategories.Topology, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "One VNet pair has one peering per side (AnotherPeeringAlreadyReferencesRemoteVnet).");

        public static readonly RuleInfo PEER304 = new RuleInfo("PEER304", "Peering blocks virtual network access", RuleCategories.Topology, Info, Info, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "AllowVirtualNetworkAccess = false keeps the peering Connected but blocks traffic between the VNets.");

        public static readonly RuleInfo PEER305 = new RuleInfo("PEER305", "Route through an appliance in a peered VNet without forwarded traffic", RuleCategories.Topology, Warning, Warning, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A route sends traffic to an appliance in a peered VNet, but the peering that carries the forwarded traffic does not allow it.");

        public static readonly RuleInfo PEER306 = new RuleInfo("PEER306", "Peering is not transitive", RuleCategories.Topology, Warning, Warning, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A route or configuration expects one VNet to reach another through a VNet both are peered with; peering is not transitive.");

        public static readonly RuleInfo PEER401 = new RuleInfo("PEER401", "Peering has no remote virtual network", References, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "A peering is written without a remote virtual network.");

        public static readonly RuleInfo PEER402 = new RuleInfo("PEER402", "Remote virtual network id is not a VNet resource id", References, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "The remote id must be the full resource id of a virtual network (LinkedInvalidPropertyId).");

        public static readonly RuleInfo PEER403 = new RuleInfo("PEER403", "Invalid peering name", References, Error, Error, Method | Templates | Terraform | AzureProvisioning | Pulumi,
            "Peering names are 1-80 characters of letters, digits, '_', '.' and '-', start with a letter or digit and end with a letter, digit or '_' (InvalidResourceName).");

        public static readonly RuleInfo PEER404 = new RuleInfo("PEER404", "Peering between two classic VNets", References, Error, Error, Method | Templates | Terraform,
            "Two classic VNets cannot be peered; use a VPN gateway between them.");

        public static readonly RuleInfo PEER405 = new RuleInfo("PEER405", "Peering name reused for a different remote VNet", References, Warning, Warning, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "The remote of an existing peering cannot change (ChangingRemoteVirtualNetworkNotAllowed); derive the peering name from the remote VNet.");

        public static readonly RuleInfo PEER406 = new RuleInfo("PEER406", "Service-managed peering property is set", References, Info, Info, Method | Templates | Terraform | AzureProvisioning | PulumiAzureNative,
            "PeeringState, PeeringSyncLevel and the local/remote address-space copies are computed by Azure; setting them has no effect.");

        public static readonly RuleInfo PEER501 = new RuleInfo("PEER501", "Too many peerings on one VNet", Limits, Error, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "A VNet has more peerings than the platform allows (500 today, 50 under the 2017-10 profile), or more than 200 subnets on one side of a subnet peering.");

        public static readonly RuleInfo PEER502 = new RuleInfo("PEER502", "Peering across Azure AD tenants", Limits, Info, Error, Compilation | Templates | Terraform,
            "A peering across tenants needs an identity in both tenants and an auxiliary token; the 2017-10 profile requires one tenant.");

        public static readonly RuleInfo PEER503 = new RuleInfo("PEER503", "Global peering outside the preview regions", Limits, NotApplicable, Error, Compilation | Templates | Terraform | AzureProvisioning | Pulumi,
            "Under the 2017-10 profile global peering was in preview only in West Central US, Canada Central and West US 2.");

        public static readonly RuleInfo PEER901 = new RuleInfo("PEER901", "File cannot be read or parsed", Validator, Error, Error, Templates | Terraform,
            "The validator could not read or parse an input file.");

        public static readonly RuleInfo PEER902 = new RuleInfo("PEER902", "Expression or construct not evaluated; the checks that needed it were skipped", Validator, Info, Info, Templates | Terraform,
            "The validator met an expression or construct it does not evaluate; rules that needed the value were skipped.");

        private static readonly Dictionary<string, RuleInfo> ById = typeof(RuleCatalogue)
            .GetFields()
            .Where(f => f.FieldType == typeof(RuleInfo))
            .Select(f => (RuleInfo)f.GetValue(null)!)
            .ToDictionary(r => r.Id, StringComparer.Ordinal);

        /// <summary>All rules, ordered by ID.</summary>
        public static IReadOnlyList<RuleInfo> All { get; } = ById.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

        public static RuleInfo? Find(string id) => ById.TryGetValue(id, out var rule) ? rule : null;

        public static string HelpUriFor(string id) => DocsBaseUri + id + ".md";
    }
}
