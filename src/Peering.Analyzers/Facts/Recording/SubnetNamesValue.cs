using System.Collections.Generic;
using Peering.Analyzers.Facts.Evaluation;
using Peering.Rules.Model;

namespace Peering.Analyzers.Facts.Recording
{
    /// <summary>The <c>LocalSubnetNames</c> or <c>RemoteSubnetNames</c> list of a peering (both libraries name them so), for the names added to it.</summary>
    internal sealed class SubnetNamesValue : Value
    {
        public SubnetNamesValue(PeeringDraft owner, bool local)
        {
            Owner = owner;
            Local = local;
        }

        public PeeringDraft Owner { get; }

        /// <summary>True for the local VNet's subnets, false for the remote VNet's.</summary>
        public bool Local { get; }

        public Fact<IReadOnlyList<string>> Names
        {
            get => Local ? Owner.Settings.LocalSubnetNames : Owner.Settings.RemoteSubnetNames;
            set
            {
                if (Local)
                {
                    Owner.Settings.LocalSubnetNames = value;
                }
                else
                {
                    Owner.Settings.RemoteSubnetNames = value;
                }
            }
        }

        /// <summary>Code the analysis does not see may add or remove names.</summary>
        public override void Escape() => Names = Fact<IReadOnlyList<string>>.Unknown;
    }
}
