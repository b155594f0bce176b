using System;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// The Bicep CLI could not be found, obtained or talked to. Not a finding about a file: the run cannot do its
    /// job, and the command line reports the message as its one-line error.
    /// </summary>
    public sealed class BicepUnavailableException : Exception
    {
        public BicepUnavailableException(string message)
            : base(message)
        {
        }

        public BicepUnavailableException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
