using System;
using Peering.Rules.Model;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>One resource instance a run would deploy: copy loops unrolled, child resources given their full type and name.</summary>
    internal sealed class ExpandedResource
    {
        public ExpandedResource(string type, string? name, UnevaluatedConstruct? nameUnknownCause, string nameText, TemplateElement body, DeploymentTarget target, bool isConditional, bool isExisting, ExpandedResource? parent, bool locatedInJson)
        {
            Type = type;
            Name = name;
            NameUnknownCause = name == null ? nameUnknownCause ?? parent?.NameUnknownCause : null;
            NameText = nameText;
            Body = body;
            Target = target;
            IsConditional = isConditional;
            IsExisting = isExisting;
            Parent = parent;
            LocatedInJson = locatedInJson;
        }

        /// <summary>The full type, e.g. <c>Microsoft.Network/virtualNetworks/virtualNetworkPeerings</c>.</summary>
        public string Type { get; }

        /// <summary>The full name (<c>hub/hub-to-spoke</c> for a peering); null when it is not known.</summary>
        public string? Name { get; }

        /// <summary>When the name is unknown, the construct the reader did not evaluate that made it so, if that is why.</summary>
        public UnevaluatedConstruct? NameUnknownCause { get; }

        /// <summary>The name as written, to name a resource whose name is unknown.</summary>
        public string NameText { get; }

        public TemplateElement Body { get; }

        public TemplateElement? Properties => Body.Property("properties");

        /// <summary>Where the resource is deployed, which with its type and name gives its id.</summary>
        public DeploymentTarget Target { get; }

        /// <summary>True when a condition that is not known to be true (or an unknown loop count) guards the resource.</summary>
        public bool IsConditional { get; }

        /// <summary>A reference to a resource deployed elsewhere (<c>"existing": true</c>), not a declaration.</summary>
        public bool IsExisting { get; }

        /// <summary>The resource this one is nested in (its <c>resources</c>), when it is.</summary>
        public ExpandedResource? Parent { get; }

        public SourceLocation Declaration => Body.Location;

        /// <summary>The template the resource is declared in, whose other resources its <c>dependsOn</c> names.</summary>
        public TemplateLevel Level { get; set; } = TemplateLevel.Root;

        public ResourceNaming Naming { get; set; }

        /// <summary>The resource's write in its deployment, with what it waits for (<see cref="DeploymentOrder"/>).</summary>
        public DeploymentStep? Step { get; set; }

        /// <summary>True when locations are JSON positions; false when a compiler's front end maps the resource to its source.</summary>
        public bool LocatedInJson { get; }

        public bool Is(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

        /// <summary>The name segments, or null when the name is unknown.</summary>
        public string[]? NameSegments => Name?.Split('/');

        public string? Id => Name == null ? null : Target.ResourceId(Type, Name);

        /// <summary>
        /// Evaluates every property the resource itself holds, so each construct the reader cannot evaluate is
        /// reported even when no rule needed that value. Child resources are left to their own evaluation.
        /// </summary>
        public void EvaluateAll()
        {
            foreach (var property in Body.Anchor.Properties)
            {
                if (!string.Equals(property.Name, "resources", StringComparison.OrdinalIgnoreCase) && !string.Equals(property.Name, "copy", StringComparison.OrdinalIgnoreCase))
                {
                    _ = Body.Property(property.Name)?.Value;
                }
            }
        }
    }
}
