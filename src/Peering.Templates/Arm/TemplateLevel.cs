namespace Peering.Templates.Arm
{
    /// <summary>
    /// The template whose <c>resources</c> a resource is declared in: the document's own template, the inline template of
    /// one instance of a nested deployment (a Bicep module), or the template of a policy's deployment. A
    /// <c>dependsOn</c> names resources of the same level, and a deployment starts its level's resources only after what
    /// it waits for itself.
    /// </summary>
    internal sealed class TemplateLevel
    {
        private TemplateLevel(ExpandedResource? deployment, SourceLocation? enclosing, bool startsRun)
        {
            Deployment = deployment;
            Enclosing = enclosing;
            StartsRun = startsRun;
        }

        /// <summary>The nested deployment resource whose template this is; null for a level that starts a run.</summary>
        public ExpandedResource? Deployment { get; }

        /// <summary>Where a compiled document places what it cannot place itself: the module that deploys it; null in plain JSON.</summary>
        public SourceLocation? Enclosing { get; }

        /// <summary>
        /// True for a template deployed on its own: the document's, and a policy's, which the policy engine deploys when it
        /// remediates, not when the document is deployed.
        /// </summary>
        public bool StartsRun { get; }

        public static TemplateLevel Root { get; } = new TemplateLevel(null, null, startsRun: true);

        public static TemplateLevel Policy(SourceLocation? enclosing) => new TemplateLevel(null, enclosing, startsRun: true);

        public static TemplateLevel Nested(ExpandedResource deployment, SourceLocation? enclosing) => new TemplateLevel(deployment, enclosing, startsRun: false);
    }
}
