using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Peering.Cli.Tests.Output
{
    /// <summary>Validates SARIF text against the SARIF 2.1.0 JSON schema stored beside the tests (formats asserted too).</summary>
    internal static class SarifSchema
    {
        private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Output", "sarif-schema-2.1.0.json"))));

        /// <summary>The schema's complaints, one per line; empty when the log is valid.</summary>
        public static string Errors(string sarif)
        {
            var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
            var result = Schema.Value.Evaluate(JsonNode.Parse(sarif), options);
            if (result.IsValid)
            {
                return string.Empty;
            }

            return string.Join(
                Environment.NewLine,
                result.Details.Where(d => d.Errors != null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));
        }

        public static void AssertValid(string sarif)
        {
            var errors = Errors(sarif);
            Assert.True(errors.Length == 0, errors);
        }
    }
}
