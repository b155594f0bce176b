using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Rules.Catalogue;

namespace Peering.Rules.Tests.Catalogue
{
    /// <summary>
    /// Every rule has cases, named by its id, in each front end that decides it: C# programs for the analyzers (scopes M
    /// and C), ARM JSON templates for the validator (scope T). A rule added to the catalogue without them fails here.
    /// </summary>
    public sealed class CaseCoverageTests
    {
        private static readonly (string Name, RuleScope Scopes, string Folder, string[] Extensions)[] FrontEnds =
        {
            ("C#", RuleScope.Method | RuleScope.Compilation, Path.Combine("tests", "Peering.Analyzers.Tests", "Cases"), new[] { ".cs" }),
            ("templates", RuleScope.Templates, Path.Combine("tests", "Peering.Templates.Tests", "Cases"), new[] { ".json", ".bicep" }),
        };

        public static IEnumerable<object[]> FrontEndNames() => FrontEnds.Select(f => new object[] { f.Name });

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_rule_a_front_end_decides_has_a_case_folder_named_by_its_id(string frontEnd)
        {
            var (_, scopes, folder, extensions) = FrontEnds.Single(f => f.Name == frontEnd);
            var root = Path.Combine(TestRepository.Root, folder);

            var missing = RuleCatalogue.All
                .Where(rule => (rule.Scope & scopes) != 0)
                .Where(rule => !CaseFiles(root, rule.Id, extensions).Any())
                .Select(rule => rule.Id)
                .ToList();

            Assert.True(missing.Count == 0, frontEnd + " has no cases for " + string.Join(", ", missing) + " (add a file under " + folder + "/<id>/)");
        }

        [Theory]
        [MemberData(nameof(FrontEndNames))]
        public void Every_case_folder_is_named_by_a_rule_the_front_end_decides(string frontEnd)
        {
            var (_, scopes, folder, _) = FrontEnds.Single(f => f.Name == frontEnd);

            var strays = Directory.GetDirectories(Path.Combine(TestRepository.Root, folder))
                .Select(Path.GetFileName)
                .Where(id => RuleCatalogue.Find(id!) is not { } rule || (rule.Scope & scopes) == 0)
                .ToList();

            Assert.Empty(strays);
        }

        private static IEnumerable<string> CaseFiles(string root, string id, string[] extensions)
        {
            var folder = Path.Combine(root, id);
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                : Enumerable.Empty<string>();
        }
    }
}
