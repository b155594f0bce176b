using System;
using Peering.Cli.Running;
using Peering.Templates.Bicep;

namespace Peering.Cli
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            try
            {
                var bicepCli = new BicepCliResolver(BicepPackageRestore.ForCurrentUser());
                var runner = new CheckRunner(new ArmTemplateSetAnalyzer(), bicepPath => new BicepBatchCompiler(() => bicepCli.Resolve(bicepPath)));
                return runner.Run(args, Console.Out, Console.Error, ConsoleFacts.FromConsole());
            }
            catch (Exception exception)
            {
                // A bug, not the user's input: still one line and exit code 2, never a stack trace.
                Console.Error.WriteLine($"peering-check: internal error: {exception.Message}");
                return CheckRunner.CouldNotRun;
            }
        }
    }
}
