using BenchmarkDotNet.Attributes;

namespace Peering.Benchmarks.Validator
{
    /// <summary>Validator time against one template's size: doubling the bytes must about double the time.</summary>
    [MemoryDiagnoser]
    public class ValidatorTemplateSizeGrowthBenchmarks
    {
        private ValidatorInputs inputs = null!;

        [Params(512, 1024, 2048, 4096)]
        public int TemplateKilobytes { get; set; }

        [GlobalSetup]
        public void Setup() => inputs = ValidatorInputs.LargeTemplate(TemplateKilobytes * 1024);

        [GlobalCleanup]
        public void Cleanup() => inputs.Dispose();

        [Benchmark]
        public int OneTemplate() => ValidatorRun.Run(inputs.Folder);
    }

    /// <summary>Validator time against the number of templates (ten VNets each): doubling the files must about double the time.</summary>
    [MemoryDiagnoser]
    public class ValidatorFileCountGrowthBenchmarks
    {
        private ValidatorInputs inputs = null!;

        [Params(250, 500, 1000, 2000)]
        public int Templates { get; set; }

        [GlobalSetup]
        public void Setup() => inputs = ValidatorInputs.ArmEstate(Templates);

        [GlobalCleanup]
        public void Cleanup() => inputs.Dispose();

        [Benchmark]
        public int ManyTemplates() => ValidatorRun.Run(inputs.Folder);
    }
}
