namespace Peering.Cli.Running
{
    /// <summary>What the run knows about where it runs, passed in so tests can decide it.</summary>
    internal sealed record ConsoleFacts(string CurrentDirectory, bool OutputIsTerminal, bool ErrorIsTerminal, string? NoColor)
    {
        public static ConsoleFacts FromConsole() => new ConsoleFacts(
            System.IO.Directory.GetCurrentDirectory(),
            !System.Console.IsOutputRedirected,
            !System.Console.IsErrorRedirected,
            System.Environment.GetEnvironmentVariable("NO_COLOR"));
    }
}
