using System;
using System.Collections.Generic;
using System.Linq;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>
    /// A test case: a C# file under Cases/ with diagnostic markup, about Azure.ResourceManager.Network, or, in a subfolder
    /// named by a library's package (<c>Cases/PEER102/Pulumi.AzureNative/</c>, <c>Cases/PEER102/Azure.Provisioning/</c>),
    /// about that library. A first line <c>// shape: Main</c> limits it to one shape of its library (code that only compiles there). A leading line <c>// ignore: PEER301 PEER303</c> leaves those
    /// whole-compilation rules out of the comparison, for a case about one method whose scaffolding (a one-sided
    /// peering, two peerings to one remote) is not what it tests. A leading line <c>// closed-world</c> runs the case
    /// with <c>azure_peering.closed_world = true</c>.
    /// </summary>
    public sealed record CaseFile(string Name, string Text)
    {
        public IReadOnlySet<string> IgnoredRules { get; } = CaseMarkup.IgnoredRules(Text);

        public bool ClosedWorld { get; } = CaseMarkup.ClosedWorld(Text);

        /// <summary>The options the case runs with, beyond the profile.</summary>
        public IReadOnlyDictionary<string, string> Options => ClosedWorld
            ? new Dictionary<string, string> { ["azure_peering.closed_world"] = "true" }
            : new Dictionary<string, string>();

        /// <summary>The library the case is about, from its folder.</summary>
        public SdkLibrary Library { get; } = CaseFiles.LibraryOf(Name);

        /// <summary>The shapes of its library the case compiles against in this test run.</summary>
        public IReadOnlyList<SdkShape> Shapes => AzureSdk.ShapesOf(Library).Where(Supports).ToArray();

        public bool Supports(SdkShape shape)
        {
            var firstLine = Text.Split('\n')[0].Trim();
            return !firstLine.StartsWith("// shape:", StringComparison.Ordinal)
                || string.Equals(firstLine["// shape:".Length..].Trim(), shape.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    public static class CaseFiles
    {
        /// <summary>The case subfolder of each library but Azure.ResourceManager.Network, whose cases sit in the rule's folder.</summary>
        public static IReadOnlyDictionary<string, SdkLibrary> LibraryFolders { get; } = new Dictionary<string, SdkLibrary>(StringComparer.Ordinal)
        {
            ["Azure.Provisioning"] = SdkLibrary.Provisioning,
            ["Pulumi.AzureNative"] = SdkLibrary.AzureNative,
            ["Pulumi.Azure"] = SdkLibrary.PulumiAzure,
        };

        public static IReadOnlyList<CaseFile> All { get; } = CaseMarkup.ReadCases("*.cs").Select(c => new CaseFile(c.Name, c.Text)).ToArray();

        public static CaseFile Get(string name) => All.Single(c => c.Name == name);

        /// <summary>The library of the case at <paramref name="name"/> (<c>PEER102/Pulumi.AzureNative/BothFlags.cs</c>).</summary>
        public static SdkLibrary LibraryOf(string name) =>
            name.Split('/') is { Length: > 2 } parts && LibraryFolders.TryGetValue(parts[1], out var library) ? library : SdkLibrary.ResourceManager;
    }
}
