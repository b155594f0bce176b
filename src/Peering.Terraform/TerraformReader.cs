using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Peering.Rules.Checks;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Azure;
using Peering.Terraform.Configuration;
using Peering.Terraform.Evaluation;
using Peering.Terraform.Plan;
using Peering.Terraform.Syntax;

namespace Peering.Terraform
{
    /// <summary>
    /// The Terraform front end's entry point: reads the run's module folders (and plans), evaluates each root module
    /// with its modules, and keeps the Azure resources as facts that <see cref="TerraformAnalysis.AddTo"/> puts into the
    /// run's topology. Hostile input ends in PEER901/PEER902 findings, never an exception.
    /// </summary>
    public static class TerraformReader
    {
        /// <summary>Module calls inside module calls: deeper nesting (a module calling itself) is not read.</summary>
        private const int MaxModuleDepth = 16;

        /// <summary>Evaluation recurses through expressions, locals and modules; a thread of its own gives it room on every OS.</summary>
        private const int StackBytes = 16 * 1024 * 1024;

        private static readonly HashSet<string> ReadTypes = new HashSet<string>(StringComparer.Ordinal)
        {
            "azurerm_virtual_network", "azurerm_subnet", "azurerm_virtual_network_peering", "azurerm_virtual_network_gateway", "azurerm_route_server",
            "azurerm_route_table", "azurerm_route", "azurerm_subnet_route_table_association", "azurerm_resource_group", "azapi_resource",
        };

        /// <summary>The start of the PEER901 message for an exception the reader did not expect: a bug, which the fuzzer looks for.</summary>
        public const string ReaderFailure = "The Terraform reader failed";

        public static TerraformAnalysis Read(TerraformInputs inputs, ITerraformFiles files, AnalysisOptions options, SuppressionSet suppressions)
        {
            TerraformAnalysis? result = null;
            var thread = new Thread(() => result = ReadSafely(inputs, files, options, suppressions), StackBytes);
            thread.Start();
            thread.Join();
            return result!;
        }

        /// <summary>
        /// The analysis, or, when the reader itself fails (a bug), one PEER901 saying so: an exception on this thread would
        /// end the process, and one input must not cost the user the whole run.
        /// </summary>
        private static TerraformAnalysis ReadSafely(TerraformInputs inputs, ITerraformFiles files, AnalysisOptions options, SuppressionSet suppressions)
        {
            try
            {
                return ReadOnThisThread(inputs, files, options, suppressions);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                var notes = new ReaderNotes(options);
                var where = inputs.Folders.Select(f => f).Concat(inputs.Plans.Select(p => p.Path)).FirstOrDefault() ?? ".";
                notes.CannotRead(new SourceLocation(where, 1), ReaderFailure + " (" + error.GetType().Name + ": " + error.Message + "), so no Terraform was checked; please report it");
                return new TerraformAnalysis(notes.Findings, Array.Empty<ResourceFacts>());
            }
        }

        private static TerraformAnalysis ReadOnThisThread(TerraformInputs inputs, ITerraformFiles files, AnalysisOptions options, SuppressionSet suppressions)
        {
            var notes = new ReaderNotes(options);
            var loader = new ModuleLoader(files, notes);
            var resources = new List<ResourceFacts>();
            foreach (var (path, text) in inputs.Plans)
            {
                resources.AddRange(PlanReader.Read(path, text, ReadTypes, notes));
            }

            // A plan holds the values of its configuration: reading the configuration too would count every resource twice.
            foreach (var folder in inputs.Plans.Count > 0 ? Enumerable.Empty<string>() : RootModules(inputs.Folders, loader))
            {
                resources.AddRange(ReadRoot(folder, inputs, loader, notes));
            }

            foreach (var (file, body) in loader.ParsedFiles)
            {
                TerraformSuppressions.Collect(file, body, suppressions);
            }

            return new TerraformAnalysis(notes.Findings, resources);
        }

        /// <summary>The folders no other folder of the run calls as a local module: Terraform's root modules.</summary>
        private static IEnumerable<string> RootModules(IReadOnlyList<string> folders, ModuleLoader loader)
        {
            var modules = folders.Select(f => (Folder: f, Module: loader.Load(f))).Where(m => m.Module != null).ToList();
            var called = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (folder, module) in modules)
            {
                foreach (var call in module!.ModuleCalls.Values)
                {
                    if (call.Body.Attribute("source")?.Expression is TemplateExpression { Parts: [LiteralPart source] } && ModulePaths.IsLocal(source.Text))
                    {
                        called.Add(loader.Files.Identity(ModulePaths.Combine(folder, source.Text)));
                    }
                }
            }

            return modules.Where(m => !called.Contains(loader.Files.Identity(m.Folder))).Select(m => m.Folder);
        }

        private static IReadOnlyList<ResourceFacts> ReadRoot(string folder, TerraformInputs inputs, ModuleLoader loader, ReaderNotes notes)
        {
            var definition = loader.Load(folder)!;
            var root = new RootEvaluation(folder, loader, notes, InstalledModules.Read(folder, loader.Files));
            var resources = new List<ResourceFacts>();
            try
            {
                var values = RootVariableValues.Read(definition, inputs, loader, root);
                var instance = new ModuleInstance(root, definition, string.Empty, string.Empty, name => values.TryGetValue(name, out var value) ? value : null);
                Collect(instance, resources, new DependencyGraph(folder, node => ReadTypes.Contains(node.Type)), 0);
                return root.MissesModules ? resources.Select(r => r.WithUnseenResources()).ToList() : resources;
            }
            catch (EvaluationLimitException limit)
            {
                notes.CannotRead(definition.Files[0].Location(0), "The Terraform module '" + folder + "' is skipped: " + limit.Message);
                return Array.Empty<ResourceFacts>();
            }
            catch (TfEvaluationException error)
            {
                // Evaluation errors are caught where a value is read; one that escapes leaves the root's facts incomplete.
                notes.CannotRead(definition.Files[0].Location(0), "The Terraform module '" + folder + "' is skipped: " + error.Message);
                return Array.Empty<ResourceFacts>();
            }
        }

        private static void Collect(ModuleInstance module, List<ResourceFacts> resources, DependencyGraph order, int depth)
        {
            foreach (var node in module.Resources.Where(n => ReadTypes.Contains(n.Type)))
            {
                foreach (var instance in node.Instances)
                {
                    if (instance.Type != "azapi_resource" || IsReadAzapiType(instance))
                    {
                        resources.Add(FactExtraction.Extract(instance, order.StepOf(instance)));
                    }
                }
            }

            foreach (var call in module.Calls)
            {
                if (depth >= MaxModuleDepth)
                {
                    module.Root.Notes.Note(module.Root.Location(call.Block), "The module '" + call.Name + "' is nested more than " + MaxModuleDepth + " calls deep, so its resources were not checked");
                    continue;
                }

                foreach (var child in call.Instances)
                {
                    Collect(child, resources, order, depth + 1);
                }
            }
        }

        private static bool IsReadAzapiType(ResourceInstance instance) =>
            instance.Argument("type") is TfString { Value: var type }
            && new[] { AzapiTypes.VirtualNetwork, AzapiTypes.Subnet, AzapiTypes.Peering, AzapiTypes.Gateway, AzapiTypes.RouteTable }
                .Contains(type.Split('@')[0], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What the Terraform reader found: its own findings, and the resources it adds to the run's topology.</summary>
    public sealed class TerraformAnalysis
    {
        private readonly IReadOnlyList<ResourceFacts> resources;

        internal TerraformAnalysis(IReadOnlyList<Finding> findings, IReadOnlyList<ResourceFacts> resources)
        {
            Findings = findings;
            this.resources = resources;
        }

        /// <summary>PEER901 and PEER902 of the reader, located in the Terraform files.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        /// <summary>How many resource instances the topology gets (for the run's summary and the tests).</summary>
        public int ResourceCount => resources.Count;

        /// <summary>Adds the VNets, subnets, route tables, gateways and peerings to a topology that may hold the templates' already.</summary>
        public void AddTo(Topology topology) => TerraformTopology.AddTo(topology, resources);
    }
}
