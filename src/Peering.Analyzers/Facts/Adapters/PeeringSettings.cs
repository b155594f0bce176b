using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Analyzers.Facts.Recording;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Adapters
{
    /// <summary>
    /// The members of a peering that every Azure library for .NET names as the Resource Manager API does: the five flags,
    /// the name, the remote VNet's id, subnet peering, and the properties Azure computes. Each library's adapter hands its peering objects'
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
            if (peering.SetFlag(member, flagFact))
            {
                return;
            }

            if (PeeringDraft.IsServiceManaged(member))
            {
                settings.ServiceManagedSettings.Add(new ServiceManagedSetting(member, location));
                return;
            }

            switch (member)
            {
                case "LocalSubnetNames" or "RemoteSubnetNames":
                    // A whole list built elsewhere (the lists the code fills in place are followed by EditSubnetNames).
                    SubnetNames(peering, member)!.Names = Fact<IReadOnlyList<string>>.Unknown;
                    break;
                case "Name":
                    settings.Name = evaluator.Definite(peering, value is StringValue, (value as StringValue)?.Text!, assignment.Value.Syntax.GetLocation());
                    break;
                case "RemoteVirtualNetworkId":
                    peering.SetRemote(value, assignment.Value.Syntax.GetLocation(), evaluator);
                    break;
            }
        }

        /// <summary><c>LocalSubnetNames</c> or <c>RemoteSubnetNames</c> of a peering: the list the code adds names to; null for any other member.</summary>
        public static SubnetNamesValue? SubnetNames(PeeringDraft peering, string member) => member switch
        {
            "LocalSubnetNames" => new SubnetNamesValue(peering, local: true),
            "RemoteSubnetNames" => new SubnetNamesValue(peering, local: false),
            _ => null,
        };

        /// <summary>
        /// <c>Add</c> on a list of subnet names (also each item of <c>LocalSubnetNames = { "app" }</c>): a known name added
        /// where the peering was created extends the list; anything else (another call, a name or a write that may not run)
        /// leaves it unknown.
        /// </summary>
        public static void EditSubnetNames(ValueEvaluator evaluator, SubnetNamesValue list, IInvocationOperation invocation)
        {
            var peering = list.Owner;
            peering.Changed = true;
            var name = invocation.TargetMethod.Name == "Add" && invocation.Arguments.Length == 1 ? evaluator.Text(invocation.Arguments[0].Value) : null;
            var names = list.Names;
            if (name == null || !evaluator.RunsWith(peering) || names.State == FactState.Unknown)
            {
                evaluator.EscapeArguments(invocation);
                list.Names = Fact<IReadOnlyList<string>>.Unknown;
                return;
            }

            var added = new List<string>(names.IsKnown ? names.Value : System.Array.Empty<string>()) { name };
            list.Names = Fact<IReadOnlyList<string>>.Known(added, invocation.Syntax.GetLocation());
        }
    }
}
