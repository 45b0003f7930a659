using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.CardData
{
    // A legacy checkout that receives raw card data from a form post.
    public class LegacyCheckoutForm
    {
        public string CardNumber { get; set; } = ""; // expect: FG1001
        public string CardholderName { get; set; } = "";
        public int ExpiryMonth { get; set; }
        public int ExpiryYear { get; set; }
        public string CardType { get; set; } = "";
        public string BillingZip { get; set; } = "";
        public long AmountInCents { get; set; }
        public string Currency { get; set; } = "usd";
    }

    public record SavedCardDto(string CustomerId, string CardLast4, string CardBrand, string PaymentMethodId, int ExpMonth, int ExpYear);

    public record RawCardPayload(string Pan, int ExpMonth, int ExpYear, string HolderName); // expect: FG1001

    public sealed class PaymentCard
    {
        public string Number { get; set; } = ""; // expect: FG1001
        public int ExpMonth { get; set; }
        public int ExpYear { get; set; }
        public string? Cvc { get; set; } // expect: FG1002
    }

    public sealed class GiftCard
    {
        public string Number { get; set; } = "";
        public decimal Balance { get; set; }
        public DateTime ExpiresOn { get; set; }
    }

    public sealed class ProductCard
    {
        public string Number { get; set; } = "";
        public string Title { get; set; } = "";
        public string ImageUrl { get; set; } = "";
    }

    public sealed class OrderSummary
    {
        public string OrderNumber { get; set; } = "";
        public int PageNumber { get; set; }
        public string PhoneNumber { get; set; } = "";
        public string MaskedPan { get; set; } = "";
        public string CardFingerprint { get; set; } = "";
        public string CardToken { get; set; } = "";
        public byte[] PanHash { get; set; } = Array.Empty<byte>();
        public string GiftCardCode { get; set; } = "";
        public string InvoiceNumber { get; set; } = "";
        public string TrackingNumber { get; set; } = "";
        public string Bin { get; set; } = "";
    }

    public interface IVaultClient
    {
        Task<string> StoreAsync(string cardNumber, int expMonth, int expYear, CancellationToken cancellationToken); // expect: FG1001
    }

    public sealed class VaultClient : IVaultClient
    {
        private readonly Dictionary<string, string> _tokens = new();
        private string? _lastCardNumber; // expect: FG1001

        public Task<string> StoreAsync(string cardNumber, int expMonth, int expYear, CancellationToken cancellationToken)
        {
            _lastCardNumber = cardNumber;
            string token = "tok_" + Guid.NewGuid().ToString("N");
            _tokens[token] = cardNumber.Substring(cardNumber.Length - 4);
            return Task.FromResult(token);
        }

        public string Describe(string cardToken, int pageNumber, string last4) => $"{cardToken}:{pageNumber}:{last4}";
    }

    public static class CardFormatting
    {
        public static string Group(string ccNumber) // expect: FG1001
        {
            return string.Join(" ", Chunk(ccNumber));
        }

        public static IEnumerable<string> Chunk(string value)
        {
            for (int i = 0; i < value.Length; i += 4)
            {
                yield return value.Substring(i, Math.Min(4, value.Length - i));
            }
        }

        public static string Brand(string firstSix) => firstSix.StartsWith("4") ? "visa" : "other";
    }

    public sealed class TerminalMessage(string primaryAccountNumber, string terminalId) // expect: FG1001
    {
        public string TerminalId => terminalId;
        public int Length => primaryAccountNumber.Length;
    }

    public sealed class LibraryMember
    {
        public string LibraryCardNumber { get; set; } = "";
        public string LoyaltyCardNo { get; set; } = "";
        public int CardCount { get; set; }
        public bool HasCardOnFile { get; set; }
        public string CardNumberHint { get; set; } = "";
    }
}
