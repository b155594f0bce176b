using System;
using System.Collections;
using System.Collections.Generic;

namespace Peering.Terraform
{
    /// <summary>
    /// A variable file or value given to every root module of a run from outside its folder: what Terraform takes from
    /// <c>-var-file FILE</c> and <c>-var 'NAME=VALUE'</c> (<see cref="TerraformInputs.Variables"/>).
    /// </summary>
    public sealed class VariableArgument
    {
        private const string EnvironmentPrefix = "TF_VAR_";

        private VariableArgument(string? filePath, string? name, string? text)
        {
            FilePath = filePath;
            Name = name;
            Text = text;
        }

        /// <summary>The <c>.tfvars</c> or <c>.tfvars.json</c> file; null for a value.</summary>
        public string? FilePath { get; }

        /// <summary>The variable a value is for; null for a file.</summary>
        public string? Name { get; }

        /// <summary>The value as written, read as Terraform reads it for the variable's type; null for a file.</summary>
        public string? Text { get; }

        public static VariableArgument File(string path) => new VariableArgument(path, null, null);

        public static VariableArgument Value(string name, string text) => new VariableArgument(null, name, text);

        /// <summary>
        /// <c>NAME=VALUE</c> split at the first <c>=</c>, as Terraform splits <c>-var</c>; null when there is none or the
        /// name is not a name a variable can have (a letter or <c>_</c>, then letters, digits, <c>_</c> and <c>-</c>).
        /// </summary>
        public static VariableArgument? Parse(string argument)
        {
            var separator = argument.IndexOf('=');
            return separator > 0 && IsName(argument.Substring(0, separator)) ? Value(argument.Substring(0, separator), argument.Substring(separator + 1)) : null;
        }

        /// <summary>
        /// The <c>TF_VAR_name</c> variables of an environment by variable name, as Terraform reads them: the prefix is
        /// matched exactly (case and all), the rest is the name.
        /// </summary>
        public static IReadOnlyDictionary<string, string> FromEnvironment(IDictionary environment)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in environment)
            {
                if (entry.Key is string key && key.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) && key.Length > EnvironmentPrefix.Length && entry.Value is string text)
                {
                    values[key.Substring(EnvironmentPrefix.Length)] = text;
                }
            }

            return values;
        }

        public override string ToString() => FilePath ?? Name + "=" + Text;

        private static bool IsName(string name)
        {
            if (!(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
