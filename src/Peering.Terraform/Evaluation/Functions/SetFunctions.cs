using System.Collections.Generic;
using System.Linq;
using static Peering.Terraform.Evaluation.TfConvert;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary><c>setunion</c>, <c>setintersection</c>, <c>setsubtract</c>: they compare elements, so every element must be known.</summary>
    internal static class SetFunctions
    {
        public static void Register(Dictionary<string, TfFunction> table)
        {
            table["setunion"] = new TfFunction(1, TfFunction.Variadic, a => TfList.Set(a.SelectMany(s => ToItems(s, "setunion's argument"))));
            table["setintersection"] = new TfFunction(1, TfFunction.Variadic, a => TfList.Set(ToItems(a[0], "setintersection's argument")
                .Where(item => a.Skip(1).All(other => ToItems(other, "setintersection's argument").Any(o => TfEquality.KnownEqual(o, item))))));
            table["setsubtract"] = new TfFunction(2, 2, a => TfList.Set(ToItems(a[0], "setsubtract's argument")
                .Where(item => !ToItems(a[1], "setsubtract's argument").Any(o => TfEquality.KnownEqual(o, item)))));
        }
    }
}
