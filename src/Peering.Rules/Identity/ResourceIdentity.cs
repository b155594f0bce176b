using System;

namespace Peering.Rules.Identity
{
    /// <summary>
    /// How the source names a resource (a VNet, a route table, the resource group they are named in), which decides when
    /// two facts are about the same resource: by its resource id (within the deployment that writes it, when the id has a
    /// placeholder); by its name in a resource group; by the parameter, field or property that holds it; or not at all,
    /// when it is a resource of its own, equal only to itself. Every front end names resources this way; identities are
    /// compared as they are, never built into text and read back.
    /// </summary>
    public sealed class ResourceIdentity : IEquatable<ResourceIdentity>
    {
        private readonly IdentityKind kind;
        private readonly string description;

        private ResourceIdentity(IdentityKind kind, string description, ArmResourceId? resourceId = null, string? name = null, ResourceIdentity? group = null, string? root = null)
        {
            this.kind = kind;
            this.description = description;
            ResourceId = resourceId;
            Name = name;
            Group = group;
            Root = root;
        }

        private enum IdentityKind
        {
            Id,
            Name,
            Holder,
            Unique,
        }

        /// <summary>The resource id, for an identity by id.</summary>
        public ArmResourceId? ResourceId { get; }

        /// <summary>The name, for an identity by name (compared ignoring case, as Azure compares names).</summary>
        public string? Name { get; }

        /// <summary>The resource group a name is given in; null for an identity not by name, or for a resource group itself.</summary>
        public ResourceIdentity? Group { get; }

        /// <summary>
        /// The deployment root an id with a placeholder is written in (<see cref="Of(ArmResourceId, string)"/>); null for
        /// every other identity. Another front end that matches the id names that root when it cannot tell which one it means.
        /// </summary>
        public string? Root { get; }

        /// <summary>True for an identity by the parameter, field or property that holds the resource.</summary>
        public bool IsHeld => kind == IdentityKind.Holder;

        /// <summary>
        /// True when the identity means something only where the source states it (one method body, one template
        /// declaration): a resource of its own, or a resource named in a resource group of its own. Such a resource is
        /// never the same as one met elsewhere.
        /// </summary>
        public bool IsLocal => kind == IdentityKind.Unique || (Group?.IsLocal ?? false);

        /// <summary>The resource <paramref name="id"/> names.</summary>
        public static ResourceIdentity Of(ArmResourceId id) => new ResourceIdentity(IdentityKind.Id, id.Key, resourceId: id);

        /// <summary>
        /// The resource <paramref name="id"/> names as the deployment root <paramref name="root"/> writes it (a top-level
        /// template of a run, with its nested deployments). A placeholder in the id (<see cref="ArmResourceId.IsPlaceholder"/>)
        /// stands for where that root is deployed, which another root need not share: two roots that both declare 'hub' in
        /// the resource group they are deployed to declare two VNets. An id without one is <see cref="Of(ArmResourceId)"/>.
        /// </summary>
        public static ResourceIdentity Of(ArmResourceId id, string root) =>
            ArmResourceId.IsPlaceholder(id.SubscriptionId) || (id.ResourceGroup != null && ArmResourceId.IsPlaceholder(id.ResourceGroup))
                ? new ResourceIdentity(IdentityKind.Id, id.Key + " in " + root, resourceId: id, root: root)
                : Of(id);

        /// <summary>The resource named <paramref name="name"/> in <paramref name="group"/>; a resource group itself when <paramref name="group"/> is null.</summary>
        public static ResourceIdentity Named(string name, ResourceIdentity? group) =>
            new ResourceIdentity(IdentityKind.Name, (group == null ? string.Empty : group.description + "/") + name, name: name, group: group);

        /// <summary>The resource that the parameter, field or property <paramref name="holder"/> holds, wherever it is read.</summary>
        public static ResourceIdentity HeldBy(string holder) => new ResourceIdentity(IdentityKind.Holder, holder);

        /// <summary>A resource of its own, equal only to this instance; <paramref name="description"/> is for people and for ordering.</summary>
        public static ResourceIdentity Unique(string description) => new ResourceIdentity(IdentityKind.Unique, description);

        public bool Equals(ResourceIdentity? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other == null || other.kind != kind)
            {
                return false;
            }

            switch (kind)
            {
                case IdentityKind.Id:
                    return string.Equals(ResourceId!.Key, other.ResourceId!.Key, StringComparison.Ordinal) && string.Equals(Root, other.Root, StringComparison.Ordinal);
                case IdentityKind.Name:
                    return string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Equals(Group, other.Group);
                case IdentityKind.Holder:
                    return string.Equals(description, other.description, StringComparison.Ordinal);
                default:
                    return false;
            }
        }

        public override bool Equals(object? obj) => Equals(obj as ResourceIdentity);

        public override int GetHashCode()
        {
            switch (kind)
            {
                case IdentityKind.Id:
                    return (StringComparer.Ordinal.GetHashCode(ResourceId!.Key) * 31) + (Root == null ? 0 : StringComparer.Ordinal.GetHashCode(Root));
                case IdentityKind.Name:
                    return (StringComparer.OrdinalIgnoreCase.GetHashCode(Name!) * 31) + (Group?.GetHashCode() ?? 0);
                case IdentityKind.Holder:
                    return StringComparer.Ordinal.GetHashCode(description);
                default:
                    return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
            }
        }

        /// <summary>The normalised id (and its root), the group and name, the holder, or the description: for people, and for a stable order.</summary>
        public override string ToString() => description;
    }
}
