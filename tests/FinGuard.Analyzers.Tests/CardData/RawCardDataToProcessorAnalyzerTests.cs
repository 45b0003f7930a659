using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class RawCardDataToProcessorAnalyzerTests
{
    [Fact]
    public Task Stripe_server_side_card_tokens_and_payment_methods_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class StripeCharger
{
    public TokenCreateOptions Token(string number, string cvc) => new TokenCreateOptions
    {
        Card = new TokenCardOptions { {|FG1005:Number = number|}, ExpMonth = "12", ExpYear = "2030", {|FG1005:Cvc = cvc|} },
    };

    public PaymentMethodCreateOptions Method(string pan)
    {
        var card = new PaymentMethodCardOptions();
        {|FG1005:card.Number = pan|};
        card.ExpMonth = 12;
        return new PaymentMethodCreateOptions { Type = "card", Card = card };
    }
}
""");

    [Fact]
    public Task Client_side_tokens_and_other_stripe_members_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class StripeCharger
{
    public PaymentIntentCreateOptions Intent(string paymentMethodId) => new PaymentIntentCreateOptions
    {
        Amount = 1000, Currency = "usd", PaymentMethod = paymentMethodId, Confirm = true,
    };

    public PaymentMethodCreateOptions FromToken(string token) => new PaymentMethodCreateOptions
    {
        Type = "card", Card = new PaymentMethodCardOptions { Token = token, Number = null },
    };

    public InvoiceCreateOptions Invoice() => new InvoiceCreateOptions { Number = "INV-0001" };
}
""");

    [Fact]
    public Task Other_processors_are_recognised_by_their_real_type_names() => VerifyCS.VerifyAnalyzerAsync("""

public class Gateways
{
    public object Braintree(string pan, string cvv) => new Braintree.CreditCardRequest { {|FG1005:Number = pan|}, {|FG1005:CVV = cvv|}, Token = "t" };
    public object Adyen(string pan) => new Adyen.Model.Checkout.CardDetails { {|FG1005:Number = pan|}, EncryptedCardNumber = "adyenjs_..." };
    public object Checkout(string pan, string cvv) => new Checkout.Payments.Request.Source.RequestCardSource { {|FG1005:Number = pan|}, {|FG1005:Cvv = cvv|} };
    public object CheckoutToken(string pan) => new Checkout.Tokens.CardTokenRequest { {|FG1005:Number = pan|} };
    public object NotAnSdk(string pan) => new Lookalike.CreditCardRequest { Number = pan };
}
namespace Braintree { public class CreditCardRequest { public string? Number { get; set; } public string? CVV { get; set; } public string? Token { get; set; } } }
namespace Adyen.Model.Checkout { public class CardDetails { public string? Number { get; set; } public string? EncryptedCardNumber { get; set; } } }
namespace Checkout.Payments.Request.Source { public class RequestCardSource { public string? Number { get; set; } public string? Cvv { get; set; } } }
namespace Checkout.Tokens { public class CardTokenRequest { public string? Number { get; set; } } }
namespace Lookalike { public class CreditCardRequest { public string? Number { get; set; } } }
""");
}
