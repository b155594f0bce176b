using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Adapters.AzureCore;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Analyzers.Symbols;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters.Provisioning
{
    /// <summary>
    /// Peerings: <c>new VirtualNetworkPeering("hubToSpoke") { Parent = hub, RemoteVirtualNetworkId = spoke.Id, ... }</c> or
    /// inline in a VNet's <c>VirtualNetworkPeerings</c>; the flags are <c>BicepValue&lt;bool&gt;</c>, so a literal is known
    /// and a parameter or any other expression is not. At the end of the code each peering the program deploys is written
    /// into its VNet, as it then stands.
    /// </summary>
    internal sealed class ProvisioningPeerings : ProvisioningPart
    {
        public ProvisioningPeerings(ProvisioningSymbols symbols, AzureCoreValues core, ValueEvaluator evaluator, FactRecorder recorder, ProvisionedResources resources)
            : base(symbols, core, evaluator, recorder, resources)
        {
        }

        /// <summary>
        /// <c>new VirtualNetworkPeering("id")</c>: what it never sets is known unset; <c>FromExisting</c> (not
        /// <paramref name="builtHere"/>): what it never sets is unknown.
        /// </summary>
        public ProvisionedPeering Peering(string? identifier, bool builtHere, IOperation site)
        {
            var location = site.Syntax.GetLocation();
            var draft = new PeeringDraft(Evaluator.Depth, location, builtHere);
            Recorder.Track(draft);
            var peering = new ProvisionedPeering(identifier, draft, Evaluator.Depth, location);
            Resources.Peerings.Add(peering);
            return peering;
        }

        public bool TryRead(Value? instance, string name, IPropertyReferenceOperation property, out Value? result)
        {
            result = (instance, name) switch
            {
                (ProvisionedPeering, "Id") => new IdValue(property.Syntax.ToString(), null, null, AzureCoreValues.VirtualNetworkType + "/virtualNetworkPeerings"),
                (ProvisionedPeering peering, "Name") => peering.Draft.Settings.Name.IsKnown ? new StringValue(peering.Draft.Settings.Name.Value) : null,
                (ProvisionedPeering { Owner: { } owner }, "Parent") => owner,
                (ProvisionedPeering peering, _) => PeeringSettings.SubnetNames(peering.Draft, name),
                _ => null,
            };
            return result != null;
        }

        /// <summary>A write to a peering: its parent, or one of the settings every library names alike.</summary>
        public bool TryWrite(Value? instance, string name, Value? value, ISimpleAssignmentOperation assignment)
        {
            if (instance is not ProvisionedPeering peering)
            {
                return false;
            }

            if (name == "Parent")
            {
                SetParent(peering, value);
            }
            else
            {
                PeeringSettings.Write(Evaluator, peering.Draft, name, value, assignment);
            }

            return true;
        }

        /// <summary>Writes each deployed peering into its VNet; one the program only builds keeps its own settings (the recorder's).</summary>
        public void Complete(Func<ProvisionedNetwork, VirtualNetwork> networkModel)
        {
            foreach (var peering in Resources.Peerings)
            {
                if (!peering.IsDeployed)
                {
                    continue;
                }

                var owner = peering.Owner;
                var at = peering.AddedAt ?? peering.InlineOwner!.AddedAt!;
                Recorder.WritePeering(peering.Draft, owner == null ? null : networkModel(owner), peering.Draft.Settings.Name, at,
                    synced: false, conditional: peering.IsDeployedConditionally || owner == null, rewrite: !peering.BuiltHere,
                    write: null); // ordered by the emitted Bicep, which the analysis does not see: PEER110 is not decided here
            }
        }
    }
}
