namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>Minimal input files; their content matters to discovery, not to any rule.</summary>
    public static class SampleFiles
    {
        public const string Template = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "contentVersion": "1.0.0.0",
              "resources": []
            }
            """;

        public const string Parameters = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
              "contentVersion": "1.0.0.0",
              "parameters": {}
            }
            """;

        public const string OtherJson = """{ "name": "not-a-template", "version": "1.0.0" }""";

        public const string BrokenTemplate = """
            {
              "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
              "resources": [ {
            """;
    }
}
