using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>FG3006: request-logging middleware that writes every request body to a log or a stored log record.</summary>
public class AccountDataLoggedRequestBodyTests
{
    // ASP.NET Core's request, only what the middleware below needs (real namespace and names).
    private const string Http = """

namespace Microsoft.AspNetCore.Http
{
    public delegate System.Threading.Tasks.Task RequestDelegate(HttpContext context);
    public abstract class HttpContext { public abstract HttpRequest Request { get; } public abstract HttpResponse Response { get; } }
    public abstract class HttpRequest { public abstract System.IO.Stream Body { get; set; } public abstract string Path { get; } public abstract string Method { get; } }
    public abstract class HttpResponse { public abstract int StatusCode { get; set; } }
}
""";

    private const string Banking = """

namespace Bank
{
    public sealed class Transfer { public string FromIban { get; set; } = ""; public string ToIban { get; set; } = ""; public decimal Amount { get; set; } }
}
""";

    private const string Middleware = """

using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

public sealed class RequestLoggingMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<RequestLoggingMiddleware> _logger;
    private readonly LogStore _store;

    public RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, LogStore store)
    {
        _next = next;
        _logger = logger;
        _store = store;
    }

    public async Task Invoke(HttpContext context)
    {
        var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        buffer.Seek(0, SeekOrigin.Begin);
        var bodyText = new StreamReader(buffer).ReadToEnd();
        var data = bodyText;
        context.Request.Body = buffer;
        await _next(context);

        var line = $"Path: {context.Request.Path}, " +
                   $"Method: {context.Request.Method}, " +
                   $"Data: {data}, " +
                   $"Status: {context.Response.StatusCode}, " +
                   $"Time: {System.DateTime.UtcNow}";
        _logger.LogInformation(/*0*/line/*1*/);
        _logger.LogInformation("{Path} {Method} -> {Status} ({Length} bytes)", context.Request.Path, context.Request.Method, context.Response.StatusCode, bodyText.Length);
        _logger.LogInformation("Body: {Body}", Redact(bodyText));
    }

    public async Task Store(HttpContext context)
    {
        var requestBody = await ReadAll(context.Request.Body);
        _store.Add(new ApiLog { Path = context.Request.Path, Method = context.Request.Method, RequestBody = /*2*/requestBody/*3*/ });
        _store.Add(new ApiLog { Path = context.Request.Path, RequestBody = Redact(requestBody) });
        _store.Add(new TransferDraft { Note = requestBody });
    }

    private static async Task<string> ReadAll(Stream stream)
    {
        using var reader = new StreamReader(stream, leaveOpen: true);
        return await reader.ReadToEndAsync();
    }

    private static string Redact(string body) => body.Length.ToString();
}

public sealed class ApiLog { public string Path { get; set; } = ""; public string Method { get; set; } = ""; public string RequestBody { get; set; } = ""; }
public sealed class TransferDraft { public string Note { get; set; } = ""; }
public sealed class LogStore { public void Add(object record) { } }
""";

    [Fact]
    public Task Request_bodies_written_to_a_logger_or_a_stored_log_record_are_reported_in_banking_code() => VerifyCS.VerifyAnalyzerAsync(
        Middleware.Replace("/*0*/", "{|FG3006:").Replace("/*1*/", "|}").Replace("/*2*/", "{|FG3006:").Replace("/*3*/", "|}") + Http + Banking);

    // Look-alikes: the same middleware in an application that holds no account data; path, method, status and body
    // length; a redacted body; the body copied into an object that is not a log record (see the test above).
    [Fact]
    public Task Request_logging_without_account_data_in_the_application_stays_silent() => VerifyCS.VerifyAnalyzerAsync(
        Middleware.Replace("/*0*/", "").Replace("/*1*/", "").Replace("/*2*/", "").Replace("/*3*/", "") + Http);
    // Held-out set 24: the body read by a helper given the whole request (its name says it returns the body), kept in
    // an anonymous audit record, and that record's member logged.
    private const string AuditMiddleware = """

using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

public sealed class AuditMiddleware
{
    private readonly ILogger<AuditMiddleware> _logger;
    public AuditMiddleware(ILogger<AuditMiddleware> logger) => _logger = logger;

    public async Task Audit(HttpRequest request)
    {
        var payload = await FetchBodyTextAsync(request);
        var header = await FetchHeaderTextAsync(request);
        var audit = new { Verb = request.Method, Url = request.Path, Payload = payload, Header = header };
        _logger.LogInformation("{Verb} {Url}", audit.Verb, audit.Url);
        _logger.LogInformation("Header: {Header}", audit.Header);
        _logger.LogInformation("Payload: {Payload}", /*0*/audit.Payload/*1*/ ?? "none");
    }

    private static async Task<string> FetchBodyTextAsync(HttpRequest request)
    {
        var buffer = new byte[4096];
        int read = await request.Body.ReadAsync(buffer, 0, buffer.Length);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static Task<string> FetchHeaderTextAsync(HttpRequest request) => Task.FromResult(request.Method);
}
""";

    [Fact]
    public Task A_body_read_by_a_helper_given_the_request_and_logged_through_an_anonymous_record_is_reported() => VerifyCS.VerifyAnalyzerAsync(
        AuditMiddleware.Replace("/*0*/", "{|FG3006:").Replace("/*1*/", "|}") + Http + Banking);

    // Look-alikes: the same in an application without account data; a helper given the request whose name is not for
    // the body; the path and method members of the same record (in the test above).
    [Fact]
    public Task The_same_audit_without_account_data_in_the_application_stays_silent() => VerifyCS.VerifyAnalyzerAsync(
        AuditMiddleware.Replace("/*0*/", "").Replace("/*1*/", "") + Http);
}
