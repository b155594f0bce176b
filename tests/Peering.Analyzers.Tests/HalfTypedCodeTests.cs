using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests
{
    /// <summary>
    /// Code while it is typed: every prefix of every case file, cut at each token boundary, is analysed without an
    /// analyzer exception (an AD0001 in the user's IDE).
    /// </summary>
    public sealed class HalfTypedCodeTests
    {
        public static IEnumerable<object[]> Cases() => CaseFiles.All.Select(c => new object[] { c.Name });

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task Every_prefix_is_analysed_without_exceptions(string caseName)
        {
            var file = CaseFiles.Get(caseName);
            var (source, _) = CaseMarkup.Parse(file.Text);
            var cuts = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().ToList();
            var failures = new List<string>();
            for (var i = 0; i < cuts.Count; i++)
            {
                // Every shape on every prefix would double the time for little gain: the others run on every third.
                var shapes = i % 3 == 0 ? AzureSdk.ShapesOf(file.Library) : new[] { AzureSdk.ShapesOf(file.Library)[0] };
                foreach (var shape in shapes)
                {
                    var prefix = source[..cuts[i]];
                    var result = await AnalyzerRunner.RunAsync(AnalyzerRunner.Compile(prefix, shape), "2017-10");
                    failures.AddRange(result.Exceptions.Select(e => $"{shape} prefix of {cuts[i]} chars: {e}"));
                    failures.AddRange(result.Diagnostics.Where(d => d.Id == "AD0001").Select(d => $"{shape} prefix of {cuts[i]} chars: {d}"));
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
        }
    }
}
