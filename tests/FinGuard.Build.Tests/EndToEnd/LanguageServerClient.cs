using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The smallest LSP client that drives csharp-ls the way an editor does: JSON-RPC over stdio with
/// Content-Length framing, answering the server's own requests (csharp-ls asks <c>workspace/configuration</c>
/// for section <c>csharp</c> and runs NuGet analyzers only when the answer says <c>analyzersEnabled</c>).
/// </summary>
public sealed class LanguageServerClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly StringBuilder _log = new();
    private readonly object _writeLock = new();
    private int _nextId;

    private LanguageServerClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        var reader = new Thread(ReadMessages) { IsBackground = true, Name = "lsp-reader" };
        reader.Start();
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) { AppendLog("stderr: " + e.Data); } };
        process.BeginErrorReadLine();
    }

    /// <summary>What the server said (log messages, stderr), for a failing test's message.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>
    /// Starts csharp-ls from the repository's tool manifest (restored with <c>dotnet tool restore</c> under the same
    /// <paramref name="cliHome"/>).
    /// </summary>
    public static LanguageServerClient Start(string toolManifestDirectory, string cliHome)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = toolManifestDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "tool", "run", "csharp-ls", "--loglevel", "warning" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_HOME"] = cliHome;
        foreach (string variable in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath", "VSTEST_HOST_DEBUG" })
        {
            info.Environment.Remove(variable);
        }

        Process process = Process.Start(info) ?? throw new InvalidOperationException("csharp-ls did not start");
        return new LanguageServerClient(process);
    }

    /// <summary>initialize + initialized for one workspace folder, declaring pull-diagnostics support.</summary>
    public void Initialize(string rootDirectory)
    {
        string rootUri = ToUri(rootDirectory);
        Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri,
            workspaceFolders = new[] { new { uri = rootUri, name = "project" } },
            capabilities = new
            {
                workspace = new { configuration = true },
                textDocument = new { diagnostic = new { dynamicRegistration = false }, publishDiagnostics = new { } },
            },
        }, TimeSpan.FromSeconds(60));
        Notify("initialized", new { });
    }

    public void OpenDocument(string path)
    {
        Notify("textDocument/didOpen", new
        {
            textDocument = new { uri = ToUri(path), languageId = "csharp", version = 1, text = File.ReadAllText(path) },
        });
    }

    /// <summary>One pull (<c>textDocument/diagnostic</c>): every diagnostic the server reports for the document.</summary>
    public IReadOnlyList<LspDiagnostic> PullDiagnostics(string path)
    {
        JsonElement result = Request("textDocument/diagnostic", new { textDocument = new { uri = ToUri(path) } }, TimeSpan.FromSeconds(120));
        var diagnostics = new List<LspDiagnostic>();
        if (result.ValueKind == JsonValueKind.Object && result.TryGetProperty("items", out JsonElement items))
        {
            foreach (JsonElement item in items.EnumerateArray())
            {
                JsonElement start = item.GetProperty("range").GetProperty("start");
                JsonElement end = item.GetProperty("range").GetProperty("end");
                diagnostics.Add(new LspDiagnostic(
                    item.TryGetProperty("code", out JsonElement code) ? code.ToString() : string.Empty,
                    start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32(),
                    end.GetProperty("line").GetInt32(), end.GetProperty("character").GetInt32(),
                    item.TryGetProperty("severity", out JsonElement severity) ? severity.GetInt32() : 0,
                    item.TryGetProperty("message", out JsonElement message) ? message.GetString() ?? string.Empty : string.Empty));
            }
        }

        return diagnostics;
    }

    /// <summary>The titles of the code actions (the lightbulb) the server offers for a diagnostic it reported.</summary>
    public IReadOnlyList<string> CodeActionTitles(string path, LspDiagnostic diagnostic)
    {
        var range = new
        {
            start = new { line = diagnostic.StartLine, character = diagnostic.StartCharacter },
            end = new { line = diagnostic.EndLine, character = diagnostic.EndCharacter },
        };
        JsonElement result = Request("textDocument/codeAction", new
        {
            textDocument = new { uri = ToUri(path) },
            range,
            context = new { diagnostics = new[] { new { range, severity = diagnostic.Severity, code = diagnostic.Code, message = diagnostic.Message } } },
        }, TimeSpan.FromSeconds(120));
        var titles = new List<string>();
        if (result.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement action in result.EnumerateArray())
            {
                if (action.TryGetProperty("title", out JsonElement title))
                {
                    titles.Add(title.GetString() ?? string.Empty);
                }
            }
        }

        return titles;
    }

    public JsonElement Request(string method, object parameters, TimeSpan timeout)
    {
        int id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        if (!response.Task.Wait(timeout))
        {
            throw new TimeoutException($"csharp-ls did not answer {method} within {timeout.TotalSeconds} s\n{Log}");
        }

        return response.Task.Result;
    }

    public void Notify(string method, object parameters) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Request("shutdown", new { }, TimeSpan.FromSeconds(10));
                Notify("exit", new { });
                _process.WaitForExit(5000);
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException or AggregateException)
        {
            // Shutting down is best effort: the process is killed below either way.
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private static string ToUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private void Send(object message)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(message);
        byte[] header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        lock (_writeLock)
        {
            _input.Write(header, 0, header.Length);
            _input.Write(body, 0, body.Length);
            _input.Flush();
        }
    }

    private void ReadMessages()
    {
        Stream output = _process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                int length = ReadContentLength(output);
                if (length < 0)
                {
                    break;
                }

                byte[] body = new byte[length];
                int read = 0;
                while (read < length)
                {
                    int n = output.Read(body, read, length - read);
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                Dispatch(JsonDocument.Parse(body).RootElement.Clone());
            }
        }
        catch (IOException)
        {
        }
        finally
        {
            foreach (TaskCompletionSource<JsonElement> pending in _pending.Values)
            {
                pending.TrySetException(new IOException("csharp-ls exited\n" + Log));
            }
        }
    }

    /// <summary>Reads the header block; returns its Content-Length, or -1 at the end of the stream.</summary>
    private static int ReadContentLength(Stream stream)
    {
        int length = -1;
        var line = new StringBuilder();
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0)
            {
                return -1;
            }

            if (b == '\n')
            {
                string text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (text.Length == 0)
                {
                    return length;
                }

                if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(text.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else
            {
                line.Append((char)b);
            }
        }
    }

    private void Dispatch(JsonElement message)
    {
        bool hasMethod = message.TryGetProperty("method", out JsonElement method);
        bool hasId = message.TryGetProperty("id", out JsonElement id);
        if (hasMethod && hasId)
        {
            // A request from the server. csharp-ls asks for its settings; everything else gets a null result.
            object? result = null;
            if (method.GetString() == "workspace/configuration")
            {
                var answers = new List<object>();
                foreach (JsonElement _ in message.GetProperty("params").GetProperty("items").EnumerateArray())
                {
                    answers.Add(new { analyzersEnabled = true });
                }

                result = answers;
            }

            Send(new { jsonrpc = "2.0", id, result });
        }
        else if (hasMethod)
        {
            if (method.GetString() == "window/logMessage" || method.GetString() == "window/showMessage")
            {
                AppendLog(message.GetProperty("params").GetProperty("message").GetString() ?? string.Empty);
            }
        }
        else if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryRemove(id.GetInt32(), out TaskCompletionSource<JsonElement>? pending))
        {
            if (message.TryGetProperty("error", out JsonElement error))
            {
                pending.TrySetException(new InvalidOperationException("csharp-ls error: " + error));
            }
            else
            {
                pending.TrySetResult(message.TryGetProperty("result", out JsonElement result) ? result : default);
            }
        }
    }

    private void AppendLog(string line)
    {
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}

/// <summary>One LSP diagnostic; lines and characters are zero-based, severity 1 = error ... 4 = hint.</summary>
public sealed record LspDiagnostic(string Code, int StartLine, int StartCharacter, int EndLine, int EndCharacter, int Severity, string Message);
