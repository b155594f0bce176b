namespace Peering.Cli.Running
{
    /// <summary>
    /// What the run knows about where it runs, passed in so tests can decide it. <see cref="CurrentDirectory"/> decides
    /// where the configuration file is looked for and which paths are shown relative; files are opened by the paths the
    /// run reports, so outside tests it is the process's own current folder.
    /// </summary>
    internal sealed record ConsoleFacts(string CurrentDirectory, bool OutputIsTerminal, bool ErrorIsTerminal, string? NoColor)
    {
        /// <summary>The environment's variables, of which a run reads <c>TF_VAR_*</c> only with <c>--tf-var-env</c>.</summary>
        public System.Collections.IDictionary Environment { get; init; } = new System.Collections.Hashtable();

        public static ConsoleFacts FromConsole() => new ConsoleFacts(
            System.IO.Directory.GetCurrentDirectory(),
            !System.Console.IsOutputRedirected,
            !System.Console.IsErrorRedirected,
            System.Environment.GetEnvironmentVariable("NO_COLOR"))
        {
            Environment = System.Environment.GetEnvironmentVariables(),
        };
    }
}
