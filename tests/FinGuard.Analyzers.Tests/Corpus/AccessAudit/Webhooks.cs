using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace Corpus.AccessAudit.Webhooks
{
    public interface IPaymentAudit
    {
        void Append(string action, string subject);
    }

    // Look-alike: Stripe calls this webhook anonymously, and the signature check is its authentication.
    [ApiController]
    [Route("webhooks/stripe")]
    public sealed class StripeWebhookController : ControllerBase
    {
        private readonly RefundService _refunds = new RefundService();
        private readonly IPaymentAudit _audit;
        private readonly string _secret;

        public StripeWebhookController(IPaymentAudit audit, string secret)
        {
            _audit = audit;
            _secret = secret;
        }

        [HttpPost]
        public IActionResult Receive(string json, [FromHeader(Name = "Stripe-Signature")] string signature)
        {
            Event stripeEvent = EventUtility.ConstructEvent(json, signature, _secret);
            if (stripeEvent.Type == "charge.dispute.funds_withdrawn" && stripeEvent.Data.Object is Dispute dispute)
            {
                Refund refund = _refunds.Create(new RefundCreateOptions { Charge = dispute.ChargeId }, new RequestOptions { IdempotencyKey = "dispute-" + dispute.Id });
                _audit.Append("refund", refund.Id);
            }

            return Ok(null);
        }
    }

    // Look-alike: a partner webhook verified with an HMAC compared in constant time.
    [ApiController]
    [Route("webhooks/partner")]
    public sealed class PartnerWebhookController : ControllerBase
    {
        private readonly TransferService _transfers = new TransferService();
        private readonly byte[] _key;

        public PartnerWebhookController(byte[] key) => _key = key;

        [HttpPost]
        public IActionResult Settle(string body, [FromHeader(Name = "X-Signature")] string signature, string settlementId)
        {
            using var hmac = new HMACSHA256(_key);
            byte[] expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(body));
            if (!CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(signature)))
            {
                return BadRequest("bad signature");
            }

            _transfers.Create( // expect: FG5002
                new TransferCreateOptions { Amount = 1000, Currency = "eur", Destination = "acct_partner" },
                new RequestOptions { IdempotencyKey = "settlement-" + settlementId });
            return Ok(null);
        }
    }

    // Vulnerable: the webhook never checks the signature, so anyone can post an event that triggers a payout.
    [ApiController]
    [Route("webhooks/unsigned")]
    public sealed class UnsignedWebhookController : ControllerBase
    {
        private readonly PayoutService _payouts = new PayoutService();
        private readonly IPaymentAudit _audit;

        public UnsignedWebhookController(IPaymentAudit audit) => _audit = audit;

        [HttpPost]
        public IActionResult Receive(string json) // expect: FG5001
        {
            Event stripeEvent = EventUtility.ParseEvent(json);
            Payout payout = _payouts.Create(new PayoutCreateOptions { Amount = 100, Currency = "eur" }, new RequestOptions { IdempotencyKey = "evt-" + stripeEvent.Id });
            _audit.Append("payout", payout.Id);
            return Ok(null);
        }
    }
}
