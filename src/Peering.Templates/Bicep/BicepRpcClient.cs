using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Peering.Templates.Bicep
{
    /// <summary>
    /// One <c>bicep jsonrpc --stdio</c> process for a whole run: every file is compiled by the same process, so Bicep's
    /// start-up cost is paid once. Messages are header-delimited JSON-RPC 2.0 (<c>Content-Length: n</c>, blank line, body).
    /// Several requests may be in flight: Bicep's server takes the next one without waiting for this process to read an
    /// answer, and answers each with its id, which one reader thread matches to the waiting request.
    /// </summary>
    internal sealed class BicepRpcClient : IDisposable
    {
        private static readonly TimeSpan CallTimeout = TimeSpan.FromMinutes(2);

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { PropertyNameCaseInsensitive = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

        private readonly Process process;
        private readonly Stream input;
        private readonly Stream output;
        private readonly StringBuilder errorOutput = new StringBuilder();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonDocument>> pending = new ConcurrentDictionary<int, TaskCompletionSource<JsonDocument>>();
        private readonly object sending = new object();
        private int nextId;
        private Task? answers;
        private Exception? failure;

        private BicepRpcClient(Process process)
        {
            this.process = process;
            input = process.StandardInput.BaseStream;
            output = process.StandardOutput.BaseStream;
            process.ErrorDataReceived += (_, e) =>
            {
                lock (errorOutput)
                {
                    errorOutput.AppendLine(e.Data);
                }
            };
            process.BeginErrorReadLine();
        }

        /// <summary>A Bicep process that cannot reach the network: its proxy is a closed local port (<see cref="NoNetwork"/>).</summary>
        public static BicepRpcClient Start(string bicepExecutable) => Start(bicepExecutable, NoNetwork.Apply);

        /// <param name="environment">Sets the process's environment: <see cref="NoNetwork.Apply"/>, or what a restoring process is given.</param>
        public static BicepRpcClient Start(string bicepExecutable, Action<ProcessStartInfo> environment)
        {
            var start = new ProcessStartInfo(bicepExecutable)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("jsonrpc");
            start.ArgumentList.Add("--stdio");
            environment(start);
            BicepRuntimeTuning.Apply(start);
            try
            {
                var process = Process.Start(start) ?? throw new BicepUnavailableException($"Cannot start the Bicep CLI at {bicepExecutable}.");
                return new BicepRpcClient(process);
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new BicepUnavailableException($"Cannot start the Bicep CLI at {bicepExecutable}: {exception.Message}.", exception);
            }
        }

        /// <summary>The answer to one call; a JSON-RPC error (e.g. a file Bicep cannot read) comes back as <see cref="BicepRpcError"/>.</summary>
        public T Call<T>(string method, object parameters) => Receive<T>(Send(method, parameters));

        /// <summary>Sends one request without waiting for its answer; <see cref="Receive{T}"/> waits for it.</summary>
        public BicepRequest Send(string method, object parameters)
        {
            var answer = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (sending)
            {
                var id = ++nextId;
                pending[id] = answer;
                answers ??= Task.Factory.StartNew(ReadAnswers, TaskCreationOptions.LongRunning);
                var body = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id, method, @params = parameters }, Json);
                var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) + "\r\n\r\n");
                try
                {
                    input.Write(header, 0, header.Length);
                    input.Write(body, 0, body.Length);
                    input.Flush();
                }
                catch (IOException exception)
                {
                    pending.TryRemove(id, out _);
                    answer.TrySetException(exception);
                }

                // The reader may have stopped before this request was registered; it would then wait for nothing.
                if (Volatile.Read(ref failure) is Exception reason)
                {
                    FailPending(reason);
                }
            }

            return new BicepRequest(method, answer.Task);
        }

        /// <summary>Waits for the answer to <paramref name="request"/> (at most the call timeout, counted from now) and reads it.</summary>
        public T Receive<T>(BicepRequest request)
        {
            if (TryReceive<T>(request, CallTimeout, out var result))
            {
                return result;
            }

            Kill();
            throw new BicepUnavailableException($"The Bicep CLI did not answer {request.Method} within {CallTimeout.TotalMinutes} minutes.");
        }

        /// <summary>
        /// Waits at most <paramref name="timeout"/> for the answer to <paramref name="request"/>; false when none came. The
        /// process is left running: the caller decides whether to wait again or to <see cref="Kill"/> it.
        /// </summary>
        public bool TryReceive<T>(BicepRequest request, TimeSpan timeout, out T result)
        {
            JsonDocument answer;
            try
            {
                if (!request.Answer.Wait(timeout))
                {
                    result = default!;
                    return false;
                }

                answer = request.Answer.Result;
            }
            catch (AggregateException exception) when (exception.InnerException is IOException || exception.InnerException is BicepUnavailableException)
            {
                throw new BicepUnavailableException($"The Bicep CLI stopped while answering {request.Method}{StandardErrorSummary()}.", exception.InnerException);
            }

            using (answer)
            {
                result = Decode<T>(request.Method, answer);
                return true;
            }
        }

        public void Dispose()
        {
            try
            {
                input.Dispose();
                if (!process.WaitForExit(5000))
                {
                    Kill();
                }
            }
            catch (IOException)
            {
                Kill();
            }

            process.Dispose();
        }

        private static T Decode<T>(string method, JsonDocument message)
        {
            try
            {
                if (message.RootElement.TryGetProperty("error", out var error))
                {
                    var text = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    throw new BicepRpcError(text ?? "Bicep reported an error without a message.");
                }

                if (!message.RootElement.TryGetProperty("result", out var result))
                {
                    throw new BicepUnavailableException($"The Bicep CLI answered {method} without a result.");
                }

                return result.Deserialize<T>(Json) ?? throw new BicepUnavailableException($"The Bicep CLI answered {method} with an empty result.");
            }
            catch (JsonException exception)
            {
                throw new BicepUnavailableException($"The Bicep CLI answered {method} with a message the validator cannot read.", exception);
            }
        }

        /// <summary>
        /// Reads Bicep's answers until its output ends, handing each to the request with its id. When the output ends or
        /// cannot be read, every request still waiting fails with the reason.
        /// </summary>
        private void ReadAnswers()
        {
            try
            {
                while (true)
                {
                    var message = ReadMessage();
                    JsonDocument answer;
                    try
                    {
                        answer = JsonDocument.Parse(message);
                    }
                    catch (JsonException exception)
                    {
                        throw new BicepUnavailableException("The Bicep CLI sent a message the validator cannot read.", exception);
                    }

                    // A message without a known id (a notification) answers no request.
                    if (answer.RootElement.ValueKind == JsonValueKind.Object
                        && answer.RootElement.TryGetProperty("id", out var id)
                        && id.ValueKind == JsonValueKind.Number
                        && id.TryGetInt32(out var number)
                        && pending.TryRemove(number, out var request))
                    {
                        request.TrySetResult(answer);
                    }
                    else
                    {
                        answer.Dispose();
                    }
                }
            }
            catch (Exception exception)
            {
                // Whatever stops the reading (the end of the output, a broken header) must reach every waiting request.
                var reason = exception is IOException || exception is BicepUnavailableException
                    ? exception
                    : new BicepUnavailableException("The Bicep CLI sent a message the validator cannot read.", exception);
                Volatile.Write(ref failure, reason);
                FailPending(reason);
            }
        }

        private void FailPending(Exception reason)
        {
            foreach (var id in pending.Keys)
            {
                if (pending.TryRemove(id, out var request))
                {
                    request.TrySetException(reason);
                }
            }
        }

        private byte[] ReadMessage()
        {
            var length = -1;
            while (true)
            {
                var line = ReadHeaderLine();
                if (line.Length == 0)
                {
                    break;
                }

                const string prefix = "Content-Length:";
                if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.Substring(prefix.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }

            if (length < 0)
            {
                throw new BicepUnavailableException("The Bicep CLI sent a message without a Content-Length header.");
            }

            var buffer = new byte[length];
            var read = 0;
            while (read < length)
            {
                var count = output.Read(buffer, read, length - read);
                if (count == 0)
                {
                    throw new IOException("End of the Bicep CLI's output.");
                }

                read += count;
            }

            return buffer;
        }

        private string ReadHeaderLine()
        {
            var line = new List<byte>();
            while (true)
            {
                var next = output.ReadByte();
                if (next < 0)
                {
                    throw new IOException("End of the Bicep CLI's output.");
                }

                if (next == '\n')
                {
                    return Encoding.ASCII.GetString(line.ToArray()).TrimEnd('\r');
                }

                line.Add((byte)next);
            }
        }

        private string StandardErrorSummary()
        {
            // Bicep's own reason is on stderr; once the process has exited, the parameterless wait drains the stream.
            if (process.WaitForExit(2000))
            {
                process.WaitForExit();
            }

            lock (errorOutput)
            {
                var text = errorOutput.ToString().Trim();
                return text.Length == 0 ? string.Empty : ": " + text.Split('\n')[0].Trim();
            }
        }

        /// <summary>Ends the process; requests still waiting fail with <see cref="BicepUnavailableException"/>.</summary>
        public void Kill()
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
        }
    }

    /// <summary>A request sent to Bicep whose answer may still be coming.</summary>
    internal sealed class BicepRequest
    {
        public BicepRequest(string method, Task<JsonDocument> answer)
        {
            Method = method;
            Answer = answer;
        }

        public string Method { get; }

        public Task<JsonDocument> Answer { get; }
    }

    /// <summary>Bicep refused one request (for instance a file it cannot read); the other files of the run go on.</summary>
    internal sealed class BicepRpcError : Exception
    {
        public BicepRpcError(string message)
            : base(message)
        {
        }
    }
}
