using System.Data.Common;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dapper;
using Stripe;

namespace Corpus.CardData.Tokenization
{
    // A back-office service that still tokenizes cards on the server (the FG1005 ICardTokenizer shapes).
    internal sealed class BackOfficeCardVault
    {
        private readonly TokenService _tokens;
        private readonly PaymentMethodService _paymentMethods;

        public BackOfficeCardVault(TokenService tokens, PaymentMethodService paymentMethods)
        {
            _tokens = tokens;
            _paymentMethods = paymentMethods;
        }

        public async Task<string> VaultAsync(ManualCard card, CancellationToken cancellationToken)
        {
            Token token = await _tokens.CreateAsync(new TokenCreateOptions
            {
                Card = new TokenCardOptions
                {
                    Number = card.CardNumber, // expect: FG1005
                    ExpMonth = card.ExpiryMonth.ToString(),
                    ExpYear = card.ExpiryYear.ToString(),
                },
            }, cancellationToken: cancellationToken);
            return token.Id;
        }

        public async Task<string> AttachAsync(ManualCard card)
        {
            var options = new PaymentMethodCreateOptions
            {
                Type = "card",
                Card = new PaymentMethodCardOptions { Number = card.CardNumber, ExpMonth = card.ExpiryMonth, ExpYear = card.ExpiryYear }, // expect: FG1005
            };
            PaymentMethod method = await _paymentMethods.CreateAsync(options);
            return method.Id;
        }

        // Statement form: the card options are filled one property at a time.
        public PaymentMethodCreateOptions Build(ManualCard card)
        {
            var details = new PaymentMethodCardOptions();
            details.Number = card.CardNumber; // expect: FG1005
            details.ExpMonth = card.ExpiryMonth;
            details.ExpYear = card.ExpiryYear;
            return new PaymentMethodCreateOptions { Type = "card", Card = details };
        }

        public Braintree.CreditCardRequest Vault(string customerId, ManualCard card) => new Braintree.CreditCardRequest
        {
            CustomerId = customerId,
            Number = card.CardNumber, // expect: FG1005
            ExpirationDate = card.ExpiryMonth + "/" + card.ExpiryYear,
        };
    }

    internal sealed class ManualCard
    {
        public string CardNumber { get; set; } = ""; // expect: FG1001
        public int ExpiryMonth { get; set; }
        public int ExpiryYear { get; set; }
    }

    internal static class CardArchive
    {
        public static Task<int> SaveAsync(DbConnection connection, ManualCard card, string orderId)
            => connection.ExecuteAsync("insert into card_archive (order_id, card_number) values (@orderId, @CardNumber)", new { orderId, card.CardNumber }); // expect: FG1004

        public static string Export(ManualCard card) => JsonSerializer.Serialize(card.CardNumber); // expect: FG1004

        public static string Reminder(string customer) => $"{customer}: call about card 4539 5787 6362 1486 before Friday"; // expect: FG1006
    }
}
