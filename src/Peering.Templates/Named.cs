using System;
using System.Collections.Generic;

namespace Peering.Templates
{
    /// <summary>
    /// What a reference names: one resource, or nothing certain (the template reader's <see cref="Arm.RootedResources{T}.Reference"/>,
    /// the Terraform reader's directory of VNets).
    /// </summary>
    public readonly struct Named<T>
        where T : class
    {
        private readonly IReadOnlyList<T>? candidates;

        public Named(T resource)
        {
            Resource = resource;
            candidates = new[] { resource };
            Ambiguity = null;
        }

        public Named(IReadOnlyList<T> candidates, AmbiguousName ambiguity)
        {
            Resource = null;
            this.candidates = candidates;
            Ambiguity = ambiguity;
        }

        /// <summary>The resource, or null when the id may name the declaration of any of several roots (or names nothing).</summary>
        public T? Resource { get; }

        /// <summary>What the id may name: the resource, or the declarations of each root when it is ambiguous.</summary>
        public IReadOnlyList<T> Candidates => candidates ?? Array.Empty<T>();

        /// <summary>Why the resource is not known, when the id is ambiguous.</summary>
        public AmbiguousName? Ambiguity { get; }
    }
}
