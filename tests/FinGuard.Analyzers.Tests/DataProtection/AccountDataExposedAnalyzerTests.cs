using FinGuard.Analyzers.Tests.AccessAudit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataExposedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>FG3007: a read endpoint that requires no authentication returns stored account data.</summary>
public class AccountDataExposedAnalyzerTests
{
    // The ledger's own types: a stored account (number, IBAN, national id), the views an API returns of it, and a
    // repository. MVC's Controller and the write verbs are not in the shared stubs.
    internal const string Ledger = """

namespace Ledger
{
    using System.Collections.Generic;
    using System.Threading.Tasks;

    public sealed class CustomerAccount
    {
        public int Id { get; set; }
        public string HolderName { get; set; } = "";
        public string AccountNumber { get; set; } = "";
        public string Iban { get; set; } = "";
        public decimal Balance { get; set; }
    }

    public sealed class Holder
    {
        public string FullName { get; set; } = "";
        public string NationalIdNumber { get; set; } = "";
    }

    public sealed class HolderEnvelope
    {
        public string Email { get; set; } = "";
        public Holder Holder { get; set; } = new Holder();
    }

    public sealed record AccountView(string HolderName, string Iban, decimal Balance);
    public sealed record MaskedAccountView(string HolderName, string MaskedIban, string AccountNumberLast4, decimal Balance);
    public sealed record BalanceView(int AccountId, decimal Balance, string Currency);

    public interface IAccountStore
    {
        Task<List<CustomerAccount>> AllAsync();
        CustomerAccount Find(int id);
        IEnumerable<AccountView> Views();
        IEnumerable<MaskedAccountView> MaskedViews();
        BalanceView Balance(int id);
        HolderEnvelope Holder(int id);
    }
}

namespace Microsoft.AspNetCore.Mvc
{
    public abstract class Controller : ControllerBase
    {
        public virtual IActionResult Json(object? data) => null!;
        public virtual IActionResult View(object? model) => null!;
        public virtual IActionResult View() => null!;
        public virtual IActionResult View(string? viewName) => null!;
        public dynamic ViewBag { get; } = null!;
        public System.Collections.Generic.IDictionary<string, object?> ViewData { get; } = null!;
    }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class HttpPutAttribute : System.Attribute { }
}
""";

    /// <summary>MVC filter stand-ins (real namespaces and names): [ServiceFilter], action filters, their context.</summary>
    internal const string FilterStubs = """

namespace Microsoft.AspNetCore.Mvc
{
    public sealed class ServiceFilterAttribute : System.Attribute
    {
        public ServiceFilterAttribute(System.Type type) { }
    }

    public sealed class UnauthorizedResult : IActionResult { }

    public sealed class ObjectResult : IActionResult
    {
        public ObjectResult(object? value) { }
        public int? StatusCode { get; set; }
    }
}

namespace Microsoft.AspNetCore.Mvc.Filters
{
    public sealed class HttpRequestStub { public System.Collections.Generic.Dictionary<string, string> Headers { get; } = new(); }
    public sealed class HttpContextStub { public HttpRequestStub Request { get; } = new(); public ISession Session { get; } = null!; }
    public interface ISession { string? GetString(string key); }
    public sealed class ActionExecutingContext { public HttpContextStub HttpContext { get; } = new(); public IActionResult? Result { get; set; } }
    public sealed class ActionExecutedContext { }
    public delegate Task<ActionExecutedContext> ActionExecutionDelegate();
    public interface IActionFilter { void OnActionExecuting(ActionExecutingContext context); }
    public interface IAsyncActionFilter { Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next); }
    public abstract class ActionFilterAttribute : System.Attribute, IActionFilter
    {
        public virtual void OnActionExecuting(ActionExecutingContext context) { }
    }
}

public interface IHttpContextAccessor { Microsoft.AspNetCore.Mvc.Filters.HttpContextStub HttpContext { get; } }
""";

    [Fact]
    public Task Anonymous_read_endpoints_that_return_account_data_are_reported_where_they_return() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
[Route("api/accounts")]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public async Task<IActionResult> All()
    {
        var accounts = await _store.AllAsync();
        {|FG3007:return Ok(accounts);|}
    }

    [HttpGet("views")]
    public IEnumerable<AccountView> Views() => {|FG3007:_store.Views()|};

    [HttpGet("{id}")]
    public IActionResult One(int id)
    {
        var account = _store.Find(id);
        if (account == null)
        {
            return NotFound();
        }

        {|FG3007:return Ok(new { status = true, message = account });|}
    }

    [HttpGet("{id}/holder")]
    public HolderEnvelope Holder(int id) => {|FG3007:_store.Holder(id)|};
}

public sealed class StatementController : Controller
{
    private readonly IAccountStore _store;
    public StatementController(IAccountStore store) => _store = store;

    public IActionResult Index() => {|FG3007:View(_store.Find(1))|};

    public IActionResult Iban(int id) => {|FG3007:Json(new { iban = _store.Find(id).Iban })|};
}
""" + Ledger + AspNetStubs.Source);

    // Held-out set 17: a projection whose account data is ciphertext (IDataProtector.Protect, the team's own Encrypt
    // helper) hands out nothing readable; a member left clear, or one that is unprotected again, still counts.
    [Fact]
    public Task Projections_of_protected_values_are_not_reported_but_clear_or_unprotected_members_are() => VerifyCS.VerifyAnalyzerAsync("""

using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
[Route("api/protected")]
public sealed class ProtectedAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    private readonly IDataProtector _protector;
    public ProtectedAccountsController(IAccountStore store, IDataProtector protector) { _store = store; _protector = protector; }

    [HttpGet("protected")]
    public async Task<IActionResult> Protected()
    {
        var accounts = await _store.AllAsync();
        var rows = accounts.Select(x => new { Iban = _protector.Protect(x.Iban), AccountNumber = _protector.Protect(x.AccountNumber.ToString()) });
        return Ok(rows);
    }

    [HttpGet("encrypted/{id}")]
    public IActionResult Encrypted(int id) => Ok(new { Iban = EncryptIban(_store.Find(id).Iban), _store.Find(id).HolderName });

    [HttpGet("partly")]
    public async Task<IActionResult> Partly()
    {
        var accounts = await _store.AllAsync();
        var rows = accounts.Select(x => new { Iban = _protector.Protect(x.Iban), AccountNumber = x.AccountNumber.Trim() });
        {|FG3007:return Ok(rows);|}
    }

    [HttpGet("unprotected/{id}")]
    public IActionResult Unprotected(int id) => {|FG3007:Ok(new { Iban = _protector.Unprotect(_store.Find(id).Iban) })|};

    private static string EncryptIban(string iban) => iban;
}

namespace Microsoft.AspNetCore.DataProtection
{
    public interface IDataProtector
    {
        string Protect(string plaintext);
        string Unprotect(string protectedData);
    }
}
""" + Ledger + AspNetStubs.Source);

    [Fact]
    public Task Authorize_on_the_action_or_controller_or_an_authorization_filter_protects_the_endpoint() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
[Authorize]
public sealed class MyAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public MyAccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public IEnumerable<AccountView> Views() => _store.Views();

    [HttpGet("public"), AllowAnonymous]
    public IEnumerable<AccountView> Leaked() => {|FG3007:_store.Views()|};
}

[ApiController]
public sealed class BackOfficeController : ControllerBase
{
    private readonly IAccountStore _store;
    public BackOfficeController(IAccountStore store) => _store = store;

    [HttpGet, Authorize(Roles = "Support")]
    public IActionResult One(int id) => Ok(_store.Find(id));

    [HttpGet, TellerPermission]
    public IActionResult Teller(int id) => Ok(_store.Find(id));
}

public sealed class TellerPermissionAttribute : System.Attribute { }
""" + Ledger + AspNetStubs.Source);

    [Fact]
    public Task An_app_wide_requirement_protects_endpoints_without_attributes_but_not_AllowAnonymous() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Ledger;

public static class Startup
{
    public static void Configure(WebApplication app) => app.MapControllers().RequireAuthorization();
}

[ApiController]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public IEnumerable<AccountView> Views() => _store.Views();

    [HttpGet("open"), AllowAnonymous]
    public IActionResult Open(int id) => {|FG3007:Ok(_store.Find(id))|};
}
""" + Ledger + AspNetStubs.Source);

    [Fact]
    public Task A_fallback_policy_protects_every_endpoint() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ledger;

public static class Setup
{
    public static void Configure(AuthorizationOptions options)
        => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}

[ApiController]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet]
    public IEnumerable<AccountView> Views() => _store.Views();
}
""" + Ledger + AspNetStubs.Source);

    // Look-alikes: masked views, balances without an account number, strings, write endpoints, values returned by lambdas.
    [Fact]
    public Task Masked_views_balances_messages_write_endpoints_and_lambdas_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public AccountsController(IAccountStore store) => _store = store;

    [HttpGet("masked")]
    public IEnumerable<MaskedAccountView> Masked() => _store.MaskedViews();

    [HttpGet("{id}/balance")]
    public IActionResult Balance(int id) => Ok(_store.Balance(id));

    [HttpGet("{id}/exists")]
    public IActionResult Exists(int id) => Ok(new { status = true, message = "Account " + _store.Find(id).AccountNumber + " exists" });

    [HttpGet("count")]
    public int Count() => _store.Views().Count();

    [HttpGet("names")]
    public IEnumerable<string> Names() => _store.Views().Select(v => { return v.HolderName; }).ToList();

    [HttpPost]
    public IActionResult Open([FromBody] CustomerAccount account) => Ok(account);

    [HttpPut]
    public CustomerAccount Update(CustomerAccount account) => account;

    [NonAction]
    public CustomerAccount Helper(int id) => _store.Find(id);
}
""" + Ledger + AspNetStubs.Source);

    // Look-alikes: sign-in actions (the credentials authenticate the caller), actions that take a request body, and
    // actions that check the caller in their own code (User, the session) return the caller's own data.
    [Fact]
    public Task Sign_in_actions_request_bodies_and_in_code_caller_checks_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
public sealed class CustomersController : ControllerBase
{
    private readonly IAccountStore _store;
    public CustomersController(IAccountStore store) => _store = store;

    public ClaimsPrincipal User { get; } = new ClaimsPrincipal();

    [Route("login")]
    public IActionResult Login(string userName, string password) => Ok(_store.Find(1));

    [Route("search")]
    public IActionResult Search([FromBody] CustomerAccount probe) => Ok(_store.Find(probe.Id));

    [HttpGet("me")]
    public IActionResult Me()
    {
        if (User.Identity is not { IsAuthenticated: true })
        {
            return NotFound();
        }

        return Ok(_store.Find(int.Parse(User.FindFirst("sub")!.Value)));
    }

    [HttpGet("{id}")]
    public IActionResult ById(int id) => {|FG3007:Ok(_store.Find(id))|};
}
""" + Ledger + AspNetStubs.Source);

    [Fact]
    public Task A_mapper_that_does_not_bind_before_restore_still_names_the_returned_type()
    {
        var test = new VerifyCS.UnresolvedTest(withPackages: true)
        {
            TestCode = """

using Microsoft.AspNetCore.Mvc;
using Ledger;

[ApiController]
public sealed class AccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    private readonly IMapper _mapper;
    public AccountsController(IAccountStore store, IMapper mapper) { _store = store; _mapper = mapper; }

    [HttpGet("{id}")]
    public IActionResult Details(int id)
    {
        var details = _mapper.Map<AccountView>(_store.Find(id));
        {|FG3007:return Ok(new { status = true, message = details });|}
    }

    [HttpGet("{id}/masked")]
    public IActionResult Masked(int id)
    {
        var details = _mapper.Map<MaskedAccountView>(_store.Find(id));
        return Ok(details);
    }
}
""" + Ledger + AspNetStubs.Source,
        };
        return test.RunAsync();
    }

    // Before restore (issue 18, session 20, held-out set 15) an EF query does not bind: the DbSet<T> property of the
    // application's context keeps its row type, so the rows that ToListAsync/FirstOrDefaultAsync/FindAsync return are
    // judged by it, directly or through a local. A count, a projection (Select) and a set of rows without account data
    // stay silent.
    [Fact]
    public Task An_ef_query_that_does_not_bind_before_restore_is_judged_by_its_set()
    {
        var test = new VerifyCS.UnresolvedTest(withPackages: true)
        {
            TestCode = """

using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Ledger;

public sealed class LedgerContext : DbContext
{
    public DbSet<CustomerAccount> Accounts { get; set; }
    public DbSet<BalanceView> Balances { get; set; }
}

public sealed class AccountsController : Controller
{
    private readonly LedgerContext _context;
    public AccountsController(LedgerContext context) { _context = context; }

    public async Task<IActionResult> Index()
    {
        {|FG3007:return View(await _context.Accounts.ToListAsync());|}
    }

    public async Task<IActionResult> Details(int id)
    {
        var account = await _context.Accounts.Where(a => a.Id == id).FirstOrDefaultAsync();
        if (account == null)
        {
            return NotFound();
        }

        {|FG3007:return View(account);|}
    }

    public async Task<IActionResult> Count() => View(await _context.Accounts.CountAsync());

    public async Task<IActionResult> Balances() => View(await _context.Balances.ToListAsync());

    public async Task<IActionResult> Totals() => View(await _context.Accounts.Select(a => a.Balance).ToListAsync());
}
""" + Ledger + AspNetStubs.Source,
        };
        return test.RunAsync();
    }

    // An MVC page renders what its action puts in ViewBag or ViewData as well as its model (issue 18, session 20,
    // held-out set 15): reported at the return of View(). Balances in ViewBag, account data put there by a POST action,
    // and a page behind [Authorize] stay silent.
    [Fact]
    public Task Account_data_handed_to_a_view_through_ViewBag_or_ViewData_is_reported_at_the_return() => VerifyCS.VerifyAnalyzerAsync("""

using System.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Ledger;

public sealed class HomeController : Controller
{
    private readonly IAccountStore _store;
    public HomeController(IAccountStore store) { _store = store; }

    public IActionResult Index()
    {
        try
        {
            var accounts = _store.AllAsync().Result;
            ViewBag.Accounts = accounts;
        }
        catch (System.Exception)
        {
            return Json(null);
        }

        {|FG3007:return View();|}
    }

    public IActionResult Holder(int id)
    {
        ViewData["Holder"] = _store.Holder(id).Holder;
        {|FG3007:return View();|}
    }

    public IActionResult Balance(int id)
    {
        ViewBag.Balance = _store.Balance(id);
        ViewBag.Iban = _store.Find(id).Iban.Substring(0, 4) + "****";
        return View();
    }

    [HttpPut]
    public IActionResult Update(int id)
    {
        ViewBag.Account = _store.Find(id);
        return View();
    }
}

[Authorize]
public sealed class SecureHomeController : Controller
{
    private readonly IAccountStore _store;
    public SecureHomeController(IAccountStore store) { _store = store; }

    public IActionResult Index()
    {
        ViewBag.Accounts = _store.AllAsync().Result;
        return View();
    }
}
""" + Ledger + AspNetStubs.Source);

    // Look-alikes seen on real code (issue 18, session 15): a business's tax id and the account a seller publishes in
    // its payment instructions, a row's integer key beside its navigation (PassportId + Passport), and empty forms.
    [Fact]
    public Task Organisations_ids_foreign_keys_and_empty_forms_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
using Ledger;

namespace Shop
{
    public sealed class Company
    {
        public string Name { get; set; } = "";
        public string TaxIdNumber { get; set; } = "";
    }

    public sealed class FundingInstructions
    {
        public string BankName { get; set; } = "";
        public string AccountNumber { get; set; } = "";
    }

    public sealed class SellerProfile
    {
        public string DisplayName { get; set; } = "";
        public string SellerTaxCode { get; set; } = "";
    }

    public sealed class Passport
    {
        public int Id { get; set; }
        public string Country { get; set; } = "";
    }

    public sealed class Invoice
    {
        public int Id { get; set; }
        public int PassportId { get; set; }
        public Passport? Passport { get; set; }
    }

    public sealed class TransferForm
    {
        public string FromAccountNumber { get; set; } = "";
        public string ToIban { get; set; } = "";
        public decimal Amount { get; set; }
    }

    public interface IShopStore
    {
        Company Company(int id);
        FundingInstructions Instructions(int offeringId);
        SellerProfile Seller(int id);
        List<Invoice> Invoices();
    }
}

namespace Web
{
    using Shop;

    [ApiController]
    public sealed class PublicController : Controller
    {
        private readonly IShopStore _shop;
        private readonly IAccountStore _store;
        public PublicController(IShopStore shop, IAccountStore store) { _shop = shop; _store = store; }

        [HttpGet("company/{id}")]
        public Company CompanyPage(int id) => _shop.Company(id);

        [HttpGet("offering/{id}/funding")]
        public IActionResult Funding(int id) => Ok(_shop.Instructions(id));

        [HttpGet("seller/{id}")]
        public IActionResult Seller(int id) => Ok(_shop.Seller(id));

        [HttpGet("invoices")]
        public List<Invoice> Invoices() => _shop.Invoices();

        [HttpGet("transfer")]
        public IActionResult Transfer() => View(new TransferForm());

        [HttpGet("transfer/prefilled")]
        public IActionResult Prefilled()
        {
            var form = new TransferForm();
            form.Amount = 10m;
            return View(form);
        }

        // Still reported: the form is filled with a stored account's number.
        [HttpGet("transfer/{id}")]
        public IActionResult Again(int id)
        {
            var form = new TransferForm();
            form.FromAccountNumber = _store.Find(id).AccountNumber;
            {|FG3007:return View(form);|}
        }

        [HttpGet("transfer/{id}/inline")]
        public IActionResult Inline(int id) => {|FG3007:View(new TransferForm { ToIban = _store.Find(id).Iban })|};
    }
}
""" + Ledger + AspNetStubs.Source);

    // A controller whose constructor reads the signed-in user or the session checks the caller for every action; a
    // [ServiceFilter]/[TypeFilter] or filter attribute that answers 401/403 guards like [Authorize]. A filter that only
    // validates the model (400) guards nothing.
    [Fact]
    public Task Caller_checks_in_the_constructor_and_rejecting_filters_protect_the_endpoint() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Ledger;

public sealed class SessionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!context.HttpContext.Request.Headers.ContainsKey("authToken"))
        {
            context.Result = new ObjectResult("Missing token") { StatusCode = 401 };
            return;
        }

        await next();
    }
}

public sealed class ValidateModelAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        context.Result = new ObjectResult("invalid") { StatusCode = 400 };
    }
}

public sealed class RequireTokenAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        context.Result = new UnauthorizedResult();
    }
}

[ApiController]
[ServiceFilter(typeof(SessionFilter))]
public sealed class SessionAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public SessionAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => Ok(_store.Find(id));
}

[ApiController]
[RequireToken]
public sealed class TokenAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public TokenAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => Ok(_store.Find(id));
}

[ApiController]
[ValidateModel]
public sealed class ValidatedAccountsController : ControllerBase
{
    private readonly IAccountStore _store;
    public ValidatedAccountsController(IAccountStore store) => _store = store;

    [HttpGet("{id}")]
    public IActionResult One(int id) => {|FG3007:Ok(_store.Find(id))|};
}

public sealed class PaymentsPageController : Controller
{
    private readonly IAccountStore _store;
    private readonly int _userId;

    public PaymentsPageController(IAccountStore store, IHttpContextAccessor accessor)
    {
        _store = store;
        _userId = int.Parse(accessor.HttpContext.Session.GetString("user")!);
    }

    public IActionResult Index() => View(_store.Find(_userId));
}

""" + FilterStubs + Ledger + AspNetStubs.Source);

    // Minimal API read routes are endpoints too: the handler lambda's returns are judged like an action's, and the
    // route's chain or group decides the protection. Writes, protected routes, handlers that take the caller
    // (ClaimsPrincipal) and masked views stay silent.
    [Fact]
    public Task Minimal_api_read_routes_without_authorization_are_reported_where_the_handler_returns() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Ledger;

public static class AccountRoutes
{
    public static void Map(WebApplication app, IAccountStore store)
    {
        app.MapGet("/accounts/{id}", (int id) => {|FG3007:store.Find(id)|});
        app.MapGet("/accounts", async () =>
        {
            var all = await store.AllAsync();
            {|FG3007:return all;|}
        });
        app.MapGet("/admin/accounts/{id}", (int id) => store.Find(id)).RequireAuthorization("Support");
        app.MapGet("/me/accounts/{id}", (int id) => store.Find(id)).RequireAuthorization();
        var backOffice = app.MapGroup("/backoffice").RequireAuthorization("Support");
        backOffice.MapGet("/accounts/{id}", (int id) => store.Find(id));
        app.MapGet("/mine", (ClaimsPrincipal user) => store.Find(int.Parse(user.FindFirst("sub")!.Value)));
        app.MapGet("/masked", () => store.MaskedViews());
        app.MapGet("/balance/{id}", (int id) => store.Balance(id));
        app.MapPost("/accounts/{id}", (int id) => store.Find(id));
    }
}
""" + Ledger + AspNetStubs.Source);

    // The other side of the look-alikes above (review of session 15): a person's data in an organisation's record, a
    // payer's IBAN in a single payment instruction, a form filled through a member, a constructor that reads the user
    // only if there is one, and a filter that merely compares a status code still leave the endpoint reported.
    [Fact]
    public Task Personal_data_in_organisation_records_filled_forms_guarded_reads_and_logging_filters_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Ledger;

namespace Payroll
{
    public sealed class CompanyEmployee
    {
        public string Name { get; set; } = "";
        public string Iban { get; set; } = "";
    }

    public sealed class PaymentInstruction
    {
        public string DebtorIban { get; set; } = "";
        public decimal Amount { get; set; }
    }

    public sealed class AccountsPage
    {
        public List<CustomerAccount> Accounts { get; } = new List<CustomerAccount>();
    }

    public sealed class StatusLogFilter : ActionFilterAttribute
    {
        public override void OnActionExecuting(ActionExecutingContext context)
        {
            if (context.Result is ObjectResult { StatusCode: 401 })
            {
                System.Console.WriteLine("denied");
            }
        }
    }

    public interface IPayrollStore
    {
        List<CompanyEmployee> Staff();
        PaymentInstruction Instruction(int id);
    }

    [ApiController]
    [StatusLogFilter]
    public sealed class PayrollController : Controller
    {
        private readonly IPayrollStore _payroll;
        private readonly IAccountStore _store;
        private readonly string? _user;

        public PayrollController(IPayrollStore payroll, IAccountStore store, IHttpContextAccessor accessor)
        {
            _payroll = payroll;
            _store = store;
            _user = accessor.HttpContext?.Session?.GetString("user");
        }

        [HttpGet("staff")]
        public List<CompanyEmployee> Staff() => {|FG3007:_payroll.Staff()|};

        [HttpGet("instructions/{id}")]
        public IActionResult Instruction(int id) => {|FG3007:Ok(_payroll.Instruction(id))|};

        [HttpGet("accounts")]
        public IActionResult Accounts()
        {
            var page = new AccountsPage();
            page.Accounts.AddRange(_store.AllAsync().Result);
            {|FG3007:return View(page);|}
        }
    }
}
""" + FilterStubs + Ledger + AspNetStubs.Source);
}
