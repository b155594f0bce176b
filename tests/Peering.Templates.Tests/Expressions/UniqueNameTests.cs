using static Peering.Templates.Tests.Infrastructure.Expressions;

namespace Peering.Templates.Tests.Expressions
{
    /// <summary>uniqueString and guid against values ARM itself produced, as published; none is computed by this code.</summary>
    public class UniqueNameTests
    {
        [Theory]
        // Azure/bicep, src/Bicep.Core.Samples/Files/baselines_bicepparam/Expressions/parameters.json: Bicep evaluates
        // parameter files with ARM's own function library (Azure.Deployments.Expression).
        [InlineData("[uniqueString('asd', 'asdf', 'asdf')]", "iizpqit7ih3cc")]
        // Azure/bicep, src/Bicep.Cli.IntegrationTests/SnapshotCommandTests.cs: 'store${uniqueString(resourceGroup().id)}' is 'storejs26ofeqkqeve'.
        [InlineData("[uniqueString('/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myRg')]", "js26ofeqkqeve")]
        // Stack Overflow question 43295720 ("Azure ARM uniqueString function mimic"), computed with Azure.Deployments.Expression.
        [InlineData("[uniqueString('tyeth')]", "zcztcwvu6iyg6")]
        // Azure/terraform-provider-azapi, internal/services/functions/unique_string_function_test.go.
        [InlineData("[uniqueString('/subscriptions/00000000-0000-0000-0000-000000000000', 'resource-id')]", "cwvxuqg24sifi")]
        // JasonWhall/go-azure-uniquestring, README.
        [InlineData("[uniqueString('hello', 'world')]", "a7wkljktk6wne")]
        // A README of a tool built on Azure.Deployments.Expression ("./out/uniqueString test").
        [InlineData("[uniqueString('test')]", "rbgf3xv4ufgzg")]
        public void UniqueString_matches_values_ARM_produced(string expression, string expected) =>
            Assert.Equal("\"" + expected + "\"", Show(expression));

        [Fact]
        public void Guid_of_one_value_matches_the_value_ARM_produced() =>
            // Azure/bicep, baselines_bicepparam/Expressions/parameters.json: guid('asdf').
            Assert.Equal("\"228d27cc-6fdb-5934-b7ac-1efccebade04\"", Show("[guid('asdf')]"));

        [Theory]
        // How ARM joins several arguments of guid() is not confirmed by any published value.
        [InlineData("[guid('a', 'b')]")]
        // The run's placeholders stand for a subscription and resource group the files do not name: hashing them would invent a name.
        [InlineData("[uniqueString(resourceGroup().id)]")]
        [InlineData("[guid(subscription().id)]")]
        [InlineData("[uniqueString(resourceGroup().location)]")]
        [InlineData("[uniqueString(1)]")]
        public void What_cannot_be_known_stays_unknown(string expression)
        {
            var (value, unevaluated) = Evaluate(expression);

            Assert.True(value.IsUnknown);
            Assert.Empty(unevaluated);
        }
    }
}
