using System;
using System.Collections;
using System.IO;
using Peering.Cli.Running;
using Peering.Templates.Bicep;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>The outcome of one in-process run of the command line.</summary>
    internal sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}stderr:{Environment.NewLine}{Error}";
    }

    internal static class CliRun
    {
        /// <summary>Runs in <paramref name="currentDirectory"/> as if redirected (no colour, no progress), with an empty environment.</summary>
        public static CliResult Run(ITemplateSetAnalyzer analyzer, string currentDirectory, params string[] args) =>
            Run(analyzer, currentDirectory, new Hashtable(), args);

        /// <summary>Runs as <see cref="Run(ITemplateSetAnalyzer, string, string[])"/> does, in <paramref name="environment"/>.</summary>
        public static CliResult Run(ITemplateSetAnalyzer analyzer, string currentDirectory, IDictionary environment, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var runner = new CheckRunner(analyzer, bicepPath => new BicepBatchCompiler(() => new BicepCliResolver(BicepTool.Restore).Resolve(bicepPath)));
            var exitCode = runner.Run(args, output, error, new ConsoleFacts(currentDirectory, false, false, null) { Environment = environment });
            return new CliResult(exitCode, output.ToString(), error.ToString());
        }
    }
}
