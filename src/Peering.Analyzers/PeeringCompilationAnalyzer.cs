using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Facts;
using Peering.Analyzers.Symbols;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Model;

namespace Peering.Analyzers
{
    /// <summary>
    /// The rules that may need facts from several methods or types (<see cref="AnalyzerRules.CompilationEnd"/>): every
    /// method body that touches the SDK is read, following calls into the compilation's own helpers, the results are
    /// merged into one topology, and the rules run over it once, at the end of the compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PeeringCompilationAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Rules whose findings claim that a peering is missing (no reverse, no direct link).</summary>
        private static readonly HashSet<string> AbsenceRules = new HashSet<string>(StringComparer.Ordinal) { RuleCatalogue.PEER301.Id, RuleCatalogue.PEER306.Id };

        private readonly Action<Topology>? observer;

        public PeeringCompilationAnalyzer()
        {
        }

        /// <summary>For tests of the fact collection: <paramref name="observer"/> sees each merged topology.</summary>
        internal PeeringCompilationAnalyzer(Action<Topology> observer) => this.observer = observer;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = PeeringDescriptors.For(AnalyzerRules.CompilationEnd);

        public override void Initialize(AnalysisContext context)
        {
            // Generated code is read, because its peerings are part of the network (a reverse peering may be generated),
            // but no diagnostic is reported in it.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var libraries = SdkLibraries.TryCreate(start.Compilation);
                if (libraries != null)
                {
                    CompilationFactCollector.Register(start, libraries, Report);
                }
            });
        }

        private void Report(CompilationAnalysisContext context, Topology topology)
        {
            observer?.Invoke(topology);
            var options = PeeringOptions.ReadForCompilation(context.Options, context.Compilation);
            // One diagnostic per rule and place: a helper followed from several call sites is reported once, at its line.
            var reported = new HashSet<(string, Location)>();
            var absenceKnown = EveryPeeringIsPlaced(topology);
            List<string>? failures = null;
            foreach (var finding in PeeringRules.Evaluate(topology, AnalyzerRules.CompilationEnd, options, "the compilation " + context.Compilation.AssemblyName))
            {
                if (RuleFailureException.IsFailure(finding, ref failures) || finding.Location is not Location location
                    || (!absenceKnown && AbsenceRules.Contains(finding.Rule.Id)) || !reported.Add((finding.Rule.Id, location)))
                {
                    continue;
                }

                context.ReportDiagnostic(PeeringDescriptors.ToDiagnostic(finding, location));
            }

            RuleFailureException.ThrowIfAny(failures);
        }

        /// <summary>
        /// A peering the analysis cannot place (its VNet or remote comes from a parameter, from code it does not see, or
        /// is not known at all) may be the one another finding calls missing: then no peering is claimed to be missing.
        /// </summary>
        private static bool EveryPeeringIsPlaced(Topology topology) =>
            topology.Peerings.All(p => p.Parent != null && !p.Parent.Identity.IsLocal
                && (p.RemoteNetwork != null ? !p.RemoteNetwork.Identity.IsLocal : PointsAtNoVnet(p)));

        /// <summary>A peering with no remote, or with the id of something other than a VNet, links no VNet: it can be no one's peering back.</summary>
        private static bool PointsAtNoVnet(VirtualNetworkPeering peering) =>
            peering.Remote.State == FactState.Absent
            || (peering.Remote.IsKnown && (peering.Remote.Value.ParsedId?.Id is { IsVirtualNetwork: false }
                || (peering.Remote.Value.ParsedId?.Id == null && peering.Remote.Value.ResourceTypeFromSource is { } type
                    && !string.Equals(type, "Microsoft.Network/virtualNetworks", StringComparison.OrdinalIgnoreCase))));
    }
}
