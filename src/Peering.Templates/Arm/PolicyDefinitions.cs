using Peering.Templates.Json;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Azure Policy definitions that deploy a template (<c>deployIfNotExists</c>): the template is written inline at
    /// <c>policyRule.then.details.deployment.properties.template</c>, in a definition resource of a template, in a
    /// definition file (<c>{ "properties": { "policyRule": ... } }</c>, with or without name and type), or in a file
    /// that holds the policy rule alone (<c>{ "if": ..., "then": ... }</c>).
    /// </summary>
    internal static class PolicyDefinitions
    {
        /// <summary>The <c>deployment</c> of a definition (a resource or a file) whose rule deploys an inline template; otherwise null.</summary>
        public static SourceNode? DeploymentOfDefinition(SourceNode definition) =>
            DeploymentOfRule(definition.Property("properties")?.Property("policyRule"));

        /// <summary>The <c>deployment</c> of a definition file or a policy rule file, when it deploys an inline template.</summary>
        public static SourceNode? DeploymentOfFile(SourceNode root) =>
            DeploymentOfDefinition(root) ?? (root.Property("if") != null ? DeploymentOfRule(root) : null);

        private static SourceNode? DeploymentOfRule(SourceNode? rule)
        {
            var deployment = rule?.Property("then")?.Property("details")?.Property("deployment");
            return deployment?.Property("properties")?.Property("template")?.Kind == SourceNodeKind.Object ? deployment : null;
        }
    }
}
