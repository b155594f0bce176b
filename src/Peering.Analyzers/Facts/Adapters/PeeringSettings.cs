using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters
{
    /// <summary>
    /// The members of a peering that every Azure library for .NET names as the Resource Manager API does: the five flags,
    /// the name, the remote VNet's id, and the properties Azure computes. Each library's adapter hands its peering objects'
    /// writes here, so a setting means the same whichever library sets it.
    /// </summary>
    internal static class PeeringSettings
    {
        /// <summary>A write to <paramref name="member"/> of a peering: a flag, the name, the remote, or a property Azure computes; any other member is ignored.</summary>
        public static void Write(ValueEvaluator evaluator, PeeringDraft peering, string member, Value? value, ISimpleAssignmentOperation assignment)
        {
            var location = assignment.Syntax.GetLocation();
            var flag = value as BoolValue;
            var flagFact = evaluator.Definite(peering, flag != null, flag?.Flag ?? false, location);
            var settings = peering.Settings;
            peering.Changed = true;
            switch (member)
            {
                case "AllowVirtualNetworkAccess":
                    settings.AllowVirtualNetworkAccess = flagFact;
                    break;
                case "AllowForwardedTraffic":
                    settings.AllowForwardedTraffic = flagFact;
                    break;
                case "AllowGatewayTransit":
                    settings.AllowGatewayTransit = flagFact;
                    break;
                case "UseRemoteGateways":
                    settings.UseRemoteGateways = flagFact;
                    break;
                case "DoNotVerifyRemoteGateways":
                    settings.DoNotVerifyRemoteGateways = flagFact;
                    break;
                case "Name":
                    settings.Name = evaluator.Definite(peering, value is StringValue, (value as StringValue)?.Text!, assignment.Value.Syntax.GetLocation());
                    break;
                case "RemoteVirtualNetworkId":
                    settings.Remote = Remote(evaluator, peering, value, assignment.Value);
                    break;
                case "PeeringState" or "PeeringSyncLevel" or "RemoteAddressSpace" or "RemoteVirtualNetworkAddressSpace" or "LocalAddressSpace" or "LocalVirtualNetworkAddressSpace":
                    settings.ServiceManagedSettings.Add(new ServiceManagedSetting(member, location));
                    break;
            }
        }

        private static Fact<RemoteNetworkReference> Remote(ValueEvaluator evaluator, PeeringDraft peering, Value? value, IOperation source)
        {
            var location = source.Syntax.GetLocation();
            return value switch
            {
                IdValue id => evaluator.Definite(peering, known: true, id.Reference, location),
                NullValue => evaluator.RunsWith(peering) ? Fact<RemoteNetworkReference>.Absent(location) : Fact<RemoteNetworkReference>.Unknown,
                _ => Fact<RemoteNetworkReference>.Unknown,
            };
        }
    }
}
