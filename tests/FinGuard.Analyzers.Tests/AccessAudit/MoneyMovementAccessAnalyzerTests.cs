using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.AccessAudit.MoneyMovementAccessAnalyzer>;

namespace FinGuard.Analyzers.Tests.AccessAudit;

/// <summary>FG5001 (endpoint moves money without an authorization requirement) and FG5002 (no audit record in the flow).</summary>
public class MoneyMovementAccessAnalyzerTests
{
    private const string RefundService = """

namespace Shop
{
    public sealed class RefundDesk
    {
        private readonly Stripe.RefundService _refunds = new Stripe.RefundService();
        private readonly IAuditLog _audit;
        public RefundDesk(IAuditLog audit) => _audit = audit;

        public Stripe.Refund Refund(string paymentIntentId)
            => {|FG5002:_refunds.Create(new Stripe.RefundCreateOptions { PaymentIntent = paymentIntentId })|};

        public Stripe.Refund RefundAudited(string paymentIntentId)
        {
            var refund = _refunds.Create(new Stripe.RefundCreateOptions { PaymentIntent = paymentIntentId });
            _audit.Record("refund", refund.Id);
            return refund;
        }

        public Stripe.Refund Lookup(string id) => new Stripe.RefundService().Get(id);
    }

    public interface IAuditLog { void Record(string action, string subject); }
}
""";

    [Fact]
    public Task Controller_action_that_refunds_through_a_service_without_authorize_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
using Shop;
[ApiController]
[Route("api/refunds")]
public sealed class RefundsController : ControllerBase
{
    private readonly RefundDesk _desk;
    public RefundsController(RefundDesk desk) => _desk = desk;

    [HttpPost("{id}")]
    public IActionResult {|FG5001:Create|}(string id) => Ok(_desk.Refund(id).Id);

    [HttpGet("{id}")]
    public IActionResult Get(string id) => Ok(_desk.Lookup(id));
}
""" + RefundService + AspNetStubs.Source);

    [Fact]
    public Task Policy_on_the_controller_or_action_protects_it_and_AllowAnonymous_overrides_it() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop;
[ApiController]
[Authorize(Policy = "PaymentsAdmin")]
public sealed class AdminRefundsController : ControllerBase
{
    private readonly RefundDesk _desk;
    public AdminRefundsController(RefundDesk desk) => _desk = desk;

    [HttpPost]
    public IActionResult Create(string id) => Ok(_desk.RefundAudited(id).Id);

    [HttpPost, AllowAnonymous]
    public IActionResult {|FG5001:CreateAnonymously|}(string id) => Ok(_desk.RefundAudited(id).Id);
}

[ApiController]
public sealed class SupportController : ControllerBase
{
    private readonly RefundDesk _desk;
    public SupportController(RefundDesk desk) => _desk = desk;

    [HttpPost, Authorize(Roles = "Support")]
    public IActionResult Refund(string id) => Ok(_desk.RefundAudited(id).Id);

    [HttpPost, Authorize]
    public IActionResult {|FG5001:RefundAnySignedInUser|}(string id) => Ok(_desk.RefundAudited(id).Id);

    [HttpPost, Authorize("Support")]
    public IActionResult RefundWithPolicyArgument(string id) => Ok(_desk.RefundAudited(id).Id);
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + AspNetStubs.Source);

    // A [ServiceFilter] whose filter turns away callers without a session authenticates them; moving money still needs
    // a permission, so the refund stays reported, as under a bare [Authorize]. A model-validation filter changes nothing.
    [Fact]
    public Task A_session_filter_authenticates_but_does_not_authorize_moving_money() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Shop;

public sealed class SessionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!context.HttpContext.Request.Headers.ContainsKey("authToken"))
        {
            context.Result = new UnauthorizedResult();
            return;
        }

        await next();
    }
}

[ApiController]
[ServiceFilter(typeof(SessionFilter))]
public sealed class SessionRefundsController : ControllerBase
{
    private readonly RefundDesk _desk;
    public SessionRefundsController(RefundDesk desk) => _desk = desk;

    [HttpPost("{id}")]
    public IActionResult {|FG5001:Create|}(string id) => Ok(_desk.RefundAudited(id).Id);
}

// A filter attribute named for authorization is the team's own permission check, whatever it answers.
public sealed class ErpAuthorizeAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context) => context.Result = new UnauthorizedResult();
}

[ApiController]
[ErpAuthorize]
public sealed class ErpRefundsController : ControllerBase
{
    private readonly RefundDesk _desk;
    public ErpRefundsController(RefundDesk desk) => _desk = desk;

    [HttpPost("{id}")]
    public IActionResult Create(string id) => Ok(_desk.RefundAudited(id).Id);
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + FinGuard.Analyzers.Tests.DataProtection.AccountDataExposedAnalyzerTests.FilterStubs + AspNetStubs.Source);

    [Fact]
    public Task Minimal_api_routes_need_RequireAuthorization_with_a_policy() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Builder;
using Shop;
public static class Routes
{
    public static void Map(WebApplication app, RefundDesk desk)
    {
        {|FG5001:app.MapPost("/refunds/{id}", (string id) => desk.RefundAudited(id).Id)|};
        app.MapPost("/admin/refunds/{id}", (string id) => desk.RefundAudited(id).Id).RequireAuthorization("PaymentsAdmin");
        {|FG5001:app.MapPost("/me/refunds/{id}", (string id) => desk.RefundAudited(id).Id)|}.RequireAuthorization();
        var admin = app.MapGroup("/backoffice").RequireAuthorization("PaymentsAdmin");
        admin.MapPost("/refunds/{id}", (string id) => desk.RefundAudited(id).Id);
        {|FG5001:admin.MapPost("/public/refunds/{id}", (string id) => desk.RefundAudited(id).Id)|}.AllowAnonymous();
        app.MapGet("/refunds/{id}", (string id) => desk.Lookup(id));
    }
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + AspNetStubs.Source);

    [Fact]
    public Task Signed_webhooks_are_authenticated_by_their_signature() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
using Microsoft.AspNetCore.Mvc;
using Shop;
[ApiController]
public sealed class StripeWebhookController : ControllerBase
{
    private readonly RefundDesk _desk;
    public StripeWebhookController(RefundDesk desk) => _desk = desk;

    [HttpPost]
    public IActionResult Receive(string payload, [FromHeader(Name = "Stripe-Signature")] string signature)
    {
        Stripe.Event stripeEvent = Stripe.EventUtility.ConstructEvent(payload, signature, "whsec_from_config");
        if (stripeEvent.Type == "charge.dispute.created")
        {
            _desk.RefundAudited("pi_123");
        }

        return Ok(null);
    }

    [HttpPost]
    public IActionResult {|FG5001:ReceiveUnsigned|}(string payload)
    {
        _desk.RefundAudited(payload);
        return Ok(null);
    }
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + AspNetStubs.Source);

    [Fact]
    public Task Razor_page_handlers_use_the_page_model_attributes() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Shop;
public sealed class RefundModel : PageModel
{
    private readonly RefundDesk _desk;
    public RefundModel(RefundDesk desk) => _desk = desk;
    public IActionResult {|FG5001:OnPostAsync|}(string id) { _desk.RefundAudited(id); return Page(); }
    public IActionResult OnGet() => Page();
}

[Authorize(Roles = "Finance")]
public sealed class PayoutModel : PageModel
{
    private readonly RefundDesk _desk;
    public PayoutModel(RefundDesk desk) => _desk = desk;
    public IActionResult OnPost(string id) { _desk.RefundAudited(id); return Page(); }
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + AspNetStubs.Source);

    [Fact]
    public Task Background_jobs_and_charges_are_not_reported_by_default() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
using Shop;
public sealed class NightlyRefunds
{
    private readonly RefundDesk _desk;
    public NightlyRefunds(RefundDesk desk) => _desk = desk;
    public void Run() => _desk.Refund("pi_1");
}

[ApiController]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost]
    public IActionResult Pay(long amount)
        => Ok(new Stripe.PaymentIntentService().Create(new Stripe.PaymentIntentCreateOptions { Amount = amount, Currency = "eur" }).Id);
}
""" + RefundService.Replace("{|FG5002:", "").Replace(")|};", ");") + AspNetStubs.Source);

    [Fact]
    public Task Charges_count_when_configured() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
[ApiController]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost]
    public IActionResult {|FG5001:Pay|}(long amount)
        => Ok({|FG5002:new Stripe.PaymentIntentService().Create(new Stripe.PaymentIntentCreateOptions { Amount = amount, Currency = "eur" })|}.Id);
}
""" + AspNetStubs.Source, "finguard.access.include_charges = true\n");

    [Fact]
    public Task Interface_dispatch_and_app_wide_policies_are_followed() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
public interface IPayouts { void PayOut(long amount); }
public sealed class StripePayouts : IPayouts
{
    public void PayOut(long amount) => {|FG5002:new Stripe.PayoutService().Create(new Stripe.PayoutCreateOptions { Amount = amount, Currency = "eur" })|};
}
public static class Startup
{
    public static void Configure(AuthorizationOptions options) => options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}
[ApiController]
public sealed class PayoutsController : ControllerBase
{
    private readonly IPayouts _payouts;
    public PayoutsController(IPayouts payouts) => _payouts = payouts;
    [HttpPost]
    public IActionResult Create(long amount) { _payouts.PayOut(amount); return Ok(null); }
    [HttpPost, AllowAnonymous]
    public IActionResult {|FG5001:CreatePublic|}(long amount) { _payouts.PayOut(amount); return Ok(null); }
}
""" + AspNetStubs.Source);

    [Fact]
    public Task Configured_audit_sink_counts_as_the_audit_record() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
namespace Ops { public sealed class Journal { public void Write(string what) { } } }
[ApiController, Authorize(Policy = "Treasury")]
public sealed class TransfersController : ControllerBase
{
    private readonly Ops.Journal _journal = new Ops.Journal();
    [HttpPost]
    public IActionResult Create(long amount)
    {
        var transfer = new Stripe.TransferService().Create(new Stripe.TransferCreateOptions { Amount = amount, Currency = "eur", Destination = "acct_1" });
        _journal.Write("transfer " + transfer.Id);
        return Ok(null);
    }
}
""" + AspNetStubs.Source, "finguard.audit.sinks = Ops.Journal\n");

    [Fact]
    public Task Projects_without_an_http_surface_are_not_analyzed() => VerifyCS.VerifyAnalyzerAsync("""

public sealed class Worker
{
    public void Run() => new Stripe.RefundService().Create(new Stripe.RefundCreateOptions { PaymentIntent = "pi_1" });
}
""");
}
