using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace Corpus.AccessAudit.Controllers
{
    public interface IAuditJournal
    {
        Task RecordAsync(string actor, string action, string subject, CancellationToken ct);
    }

    /// <summary>The refund service the controllers share; it moves the money, the callers decide who may ask.</summary>
    public sealed class RefundWorkflow
    {
        private readonly RefundService _refunds;
        private readonly PaymentIntentService _paymentIntents;
        private readonly IAuditJournal _journal;

        public RefundWorkflow(StripeClient client, IAuditJournal journal)
        {
            _refunds = new RefundService(client);
            _paymentIntents = new PaymentIntentService(client);
            _journal = journal;
        }

        public Task<Refund> RefundAsync(string paymentIntentId, long amount, string requestId, CancellationToken ct)
            => _refunds.CreateAsync( // expect: FG5002
                new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amount },
                new RequestOptions { IdempotencyKey = $"refund-{requestId}" },
                ct);

        public async Task<Refund> RefundAndRecordAsync(string actor, string paymentIntentId, long amount, string requestId, CancellationToken ct)
        {
            Refund refund = await _refunds.CreateAsync(
                new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amount },
                new RequestOptions { IdempotencyKey = $"refund-{requestId}" },
                ct);
            await _journal.RecordAsync(actor, "refund", refund.Id, ct);
            return refund;
        }

        public Task<PaymentIntent> CaptureAsync(string paymentIntentId, string orderId, CancellationToken ct)
            => _paymentIntents.CaptureAsync( // expect: FG5002
                paymentIntentId,
                new PaymentIntentCaptureOptions(),
                new RequestOptions { IdempotencyKey = $"order-{orderId}-capture" },
                ct);

        public Task<PaymentIntent> ChargeAsync(long amount, string orderId, CancellationToken ct)
            => _paymentIntents.CreateAsync(
                new PaymentIntentCreateOptions { Amount = amount, Currency = "eur" },
                new RequestOptions { IdempotencyKey = $"order-{orderId}-payment" },
                ct);

        public Task<PaymentIntent> GetAsync(string paymentIntentId, CancellationToken ct) => _paymentIntents.GetAsync(paymentIntentId, cancellationToken: ct);

        public Task<StripeList<Refund>> ListRefundsAsync(string paymentIntentId, CancellationToken ct)
            => _refunds.ListAsync(new RefundListOptions { PaymentIntent = paymentIntentId }, cancellationToken: ct);
    }

    // Vulnerable: any anonymous caller can refund; the refund is not audited either.
    [ApiController]
    [Route("api/orders")]
    public sealed class OrderRefundsController : ControllerBase
    {
        private readonly RefundWorkflow _workflow;

        public OrderRefundsController(RefundWorkflow workflow) => _workflow = workflow;

        [HttpPost("{paymentIntentId}/refund")]
        public async Task<IActionResult> Refund(string paymentIntentId, long amount, string requestId, CancellationToken ct) // expect: FG5001
        {
            Refund refund = await _workflow.RefundAsync(paymentIntentId, amount, requestId, ct);
            return Ok(new { refund.Id, refund.Status });
        }

        // Look-alike: read-only payment endpoints move no money.
        [HttpGet("{paymentIntentId}")]
        public async Task<IActionResult> Get(string paymentIntentId, CancellationToken ct) => Ok(await _workflow.GetAsync(paymentIntentId, ct));

        [HttpGet("{paymentIntentId}/refunds")]
        public async Task<IActionResult> Refunds(string paymentIntentId, CancellationToken ct) => Ok(await _workflow.ListRefundsAsync(paymentIntentId, ct));

        // Look-alike: guest checkout takes the customer's own money; charges are not privileged by default.
        [HttpPost("{orderId}/pay")]
        public async Task<IActionResult> Pay(string orderId, long amount, CancellationToken ct) => Ok(await _workflow.ChargeAsync(amount, orderId, ct));
    }

    // Look-alike: the admin controller is protected by a controller-level policy and audits each refund.
    [ApiController]
    [Route("admin/refunds")]
    [Authorize(Policy = "PaymentsAdmin")]
    public sealed class AdminRefundsController : ControllerBase
    {
        private readonly RefundWorkflow _workflow;

        public AdminRefundsController(RefundWorkflow workflow) => _workflow = workflow;

        [HttpPost]
        public async Task<IActionResult> Create(string actor, string paymentIntentId, long amount, string requestId, CancellationToken ct)
            => Ok(await _workflow.RefundAndRecordAsync(actor, paymentIntentId, amount, requestId, ct));

        // Vulnerable: [AllowAnonymous] overrides the controller's policy.
        [HttpPost("goodwill")]
        [AllowAnonymous]
        public async Task<IActionResult> Goodwill(string paymentIntentId, string requestId, CancellationToken ct) // expect: FG5001
            => Ok(await _workflow.RefundAndRecordAsync("goodwill", paymentIntentId, 500, requestId, ct));
    }

    // Vulnerable: a bare [Authorize] lets every signed-in customer capture payments.
    [ApiController]
    [Route("api/captures")]
    [Authorize]
    public sealed class CaptureController : ControllerBase
    {
        private readonly RefundWorkflow _workflow;
        private readonly IAuditJournal _journal;

        public CaptureController(RefundWorkflow workflow, IAuditJournal journal)
        {
            _workflow = workflow;
            _journal = journal;
        }

        [HttpPost("{orderId}")]
        public async Task<IActionResult> Capture(string orderId, string paymentIntentId, CancellationToken ct) // expect: FG5001
        {
            var captured = await _workflow.CaptureAsync(paymentIntentId, orderId, ct);
            await _journal.RecordAsync(User(), "capture", captured.Id, ct);
            return Ok(captured.Id);
        }

        [HttpPost("{orderId}/unaudited"), Authorize(Roles = "Finance")]
        public async Task<IActionResult> CaptureUnaudited(string orderId, string paymentIntentId, CancellationToken ct)
            => Ok((await _workflow.CaptureAsync(paymentIntentId, orderId, ct)).Id);

        private static string User() => "current-user";
    }
}
