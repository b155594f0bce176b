using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Cli.CommandLine;
using Peering.Cli.Configuration;
using Peering.Cli.Discovery;
using Peering.Cli.Output;
using Peering.Cli.Output.Graph;
using Peering.Rules.Catalogue;
using Peering.Rules.Checks;
using Peering.Rules.Profiles;
using Peering.Templates;
using Peering.Templates.Bicep;
using Peering.Templates.Input;

namespace Peering.Cli.Running
{
    /// <summary>
    /// One <c>peering-check</c> run: arguments and configuration, input files, Bicep compilation, analysis, configured
    /// severities, the report and the picture, and the exit code (0 clean, 1 findings at or above the failure level,
    /// 2 the check could not run).
    /// </summary>
    internal sealed class CheckRunner
    {
        public const int Clean = 0;
        public const int FindingsReported = 1;
        public const int CouldNotRun = 2;

        /// <summary>Runs over this many files or more tell a watching user what they are doing.</summary>
        private const int ProgressThreshold = 20;

        private readonly ITemplateSetAnalyzer analyzer;
        private readonly Func<string?, BicepBatchCompiler> bicepCompiler;

        /// <param name="bicepCompiler">The Bicep compiler for the <c>--bicep</c> path (null: PATH, then NuGet).</param>
        public CheckRunner(ITemplateSetAnalyzer analyzer, Func<string?, BicepBatchCompiler> bicepCompiler)
        {
            this.analyzer = analyzer;
            this.bicepCompiler = bicepCompiler;
        }

        public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, ConsoleFacts console)
        {
            try
            {
                return RunChecked(args, output, error, console);
            }
            catch (CheckFailedException exception)
            {
                error.WriteLine(Report.ToolName + ": " + exception.Message);
                return CouldNotRun;
            }
        }

        private int RunChecked(IReadOnlyList<string> args, TextWriter output, TextWriter error, ConsoleFacts console)
        {
            var arguments = CommandLineParser.Parse(args);
            if (arguments.ShowHelp)
            {
                output.WriteLine(HelpText.Usage);
                return Clean;
            }

            if (arguments.ShowVersion)
            {
                output.WriteLine(ToolVersion.Current);
                return Clean;
            }

            var configuration = ConfigurationReader.Load(arguments.ConfigFile, arguments.Paths, console.CurrentDirectory);
            var options = new AnalysisOptions(
                arguments.Profile ?? configuration.Profile ?? PlatformProfile.Current,
                arguments.ClosedWorld ?? configuration.ClosedWorld ?? false);
            var failOn = arguments.FailOn ?? configuration.FailOn ?? RuleSeverity.Error;

            var maxFileBytes = InputFile.MegabytesToBytes(arguments.MaxFileSizeMB ?? configuration.MaxFileSizeMB ?? InputFile.DefaultMaxMegabytes);
            var inputs = InputDiscovery.Discover(arguments.Paths, arguments.Parameters, configuration.Exclude, console.CurrentDirectory, maxFileBytes);
            if (inputs.Count == 0)
            {
                // Not an error: a repository may have no templates yet, and a CI step should not fail for it. The
                // message tells a user whose path is wrong; the (empty) report is still written for upload steps.
                error.WriteLine($"{Report.ToolName}: no templates or Terraform files found in {string.Join(", ", arguments.Paths.DefaultIfEmpty("."))}.");
            }
            else if (console.ErrorIsTerminal && inputs.Count >= ProgressThreshold)
            {
                error.WriteLine($"{Report.ToolName}: checking {inputs.Count} files...");
            }

            // A rule turned off is not run at all, so no PEER902 names it as a check that was skipped.
            var suppressions = new SuppressionSet();
            foreach (var rule in configuration.RuleSeverities.Where(r => r.Value == RuleSeverity.NotApplicable))
            {
                suppressions.Disable(rule.Key);
            }

            var skipped = new SkippedFiles(maxFileBytes, options.Profile);
            var restore = arguments.Offline ?? configuration.Offline ?? false ? ModuleRestore.Offline : ModuleRestore.Restore;
            var moduleCache = ModuleCacheFolder(arguments.ModuleCache ?? configuration.ModuleCache, console.CurrentDirectory);
            var bicep = CompileBicep(inputs, arguments.BicepPath, restore, moduleCache, suppressions, skipped);
            var jsonTemplates = inputs.JsonTemplates.Select(input => ReadJsonTemplate(input, skipped)).OfType<TemplateDocument>();
            var documents = CompiledTwins.Without(jsonTemplates, inputs.BicepFiles, bicep.Findings).ToList();
            documents.AddRange(bicep.Documents);
            var terraform = TerraformRun.Read(inputs, arguments, options, suppressions, skipped, console);

            var analysis = documents.Count == 0 && terraform == null ? null : analyzer.Analyze(documents, options, suppressions, terraform == null ? null : terraform.Analysis.AddTo);
            var findings = SeverityPolicy.Apply(
                skipped.Findings.Concat(bicep.Findings).Concat(terraform?.Analysis.Findings ?? Array.Empty<Finding>()).Concat(analysis?.Findings ?? Array.Empty<Finding>()),
                configuration.RuleSeverities);
            var analysed = AnalysedFiles(inputs).Concat(terraform?.FilesRead ?? Array.Empty<string>()).ToList();
            var report = new Report(findings, analysed, options.Profile, ToolVersion.Current, console.CurrentDirectory, analysis?.Topology, notEvaluated: analysis?.NotNeeded);

            var toTerminal = arguments.OutputFile == null && console.OutputIsTerminal;
            var writer = ReportWriters.For(arguments.Format, ColourPolicy.UseColour(toTerminal, console.NoColor))!;
            Write(writer, report, arguments.OutputFile, output);
            if (arguments.Graph != null)
            {
                Write(GraphWriters.For(arguments.Graph)!, report, arguments.GraphOutputFile, output);
            }

            return SeverityPolicy.Fails(findings, failOn) ? FindingsReported : Clean;
        }

        /// <summary>The template's document; null when it is skipped. A skipped parameter file leaves the template's parameters unknown.</summary>
        private static TemplateDocument? ReadJsonTemplate(JsonTemplateInput input, SkippedFiles skipped)
        {
            var text = skipped.Read(input.Path);
            if (text == null)
            {
                return null;
            }

            var parameters = input.ParametersPath == null ? null : skipped.Read(input.ParametersPath);
            return new TemplateDocument(input.Path, text)
            {
                ParametersPath = parameters == null ? null : input.ParametersPath,
                ParametersJsonText = parameters,
            };
        }

        private BicepBatchResult CompileBicep(DiscoveredInputs inputs, string? bicepPath, ModuleRestore restore, string? moduleCache, SuppressionSet suppressions, SkippedFiles skipped)
        {
            // Read first: an unreadable file stops the run here with its own message, as a JSON template does, and a file
            // over the size limit or not text is reported and never given to Bicep.
            var bicepFiles = inputs.BicepFiles.Where(file => skipped.Read(file) != null).ToList();
            var parameterFiles = inputs.BicepParameterFiles.Where(file => skipped.Read(file) != null).ToList();

            try
            {
                return bicepCompiler(bicepPath).Compile(bicepFiles, parameterFiles, suppressions, restore, moduleCache);
            }
            catch (BicepUnavailableException exception)
            {
                throw new CheckFailedException(exception.Message);
            }
        }

        /// <summary>The module cache given, as a full path; a folder that does not exist stops the run rather than leave every module unchecked.</summary>
        private static string? ModuleCacheFolder(string? moduleCache, string currentDirectory)
        {
            if (moduleCache == null)
            {
                return null;
            }

            var folder = Path.GetFullPath(moduleCache, currentDirectory);
            return Directory.Exists(folder) ? folder : throw new CheckFailedException($"The module cache {moduleCache} is not a folder.");
        }

        private static IReadOnlyList<string> AnalysedFiles(DiscoveredInputs inputs) =>
            inputs.JsonTemplates.SelectMany(t => t.ParametersPath == null ? new[] { t.Path } : new[] { t.Path, t.ParametersPath })
                .Concat(inputs.BicepFiles)
                .Concat(inputs.BicepParameterFiles)
                .ToList();

        private static void Write(IReportWriter writer, Report report, string? file, TextWriter standardOutput)
        {
            if (file == null)
            {
                writer.Write(report, standardOutput);
                return;
            }

            try
            {
                using var stream = new StreamWriter(file, append: false);
                writer.Write(report, stream);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                throw new CheckFailedException($"Cannot write {file}: {exception.Message}");
            }
        }
    }
}
