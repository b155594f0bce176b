using System.Linq;
using Peering.Templates.Expressions;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// Suppressions written on an ARM resource, in its <c>metadata</c>:
    /// <code>
    /// "metadata": {
    ///   "peering-check": {
    ///     "suppress": [ "PEER301" ],
    ///     "justification": "The reverse peering is deployed by the hub team's pipeline."
    ///   }
    /// }
    /// </code>
    /// <c>suppress</c> is a rule ID or an array of them; the justification is for readers and is not checked. The rules
    /// are silenced for findings anywhere in the resource's text: child resources, inline peerings and, on a nested
    /// deployment, the resources of its template included. In a compiled document (Bicep) the resource is one line.
    /// </summary>
    internal static class ResourceSuppressions
    {
        public const string MetadataKey = "peering-check";

        public static void Collect(ExpandedResource resource, SuppressionSet suppressions)
        {
            var suppress = resource.Body.Property("metadata")?.Property(MetadataKey)?.Property("suppress");
            if (suppress == null)
            {
                return;
            }

            var ruleIds = suppress.Value is ArmArray array ? array.Items.OfType<ArmString>().Select(s => s.Value)
                : suppress.Value is ArmString single ? new[] { single.Value }
                : Enumerable.Empty<string>();
            var start = resource.Declaration;

            // A compiled document reports the whole resource at one line; JSON reports each property at its own.
            var lastLine = resource.LocatedInJson ? resource.Body.Anchor.EndLine : start.Line;
            foreach (var ruleId in ruleIds)
            {
                for (var line = start.Line; line <= lastLine; line++)
                {
                    suppressions.Add(start.Path, line, ruleId.Trim());
                }
            }
        }
    }
}
