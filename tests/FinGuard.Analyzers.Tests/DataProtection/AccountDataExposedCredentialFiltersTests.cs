using FinGuard.Analyzers.Tests.AccessAudit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataExposedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3007 (issue 18, held-out set 17): a filter that stops the action (<c>context.Result = ...</c>) when a check of the
/// caller's credentials fails authenticates like <c>[Authorize]</c>, whatever it answers: a ticket filter that answers
/// 200 with an error body, a session filter that sends the caller to the login page. Look-alikes still reported: filters
/// that stop the action for a rate limit, a missing language header or an "Author" header (word by word, not by
/// fragment), which check no caller.
/// </summary>
public class AccountDataExposedCredentialFiltersTests
{
    [Fact]
    public Task Filters_that_stop_callers_failing_a_credential_check_protect_the_endpoint_and_others_do_not() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Ledger;

public static class Tickets
{
    public static bool ValidateTicket(HttpContextStub context) => context.Request.Headers.ContainsKey("STicket");
}

public static class Limiter
{
    public static bool IsLimited(HttpContextStub context) => false;
}

public sealed class TicketGateAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!Tickets.ValidateTicket(context.HttpContext))
        {
            context.Result = new ObjectResult("not logged in") { StatusCode = 200 };
        }
    }
}

public sealed class LoginRedirectAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.HttpContext.Session.GetString("UserId") == null)
        {
            context.Result = new ObjectResult("/Account/Login");
        }
    }
}

public sealed class ThrottleAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (Limiter.IsLimited(context.HttpContext))
        {
            context.Result = new ObjectResult("slow down") { StatusCode = 429 };
        }
    }
}

public sealed class RequireLanguageAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.HttpContext.Request.Headers.ContainsKey("Accept-Language"))
        {
            context.Result = new ObjectResult("language") { StatusCode = 400 };
        }
    }
}

public sealed class AuthorHeaderAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.HttpContext.Request.Headers.ContainsKey("Author"))
        {
            context.Result = new ObjectResult("author") { StatusCode = 400 };
        }
    }
}

[ApiController]
[AuthorHeader]
public sealed class AuthoredAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AuthoredAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => {|FG3007:Ok(_store.Find(id))|};
}

[ApiController]
[TicketGate]
public sealed class TicketAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public TicketAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => Ok(_store.Find(id));
}

[ApiController]
[LoginRedirect]
public sealed class SessionAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public SessionAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => Ok(_store.Find(id));
}

[ApiController]
[Throttle]
public sealed class ThrottledAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public ThrottledAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => {|FG3007:Ok(_store.Find(id))|};
}

[ApiController]
[RequireLanguage]
public sealed class LocalisedAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public LocalisedAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => {|FG3007:Ok(_store.Find(id))|};
}

""" + AccountDataExposedAnalyzerTests.FilterStubs + AccountDataExposedAnalyzerTests.Ledger + AspNetStubs.Source);
}
