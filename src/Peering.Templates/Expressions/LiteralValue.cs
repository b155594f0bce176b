using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Peering.Templates.Json;

namespace Peering.Templates.Expressions
{
    /// <summary>JSON taken as it is written, without evaluating expressions: how ARM reads parameter files.</summary>
    internal static class LiteralValue
    {
        public static ArmValue Of(SourceNode node) => node.Kind switch
        {
            SourceNodeKind.String => new ArmString(node.Text!),
            SourceNodeKind.Number => long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? new ArmNumber(n) : ArmUnknown.Instance,
            SourceNodeKind.True => ArmBool.True,
            SourceNodeKind.False => ArmBool.False,
            SourceNodeKind.Null => ArmNull.Instance,
            SourceNodeKind.Array => new ArmArray(node.Items.Select(Of).ToArray()),
            _ => new ArmObject(node.Properties.Select(p => new KeyValuePair<string, ArmValue>(p.Name, Of(p.Value)))),
        };
    }
}
