using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Peering.Benchmarks.Analyzers
{
    // Not a shipped analyzer: the rules for analyzers a compiler loads do not apply to a wrapper handed to the driver.
#pragma warning disable RS1012, RS1025, RS1026, RS1036, RS1041, RS2008

    /// <summary>
    /// Times an analyzer's own callbacks: the time Roslyn spends in them, binding they ask for included. Roslyn's
    /// execution-time telemetry reads zero with Microsoft.CodeAnalysis 5.12, and the difference of two process CPU
    /// times is too noisy on a shared machine to resolve a few percent. Only the registrations our analyzers make are
    /// forwarded (compilation start, semantic model, compilation end); any other throws, so a new kind of action in the
    /// analyzers cannot go unmeasured.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class TimedAnalyzer : DiagnosticAnalyzer
    {
        private readonly DiagnosticAnalyzer inner;
        private long elapsedTicks;

        public TimedAnalyzer(DiagnosticAnalyzer inner) => this.inner = inner;

        public TimeSpan Elapsed => TimeSpan.FromSeconds((double)Interlocked.Read(ref elapsedTicks) / Stopwatch.Frequency);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => inner.SupportedDiagnostics;

        public override void Initialize(AnalysisContext context) => inner.Initialize(new TimedContext(context, this));

        private Action<T> Timed<T>(Action<T> action) => argument =>
        {
            var start = Stopwatch.GetTimestamp();
            try
            {
                action(argument);
            }
            finally
            {
                Interlocked.Add(ref elapsedTicks, Stopwatch.GetTimestamp() - start);
            }
        };

        private sealed class TimedContext : AnalysisContext
        {
            private readonly AnalysisContext context;
            private readonly TimedAnalyzer timer;

            public TimedContext(AnalysisContext context, TimedAnalyzer timer)
            {
                this.context = context;
                this.timer = timer;
            }

            public override void EnableConcurrentExecution() => context.EnableConcurrentExecution();

            public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => context.ConfigureGeneratedCodeAnalysis(analysisMode);

            public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
                context.RegisterCompilationStartAction(timer.Timed<CompilationStartAnalysisContext>(start => action(new TimedStartContext(start, timer))));

            public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unmeasured();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unmeasured();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unmeasured();
        }

        private sealed class TimedStartContext : CompilationStartAnalysisContext
        {
            private readonly CompilationStartAnalysisContext context;
            private readonly TimedAnalyzer timer;

            public TimedStartContext(CompilationStartAnalysisContext context, TimedAnalyzer timer)
                : base(context.Compilation, context.Options, context.CancellationToken)
            {
                this.context = context;
                this.timer = timer;
            }

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => context.RegisterSemanticModelAction(timer.Timed(action));

            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => context.RegisterCompilationEndAction(timer.Timed(action));

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unmeasured();

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unmeasured();

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unmeasured();

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unmeasured();
        }

        private static NotSupportedException Unmeasured() => new NotSupportedException("TimedAnalyzer does not time this kind of action; add it before measuring an analyzer that registers one.");
    }
#pragma warning restore RS1012, RS1025, RS1026, RS1036, RS1041, RS2008
}
