using System.Threading;
using System.Threading.Tasks;
using Stripe;

namespace Corpus.CardData.Processors
{
    public sealed class RawCardCheckout
    {
        private readonly TokenService _tokens;
        private readonly PaymentIntentService _intents;

        public RawCardCheckout(TokenService tokens, PaymentIntentService intents)
        {
            _tokens = tokens;
            _intents = intents;
        }

        // Legacy server-side tokenization: the card number reaches our server.
        public async Task<string> TokenizeAsync(string cardNumber, string cvc, int month, int year, CancellationToken ct) // expect: FG1001
        {
            Token token = await _tokens.CreateAsync(new TokenCreateOptions
            {
                Card = new TokenCardOptions
                {
                    Number = cardNumber, // expect: FG1005
                    ExpMonth = month.ToString(),
                    ExpYear = year.ToString(),
                    Cvc = cvc, // expect: FG1005
                },
            }, cancellationToken: ct);
            return token.Id;
        }

        public PaymentMethodCreateOptions BuildPaymentMethod(Corpus.CardData.Processors.CardInput input)
        {
            var card = new PaymentMethodCardOptions();
            card.Number = input.Pan; // expect: FG1005
            card.ExpMonth = input.ExpMonth;
            card.ExpYear = input.ExpYear;
            return new PaymentMethodCreateOptions { Type = "card", Card = card };
        }

        // The right way: the browser tokenized the card with Stripe Elements.
        public Task<PaymentIntent> ChargeAsync(string orderId, string paymentMethodId, long amount, CancellationToken ct)
            => _intents.CreateAsync(new PaymentIntentCreateOptions
            {
                Amount = amount,
                Currency = "usd",
                PaymentMethod = paymentMethodId,
                Confirm = true,
            }, new RequestOptions { IdempotencyKey = $"order-{orderId}-charge" }, ct);

        public PaymentMethodCreateOptions FromToken(string cardToken)
            => new PaymentMethodCreateOptions { Type = "card", Card = new PaymentMethodCardOptions { Token = cardToken } };

        public InvoiceCreateOptions Invoice(string customerId)
            => new InvoiceCreateOptions { Customer = customerId, Number = "INV-2026-0001" };
    }

    public sealed class CardInput
    {
        public string Pan { get; set; } = ""; // expect: FG1001
        public long ExpMonth { get; set; }
        public long ExpYear { get; set; }
    }

    public sealed class OtherGateways
    {
        public Braintree.TransactionRequest Braintree(decimal amount, string cardNumber, string cvv) => new() // expect: FG1001
        {
            Amount = amount,
            CreditCard = new global::Braintree.TransactionCreditCardRequest
            {
                Number = cardNumber, // expect: FG1005
                CVV = cvv, // expect: FG1005
                ExpirationDate = "12/2030",
            },
        };

        public Braintree.TransactionRequest BraintreeNonce(decimal amount, string paymentMethodNonce)
            => new() { Amount = amount, PaymentMethodNonce = paymentMethodNonce };

        public Adyen.Model.Checkout.CardDetails AdyenEncrypted(string encryptedCardNumber, string encryptedSecurityCode)
            => new() { EncryptedCardNumber = encryptedCardNumber, EncryptedSecurityCode = encryptedSecurityCode };

        public Adyen.Model.Checkout.CardDetails AdyenRaw(CardInput input)
            => new() { Number = input.Pan, HolderName = "J. Doe" }; // expect: FG1005

        public Checkout.Payments.Request.Source.RequestCardSource CheckoutCom(CardInput input, string cvv)
            => new() { Number = input.Pan, Cvv = cvv, ExpiryMonth = 12, ExpiryYear = 2030 }; // expect: FG1005

        public Checkout.Payments.Request.Source.RequestTokenSource CheckoutComToken(string token) => new() { Token = token };
    }
}
