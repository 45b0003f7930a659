using FinGuard.Analyzers.AccessAudit;
using FinGuard.CodeFixes.AccessAudit;
using FinGuard.Analyzers.Tests.Verifiers;

namespace FinGuard.Analyzers.Tests.AccessAudit;

public class MoneyMovementWithoutAuditFixerTests
{
    private const string Controller = """

[Microsoft.AspNetCore.Mvc.ApiController, Microsoft.AspNetCore.Authorization.Authorize(Policy = "PaymentsAdmin")]
public sealed class RefundsController : Microsoft.AspNetCore.Mvc.ControllerBase
{
    private readonly RefundDesk _desk = new RefundDesk();
    public async System.Threading.Tasks.Task<Microsoft.AspNetCore.Mvc.IActionResult> Refund(string id) { await _desk.RefundAsync(id); return Ok(null); }
    public Microsoft.AspNetCore.Mvc.IActionResult Payout(long amount) { _desk.Payout(amount); return Ok(null); }
    public Microsoft.AspNetCore.Mvc.IActionResult Transfer(long amount) { _desk.Transfer(amount); return Ok(null); }
}
""";

    private static Task VerifyAsync(string source, string fixedSource)
        => new HelperCodeFixTest<MoneyMovementAccessAnalyzer, MoneyMovementWithoutAuditFixer>
        {
            TestCode = source + Controller + AspNetStubs.Source,
            FixedCode = fixedSource + Controller + AspNetStubs.Source,

            // FG5002 is a compilation end diagnostic: dotnet format and Fix All apply its fix (see FG5001's fixer tests).
            CodeFixTestBehaviors = Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        }.RunAsync();

    [Fact]
    public Task Records_after_the_money_moves_in_declarations_returns_and_statements() => VerifyAsync("""

using System.Threading.Tasks;
using Stripe;

public sealed class RefundDesk
{
    private readonly RefundService _refunds = new RefundService();

    public async Task<Refund> RefundAsync(string paymentIntentId)
    {
        return await {|FG5002:_refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId })|};
    }

    public void Payout(long amount)
    {
        var payout = {|FG5002:new PayoutService().Create(new PayoutCreateOptions { Amount = amount, Currency = "eur" })|};
        System.Console.WriteLine(payout.Status);
    }

    public void Transfer(long amount)
    {
        {|FG5002:new TransferService().Create(new TransferCreateOptions { Amount = amount, Currency = "eur", Destination = "acct_1" })|};
    }
}

""", """

using System.Threading.Tasks;
using FinGuard.Security;
using Stripe;

public sealed class RefundDesk
{
    private readonly RefundService _refunds = new RefundService();

    public async Task<Refund> RefundAsync(string paymentIntentId)
    {
        var refund = await _refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId });
        AuditTrail.Record("refund", refund.Id);
        return refund;
    }

    public void Payout(long amount)
    {
        var payout = new PayoutService().Create(new PayoutCreateOptions { Amount = amount, Currency = "eur" });
        AuditTrail.Record("payout", payout.Id);
        System.Console.WriteLine(payout.Status);
    }

    public void Transfer(long amount)
    {
        new TransferService().Create(new TransferCreateOptions { Amount = amount, Currency = "eur", Destination = "acct_1" });
        AuditTrail.Record("transfer", "Create");
    }
}

""");
}
