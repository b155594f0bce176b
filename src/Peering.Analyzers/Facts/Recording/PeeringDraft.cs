using Microsoft.CodeAnalysis;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>
    /// A peering's settings as the code builds them (a library's peering data object), held as the model's own
    /// <see cref="VirtualNetworkPeering"/>, so each setting lives in one place and an adapter only says which member
    /// sets it.
    /// </summary>
    internal sealed class PeeringDraft : TrackedObject
    {
        /// <param name="builtHere">True for data the code creates: what it never sets is known unset. False for the data of a peering that exists (fetched from Azure): what it never sets is unknown.</param>
        public PeeringDraft(int depth, Location declaration, bool builtHere)
            : base(depth, declaration)
        {
            BuiltHere = builtHere;
            Settings = builtHere ? VirtualNetworkPeering.Unset(declaration) : new VirtualNetworkPeering(declaration);
        }

        public bool BuiltHere { get; }

        /// <summary>The settings so far: remote, flags, name, service-managed properties. Parent and conditionality are the write's.</summary>
        public VirtualNetworkPeering Settings { get; private set; }

        /// <summary>True once the code sends it (a write, or a VNet's inline peerings).</summary>
        public bool Written { get; set; }

        /// <summary>True once the code sets anything on it.</summary>
        public bool Changed { get; set; }

        /// <summary>The state just before the object first escaped, kept for a peering never written here.</summary>
        public VirtualNetworkPeering? BeforeEscape { get; private set; }

        public override void Escape()
        {
            if (Escaped)
            {
                return;
            }

            if (!Written)
            {
                BeforeEscape = Snapshot(null, Settings.Name, written: false);
            }

            // Code elsewhere may have changed anything but what the code already set that Azure computes itself.
            Escaped = true;
            var unknown = new VirtualNetworkPeering(Declaration);
            foreach (var setting in Settings.ServiceManagedSettings)
            {
                unknown.ServiceManagedSettings.Add(setting);
            }

            Settings = unknown;
        }

        /// <summary>True for a property Azure computes (<c>PeeringState</c>, the address-space copies): ARM's names, which the libraries keep.</summary>
        public static bool IsServiceManaged(string property) =>
            property is "PeeringState" or "PeeringSyncLevel" or "RemoteAddressSpace" or "RemoteVirtualNetworkAddressSpace" or "LocalAddressSpace" or "LocalVirtualNetworkAddressSpace";

        /// <summary>Sets the flag ARM calls <paramref name="flag"/>, the name the libraries keep; false for any other name.</summary>
        public bool SetFlag(string flag, Fact<bool> value)
        {
            switch (flag)
            {
                case "AllowVirtualNetworkAccess":
                    Settings.AllowVirtualNetworkAccess = value;
                    return true;
                case "AllowForwardedTraffic":
                    Settings.AllowForwardedTraffic = value;
                    return true;
                case "AllowGatewayTransit":
                    Settings.AllowGatewayTransit = value;
                    return true;
                case "UseRemoteGateways":
                    Settings.UseRemoteGateways = value;
                    return true;
                case "DoNotVerifyRemoteGateways":
                    Settings.DoNotVerifyRemoteGateways = value;
                    return true;
                case "PeerCompleteVnets" or "AreCompleteVnetsPeered":
                    // ARM's name, and the ARM SDK's own name of the same flag.
                    Settings.PeerCompleteVirtualNetworks = value;
                    return true;
                case "EnableOnlyIPv6Peering":
                    Settings.EnableOnlyIPv6Peering = value;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Sets the remote from the value written at <paramref name="source"/>: an id is known when the write certainly runs,
        /// <c>null</c> leaves the peering without a remote, anything else is unknown.
        /// </summary>
        public void SetRemote(Value? value, Location source, ValueEvaluator evaluator) =>
            Settings.Remote = value switch
            {
                IdValue id => evaluator.Definite(this, known: true, id.Reference, source),
                NullValue => evaluator.RunsWith(this) ? Fact<RemoteNetworkReference>.Absent(source) : Fact<RemoteNetworkReference>.Unknown,
                _ => Fact<RemoteNetworkReference>.Unknown,
            };

        /// <summary>
        /// The peering as it stands, written into <paramref name="parent"/> under <paramref name="name"/>. A missing remote
        /// is a fact only for a peering written here: one built here and handed on may get its remote elsewhere.
        /// </summary>
        public VirtualNetworkPeering Snapshot(VirtualNetwork? parent, Fact<string> name, bool written)
        {
            var peering = Settings.Copy();
            peering.Parent = parent;
            peering.Name = name;
            if (peering.Remote.State == FactState.Absent)
            {
                peering.Remote = written ? Fact<RemoteNetworkReference>.Absent(peering.Remote.Source ?? Declaration) : Fact<RemoteNetworkReference>.Unknown;
            }

            return peering;
        }
    }
}
