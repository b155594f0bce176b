namespace Peering.Templates.Arm
{
    /// <summary>The names a <c>dependsOn</c> can give a resource besides its name and id: its symbolic name and its copy loop's.</summary>
    internal readonly struct ResourceNaming
    {
        public ResourceNaming(string? symbolicName, string? loopName)
        {
            SymbolicName = symbolicName;
            LoopName = loopName;
        }

        /// <summary>The key of the resource in a symbolic-name template (languageVersion 2.0); null in an array of resources.</summary>
        public string? SymbolicName { get; }

        /// <summary>The name of the copy loop the resource is an instance of, which names every instance at once.</summary>
        public string? LoopName { get; }
    }
}
