using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Corpus.CardData.Logging
{
    public sealed class ChargeRequest
    {
        public string CardNumber { get; set; } = ""; // expect: FG1001
        public string CardholderName { get; set; } = "";
        public int ExpMonth { get; set; }
        public int ExpYear { get; set; }
        public string PaymentMethodId { get; set; } = "";
        public string CardLast4 { get; set; } = "";
        public string CardBrand { get; set; } = "";
        public long AmountInCents { get; set; }
        public string OrderNumber { get; set; } = "";
        public string Currency { get; set; } = "usd";
    }

    public sealed class ChargeResult
    {
        public bool Succeeded { get; init; }
        public string? DeclineCode { get; init; }
        public string? ChargeId { get; init; }
    }

    public interface IGateway
    {
        Task<ChargeResult> ChargeAsync(string paymentMethodId, long amount, string currency, CancellationToken cancellationToken);
    }

    public sealed class PaymentDeclinedException : Exception
    {
        public PaymentDeclinedException(string message) : base(message) { }
        public PaymentDeclinedException(string message, string declineCode) : base(message) => DeclineCode = declineCode;
        public string? DeclineCode { get; }
    }

    public static partial class PaymentLog
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Charging {PaymentMethod} for {Amount} {Currency}")]
        public static partial void Charging(ILogger logger, string paymentMethod, long amount, string currency);

        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Card {Card} was declined with {DeclineCode}")]
        public static partial void Declined(ILogger logger, string card, string? declineCode);

        public static partial void Charging(ILogger logger, string paymentMethod, long amount, string currency) { }
        public static partial void Declined(ILogger logger, string card, string? declineCode) { }
    }

    public sealed class CheckoutService
    {
        private readonly IGateway _gateway;
        private readonly ILogger<CheckoutService> _logger;

        public CheckoutService(IGateway gateway, ILogger<CheckoutService> logger)
        {
            _gateway = gateway;
            _logger = logger;
        }

        public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
        {
            _logger.LogInformation("Checkout started for order {OrderNumber}", request.OrderNumber);
            _logger.LogDebug("Raw checkout payload card={Card} exp={Month}/{Year}", request.CardNumber, request.ExpMonth, request.ExpYear); // expect: FG1003
            _logger.LogInformation("Charging {Brand} ending {Last4}", request.CardBrand, request.CardLast4);
            PaymentLog.Charging(_logger, request.PaymentMethodId, request.AmountInCents, request.Currency);

            ChargeResult result = await _gateway.ChargeAsync(request.PaymentMethodId, request.AmountInCents, request.Currency, cancellationToken);
            if (!result.Succeeded)
            {
                PaymentLog.Declined(_logger, request.CardNumber, result.DeclineCode); // expect: FG1003
                PaymentLog.Declined(_logger, request.CardLast4, result.DeclineCode);
                throw new PaymentDeclinedException($"Card {request.CardNumber} declined: {result.DeclineCode}"); // expect: FG1003
            }

            _logger.LogInformation("Charge {ChargeId} succeeded for order {OrderNumber} page {Page}", result.ChargeId, request.OrderNumber, 1);
            return result;
        }

        public void Audit(ChargeRequest request)
        {
            string masked = FinGuard.Security.CardMasking.Mask(request.CardNumber);
            _logger.LogInformation("Audit card {Card}", masked);
            _logger.LogInformation("Audit card {Card}", FinGuard.Security.CardMasking.Mask(request.CardNumber, keepFirstSix: true));
            _logger.LogWarning("Card " + request.CardNumber + " failed AVS"); // expect: FG1003
            _logger.LogInformation("Card length {Length}", request.CardNumber.Length);
            _logger.LogInformation("Card ends with {Last4}", request.CardNumber.Substring(request.CardNumber.Length - 4));
        }
    }

    public sealed class LegacyTerminal
    {
        public void Swipe(string trackData, string pan, string cvv, string cardToken) // expect: FG1001
        {
            Console.WriteLine("Swiped: " + trackData); // expect: FG1003
            Debug.WriteLine($"pan={pan} cvv={cvv}"); // expect: FG1003
            Trace.TraceInformation("token {0}", cardToken);
            Console.WriteLine($"Terminal ready at {DateTime.UtcNow:O}");
            if (cvv.Length is < 3 or > 4)
            {
                throw new ArgumentException("Invalid security code length", nameof(cvv));
            }
        }

        public void Report(ILogger logger, int pageNumber, string phoneNumber, string giftCardCode, string cardFingerprint, string maskedPan, string cardType)
        {
            logger.LogInformation("Page {PageNumber}", pageNumber);
            logger.LogInformation("Contact {Phone} gift {Gift}", phoneNumber, giftCardCode);
            logger.LogInformation("Fingerprint {Fingerprint} masked {MaskedPan} type {CardType}", cardFingerprint, maskedPan, cardType);
        }
    }

    public sealed class SerilogCheckout
    {
        private readonly Serilog.ILogger _log;

        public SerilogCheckout(Serilog.ILogger log) => _log = log;

        public void Log(ChargeRequest request, string value)
        {
            Serilog.Log.Information("Charging {CardNumber}", value); // expect: FG1003
            _log.Warning("Declined {Card} for {Order}", request.CardNumber, request.OrderNumber); // expect: FG1003
            _log.Information("Charged {PaymentMethodId} ending {Last4}", request.PaymentMethodId, request.CardLast4);
        }
    }
}
