using System;
using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The order ARM deploys one document's resources in: each waits for what its <c>dependsOn</c> names (a resource id,
    /// a name, a copy loop's name, a symbolic name) and for what its <c>reference()</c> and <c>list*()</c> calls name, within
    /// its own template; a resource of a nested deployment (a Bicep module) also waits for what the deployment waits for,
    /// and the deployment is complete only when its resources are. Nesting a resource in another's <c>resources</c> adds no
    /// order. A name the reader cannot resolve where a resource's name is unknown makes the order unknown, never absent.
    /// </summary>
    internal static class DeploymentOrder
    {
        public const string OrderingFix = "add {0} to the dependsOn of {1}, or of the module that deploys it";

        public static void Assign(IReadOnlyList<ExpandedResource> resources, string path)
        {
            var runs = new Dictionary<TemplateLevel, DeploymentRun>();
            DeploymentRun RunOf(TemplateLevel level) =>
                level.StartsRun
                    ? runs.TryGetValue(level, out var run) ? run : runs[level] = new DeploymentRun("the deployment of " + Quote(System.IO.Path.GetFileName(path)), OrderingFix)
                    : RunOf(level.Deployment!.Level);

            foreach (var resource in resources)
            {
                resource.Step = new DeploymentStep(RunOf(resource.Level), Describe(resource), resource.Declaration);
            }

            var levels = resources.GroupBy(r => r.Level).ToDictionary(g => g.Key, g => new LevelIndex(g.ToList()));

            // What a deployment waits for before its template's resources start; a deployment precedes its resources in the list.
            var deploymentWaits = new Dictionary<ExpandedResource, DeploymentStep>();
            foreach (var resource in resources)
            {
                var step = resource.Step!;
                var index = levels[resource.Level];
                WaitFor(step, resource.Body.Property("dependsOn"), index);
                foreach (var (value, written) in resource.Body.ImplicitDependencies(IsOwnProperty(resource)))
                {
                    WaitFor(step, value, written, index);
                }

                var deployment = resource.Level.Deployment;
                if (deployment != null)
                {
                    Inherit(step, deploymentWaits[deployment]);
                    deployment.Step!.After.Add(step);
                }

                if (resource.Is(ResourceTypes.Deployment))
                {
                    // A copy of the deployment's own waits, taken before its resources join its After.
                    var waits = new DeploymentStep(step.Run, step.Description, step.Declaration);
                    Inherit(waits, step);
                    deploymentWaits[resource] = waits;
                }
            }
        }

        private static void WaitFor(DeploymentStep step, TemplateElement? dependsOn, LevelIndex index)
        {
            if (dependsOn == null)
            {
                return;
            }

            var items = dependsOn.Items();
            if (items == null)
            {
                step.WaitsForUnresolved(dependsOn.UnknownCause);
                return;
            }

            foreach (var item in items)
            {
                WaitFor(step, item.Value, item.WrittenExpression, index);
            }
        }

        /// <param name="named">A resource's id or name, or unknown.</param>
        /// <param name="written">How <paramref name="named"/> is written, when it is an expression.</param>
        private static void WaitFor(DeploymentStep step, ArmValue named, Expression? written, LevelIndex index)
        {
            // A module named by an expression known only when deployed ('${uniqueString(deployment().name)}-hub') is still
            // found by its name written alike.
            if (named.IsUnknown && index.FindByNameExpression(written) is List<ExpandedResource> sameName)
            {
                WaitFor(step, sameName);
                return;
            }

            if (!(named is ArmString text))
            {
                step.WaitsForUnresolved((named as ArmUnknown)?.Cause);
                return;
            }

            var found = index.Find(text.Value);
            if (found.Count == 0 && index.FirstUnnamed != null)
            {
                // The name may be the one the reader could not evaluate.
                step.WaitsForUnresolved(index.FirstUnnamed.NameUnknownCause);
            }

            WaitFor(step, found);
        }

        private static void WaitFor(DeploymentStep step, IEnumerable<ExpandedResource> found)
        {
            foreach (var resource in found)
            {
                if (!ReferenceEquals(resource.Step, step))
                {
                    step.After.Add(resource.Step!);
                }
            }
        }

        private static void Inherit(DeploymentStep step, DeploymentStep from)
        {
            foreach (var earlier in from.After)
            {
                step.After.Add(earlier);
            }

            if (from.MayWaitForUnresolved)
            {
                step.WaitsForUnresolved(from.UnresolvedBecause);
            }
        }

        /// <summary>
        /// The properties whose <c>reference()</c> calls order the resource: not its child resources, and not a nested
        /// template, whose calls belong to the template's own level.
        /// </summary>
        private static Func<string, bool> IsOwnProperty(ExpandedResource resource) =>
            resource.Is(ResourceTypes.Deployment)
                ? path => !path.StartsWith("resources", StringComparison.OrdinalIgnoreCase) && !path.StartsWith("properties.template", StringComparison.OrdinalIgnoreCase)
                : path => !path.StartsWith("resources", StringComparison.OrdinalIgnoreCase);

        private static string Describe(ExpandedResource resource)
        {
            var name = Quote(resource.Name ?? resource.NameText);
            return resource.Type.ToLowerInvariant() switch
            {
                "microsoft.network/virtualnetworkgateways" => "gateway " + name,
                "microsoft.network/virtualhubs/ipconfigurations" => "Route Server configuration " + name,
                "microsoft.network/virtualnetworks/virtualnetworkpeerings" => "peering " + name,
                "microsoft.network/virtualnetworks" => "VNet " + name,
                "microsoft.resources/deployments" => "module " + name,
                _ => resource.Type + " " + name,
            };
        }

        private static string Quote(string text) => Peering.Rules.Text.DisplayText.Quote(text);

        /// <summary>The resources of one template level by every name a <c>dependsOn</c> may give them.</summary>
        private sealed class LevelIndex
        {
            private readonly IReadOnlyList<ExpandedResource> resources;
            private readonly Dictionary<string, List<ExpandedResource>> byName = new Dictionary<string, List<ExpandedResource>>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, List<ExpandedResource>> byTypedName = new Dictionary<string, List<ExpandedResource>>(StringComparer.OrdinalIgnoreCase);

            public LevelIndex(IReadOnlyList<ExpandedResource> resources)
            {
                this.resources = resources;
                FirstUnnamed = resources.FirstOrDefault(r => r.Name == null);
                foreach (var resource in resources)
                {
                    // A plain name may be the resource's name, its last segment, its symbolic name or its copy loop's name.
                    var names = new[] { resource.Name, LastSegment(resource.Name), resource.Naming.SymbolicName, resource.Naming.LoopName };
                    foreach (var name in names.Where(n => n != null).Distinct(StringComparer.OrdinalIgnoreCase))
                    {
                        Add(byName, name!, resource);
                    }

                    if (resource.Name != null)
                    {
                        Add(byTypedName, resource.Type + "|" + resource.Name, resource);
                    }
                }
            }

            /// <summary>A resource of the level whose name the reader does not know, if any.</summary>
            public ExpandedResource? FirstUnnamed { get; }

            public IReadOnlyList<ExpandedResource> Find(string reference)
            {
                var key = TypeAndName(reference) is var (type, name) ? type + "|" + name : null;
                var found = key != null ? byTypedName.TryGetValue(key, out var typed) ? typed : null
                    : byName.TryGetValue(reference, out var named) ? named
                    : byName.TryGetValue(SymbolOf(reference), out var instance) ? instance : null;
                return found ?? (IReadOnlyList<ExpandedResource>)Array.Empty<ExpandedResource>();
            }

            private static void Add(Dictionary<string, List<ExpandedResource>> index, string key, ExpandedResource resource)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index.Add(key, list = new List<ExpandedResource>());
                }

                list.Add(resource);
            }

            /// <summary>
            /// The resources named like the last argument of <paramref name="id"/>, a <c>resourceId(..., type, name)</c> or
            /// <c>extensionResourceId(scope, type, name)</c> call, with its type: null when the id is not such a call or no
            /// resource of the level is named by the same expression.
            /// </summary>
            public List<ExpandedResource>? FindByNameExpression(Expression? id)
            {
                if (!(id is CallExpression call) || call.Arguments.Count < 2
                    || !(string.Equals(call.Name, "resourceId", StringComparison.OrdinalIgnoreCase) || string.Equals(call.Name, "extensionResourceId", StringComparison.OrdinalIgnoreCase))
                    || !(call.Arguments[call.Arguments.Count - 2] is LiteralExpression { Value: ArmString type }))
                {
                    return null;
                }

                var name = call.Arguments[call.Arguments.Count - 1];
                var found = resources.Where(r => r.Is(type.Value) && r.Body.Property("name")?.WrittenExpression is Expression written && ExpressionShape.Same(written, name)).ToList();
                return found.Count > 0 ? found : null;
            }

            /// <summary>The type and name of a resource id (<c>/subscriptions/.../providers/ns/type/name</c>, or <c>ns/type/name</c>); null for a plain name.</summary>
            private static (string Type, string Name)? TypeAndName(string reference)
            {
                const string Providers = "/providers/";
                var at = reference.LastIndexOf(Providers, StringComparison.OrdinalIgnoreCase);
                var segments = (at >= 0 ? reference.Substring(at + Providers.Length) : reference.TrimStart('/')).Split('/');
                if (segments.Length < 3 || segments.Length % 2 == 0 || !segments[0].Contains('.'))
                {
                    return null;
                }

                var type = segments[0] + "/" + segments[1];
                var name = segments[2];
                for (var i = 3; i + 1 < segments.Length; i += 2)
                {
                    type += "/" + segments[i];
                    name += "/" + segments[i + 1];
                }

                return (type, name);
            }

            /// <summary>The symbolic name of <c>'spokes[1]'</c>: a loop instance waits as the whole loop does, which can only add order.</summary>
            private static string SymbolOf(string reference)
            {
                var bracket = reference.IndexOf('[');
                return bracket > 0 && reference.EndsWith("]", StringComparison.Ordinal) ? reference.Substring(0, bracket) : reference;
            }

            private static string? LastSegment(string? name) => name?.Substring(name.LastIndexOf('/') + 1);

        }
    }
}
