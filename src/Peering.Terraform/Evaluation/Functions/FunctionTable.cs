using System.Collections.Generic;

namespace Peering.Terraform.Evaluation.Functions
{
    /// <summary>
    /// The built-in functions the reader evaluates: those that shape names, ids and prefixes in real hub-and-spoke code
    /// (Terraform's internal/lang/functions.go lists them all). Any other function, and every function of a provider,
    /// gives an unknown value and a PEER902 note.
    /// </summary>
    internal static class FunctionTable
    {
        private static readonly Dictionary<string, TfFunction> Functions = Build();

        public static bool TryGet(string name, out TfFunction function) => Functions.TryGetValue(name, out function!);

        private static Dictionary<string, TfFunction> Build()
        {
            var table = new Dictionary<string, TfFunction>(System.StringComparer.Ordinal);
            StringFunctions.Register(table);
            FormatFunction.Register(table);
            CollectionFunctions.Register(table);
            SetFunctions.Register(table);
            NumericFunctions.Register(table);
            NetworkFunctions.Register(table);
            EncodingFunctions.Register(table);
            return table;
        }
    }
}
