using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Peering.Analyzers.Tests.Infrastructure
{
    /// <summary>Analyzer options as .editorconfig would give them, the same for every file.</summary>
    public sealed class TestConfigOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Options options;
        private readonly Options global;

        /// <param name="perFileOnly">As an .editorconfig <c>[*]</c> section gives them: for each file, not as global options.</param>
        public TestConfigOptions(IReadOnlyDictionary<string, string> values, bool perFileOnly = false)
        {
            options = new Options(values);
            global = perFileOnly ? new Options(new Dictionary<string, string>()) : options;
        }

        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly IReadOnlyDictionary<string, string> values;

            public Options(IReadOnlyDictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
