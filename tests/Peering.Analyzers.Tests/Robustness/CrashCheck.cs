using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Peering.Analyzers.Tests.Infrastructure;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>What analysing one variant produced, and every exception it caused, each described with the variant.</summary>
    /// <param name="AppliedActions">How many code actions each code fix provider (by type name) applied.</param>
    public sealed record CheckOutcome(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<string> Failures, IReadOnlyDictionary<string, int> AppliedActions);

    /// <summary>
    /// Analyses one variant of an input with every product analyzer, as a user's build would, and optionally runs every
    /// product code fix on what they report (each registered action, and Fix All) inside a workspace, as the IDE would.
    /// </summary>
    public static class CrashCheck
    {
        /// <summary>A variant takes tens of milliseconds; a minute, even on a loaded machine, means the work does not end.</summary>
        private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(1);

        public static async Task<CheckOutcome> RunAsync(
            SourceInput input,
            string variant,
            AnalysisConfiguration configuration,
            bool runFixes,
            LanguageVersion languageVersion = LanguageVersion.Latest,
            ImmutableArray<MetadataReference>? references = null,
            ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
            ImmutableArray<CodeFixProvider>? codeFixes = null)
        {
            var failures = new List<string>();
            void Fail(string what, string detail) => failures.Add($"{input.Name} [{variant}] under {configuration}: {what}: {detail}");

            using var workspace = new AdhocWorkspace();
            var solution = CreateSolution(workspace, input, languageVersion, references ?? AzureSdk.References(input.ShapeFor(configuration.Shape)));
            var diagnostics = ImmutableArray<Diagnostic>.Empty;
            var applied = new Dictionary<string, int>();
            using var limit = new CancellationTokenSource(TimeLimit);
            async Task CheckAsync()
            {
                var compilation = (await solution.Projects.Single().GetCompilationAsync(limit.Token))!;
                var result = await AnalyzerRunner.RunAsync(compilation, analyzers ?? ProductComponents.Analyzers, configuration.EditorConfig, concurrentAnalysis: false, configuration.PerFileOptions, limit.Token);
                diagnostics = result.Diagnostics;
                foreach (var exception in result.Exceptions)
                {
                    Fail("analyzer exception", exception.ToString());
                }

                foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
                {
                    Fail("AD0001", diagnostic.ToString());
                }

                if (runFixes)
                {
                    await RunFixesAsync(solution, diagnostics, codeFixes ?? ProductComponents.CodeFixes, applied, Fail, limit.Token);
                }
            }

            var check = CheckAsync();
            try
            {
                // Code that ignores the cancellation is abandoned after twice the limit, so a hang fails the test, not the run.
                await check.WaitAsync(TimeLimit * 2);
            }
            catch (TimeoutException) when (!check.IsCompleted)
            {
                Fail("time limit", $"analysis and fixes did not end within {TimeLimit.TotalSeconds * 2} s and ignored the cancellation");
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                Fail("time limit", $"analysis and fixes took longer than {TimeLimit.TotalSeconds} s");
            }
            catch (Exception exception)
            {
                Fail("exception", exception.ToString());
            }

            return new CheckOutcome(diagnostics, failures, applied);
        }

        /// <summary>Every variant of an input, with fixes, each in the next configuration in turn; the failures of all.</summary>
        public static async Task<IReadOnlyList<string>> RunAllAsync(SourceInput input, IReadOnlyList<SourceVariant> variants)
        {
            var failures = new List<string>();
            for (var i = 0; i < variants.Count; i++)
            {
                var outcome = await RunAsync(input.WithText(variants[i].Text), variants[i].Description, AnalysisConfiguration.InTurn(i), runFixes: true);
                failures.AddRange(outcome.Failures);
            }

            return failures;
        }

        private static Solution CreateSolution(AdhocWorkspace workspace, SourceInput input, LanguageVersion languageVersion, ImmutableArray<MetadataReference> references)
        {
            var projectId = ProjectId.CreateNewId();
            var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "UserCode",
                "UserCode",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(input.OutputKind, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(languageVersion),
                metadataReferences: references);
            var solution = workspace.CurrentSolution.AddProject(project);
            foreach (var file in input.Context.Prepend(input.File))
            {
                solution = solution.AddDocument(DocumentId.CreateNewId(projectId), file.Path.Split('/').Last(), SourceText.From(file.Text), filePath: file.Path);
            }

            workspace.TryApplyChanges(solution);
            return workspace.CurrentSolution;
        }

        /// <summary>Every fix for every diagnostic, then Fix All per fixer and action kind, counting the actions applied.</summary>
        private static async Task RunFixesAsync(Solution solution, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<CodeFixProvider> codeFixes, Dictionary<string, int> applied, Action<string, string> fail, CancellationToken cancellationToken)
        {
            var fixable = diagnostics.Where(d => d.Location.IsInSource && solution.GetDocument(d.Location.SourceTree) != null).ToArray();
            foreach (var provider in codeFixes)
            {
                var name = provider.GetType().Name;
                void Count() => applied[name] = applied.GetValueOrDefault(name) + 1;
                var mine = fixable.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToArray();
                var equivalenceKeys = new HashSet<string?>();
                foreach (var diagnostic in mine)
                {
                    var document = solution.GetDocument(diagnostic.Location.SourceTree)!;
                    var actions = new List<CodeAction>();
                    try
                    {
                        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
                        foreach (var action in actions)
                        {
                            equivalenceKeys.Add(action.EquivalenceKey);
                            await ApplyAsync(action, cancellationToken);
                            Count();
                        }
                    }
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        fail($"{name} on {diagnostic.Id} at {diagnostic.Location.GetLineSpan()}", exception.ToString());
                    }
                }

                var fixAll = provider.GetFixAllProvider();
                foreach (var key in fixAll == null || mine.Length == 0 ? new HashSet<string?>() : equivalenceKeys)
                {
                    try
                    {
                        var context = new FixAllContext(
                            solution.GetDocument(mine[0].Location.SourceTree)!, provider, FixAllScope.Project, key, provider.FixableDiagnosticIds, new KnownDiagnostics(fixable), cancellationToken);
                        if (await fixAll!.GetFixAsync(context) is { } action)
                        {
                            await ApplyAsync(action, cancellationToken);
                            Count();
                        }
                    }
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        fail($"Fix All of {name} ({key})", exception.ToString());
                    }
                }
            }
        }

        /// <summary>
        /// Computes the action's operations and renders every document it changes, which is all the IDE does before
        /// writing the text back (writing into this workspace would add nothing: the next action must start from the
        /// unchanged solution).
        /// </summary>
        private static async Task ApplyAsync(CodeAction action, CancellationToken cancellationToken)
        {
            foreach (var operation in await action.GetOperationsAsync(cancellationToken))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    foreach (var projectChanges in apply.ChangedSolution.GetChanges(apply.ChangedSolution.Workspace.CurrentSolution).GetProjectChanges())
                    {
                        foreach (var id in projectChanges.GetChangedDocuments())
                        {
                            await apply.ChangedSolution.GetDocument(id)!.GetSyntaxRootAsync(cancellationToken);
                        }
                    }
                }
            }
        }

        /// <summary>Fix All's view of the diagnostics: those this analysis found.</summary>
        private sealed class KnownDiagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly IReadOnlyList<Diagnostic> diagnostics;

            public KnownDiagnostics(IReadOnlyList<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(diagnostics.Where(d => project.GetDocument(d.Location.SourceTree) != null));

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken);
                return diagnostics.Where(d => d.Location.SourceTree == tree);
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
