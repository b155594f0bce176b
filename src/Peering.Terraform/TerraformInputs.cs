using System;
using System.Collections.Generic;

namespace Peering.Terraform
{
    /// <summary>What a run gives the Terraform reader.</summary>
    public sealed class TerraformInputs
    {
        /// <summary>Folders holding <c>.tf</c> or <c>.tf.json</c> files. Those no other of them calls as a module are root modules.</summary>
        public IReadOnlyList<string> Folders { get; init; } = Array.Empty<string>();

        /// <summary>
        /// Variable files and values for every root module, applied after its own <c>.tfvars</c> files in this order, as
        /// Terraform applies <c>-var-file</c> and <c>-var</c>: later wins.
        /// </summary>
        public IReadOnlyList<VariableArgument> Variables { get; init; } = Array.Empty<VariableArgument>();

        /// <summary>
        /// <c>TF_VAR_name</c> values by variable name (<see cref="VariableArgument.FromEnvironment"/>), read before any file,
        /// as Terraform reads its environment. Empty unless the run asks for them.
        /// </summary>
        public IReadOnlyDictionary<string, string> EnvironmentVariables { get; init; } = new Dictionary<string, string>();

        /// <summary>Plan files (<c>terraform show -json</c>) with their text.</summary>
        public IReadOnlyList<(string Path, string Text)> Plans { get; init; } = Array.Empty<(string, string)>();
    }
}
