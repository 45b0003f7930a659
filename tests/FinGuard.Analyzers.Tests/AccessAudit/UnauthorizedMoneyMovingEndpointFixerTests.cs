using FinGuard.Analyzers.AccessAudit;
using FinGuard.CodeFixes.AccessAudit;
using FinGuard.Analyzers.Tests.Verifiers;

namespace FinGuard.Analyzers.Tests.AccessAudit;

public class UnauthorizedMoneyMovingEndpointFixerTests
{
    private const string Desk = @"
public sealed class RefundDesk
{
    public void Refund(string id)
    {
        new Stripe.RefundService().Create(new Stripe.RefundCreateOptions { PaymentIntent = id });
        Ops.AuditJournal.Write(id);
    }
}
namespace Ops { public static class AuditJournal { public static void Write(string what) { } } }";

    private static Task VerifyAsync(string source, string fixedSource, string? editorConfig = null)
    {
        var test = new CSharpCodeFixVerifier<MoneyMovementAccessAnalyzer, UnauthorizedMoneyMovingEndpointFixer>.Test
        {
            TestCode = source + Desk + AspNetStubs.Source,
            FixedCode = fixedSource + Desk + AspNetStubs.Source,

            // FG5001 is a compilation end diagnostic (it follows calls across the compilation): dotnet format and
            // Fix All apply its fix; the testing library's local-diagnostic check is for lightbulb-only fixes.
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Adds_the_policy_attribute_and_using_and_removes_AllowAnonymous() => VerifyAsync("""

using Microsoft.AspNetCore.Mvc;

[ApiController]
public sealed class RefundsController : ControllerBase
{
    private readonly RefundDesk _desk = new RefundDesk();

    // Refunds a payment.
    public IActionResult {|FG5001:Refund|}(string id) { _desk.Refund(id); return Ok(null); }

    [HttpPost("goodwill")]
    [Microsoft.AspNetCore.Authorization.AllowAnonymous]
    public IActionResult {|FG5001:Goodwill|}(string id) { _desk.Refund(id); return Ok(null); }
}

""", """

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public sealed class RefundsController : ControllerBase
{
    private readonly RefundDesk _desk = new RefundDesk();

    // Refunds a payment.
    [Authorize(Policy = "PaymentsAdmin")]
    public IActionResult Refund(string id) { _desk.Refund(id); return Ok(null); }

    [HttpPost("goodwill")]
    [Authorize(Policy = "PaymentsAdmin")]
    public IActionResult Goodwill(string id) { _desk.Refund(id); return Ok(null); }
}

""");

    [Fact]
    public Task Uses_the_configured_policy_for_pages_and_minimal_api_routes() => VerifyAsync("""

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

public sealed class RefundModel : PageModel
{
    public IActionResult {|FG5001:OnPost|}(string id) { new RefundDesk().Refund(id); return Page(); }
}

public static class Routes
{
    public static void Map(WebApplication app)
    {
        {|FG5001:app.MapPost("/refunds", (string id) => new RefundDesk().Refund(id))|};
    }
}

""", """

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

[Authorize(Policy = "Treasury")]
public sealed class RefundModel : PageModel
{
    public IActionResult OnPost(string id) { new RefundDesk().Refund(id); return Page(); }
}

public static class Routes
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/refunds", (string id) => new RefundDesk().Refund(id)).RequireAuthorization("Treasury");
    }
}

""", "finguard.access.authorization_policy = Treasury\n");
}
