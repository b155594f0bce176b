using System;

namespace Peering.Rules.Catalogue
{
    /// <summary>Where a rule can be decided (the "where" column of the catalogue).</summary>
    [Flags]
    public enum RuleScope
    {
        None = 0,

        /// <summary>From one C# method body or object initializer.</summary>
        Method = 1,

        /// <summary>From facts of several methods or types of one compilation.</summary>
        Compilation = 2,

        /// <summary>Across the ARM JSON / Bicep files of one validator run.</summary>
        Templates = 4,

        /// <summary>Across the Terraform configurations and plans of one validator run (with its templates).</summary>
        Terraform = 8,

        /// <summary>
        /// In a C# program that declares its network with Azure.Provisioning.Network (which builds Bicep), by the same two
        /// analyzers (with <see cref="Method"/> or <see cref="Compilation"/>): the rules such a program can decide.
        /// </summary>
        AzureProvisioning = 16,

        /// <summary>In a Pulumi program written with Pulumi.AzureNative, by the C# analyzers (in one method or the compilation, as the rule's C# scopes say).</summary>
        PulumiAzureNative = 32,

        /// <summary>In a Pulumi program written with the classic Pulumi.Azure, by the C# analyzers.</summary>
        PulumiAzure = 64,
    }
}
