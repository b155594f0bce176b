using System;
using System.Globalization;
using System.IO;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// A folder of generated validator inputs: a temporary one deleted with the benchmark, or one named for
    /// <c>--write-validator-inputs</c>, which the peak-memory script runs the built tool over.
    /// </summary>
    internal sealed class ValidatorInputs : IDisposable
    {
        private ValidatorInputs(string folder)
        {
            Folder = folder;
            Directory.CreateDirectory(folder);
        }

        public string Folder { get; }

        /// <summary>One template of about <paramref name="bytes"/> bytes.</summary>
        public static ValidatorInputs LargeTemplate(int bytes, string? folder = null)
        {
            var inputs = new ValidatorInputs(folder ?? NewFolder("large"));
            File.WriteAllText(Path.Combine(inputs.Folder, "estate.json"), LargeTemplateGenerator.Generate(bytes));
            return inputs;
        }

        /// <summary><paramref name="count"/> regional templates, each with its <c>x.parameters.json</c>, ten per folder of a "landing zone".</summary>
        public static ValidatorInputs ArmEstate(int count, string? folder = null)
        {
            var inputs = new ValidatorInputs(folder ?? NewFolder("arm"));
            for (var i = 0; i < count; i++)
            {
                var zone = Path.Combine(inputs.Folder, "zone" + (i / 10).ToString("D3", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(zone);
                var name = "region" + i.ToString("D4", CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(zone, name + ".json"), ArmEstateGenerator.RegionTemplate(i));
                File.WriteAllText(Path.Combine(zone, name + ".parameters.json"), ArmEstateGenerator.RegionParameters(i));
            }

            return inputs;
        }

        /// <summary><paramref name="count"/> standalone Bicep files in one folder.</summary>
        public static ValidatorInputs BicepEstate(int count, string? folder = null)
        {
            var inputs = new ValidatorInputs(folder ?? NewFolder("bicep"));
            for (var i = 0; i < count; i++)
            {
                File.WriteAllText(Path.Combine(inputs.Folder, "region" + i.ToString("D4", CultureInfo.InvariantCulture) + ".bicep"), BicepEstateGenerator.Region(i));
            }

            return inputs;
        }

        /// <summary><paramref name="count"/> Terraform root modules (a folder each, with terraform.tfvars) sharing one local spoke module.</summary>
        public static ValidatorInputs TerraformEstate(int count, string? folder = null)
        {
            var inputs = new ValidatorInputs(folder ?? NewFolder("terraform"));
            var module = Path.Combine(inputs.Folder, "modules", "spoke");
            Directory.CreateDirectory(module);
            File.WriteAllText(Path.Combine(module, "main.tf"), TerraformEstateGenerator.SpokeModule);
            for (var i = 0; i < count; i++)
            {
                var region = Path.Combine(inputs.Folder, "region" + i.ToString("D4", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(region);
                File.WriteAllText(Path.Combine(region, "main.tf"), TerraformEstateGenerator.Region(i));
                File.WriteAllText(Path.Combine(region, "terraform.tfvars"), TerraformEstateGenerator.Values(i));
            }

            return inputs;
        }

        /// <summary>The budget sets under <paramref name="root"/>: <c>large</c>, <c>arm</c>, <c>bicep</c> and <c>terraform</c>.</summary>
        public static void WriteBudgetSets(string root)
        {
            LargeTemplate(ValidatorBudgetBenchmarks.LargeTemplateBytes, Path.Combine(root, "large"));
            ArmEstate(ValidatorBudgetBenchmarks.ArmFiles, Path.Combine(root, "arm"));
            BicepEstate(ValidatorBudgetBenchmarks.BicepFiles, Path.Combine(root, "bicep"));
            TerraformEstate(ValidatorBudgetBenchmarks.TerraformModules, Path.Combine(root, "terraform"));
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);

        private static string NewFolder(string kind) =>
            Path.Combine(Path.GetTempPath(), "peering-bench-" + kind + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));
    }
}
