using System.Diagnostics;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Points the Bicep process's HTTP proxy at a closed local port. Files naming a registry are not compiled at all
    /// (<see cref="RegistryReferences"/>); this stops the downloads Bicep would still try for a registry module named
    /// deeper, in a local module of a checked file, or through a <c>bicepconfig.json</c> alias: .NET's HTTP client
    /// honours these variables, so such a download fails fast and the file becomes a PEER901 with Bicep's message.
    /// </summary>
    internal static class NoNetwork
    {
        /// <summary>Port 9 (discard) on the loopback address: nothing listens there on a CI machine, so connecting fails at once.</summary>
        public const string ClosedProxy = "http://127.0.0.1:9";

        public static void Apply(ProcessStartInfo start)
        {
            foreach (var variable in new[] { "HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy" })
            {
                start.Environment[variable] = ClosedProxy;
            }

            start.Environment.Remove("NO_PROXY");
            start.Environment.Remove("no_proxy");
        }
    }
}
