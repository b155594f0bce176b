using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Peering.Cli.Running;
using Peering.Templates.Bicep;

namespace Peering.Benchmarks.Validator
{
    /// <summary>
    /// peering-check as a user runs it, in this process: discovery, reading, Bicep compilation, analysis and a SARIF
    /// report, written to a null writer so the console does not time the benchmark.
    /// </summary>
    internal static class ValidatorRun
    {
        private static readonly Lazy<string> Bicep = new Lazy<string>(() => new BicepCliResolver(BicepPackageRestore.ForCurrentUser()).Resolve(null));

        /// <summary>The Bicep CLI peering-check would use: on PATH, else the NuGet package (the same binary it restores).</summary>
        public static string BicepExecutable => Bicep.Value;

        /// <summary>Runs over <paramref name="folder"/>; returns the exit code (1 when the inputs have planted findings).</summary>
        public static int Run(string folder, params string[] options) => Run(new ArmTemplateSetAnalyzer(), folder, options);

        public static int Run(ITemplateSetAnalyzer analyzer, string folder, params string[] options)
        {
            var runner = new CheckRunner(analyzer, path => new BicepBatchCompiler(() => path ?? BicepExecutable));
            var arguments = new List<string> { folder, "--format", "sarif" };
            arguments.AddRange(options);
            var exit = runner.Run(arguments, TextWriter.Null, Console.Error, new ConsoleFacts(Directory.GetCurrentDirectory(), OutputIsTerminal: false, ErrorIsTerminal: false, NoColor: null));
            if (exit == CheckRunner.CouldNotRun)
            {
                throw new InvalidOperationException("peering-check could not run over " + folder + ": " + string.Join(" ", arguments.Skip(1)));
            }

            return exit;
        }
    }
}
