using System;
using System.Collections.Generic;
using System.Linq;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A test case: a C# file under Cases/ with diagnostic markup, for Azure.ResourceManager.Network
    /// (<c>Cases/PEER102/*.cs</c>) or for another library (<c>Cases/PEER102/Azure.Provisioning/*.cs</c>). A first line <c>// shape: Main</c> limits it to
    /// one SDK shape (code that only compiles there). A leading line <c>// ignore: PEER301 PEER303</c> leaves those
    /// whole-compilation rules out of the comparison, for a case about one method whose scaffolding (a one-sided
    /// peering, two peerings to one remote) is not what it tests. A leading line <c>// closed-world</c> runs the case
    /// with <c>azure_peering.closed_world = true</c>.
    /// </summary>
    public sealed record CaseFile(string Name, string Text)
    {
        public IReadOnlySet<string> IgnoredRules { get; } = CaseMarkup.IgnoredRules(Text);

        public bool ClosedWorld { get; } = CaseMarkup.ClosedWorld(Text);

        /// <summary>The library the case uses (its cases live in a folder named by it under the rule's folder).</summary>
        public SdkLibrary Library { get; } = AzureSdk.LibraryOf(Text);

        /// <summary>The options the case runs with, beyond the profile.</summary>
        public IReadOnlyDictionary<string, string> Options => ClosedWorld
            ? new Dictionary<string, string> { ["azure_peering.closed_world"] = "true" }
            : new Dictionary<string, string>();

        public bool Supports(SdkShape shape)
        {
            var firstLine = Text.Split('\n')[0].Trim();
            return !firstLine.StartsWith("// shape:", StringComparison.Ordinal)
                || string.Equals(firstLine["// shape:".Length..].Trim(), shape.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    public static class CaseFiles
    {
        public static IReadOnlyList<CaseFile> All { get; } = CaseMarkup.ReadCases("*.cs").Select(c => new CaseFile(c.Name, c.Text)).ToArray();

        public static CaseFile Get(string name) => All.Single(c => c.Name == name);
    }
}
