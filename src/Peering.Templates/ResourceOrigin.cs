namespace Peering.Templates
{
    /// <summary>
    /// How the ARM reader identifies a resource of a compiled document, so a front end that compiled it (Bicep) can
    /// point findings at the line the user wrote instead of the generated JSON.
    /// </summary>
    public sealed class ResourceOrigin
    {
        public ResourceOrigin(string? symbolicName, string type, string? nameExpression, SourceLocation jsonLocation)
        {
            SymbolicName = symbolicName;
            Type = type;
            NameExpression = nameExpression;
            JsonLocation = jsonLocation;
        }

        /// <summary>The key of the resource when the template's <c>resources</c> is an object (symbolic-name templates).</summary>
        public string? SymbolicName { get; }

        /// <summary>The resource type as written, e.g. <c>Microsoft.Network/virtualNetworks/virtualNetworkPeerings</c>.</summary>
        public string Type { get; }

        /// <summary>The <c>name</c> property as written (an expression or a literal), before evaluation.</summary>
        public string? NameExpression { get; }

        /// <summary>Where the resource object starts in the JSON text.</summary>
        public SourceLocation JsonLocation { get; }
    }
}
