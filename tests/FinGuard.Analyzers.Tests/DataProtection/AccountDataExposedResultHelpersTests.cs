using FinGuard.Analyzers.Tests.AccessAudit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataExposedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3007 through the other ways an action hands its value to the response (issue 18, set 25): the application's own
/// base-controller helper (<c>protected IActionResult Content(object? obj) =&gt; Ok(JsonConvert.SerializeObject(obj))</c>)
/// and <c>StatusCode(code, value)</c>. Look-alikes: the same helper with a masked view or a balance, a helper that takes
/// only a message string, and a public action of another controller called as a method.
/// </summary>
public class AccountDataExposedResultHelpersTests
{
    [Fact]
    public Task Account_data_returned_through_the_applications_own_result_helper_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
public class BaseController : ControllerBase
{
    protected IActionResult Content(object? obj) => Ok(obj?.ToString());
    protected IActionResult Message(string text) => Ok(text);
}

[Route("api/accounts")]
public sealed class AccountsController : BaseController
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public IActionResult One(int id)
    {
        CustomerAccount account = _store.Find(id);
        {|FG3007:return Content(account);|}
    }

    [HttpGet]
    public IActionResult Masked()
    {
        List<MaskedAccountView> views = _store.MaskedViews().ToList();
        return Content(views);
    }

    [HttpGet]
    public IActionResult Balance(int id) => Content(_store.Balance(id));

    [HttpGet]
    public IActionResult Hello() => Message("hello");
}
""" + AccountDataExposedAnalyzerTests.Ledger + AspNetStubs.Source);

    [Fact]
    public Task Account_data_returned_with_a_status_code_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
[Route("api/accounts")]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public IActionResult One(int id)
    {
        CustomerAccount account = _store.Find(id);
        {|FG3007:return StatusCode(200, account);|}
    }

    [HttpGet]
    public IActionResult Balance(int id)
    {
        BalanceView balance = _store.Balance(id);
        return StatusCode(200, balance);
    }
}
""" + AccountDataExposedAnalyzerTests.Ledger + AspNetStubs.Source);
}
