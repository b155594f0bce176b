using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// The suite can fail: an exception in an analyzer or a code fix is caught and reported with its input and variant,
    /// and the unchanged inputs make every analyzer report and every code fix apply, so the variants exercise them all.
    /// </summary>
    public sealed class HarnessTests
    {
        private const string CaseWithPeer102 = "tests/Peering.Analyzers.Tests/Cases/PEER102/BothFlagsInInitializer.cs";

        [Fact]
        public async Task An_analyzer_exception_is_reported_with_its_input_variant_and_configuration()
        {
            var configuration = AnalysisConfiguration.All[^1];
            var outcome = await CrashCheck.RunAsync(
                RobustnessInputs.Get(CaseWithPeer102), "variant under test", configuration, runFixes: false, analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));

            var failure = Assert.Single(outcome.Failures);
            Assert.Contains(CaseWithPeer102 + " [variant under test] under " + configuration, failure);
            Assert.Contains(ThrowingAnalyzer.Message, failure);
        }

        [Fact]
        public async Task A_code_fix_exception_is_reported_with_the_diagnostic_it_fixed()
        {
            var outcome = await CrashCheck.RunAsync(
                RobustnessInputs.Get(CaseWithPeer102), "whole", AnalysisConfiguration.All[0], runFixes: true, codeFixes: ImmutableArray.Create<CodeFixProvider>(new ThrowingFix()));

            Assert.NotEmpty(outcome.Failures);
            Assert.All(outcome.Failures, f => Assert.Contains(ThrowingFix.Message, f));
            Assert.Contains(outcome.Failures, f => f.Contains("ThrowingFix on PEER102", StringComparison.Ordinal));
        }

        [Fact]
        public void Every_code_fix_test_file_contributes_its_programs_as_inputs()
        {
            var fixTests = Directory.GetFiles(Path.Combine(TestRepository.Root, "tests", "Peering.Analyzers.Tests", "Fixes"), "*.cs")
                .Select(path => "tests/Peering.Analyzers.Tests/Fixes/" + Path.GetFileName(path));

            Assert.All(fixTests, file => Assert.Contains(RobustnessInputs.All, i => i.Origin == InputOrigin.Inline && i.Name.StartsWith(file + ":", StringComparison.Ordinal)));
        }

        [Fact]
        public async Task The_unchanged_inputs_make_every_analyzer_report_and_every_code_fix_apply()
        {
            var silentAnalyzers = ProductComponents.Analyzers.Select(a => a.GetType().Name).ToHashSet();
            var unusedFixes = ProductComponents.CodeFixes.Select(f => f.GetType().Name).ToHashSet();
            foreach (var configuration in AnalysisConfiguration.All.TakeWhile(_ => silentAnalyzers.Count + unusedFixes.Count > 0))
            {
                foreach (var input in RobustnessInputs.All)
                {
                    var outcome = await CrashCheck.RunAsync(input, "unchanged", configuration, runFixes: true);
                    FailureReport.AssertNone(outcome.Failures);
                    silentAnalyzers.ExceptWith(ProductComponents.Analyzers
                        .Where(a => outcome.Diagnostics.Any(d => a.SupportedDiagnostics.Any(s => s.Id == d.Id)))
                        .Select(a => a.GetType().Name));
                    unusedFixes.ExceptWith(outcome.AppliedActions.Keys);
                }
            }

            Assert.Empty(silentAnalyzers);
            Assert.Empty(unusedFixes);
        }

        // A stand-in for a broken analyzer, never shipped: the analyzer-authoring rules for shipped analyzers do not apply.
#pragma warning disable RS1001, RS1036, RS2008
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            public const string Message = "thrown on purpose by the harness test";

            private static readonly DiagnosticDescriptor Descriptor = new("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Descriptor);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.EnableConcurrentExecution();
                context.RegisterCompilationAction(_ => throw new InvalidOperationException(Message));
            }
        }
#pragma warning restore RS1001, RS1036, RS2008

        private sealed class ThrowingFix : CodeFixProvider
        {
            public const string Message = "fix thrown on purpose by the harness test";

            public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("PEER102");

            public override FixAllProvider? GetFixAllProvider() => null;

            public override Task RegisterCodeFixesAsync(CodeFixContext context)
            {
                context.RegisterCodeFix(CodeAction.Create("Throw", (CancellationToken _) => Task.FromException<Document>(new InvalidOperationException(Message)), nameof(ThrowingFix)), context.Diagnostics);
                return Task.CompletedTask;
            }
        }
    }
}
