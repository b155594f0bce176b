using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Tests.Catalogue
{
    /// <summary>
    /// Every rule has cases, named by its id, in each front end that decides it: C# programs using the Azure SDK for the
    /// analyzers (scopes M and C), ARM JSON templates for the validator (scope T), and C# programs of each other library
    /// the analyzers read (Azure.Provisioning, Pulumi.AzureNative, Pulumi.Azure: its scope), in a folder named by the
    /// library inside the rule's C# folder. A rule added to a front end's scope without cases fails here, and so does a
    /// library case for a rule the catalogue says the library cannot decide.
    /// </summary>
    public sealed class CaseCoverageTests
    {
        private static readonly string CSharpCases = Path.Combine("tests", "Peering.Analyzers.Tests", "Cases");

        /// <summary>
        /// Each front end: the scopes it decides, and where a rule's cases are (<c>&lt;folder&gt;/&lt;id&gt;</c>, or for a C#
        /// library <c>&lt;folder&gt;/&lt;id&gt;/&lt;library&gt;</c>). The libraries' entries list every C# library but the Azure SDK.
        /// </summary>
        private static readonly (string Name, RuleScope Scopes, string Folder, string? Library, string[] Extensions)[] FrontEnds =
        {
            ("C#", RuleScope.Method | RuleScope.Compilation, CSharpCases, null, new[] { ".cs" }),
            ("templates", RuleScope.Templates, Path.Combine("tests", "Peering.Templates.Tests", "Cases"), null, new[] { ".json", ".bicep" }),
            ("Azure.Provisioning", RuleScope.AzureProvisioning, CSharpCases, "Azure.Provisioning", new[] { ".cs" }),
            ("Pulumi.AzureNative", RuleScope.PulumiAzureNative, CSharpCases, "Pulumi.AzureNative", new[] { ".cs" }),
            ("Pulumi.Azure", RuleScope.PulumiAzure, CSharpCases, "Pulumi.Azure", new[] { ".cs" }),
        };

        public static IEnumerable<object[]> FrontEndNames() => FrontEnds.Select(f => new object[] { f.Name });

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_rule_a_front_end_decides_has_cases_in_a_folder_named_by_its_id(string frontEnd)
        {
            var (_, scopes, folder, library, extensions) = FrontEnds.Single(f => f.Name == frontEnd);

            var missing = RuleCatalogue.All
                .Where(rule => (rule.Scope & scopes) != 0)
                .Where(rule => !CaseFiles(CaseFolder(folder, rule.Id, library), extensions).Any())
                .Select(rule => rule.Id)
                .ToList();

            Assert.True(missing.Count == 0, frontEnd + " has no cases for " + string.Join(", ", missing) + " (add a file under " + Path.Combine(folder, "<id>", library ?? string.Empty) + ")");
        }

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_case_folder_is_of_a_rule_the_front_end_decides(string frontEnd)
        {
            var (_, scopes, folder, library, extensions) = FrontEnds.Single(f => f.Name == frontEnd);

            var strays = Directory.GetDirectories(Path.Combine(TestRepository.Root, folder))
                .Select(Path.GetFileName)
                .Where(id => CaseFiles(CaseFolder(folder, id!, library), extensions).Any() && (RuleCatalogue.Find(id!) is not { } rule || (rule.Scope & scopes) == 0))
                .ToList();

            Assert.Empty(strays);
        }

        /// <summary>Inside a rule's C# folder, a folder holds the cases of a library, and is named by it.</summary>
        [Fact]
        public void Every_folder_inside_a_rule_folder_is_named_by_a_library()
        {
            var strays = Directory.GetDirectories(Path.Combine(TestRepository.Root, CSharpCases))
                .SelectMany(Directory.GetDirectories)
                .Where(folder => !FrontEnds.Any(f => f.Library == Path.GetFileName(folder)))
                .ToList();

            Assert.Empty(strays);
        }

        private static string CaseFolder(string folder, string id, string? library) =>
            library == null ? Path.Combine(TestRepository.Root, folder, id) : Path.Combine(TestRepository.Root, folder, id, library);

        /// <summary>The case files directly in <paramref name="folder"/>: a library's cases, in a folder of their own, are not the Azure SDK's.</summary>
        private static IEnumerable<string> CaseFiles(string folder, string[] extensions) =>
            Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder).Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                : Enumerable.Empty<string>();
    }
}
