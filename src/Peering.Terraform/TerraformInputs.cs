using System;
using System.Collections.Generic;

namespace Peering.Terraform
{
    /// <summary>What a run gives the Terraform reader.</summary>
    public sealed class TerraformInputs
    {
        /// <summary>Folders holding <c>.tf</c> or <c>.tf.json</c> files. Those no other of them calls as a module are root modules.</summary>
        public IReadOnlyList<string> Folders { get; init; } = Array.Empty<string>();

        /// <summary><c>--var-file</c> files, applied to every root module after its own <c>.tfvars</c> files, in this order.</summary>
        public IReadOnlyList<string> VarFiles { get; init; } = Array.Empty<string>();

        /// <summary>Plan files (<c>terraform show -json</c>) with their text.</summary>
        public IReadOnlyList<(string Path, string Text)> Plans { get; init; } = Array.Empty<(string, string)>();
    }
}
