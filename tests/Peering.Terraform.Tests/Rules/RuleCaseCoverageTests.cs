using System.Linq;
using System.Reflection;
using Peering.Rules.Catalogue;

namespace Peering.Terraform.Tests.Rules
{
    /// <summary>
    /// Every rule whose catalogue scope includes Terraform has a Terraform case: a test of this project named by the rule
    /// id (the Terraform cases are HCL inside tests, not case folders as for C# and templates, see
    /// Peering.Rules.Tests CaseCoverageTests). A rule added to the Terraform scope without one fails here.
    /// </summary>
    public sealed class RuleCaseCoverageTests
    {
        [Fact]
        public void Every_rule_terraform_decides_has_a_test_named_by_its_id()
        {
            var testNames = typeof(RuleCaseCoverageTests).Assembly.GetTypes()
                .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                .Where(method => method.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                .Select(method => method.Name)
                .ToList();

            var missing = RuleCatalogue.All
                .Where(rule => (rule.Scope & RuleScope.Terraform) != 0)
                .Where(rule => !testNames.Any(name => name.Contains(rule.Id)))
                .Select(rule => rule.Id)
                .ToList();

            Assert.True(missing.Count == 0, "Terraform has no cases for " + string.Join(", ", missing) + " (add a test named by the id, e.g. in Rules/RuleCaseTests.cs)");
        }
    }
}
