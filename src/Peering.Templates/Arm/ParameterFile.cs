using System;
using System.Collections.Generic;
using Peering.Templates.Expressions;
using Peering.Templates.Json;

namespace Peering.Templates.Arm
{
    /// <summary>
    /// The values of an ARM parameter file (<c>{ "parameters": { "name": { "value": ... } } }</c>). A Key Vault
    /// <c>reference</c> stands for a value the reader cannot see, so it is unknown.
    /// </summary>
    internal static class ParameterFile
    {
        public static IReadOnlyDictionary<string, Func<ArmValue>> Values(SourceNode file)
        {
            var values = new Dictionary<string, Func<ArmValue>>(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in file.Property("parameters")?.Properties ?? Array.Empty<SourceProperty>())
            {
                var value = parameter.Value.Property("value");
                var known = value == null ? ArmUnknown.Instance : LiteralValue.Of(value);
                values[parameter.Name] = () => known;
            }

            return values;
        }
    }
}
