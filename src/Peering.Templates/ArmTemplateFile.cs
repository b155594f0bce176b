using System;
using System.Text.Json;
using Peering.Templates.Arm;
using Peering.Templates.Json;

namespace Peering.Templates
{
    /// <summary>Recognises ARM deployment templates among JSON files, by their <c>$schema</c>, and policy definitions that deploy a template.</summary>
    public static class ArmTemplateFile
    {
        /// <summary>
        /// True when <paramref name="jsonText"/> is a JSON object whose <c>$schema</c> names a deployment template
        /// (resource group, subscription, management group or tenant). False for anything else, invalid JSON included.
        /// </summary>
        public static bool IsDeploymentTemplate(string jsonText)
        {
            try
            {
                return IsDeploymentTemplate(SourceNodeReader.Read(jsonText));
            }
            catch (JsonException)
            {
                return false;
            }
        }

        /// <summary>
        /// True when <paramref name="jsonText"/> is an Azure Policy definition (or a policy rule) whose
        /// <c>deployIfNotExists</c> deployment has an inline template: such a file is checked as the template it deploys.
        /// </summary>
        public static bool IsPolicyDefinition(string jsonText)
        {
            try
            {
                return PolicyDefinitions.DeploymentOfFile(SourceNodeReader.Read(jsonText)) != null;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        internal static bool IsDeploymentTemplate(SourceNode root) =>
            root.Kind == SourceNodeKind.Object
            && root.StringProperty("$schema") is string schema
            && schema.IndexOf("deploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
