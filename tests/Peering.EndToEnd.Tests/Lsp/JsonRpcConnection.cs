using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.EndToEnd.Tests.Lsp
{
    /// <summary>
    /// The client end of JSON-RPC 2.0 over a pair of streams with LSP's Content-Length framing: requests and
    /// notifications to the server, answers to the server's own requests, and a transcript of what arrived for
    /// failure messages.
    /// </summary>
    public sealed class JsonRpcConnection
    {
        private const int MethodNotFound = -32601;
        private const int TranscriptLength = 80;

        private readonly Stream fromServer;
        private readonly Stream toServer;
        private readonly Func<string, JsonElement, object?> answerServerRequest;
        private readonly SemaphoreSlim writeLock = new SemaphoreSlim(1, 1);
        private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> pending = new ConcurrentDictionary<long, TaskCompletionSource<JsonElement>>();
        private readonly Queue<string> transcript = new Queue<string>();
        private long nextId;

        /// <param name="answerServerRequest">
        /// The result for a server-to-client request, given its method and params; <see cref="UnknownMethod"/>
        /// answers "method not found", as the protocol asks of a client that does not serve a method.
        /// </param>
        public JsonRpcConnection(Stream fromServer, Stream toServer, Func<string, JsonElement, object?> answerServerRequest)
        {
            this.fromServer = fromServer;
            this.toServer = toServer;
            this.answerServerRequest = answerServerRequest;
            Reading = Task.Run(ReadLoopAsync);
        }

        /// <summary>Returned by the request handler for a method the client does not serve.</summary>
        public static object UnknownMethod { get; } = new object();

        /// <summary>Ends when the server closes its output; faults if a message cannot be read.</summary>
        public Task Reading { get; }

        /// <summary>The last messages in both directions, shortened, for assertion messages.</summary>
        public string Transcript
        {
            get
            {
                lock (transcript)
                {
                    return string.Join(Environment.NewLine, transcript);
                }
            }
        }

        public async Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken)
        {
            var id = Interlocked.Increment(ref nextId);
            var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            pending[id] = response;
            try
            {
                await WriteAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
                return await response.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                pending.TryRemove(id, out _);
            }
        }

        public Task NotifyAsync(string method, object? parameters) =>
            WriteAsync(new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

        private async Task WriteAsync(Dictionary<string, object?> message)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(message);
            var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
            Record("→", body);
            await writeLock.WaitAsync();
            try
            {
                await toServer.WriteAsync(header);
                await toServer.WriteAsync(body);
                await toServer.FlushAsync();
            }
            finally
            {
                writeLock.Release();
            }
        }

        private async Task ReadLoopAsync()
        {
            try
            {
                while (await ReadMessageAsync() is { } body)
                {
                    Record("←", body);
                    using var document = JsonDocument.Parse(body);
                    await DispatchAsync(document.RootElement.Clone());
                }

                FailPending(new EndOfStreamException("The server closed its output."));
            }
            catch (Exception exception)
            {
                FailPending(exception);
                throw;
            }
        }

        private async Task DispatchAsync(JsonElement message)
        {
            var hasId = message.TryGetProperty("id", out var id);
            if (!message.TryGetProperty("method", out var method))
            {
                CompleteResponse(id, message);
                return;
            }

            // Notifications (log messages, progress) only go to the transcript.
            if (!hasId)
            {
                return;
            }

            var result = answerServerRequest(method.GetString()!, message.TryGetProperty("params", out var parameters) ? parameters : default);
            var response = new Dictionary<string, object?> { ["jsonrpc"] = "2.0", ["id"] = id };
            if (ReferenceEquals(result, UnknownMethod))
            {
                response["error"] = new { code = MethodNotFound, message = "The test client does not serve " + method.GetString() };
            }
            else
            {
                response["result"] = result;
            }

            await WriteAsync(response);
        }

        private void CompleteResponse(JsonElement id, JsonElement message)
        {
            if (id.ValueKind != JsonValueKind.Number || !pending.TryGetValue(id.GetInt64(), out var response))
            {
                return;
            }

            if (message.TryGetProperty("error", out var error))
            {
                response.TrySetException(new InvalidOperationException("The server answered with an error: " + error.GetRawText()));
            }
            else
            {
                response.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
            }
        }

        /// <summary>One message body, or null at the end of the stream. Headers other than Content-Length are ignored.</summary>
        private async Task<byte[]?> ReadMessageAsync()
        {
            int? contentLength = null;
            while (true)
            {
                var line = await ReadHeaderLineAsync();
                if (line == null)
                {
                    return null;
                }

                if (line.Length == 0)
                {
                    break;
                }

                const string name = "Content-Length:";
                if (line.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                {
                    contentLength = int.Parse(line.AsSpan(name.Length).Trim(), CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[contentLength ?? throw new InvalidDataException("A message header has no Content-Length.")];
            await fromServer.ReadExactlyAsync(body);
            return body;
        }

        /// <summary>Reads up to CRLF byte by byte: the body that follows must stay unread in the stream.</summary>
        private async Task<string?> ReadHeaderLineAsync()
        {
            var line = new List<byte>();
            var buffer = new byte[1];
            while (true)
            {
                if (await fromServer.ReadAsync(buffer) == 0)
                {
                    return line.Count == 0 ? null : throw new EndOfStreamException("The stream ended inside a message header.");
                }

                if (buffer[0] == '\n')
                {
                    return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
                }

                line.Add(buffer[0]);
            }
        }

        private void FailPending(Exception exception)
        {
            foreach (var response in pending.Values)
            {
                response.TrySetException(new IOException("The connection to the server ended before it answered.", exception));
            }
        }

        private void Record(string direction, byte[] body)
        {
            const int maxLength = 400;
            var text = Encoding.UTF8.GetString(body);
            var entry = direction + " " + (text.Length > maxLength ? text[..maxLength] + "…" : text);
            lock (transcript)
            {
                transcript.Enqueue(entry);
                while (transcript.Count > TranscriptLength)
                {
                    transcript.Dequeue();
                }
            }
        }
    }
}
