using System.Collections.Generic;
using System.Linq;
using Peering.Rules.Model;
using Peering.Templates;
using Peering.Terraform.Evaluation;

namespace Peering.Terraform.Azure
{
    /// <summary>Terraform values as three-valued facts: not written (or null, which Terraform reads as not written) is absent.</summary>
    internal static class LocatedFacts
    {
        public static Fact<bool> Bool(Located? value, SourceLocation absentAt) => value?.Value switch
        {
            null or TfNull => Fact<bool>.Absent(absentAt),
            TfBool b => Fact<bool>.Known(b.Value, value.Location),
            TfString { Value: "true" } => Fact<bool>.Known(true, value.Location),
            TfString { Value: "false" } => Fact<bool>.Known(false, value.Location),
            _ => Fact<bool>.Unknown,
        };

        public static Fact<string> String(Located? value, SourceLocation absentAt) => value?.Value switch
        {
            null or TfNull => Fact<string>.Absent(absentAt),
            TfString s => Fact<string>.Known(s.Value, value.Location),
            _ => Fact<string>.Unknown,
        };

        /// <summary>A list of strings (subnet names): known when every element is a known string.</summary>
        public static Fact<IReadOnlyList<string>> Strings(Located? value, SourceLocation absentAt) => value?.Value switch
        {
            null or TfNull => Fact<IReadOnlyList<string>>.Absent(absentAt),
            TfList list when list.Items.All(i => i is TfString) => Fact<IReadOnlyList<string>>.Known(list.Items.Select(i => ((TfString)i).Value).ToArray(), value.Location),
            _ => Fact<IReadOnlyList<string>>.Unknown,
        };

        /// <summary>A region as azurerm plans it and the model compares it: lower case, no spaces (<c>West Europe</c> is <c>westeurope</c>).</summary>
        public static Fact<string> Region(Located? value, SourceLocation absentAt)
        {
            var region = String(value, absentAt);
            return region.IsKnown ? Fact<string>.Known(region.Value.Replace(" ", string.Empty).ToLowerInvariant(), region.Source) : region;
        }

        /// <summary>The text of a known, non-empty string.</summary>
        public static string? Text(Located? value) => value?.Value is TfString { Value.Length: > 0 } s ? s.Value : null;

        /// <summary>A value inside an object by path (<c>properties.remoteVirtualNetwork.id</c>), at the place of the object.</summary>
        public static Located? Path(Located? root, string path)
        {
            var value = root?.Value;
            foreach (var step in path.Split('.'))
            {
                value = value switch
                {
                    TfObject obj => obj.Attribute(step),
                    TfUnknown => TfUnknown.Instance,
                    _ => null,
                };
                if (value == null)
                {
                    return null;
                }
            }

            return new Located(value!, root!.Location);
        }
    }
}
