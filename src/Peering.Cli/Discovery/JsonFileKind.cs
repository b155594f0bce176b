using System;
using System.Text.Json;
using System.Text.RegularExpressions;
using Peering.Templates;

namespace Peering.Cli.Discovery
{
    internal enum JsonFileKind
    {
        Other,
        Template,
        Parameters,

        /// <summary>An Azure Policy definition whose <c>deployIfNotExists</c> deployment has an inline template: checked as that template.</summary>
        PolicyDefinition,

        /// <summary>A Terraform plan in JSON (<c>terraform show -json</c>).</summary>
        TerraformPlan,
    }

    /// <summary>
    /// Tells ARM templates and parameter files from other JSON (package.json, settings) by their <c>$schema</c>, policy
    /// definitions, which have none, by the inline template of their deployment, and Terraform plans by the
    /// <c>format_version</c> and <c>terraform_version</c> that <c>terraform show -json</c> writes first.
    /// </summary>
    internal static class JsonFileProbe
    {
        // Also used on text that does not parse, so a broken template is still reported (PEER901) instead of skipped.
        private static readonly Regex SchemaText = new Regex(@"""\$schema""\s*:\s*""(?<schema>[^""]*)""", RegexOptions.CultureInvariant);

        // Only the head of a file is classified, and a plan's head rarely parses on its own: its first two keys tell.
        private static readonly Regex PlanText = new Regex(@"^\s*\{\s*""format_version""\s*:\s*""[^""]*""\s*,\s*""terraform_version""\s*:", RegexOptions.CultureInvariant);

        public static JsonFileKind Classify(string text)
        {
            if (PlanText.IsMatch(text))
            {
                return JsonFileKind.TerraformPlan;
            }

            string? schema;
            try
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                schema = document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("$schema", out var value)
                    && value.ValueKind == JsonValueKind.String
                        ? value.GetString()
                        : null;
            }
            catch (JsonException)
            {
                // A broken file is still a template when it names the schema; a broken policy definition is not recognised.
                var match = SchemaText.Match(text);
                return KindOf(match.Success ? match.Groups["schema"].Value : null);
            }

            var kind = KindOf(schema);
            return kind == JsonFileKind.Other && ArmTemplateFile.IsPolicyDefinition(text) ? JsonFileKind.PolicyDefinition : kind;
        }

        private static JsonFileKind KindOf(string? schema)
        {
            if (schema == null)
            {
                return JsonFileKind.Other;
            }

            // deploymentTemplate.json, subscriptionDeploymentTemplate.json, managementGroupDeploymentTemplate.json, ...
            if (schema.IndexOf("DeploymentTemplate.json", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return JsonFileKind.Template;
            }

            return schema.IndexOf("DeploymentParameters.json", StringComparison.OrdinalIgnoreCase) >= 0 ? JsonFileKind.Parameters : JsonFileKind.Other;
        }
    }
}
