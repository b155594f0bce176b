using System.Threading.Tasks;

namespace Peering.EndToEnd.Tests.Infrastructure
{
    /// <summary>Runs the dotnet CLI as a child process, the way a user's shell or a CI job would.</summary>
    public static class DotNetCli
    {
        public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
            ChildProcess.RunAsync(ChildProcess.DotNet, workingDirectory, ChildProcess.NoEnvironmentChanges, arguments);

        /// <summary>Runs and fails the test, with the whole output, when the command does not succeed.</summary>
        public static Task<ProcessResult> RunSuccessfullyAsync(string workingDirectory, params string[] arguments) =>
            ChildProcess.RunSuccessfullyAsync(ChildProcess.DotNet, workingDirectory, ChildProcess.NoEnvironmentChanges, arguments);
    }
}
