using System.Collections.Generic;
using System.Text;

namespace Peering.Terraform.Plan
{
    /// <summary>One step of an address or reference: a name, and the instance key written after it (<c>["a.b"]</c>, <c>[0]</c>).</summary>
    internal sealed record AddressStep(string Name, string Key);

    /// <summary>
    /// Terraform addresses and references split into steps with a tokenizer, never by '.': keys are quoted strings
    /// that may hold dots, slashes and quotes (landing-zone modules key peerings by full resource ids).
    /// </summary>
    internal static class PlanAddress
    {
        public static IReadOnlyList<AddressStep> Steps(string text)
        {
            var steps = new List<AddressStep>();
            var i = 0;
            while (i < text.Length)
            {
                var name = new StringBuilder();
                while (i < text.Length && text[i] != '.' && text[i] != '[')
                {
                    name.Append(text[i++]);
                }

                var key = new StringBuilder();
                while (i < text.Length && text[i] == '[')
                {
                    var start = i;
                    var quoted = false;
                    for (i++; i < text.Length; i++)
                    {
                        if (quoted && text[i] == '\\')
                        {
                            i++;
                        }
                        else if (text[i] == '"')
                        {
                            quoted = !quoted;
                        }
                        else if (!quoted && text[i] == ']')
                        {
                            break;
                        }
                    }

                    i = System.Math.Min(i + 1, text.Length);
                    key.Append(text, start, i - start);
                }

                steps.Add(new AddressStep(name.ToString(), key.ToString()));
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                }
            }

            return steps;
        }

        /// <summary>The names of the module calls of a module address (<c>module.a["x"].module.b</c> gives a, b).</summary>
        public static IReadOnlyList<AddressStep> ModuleCalls(string moduleAddress)
        {
            var calls = new List<AddressStep>();
            var steps = Steps(moduleAddress);
            for (var i = 0; i + 1 < steps.Count; i += 2)
            {
                if (steps[i].Name == "module")
                {
                    calls.Add(steps[i + 1]);
                }
            }

            return calls;
        }

        /// <summary>The address of the calling module instance: the module address without its last call.</summary>
        public static string Parent(string moduleAddress)
        {
            var calls = ModuleCalls(moduleAddress);
            var parent = new StringBuilder();
            for (var i = 0; i < calls.Count - 1; i++)
            {
                parent.Append(parent.Length == 0 ? string.Empty : ".").Append("module.").Append(calls[i].Name).Append(calls[i].Key);
            }

            return parent.ToString();
        }

        public static string Within(string moduleAddress, string relative) => moduleAddress.Length == 0 ? relative : moduleAddress + "." + relative;
    }
}
