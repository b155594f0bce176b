namespace Peering.Rules.Identity
{
    /// <summary>Why a text is not a usable Azure resource id (rule PEER402, Azure's LinkedInvalidPropertyId).</summary>
    public enum ResourceIdProblem
    {
        /// <summary>The text is a well-formed subscription-scoped resource id.</summary>
        None,

        /// <summary>Null, empty or only whitespace.</summary>
        Empty,

        /// <summary>Does not start with <c>/subscriptions/</c> (a relative id, a name, a URL, a tenant-level id).</summary>
        NotAbsolute,

        /// <summary>Starts with <c>/tenants/{tenant}/</c>, a form ARM accepts elsewhere but peering rejects.</summary>
        TenantPrefix,

        /// <summary>Missing or empty segments, or a resource type without a name.</summary>
        Malformed,
    }
}
