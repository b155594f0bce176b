using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.CodeFixes;

namespace Peering.Analyzers.Tests.Robustness
{
    /// <summary>
    /// Every analyzer and code fix the product ships, found by reflection the way the compiler and the IDE find them
    /// (the export attributes), so an analyzer or fix added later is covered without touching these tests.
    /// </summary>
    public static class ProductComponents
    {
        /// <summary>One shared instance of each analyzer: reusing them across all compilations also tests that they keep no state.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = CreateAll<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(PeeringMethodAnalyzer).Assembly);

        public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = CreateAll<CodeFixProvider, ExportCodeFixProviderAttribute>(typeof(PeeringCodeFixProvider).Assembly);

        /// <summary>A fresh instance of every analyzer, for comparing against the shared ones.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> NewAnalyzers() => CreateAll<DiagnosticAnalyzer, DiagnosticAnalyzerAttribute>(typeof(PeeringMethodAnalyzer).Assembly);

        private static ImmutableArray<T> CreateAll<T, TExport>(Assembly assembly)
            where TExport : Attribute =>
            assembly.GetTypes()
                .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<TExport>() != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)

                // The public parameterless constructor is the one the compiler and the IDE call.
                .Select(t => (T)Activator.CreateInstance(t)!)
                .ToImmutableArray();
    }
}
