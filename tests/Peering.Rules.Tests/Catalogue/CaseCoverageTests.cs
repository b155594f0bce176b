using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Tests.Catalogue
{
    /// <summary>
    /// Every rule has cases, named by its id, in each front end that decides it: C# programs for the analyzers (scopes M
    /// and C), one subfolder per declarative C# library the analyzers read (its package's name, <c>Cases/PEER102/Pulumi.AzureNative/</c>,
    /// scope of that library), ARM JSON templates for the validator (scope T). A rule added to the catalogue without them
    /// fails here, and so does a library case for a rule the catalogue says the library cannot decide.
    /// </summary>
    public sealed class CaseCoverageTests
    {
        private static readonly string CSharpCases = Path.Combine("tests", "Peering.Analyzers.Tests", "Cases");

        private static readonly FrontEnd[] FrontEnds =
        {
            new("C#", RuleScope.Method | RuleScope.Compilation, CSharpCases, new[] { ".cs" }, Library: null),
            new("Pulumi.AzureNative", RuleScope.PulumiAzureNative, CSharpCases, new[] { ".cs" }, Library: "Pulumi.AzureNative"),
            new("Pulumi.Azure", RuleScope.PulumiAzure, CSharpCases, new[] { ".cs" }, Library: "Pulumi.Azure"),
            new("templates", RuleScope.Templates, Path.Combine("tests", "Peering.Templates.Tests", "Cases"), new[] { ".json", ".bicep" }, Library: null),
        };

        /// <summary>The library subfolders of the C# cases: their files are not Azure.ResourceManager.Network's cases.</summary>
        private static readonly HashSet<string> LibraryFolders = FrontEnds.Where(f => f.Library != null).Select(f => f.Library!).ToHashSet(StringComparer.Ordinal);

        public static IEnumerable<object[]> FrontEndNames() => FrontEnds.Select(f => new object[] { f.Name });

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_rule_a_front_end_decides_has_a_case_folder_named_by_its_id(string frontEnd)
        {
            var end = FrontEnds.Single(f => f.Name == frontEnd);
            var root = Path.Combine(TestRepository.Root, end.Folder);

            var missing = RuleCatalogue.All
                .Where(rule => (rule.Scope & end.Scopes) != 0)
                .Where(rule => !CaseFiles(root, rule.Id, end).Any())
                .Select(rule => rule.Id)
                .ToList();

            Assert.True(missing.Count == 0, frontEnd + " has no cases for " + string.Join(", ", missing) + " (add a file under " + end.Folder + "/<id>/" + (end.Library == null ? string.Empty : end.Library + "/") + ")");
        }

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_case_folder_is_named_by_a_rule_the_front_end_decides(string frontEnd)
        {
            var end = FrontEnds.Single(f => f.Name == frontEnd);

            var strays = Directory.GetDirectories(Path.Combine(TestRepository.Root, end.Folder))
                .Where(folder => end.Library == null || Directory.Exists(Path.Combine(folder, end.Library)))
                .Select(Path.GetFileName)
                .Where(id => RuleCatalogue.Find(id!) is not { } rule || (rule.Scope & end.Scopes) == 0)
                .ToList();

            Assert.Empty(strays);
        }

        /// <summary>The case files of a rule for a front end: in the library's subfolder, or, for the others, outside every library's.</summary>
        private static IEnumerable<string> CaseFiles(string root, string id, FrontEnd end)
        {
            var folder = end.Library == null ? Path.Combine(root, id) : Path.Combine(root, id, end.Library);
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                    .Where(f => end.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => end.Library != null || !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(LibraryFolders.Contains))
                : Enumerable.Empty<string>();
        }

        private sealed record FrontEnd(string Name, RuleScope Scopes, string Folder, string[] Extensions, string? Library);
    }
}
