using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.Cli.Tests.Infrastructure
{
    /// <summary>
    /// A proxy on the loopback address that accepts connections and never answers: what a client meets behind a
    /// firewall that drops packets, without any traffic leaving this machine. It stops when disposed.
    /// </summary>
    internal sealed class BlackHoleProxy : IDisposable
    {
        private readonly TcpListener listener = new TcpListener(IPAddress.Loopback, 0);
        private readonly List<TcpClient> held = new List<TcpClient>();
        private readonly Task accepting;
        private int connections;

        public BlackHoleProxy()
        {
            listener.Start();
            accepting = Task.Run(Accept);
        }

        /// <summary>The value for <c>HTTPS_PROXY</c>.</summary>
        public string Url => "http://127.0.0.1:" + ((IPEndPoint)listener.LocalEndpoint).Port;

        public int Connections => Volatile.Read(ref connections);

        public void Dispose()
        {
            listener.Stop();
            lock (held)
            {
                held.ForEach(client => client.Dispose());
            }

            accepting.Wait(TimeSpan.FromSeconds(5));
        }

        private async Task Accept()
        {
            try
            {
                while (true)
                {
                    var client = await listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref connections);
                    lock (held)
                    {
                        held.Add(client);
                    }
                }
            }
            catch (Exception exception) when (exception is SocketException || exception is ObjectDisposedException || exception is InvalidOperationException)
            {
                // Stopped.
            }
        }
    }
}
