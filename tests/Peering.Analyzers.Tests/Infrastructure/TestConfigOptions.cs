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

        public TestConfigOptions(IReadOnlyDictionary<string, string> values) => options = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions => options;

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
