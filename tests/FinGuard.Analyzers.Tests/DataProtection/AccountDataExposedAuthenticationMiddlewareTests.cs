using FinGuard.Analyzers.Tests.AccessAudit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataExposedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 12: an application that registers its own authentication middleware
/// (<c>app.UseMiddleware&lt;AuthenticationMiddleware&gt;()</c>, a Basic app-key or API-key check that answers 401)
/// requires authentication for every endpoint, as a fallback policy does. A middleware that answers 401 only inside a
/// <c>catch</c> (an exception handler), one not named for authentication (a revoked-token blacklist lets anonymous callers
/// through), or an authentication-named one that never turns a caller away protects nothing.
/// </summary>
public class AccountDataExposedAuthenticationMiddlewareTests
{
    private const string Controller = """

[ApiController]
public sealed class PayeesController : ControllerBase
{
    private readonly Ledger.IAccountStore _store;
    public PayeesController(Ledger.IAccountStore store) => _store = store;

    [HttpGet]
    public IActionResult One(int id) => MARK_Ok(_store.Find(id))MARK_END;
}
""";

    private const string Pipeline = """

namespace Pipeline
{
    using System.Collections.Generic;
    using System.Threading.Tasks;

    public delegate Task RequestDelegate(RequestContext context);
    public sealed class ResponseState { public int StatusCode { get; set; } }
    public sealed class RequestContext
    {
        public Dictionary<string, string> Headers { get; } = new Dictionary<string, string>();
        public ResponseState Response { get; } = new ResponseState();
    }

    public static class PipelineExtensions
    {
        public static Microsoft.AspNetCore.Builder.WebApplication UseMiddleware<TMiddleware>(this Microsoft.AspNetCore.Builder.WebApplication app) => app;
        public static Microsoft.AspNetCore.Builder.WebApplication UseMiddleware(this Microsoft.AspNetCore.Builder.WebApplication app, System.Type middleware) => app;
    }
}
""";

    private static Task Verify(string setup, string middleware, bool reported)
    {
        string controller = reported
            ? Controller.Replace("MARK_END", "|}").Replace("MARK_", "{|FG3007:")
            : Controller.Replace("MARK_END", "").Replace("MARK_", "");
        string code = """

using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Pipeline;

""" + setup + middleware + controller + Pipeline + LedgerStub + AspNetStubs.Source;
        return VerifyCS.VerifyAnalyzerAsync(code);
    }

    private const string BasicAuth = """
public sealed class BasicAuthMiddleware
{
    private readonly RequestDelegate _next;
    public BasicAuthMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(RequestContext context)
    {
        if (context.Headers.TryGetValue("Authorization", out string? header) && header.StartsWith("Basic", StringComparison.Ordinal))
        {
            await _next(context);
            return;
        }

        context.Response.StatusCode = 401;
    }
}
""";

    [Fact]
    public Task An_authentication_middleware_that_answers_401_protects_every_endpoint()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<BasicAuthMiddleware>(); }\n", BasicAuth, reported: false);

    [Fact]
    public Task An_authentication_middleware_registered_by_type_protects_every_endpoint()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware(typeof(BasicAuthMiddleware)); }\n", BasicAuth, reported: false);

    [Fact]
    public Task An_exception_handler_that_maps_unauthorized_access_to_401_protects_nothing()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<AuthFailureHandler>(); }\n", """
public sealed class AuthFailureHandler
{
    private readonly RequestDelegate _next;
    public AuthFailureHandler(RequestDelegate next) => _next = next;

    public async Task Invoke(RequestContext context)
    {
        try
        {
            await _next(context);
        }
        catch (UnauthorizedAccessException)
        {
            context.Response.StatusCode = 401;
        }
    }
}
""", reported: true);

    // Issue 18, set 25: a back-end service that only its storefront's server may call.
    [Fact]
    public Task An_ip_allowlist_middleware_that_forbids_other_callers_protects_every_endpoint()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<IpWhitelistMiddleware>(); }\n", """
public sealed class IpWhitelistMiddleware
{
    private readonly RequestDelegate _next;
    private readonly string[] _allowed = { "127.0.0.1", "10.0.0.5" };
    public IpWhitelistMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(RequestContext context)
    {
        if (!context.Headers.TryGetValue("X-Forwarded-For", out string? ip) || Array.IndexOf(_allowed, ip) < 0)
        {
            context.Response.StatusCode = 403;
            return;
        }

        await _next(context);
    }
}
""", reported: false);

    [Fact]
    public Task An_ip_allowlist_middleware_that_only_logs_protects_nothing()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<IpWhitelistMiddleware>(); }\n", """
public sealed class IpWhitelistMiddleware
{
    private readonly RequestDelegate _next;
    public IpWhitelistMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(RequestContext context)
    {
        context.Headers["X-Checked"] = "1";
        await _next(context);
    }
}
""", reported: true);

    [Fact]
    public Task A_revoked_token_blacklist_middleware_protects_nothing()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<TokenBlacklistMiddleware>(); }\n", """
public sealed class TokenBlacklistMiddleware
{
    private readonly RequestDelegate _next;
    public TokenBlacklistMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(RequestContext context)
    {
        if (context.Headers.TryGetValue("Authorization", out string? token) && token == "revoked")
        {
            context.Response.StatusCode = 401;
            return;
        }

        await _next(context);
    }
}
""", reported: true);

    [Fact]
    public Task An_authentication_named_middleware_that_never_rejects_protects_nothing()
        => Verify("public static class Startup { public static void Configure(WebApplication app) => app.UseMiddleware<AuthHeaderLoggingMiddleware>(); }\n", """
public sealed class AuthHeaderLoggingMiddleware
{
    private readonly RequestDelegate _next;
    public AuthHeaderLoggingMiddleware(RequestDelegate next) => _next = next;

    public Task Invoke(RequestContext context)
    {
        Console.WriteLine(context.Headers.ContainsKey("Authorization"));
        return _next(context);
    }
}
""", reported: true);

    private const string LedgerStub = """

namespace Ledger
{
    public sealed class Payee
    {
        public int Id { get; set; }
        public string Name { get; set; } = "";
        public string Iban { get; set; } = "";
    }

    public interface IAccountStore { Payee Find(int id); }
}
""";
}
