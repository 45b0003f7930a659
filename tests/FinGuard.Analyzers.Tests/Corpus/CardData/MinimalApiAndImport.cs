using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Corpus.CardData.MinimalApi
{
    public static class RouteTable
    {
        public static void MapPost(string pattern, Delegate handler) { }
        public static void MapGet(string pattern, Delegate handler) { }
    }

    public interface ICardVault
    {
        Task<string> TokenizeAsync(string value, CancellationToken cancellationToken);
    }

    public static class PaymentEndpoints
    {
        public static void Map(ILogger logger, ICardVault vault)
        {
            RouteTable.MapPost("/payments", (string paymentMethodId, long amount) => Results(paymentMethodId, amount));
            RouteTable.MapPost("/legacy/payments", async (string cardNumber, int expMonth, int expYear, CancellationToken ct) => // expect: FG1001
            {
                string token = await vault.TokenizeAsync(cardNumber, ct);
                logger.LogInformation("Tokenized card for {Month}/{Year} as {Token}", expMonth, expYear, token);
                return token;
            });
            RouteTable.MapGet("/orders/{orderNumber}", (string orderNumber, int pageNumber) => $"{orderNumber}:{pageNumber}");
        }

        private static string Results(string paymentMethodId, long amount) => paymentMethodId + amount;
    }

    // Nightly import of a processor settlement file.
    public sealed class SettlementImporter
    {
        private readonly ILogger<SettlementImporter> _logger;

        public SettlementImporter(ILogger<SettlementImporter> logger) => _logger = logger;

        public IReadOnlyList<(string OrderNumber, string CardLast4, decimal Amount)> Import(TextReader reader)
        {
            var rows = new List<(string OrderNumber, string CardLast4, decimal Amount)>();
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                string[] fields = line.Split(';');
                var cardNumber = fields[1]; // silent: only cut to its last four and masked (a range cut-down counts as masking since session 20, as Substring did)
                string last4 = cardNumber.Length >= 4 ? cardNumber[^4..] : "";
                var masked = FinGuard.Security.CardMasking.Mask(cardNumber);
                rows.Add((fields[0], last4, decimal.Parse(fields[2])));
                _logger.LogDebug("Imported {Order} card {Card}", fields[0], masked);
            }

            return rows;
        }

        public (string CardNumber, DateTime SettledAt) ParseLegacy(string line) => (line.Substring(0, 16), DateTime.UtcNow); // expect: FG1001

        public IEnumerable<string> Last4s(IEnumerable<string> pans) => pans.Select(pan => pan[^4..]); // expect: FG1001

        public int CountCards(IEnumerable<string> cardTokens) => cardTokens.Count(cardToken => cardToken.StartsWith("pm_", StringComparison.Ordinal));
    }

    public sealed class Receipt
    {
        public string ReceiptNumber { get; set; } = "";
        public string CardDisplay { get; set; } = "";
        public string CardBrand { get; set; } = "";
        public string AuthorizationCode { get; set; } = "";
        public string TerminalId { get; set; } = "";
        public string MerchantCategoryCode { get; set; } = "";
        public string CardholderName { get; set; } = "";
        public DateTime IssuedAt { get; set; }

        public override string ToString() => $"{ReceiptNumber} {CardBrand} {CardDisplay} {AuthorizationCode}";
    }
}
