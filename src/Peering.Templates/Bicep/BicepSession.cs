using System;
using System.Diagnostics;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// One Bicep process of a run, started when the first file needs it. The compiling session cannot reach the network
    /// and waits for an answer as long as a compilation may take; the restoring session may download registry modules
    /// and waits for each answer at most the restore timeout: a registry that does not answer then (no network, a
    /// firewall that drops packets) stalls it, and it is ended, so that its files become notes and the run goes on.
    /// </summary>
    internal sealed class BicepSession : IDisposable
    {
        private readonly Func<string> resolveExecutable;
        private readonly Action<ProcessStartInfo> environment;
        private BicepRpcClient? client;

        private BicepSession(Func<string> resolveExecutable, Action<ProcessStartInfo> environment, TimeSpan? restoreTimeout)
        {
            this.resolveExecutable = resolveExecutable;
            this.environment = environment;
            RestoreTimeout = restoreTimeout;
        }

        /// <summary>How long the restoring session waits for one answer; null for the compiling session.</summary>
        public TimeSpan? RestoreTimeout { get; }

        /// <summary>The restoring session stopped answering and was ended; it takes no more requests.</summary>
        public bool Stalled { get; private set; }

        /// <param name="home">The home whose <c>.bicep</c> is the run's module cache, when one is given.</param>
        public static BicepSession Compiling(Func<string> resolveExecutable, ModuleCacheHome? home = null) =>
            new BicepSession(resolveExecutable, home == null ? NoNetwork.Apply : start => { NoNetwork.Apply(start); home.Apply(start); }, null);

        public static BicepSession Restoring(Func<string> resolveExecutable, Action<ProcessStartInfo> environment, TimeSpan timeout) =>
            new BicepSession(resolveExecutable, environment, timeout);

        /// <summary>Sends one request; null when the session has stalled.</summary>
        public BicepRequest? Send(string method, object parameters) => Stalled ? null : Client().Send(method, parameters);

        /// <summary>The answer; false when the session has stalled, now or before (the request is then lost).</summary>
        public bool TryReceive<T>(BicepRequest? request, out T result)
        {
            result = default!;
            if (request == null || Stalled)
            {
                return false;
            }

            if (RestoreTimeout is not TimeSpan timeout)
            {
                result = Client().Receive<T>(request);
                return true;
            }

            if (Client().TryReceive(request, timeout, out result))
            {
                return true;
            }

            Stalled = true;
            Client().Kill();
            return false;
        }

        public BicepRpcClient Client()
        {
            if (client == null)
            {
                client = BicepRpcClient.Start(resolveExecutable(), environment);

                // Bicep's start-up (a few seconds for its 120 MB binary, more on a busy machine) is waited for here,
                // with the ordinary call timeout, so that the restore timeout measures the registries alone.
                if (RestoreTimeout != null)
                {
                    client.Call<BicepVersionResult>("bicep/version", new { });
                }
            }

            return client;
        }

        public void Dispose() => client?.Dispose();
    }
}
