using System;

namespace Peering.Cli.Running
{
    /// <summary>
    /// The run cannot do its job (bad arguments, unreadable input, no Bicep CLI): exit code 2 and this message as the
    /// one line on stderr, never a stack trace.
    /// </summary>
    internal sealed class CheckFailedException : Exception
    {
        public CheckFailedException(string message)
            : base(message)
        {
        }
    }
}
