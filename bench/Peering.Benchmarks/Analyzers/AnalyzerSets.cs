using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Peering.Analyzers;

namespace Peering.Benchmarks.Analyzers
{
    /// <summary>The analyzers measured: ours, and Microsoft's NetAnalyzers at their recommended level for comparison.</summary>
    internal static class AnalyzerSets
    {
        /// <summary>Every analyzer of the Peering.Analyzers assembly, as the package ships them.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Ours() =>
            typeof(PeeringMethodAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();

        /// <summary>The C# analyzers of the NetAnalyzers package, loaded from the package folder as a build loads them.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> NetAnalyzers()
        {
            var folder = Path.Combine(PackageFolder(), "analyzers", "dotnet", "cs");
            return Directory.EnumerateFiles(folder, "*.dll")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => new AnalyzerFileReference(p, AnalyzerAssemblyLoader.Instance))
                .SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp))
                .ToImmutableArray();
        }

        /// <summary>
        /// The severities of NetAnalyzers' "recommended" analysis mode, read from the globalconfig the package ships for
        /// it (the SDK applies the same file when a project sets AnalysisMode=Recommended).
        /// </summary>
        public static ImmutableDictionary<string, ReportDiagnostic> RecommendedSeverities()
        {
            var config = RecommendedConfig();
            var severities = ImmutableDictionary.CreateBuilder<string, ReportDiagnostic>();
            foreach (var line in File.ReadLines(config))
            {
                // dotnet_diagnostic.CA1000.severity = warning
                var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && parts[0].StartsWith("dotnet_diagnostic.", StringComparison.Ordinal) && parts[0].EndsWith(".severity", StringComparison.Ordinal))
                {
                    var id = parts[0]["dotnet_diagnostic.".Length..^".severity".Length];
                    severities[id] = parts[1] switch
                    {
                        "error" => ReportDiagnostic.Error,
                        "warning" => ReportDiagnostic.Warn,
                        "suggestion" => ReportDiagnostic.Info,
                        "silent" => ReportDiagnostic.Hidden,
                        _ => ReportDiagnostic.Suppress,
                    };
                }
            }

            return severities.ToImmutable();
        }

        /// <summary>The newest analysis level's recommended file, e.g. analysislevel_11_recommended.globalconfig.</summary>
        public static string RecommendedConfig() =>
            Directory.EnumerateFiles(Path.Combine(PackageFolder(), "buildTransitive", "config"), "analysislevel_*_recommended.globalconfig")
                .OrderBy(p => int.Parse(Path.GetFileName(p).Split('_')[1], System.Globalization.CultureInfo.InvariantCulture))
                .Last();

        private static string PackageFolder() =>
            typeof(AnalyzerSets).Assembly.GetCustomAttribute<NetAnalyzersPackageAttribute>()?.Path
            ?? throw new InvalidOperationException("The NetAnalyzers package path was not recorded at build time.");

        private sealed class AnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
        {
            public static readonly AnalyzerAssemblyLoader Instance = new AnalyzerAssemblyLoader();

            public void AddDependencyLocation(string fullPath)
            {
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }

    /// <summary>Where the build restored Microsoft.CodeAnalysis.NetAnalyzers (written by the project file).</summary>
    [AttributeUsage(AttributeTargets.Assembly)]
    internal sealed class NetAnalyzersPackageAttribute : Attribute
    {
        public NetAnalyzersPackageAttribute(string path)
        {
            Path = path;
        }

        public string Path { get; }
    }
}
