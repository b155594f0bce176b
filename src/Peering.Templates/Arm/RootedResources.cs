using System;
using System.Collections.Generic;
using Peering.Rules.Identity;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The resources of one kind (VNets, route tables) of a run by identity, across its deployment roots (its top-level
    /// files, see <see cref="DeploymentTarget.Root"/>), the way the Terraform reader keeps root modules apart:
    /// <list type="bullet">
    /// <item>A declaration is the resource of its id in its root (<see cref="ResourceIdentity.Of(ArmResourceId, string)"/>): two files that each declare
    /// 'hub' in the resource group they are deployed to, as two samples of one repository do, declare two VNets; two
    /// declarations of an id whose subscription and resource group are written are one.</item>
    /// <item>A reference names the declaration of its own root; else the one declaration of the id as written in another
    /// root (a spoke file naming the hub another file declares); else nothing certain when several roots declare one
    /// (<see cref="Named{T}.Ambiguity"/>); else a resource no template declares, which the references of every root to
    /// the id as written share.</item>
    /// </list>
    /// </summary>
    internal sealed class RootedResources<T>
        where T : class
    {
        private readonly string kind;
        private readonly Dictionary<ResourceIdentity, T> byIdentity = new Dictionary<ResourceIdentity, T>();
        private readonly Dictionary<ResourceIdentity, List<(T Resource, string Root)>> declaredAsWritten = new Dictionary<ResourceIdentity, List<(T, string)>>();

        /// <param name="kind">What the resources are, for messages ("VNet", "route table").</param>
        public RootedResources(string kind)
        {
            this.kind = kind;
        }

        /// <summary>The resource recorded under <paramref name="identity"/>: a declaration's identity in its root, or an id as written.</summary>
        public T? Find(ResourceIdentity identity) => byIdentity.TryGetValue(identity, out var resource) ? resource : null;

        /// <summary>
        /// Records a declaration under its identity in its root (<paramref name="own"/>), and, when its id has placeholders,
        /// under the id as <paramref name="written"/> too, for the references of other roots.
        /// </summary>
        public void Declare(ResourceIdentity own, ArmResourceId? written, DeploymentTarget target, T resource)
        {
            byIdentity.Add(own, resource);
            var asWritten = written == null ? null : ResourceIdentity.Of(written);
            if (asWritten == null || asWritten.Equals(own))
            {
                return;
            }

            if (!declaredAsWritten.TryGetValue(asWritten, out var declarations))
            {
                declaredAsWritten.Add(asWritten, declarations = new List<(T, string)>());
            }

            declarations.Add((resource, target.Root));
        }

        /// <summary>
        /// What <paramref name="written"/>, evaluated in <paramref name="target"/>, names; <paramref name="create"/> makes
        /// the resource of an id no template declares, under the identity it is given.
        /// </summary>
        public Named<T> Reference(ArmResourceId written, DeploymentTarget target, Func<ResourceIdentity, T> create)
        {
            if (Find(ResourceIdentity.Of(written, target.Root)) is T own)
            {
                return new Named<T>(own);
            }

            var asWritten = ResourceIdentity.Of(written);
            if (declaredAsWritten.TryGetValue(asWritten, out var declarations))
            {
                return declarations.Count == 1
                    ? new Named<T>(declarations[0].Resource)
                    : new Named<T>(declarations.ConvertAll(d => d.Resource), new AmbiguousName(kind, written.Name, declarations.ConvertAll(d => d.Root)));
            }

            if (!byIdentity.TryGetValue(asWritten, out var referenced))
            {
                byIdentity.Add(asWritten, referenced = create(asWritten));
            }

            return new Named<T>(referenced);
        }
    }
}
