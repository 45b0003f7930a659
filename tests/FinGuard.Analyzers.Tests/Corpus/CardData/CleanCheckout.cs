using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Corpus.CardData.Clean
{
    // Payment code done right: client-side tokenization, tokens and masked forms only. Nothing here is a finding.
    public sealed record CreatePaymentRequest(string PaymentMethodId, long AmountInCents, string Currency, string OrderNumber, string IdempotencyKey);

    public sealed record PaymentResponse(string PaymentIntentId, string Status, string CardBrand, string CardLast4, int ExpMonth, int ExpYear);

    public sealed class SavedPaymentMethod
    {
        public Guid Id { get; set; }
        public string CustomerId { get; set; } = "";
        public string StripePaymentMethodId { get; set; } = "";
        public string CardFingerprint { get; set; } = "";
        public string CardBrand { get; set; } = "";
        public string CardLast4 { get; set; } = "";
        public string CardBin { get; set; } = "";
        public int CardExpMonth { get; set; }
        public int CardExpYear { get; set; }
        public string CardNetwork { get; set; } = "";
        public string CardCountry { get; set; } = "";
        public string CardFunding { get; set; } = "";
        public bool CvcCheckPassed { get; set; }
        public string CvcCheck { get; set; } = "";
        public DateTime CreatedAt { get; set; }
    }

    public sealed class GiftCard
    {
        public Guid Id { get; set; }
        public string GiftCardNumber { get; set; } = "";
        public string GiftCardPin { get; set; } = "";
        public decimal Balance { get; set; } // expect: FG3002
    }

    public sealed class ShopDbContext : DbContext
    {
        public DbSet<SavedPaymentMethod> PaymentMethods { get; set; } = null!;
        public DbSet<GiftCard> GiftCards { get; set; } = null!;
    }

    public sealed class PaymentService
    {
        private readonly PaymentIntentService _intents;
        private readonly ILogger<PaymentService> _logger;

        public PaymentService(PaymentIntentService intents, ILogger<PaymentService> logger)
        {
            _intents = intents;
            _logger = logger;
        }

        public async Task<PaymentResponse> PayAsync(CreatePaymentRequest request, CancellationToken cancellationToken)
        {
            _logger.LogInformation("Creating payment for order {OrderNumber} with {PaymentMethodId}", request.OrderNumber, request.PaymentMethodId);
            PaymentIntent intent = await _intents.CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = request.AmountInCents,
                Currency = request.Currency,
                PaymentMethod = request.PaymentMethodId,
                Confirm = true,
                AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true, AllowRedirects = "never" },
            }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);

            Debug.WriteLine($"intent {intent.Id} status {intent.Status}");
            Trace.TraceInformation("Payment {0} for order {1}", intent.Id, request.OrderNumber);
            var response = new PaymentResponse(intent.Id, intent.Status, "visa", "4242", 12, 2030);
            _logger.LogInformation("Payment {@Response}", response);
            return response;
        }

        public string ReceiptKey(string orderNumber, DateTime paidAt)
            => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(orderNumber + paidAt.ToString("O"))));

        public string Describe(SavedPaymentMethod method)
            => $"{method.CardBrand} ending {method.CardLast4} (exp {method.CardExpMonth}/{method.CardExpYear}, page 1 of 1)";
    }

    [ApiController]
    [Route("api/payment-methods")]
    public sealed class PaymentMethodsController : ControllerBase
    {
        [HttpGet("{id}")]
        public ActionResult<PaymentResponse> Get(Guid id) => new PaymentResponse("pi_123", "succeeded", "visa", "4242", 12, 2030);

        [HttpGet]
        public IActionResult List() => Ok(new List<SavedPaymentMethod>());

        public IActionResult Export(IEnumerable<SavedPaymentMethod> methods) => Ok(JsonSerializer.Serialize(methods));
    }

    public static class Formats
    {
        public const string MaskedPlaceholder = "•••• •••• •••• 4242";
        public const string BinRange = "424242";
        public const string StatementDescriptor = "ACME*ORDER 20261125";
        public const long MaxAmountInCents = 99999999L;
        public const string SupportPhone = "+1 800 555 0199";
        public const string Sku = "SKU-1234567890123";
        public const string TraceId = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        public const string Epoch = "1732540800000";
    }
}
