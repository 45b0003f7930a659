using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Stripe;

namespace Corpus.AccessAudit.Pages
{
    public interface IRefundAudit
    {
        void Write(string action, string subject);
    }

    // Vulnerable: a back-office Razor page that refunds with no [Authorize] on the page model.
    public sealed class IssueRefundModel : PageModel
    {
        private readonly RefundService _refunds = new RefundService();
        private readonly IRefundAudit _audit;

        public IssueRefundModel(IRefundAudit audit) => _audit = audit;

        public IActionResult OnGet() => Page();

        public async Task<IActionResult> OnPostAsync(string chargeId, string requestId, CancellationToken ct) // expect: FG5001
        {
            Refund refund = await _refunds.CreateAsync(new RefundCreateOptions { Charge = chargeId }, new RequestOptions { IdempotencyKey = "refund-" + requestId }, ct);
            _audit.Write("refund", refund.Id);
            return RedirectToPage("Done");
        }
    }

    // Look-alike: the page model requires the finance role.
    [Authorize(Roles = "Finance")]
    public sealed class ApproveRefundModel : PageModel
    {
        private readonly RefundService _refunds = new RefundService();
        private readonly IRefundAudit _audit;

        public ApproveRefundModel(IRefundAudit audit) => _audit = audit;

        public async Task<IActionResult> OnPostAsync(string chargeId, string requestId, CancellationToken ct)
        {
            Refund refund = await _refunds.CreateAsync(new RefundCreateOptions { Charge = chargeId }, new RequestOptions { IdempotencyKey = "refund-" + requestId }, ct);
            _audit.Write("refund", refund.Id);
            return RedirectToPage("Done");
        }
    }
}
