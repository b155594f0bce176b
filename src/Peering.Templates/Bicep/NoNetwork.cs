using System.Diagnostics;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// Points the Bicep process's HTTP proxy at a closed local port. The process that compiles files whose registry
    /// modules are all cached (or that use none) never needs the network, yet Bicep starts downloads on its own: the
    /// index of public modules on every compilation, and a module its cache lacks after all (a <c>bicepconfig.json</c>
    /// the cache look-up does not read, say). .NET's HTTP client honours these variables, so every such connection is
    /// refused on this machine at once and nothing leaves it; a module download that fails so is a PEER902 note.
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
