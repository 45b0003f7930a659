using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Tests.Verifiers;
using FinGuard.CodeFixes.CardData;

namespace FinGuard.Analyzers.Tests.CardData;

public class RawCardDataToProcessorFixerTests
{
    private const string OtherSdks = @"
namespace Braintree
{
    public class CreditCardRequest
    {
        public string? Number { get; set; }
        public string? CVV { get; set; }
        public string? ExpirationDate { get; set; }
        public string? CardholderName { get; set; }
        public string? PaymentMethodNonce { get; set; }
        public string? CustomerId { get; set; }
    }
}
namespace Adyen.Model.Checkout
{
    public class CardDetails
    {
        public string? Number { get; set; }
        public string? Cvc { get; set; }
        public string? ExpiryMonth { get; set; }
        public string? ExpiryYear { get; set; }
        public string? HolderName { get; set; }
        public string? EncryptedCardNumber { get; set; }
        public string? EncryptedSecurityCode { get; set; }
        public string? EncryptedExpiryMonth { get; set; }
        public string? EncryptedExpiryYear { get; set; }
    }
}";

    private static Task VerifyAsync(string source, string fixedSource, string equivalenceKey, string? editorConfig = null)
    {
        var test = new HelperCodeFixTest<RawCardDataToProcessorAnalyzer, RawCardDataToProcessorFixer> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig + "\n"));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Stripe_payment_method_from_raw_card_takes_the_client_side_token() => VerifyAsync("""

using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string cardNumber, string cvc, long month, long year) => new PaymentMethodCreateOptions
    {
        Type = "card",
        Card = new PaymentMethodCardOptions { {|FG1005:Number = cardNumber|}, ExpMonth = month, ExpYear = year, {|FG1005:Cvc = cvc|} },
    };
}
""", """

using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string cardNumber, string cvc, long month, long year) => new PaymentMethodCreateOptions
    {
        Type = "card",
        Card = new PaymentMethodCardOptions { Token = cardNumber /* FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number */ },
    };
}
""", RawCardDataToProcessorFixer.EquivalenceKey);

    // The sample's shape: a multi-line initializer keeps its layout (what dotnet format writes back to the file).
    [Fact]
    public Task Multi_line_card_options_keep_their_layout() => VerifyAsync(@"
using Stripe;
public class Checkout
{
    public PaymentMethodCardOptions Card(string cardNumber, string cvc, long month, long year) => new PaymentMethodCardOptions
    {
        {|FG1005:Number = cardNumber|},
        ExpMonth = month,
        ExpYear = year,
        {|FG1005:Cvc = cvc|},
    };
}", @"
using Stripe;
public class Checkout
{
    public PaymentMethodCardOptions Card(string cardNumber, string cvc, long month, long year) => new PaymentMethodCardOptions
    {
        Token = cardNumber, // FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number
    };
}", RawCardDataToProcessorFixer.EquivalenceKey);

    [Fact]
    public Task Stripe_statement_form_takes_the_client_side_token() => VerifyAsync("""

using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string pan, string cvc, long month, long year)
    {
        var card = new PaymentMethodCardOptions();
        {|FG1005:card.Number = pan|};
        card.ExpMonth = month;
        card.ExpYear = year;
        {|FG1005:card.Cvc = cvc|};
        return new PaymentMethodCreateOptions { Type = "card", Card = card };
    }
}
""", """

using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string pan, string cvc, long month, long year)
    {
        var card = new PaymentMethodCardOptions();
        card.Token = pan /* FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number */;
        return new PaymentMethodCreateOptions { Type = "card", Card = card };
    }
}
""", RawCardDataToProcessorFixer.EquivalenceKey);

    [Fact]
    public Task Braintree_takes_the_nonce_and_Adyen_the_encrypted_fields() => VerifyAsync("""

public class Gateways
{
    public Braintree.CreditCardRequest Vault(string customerId, string cardNumber, string cvv) => new Braintree.CreditCardRequest
    {
        CustomerId = customerId,
        {|FG1005:Number = cardNumber|},
        {|FG1005:CVV = cvv|},
        ExpirationDate = "12/2030",
    };

    public Adyen.Model.Checkout.CardDetails Adyen(string number, string cvc, string month, string year)
        => new() { {|FG1005:Number = number|}, {|FG1005:Cvc = cvc|}, ExpiryMonth = month, ExpiryYear = year, HolderName = "J. Doe" };
}
""" + OtherSdks, """

public class Gateways
{
    public Braintree.CreditCardRequest Vault(string customerId, string cardNumber, string cvv) => new Braintree.CreditCardRequest
    {
        CustomerId = customerId,
        PaymentMethodNonce = cardNumber /* FinGuard FG1005: a payment method nonce from Braintree Drop-in/Hosted Fields (https://developer.paypal.com/braintree/docs/guides/hosted-fields/overview), never the card number */,
    };

    public Adyen.Model.Checkout.CardDetails Adyen(string number, string cvc, string month, string year)
        => new() { EncryptedCardNumber = number /* FinGuard FG1005: the encrypted field from Adyen Web/Components (https://docs.adyen.com/payment-methods/cards/custom-card-integration), never the card number */, EncryptedSecurityCode = cvc, EncryptedExpiryMonth = month, EncryptedExpiryYear = year, HolderName = "J. Doe" };
}
""" + OtherSdks, RawCardDataToProcessorFixer.EquivalenceKey);

    [Fact]
    public Task Server_side_token_creation_goes_through_an_injected_ICardTokenizer() => VerifyAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Stripe;
internal sealed class Checkout
{
    private readonly TokenService _tokens;

    public Checkout(TokenService tokens)
    {
        _tokens = tokens;
    }

    public async Task<string> TokenizeAsync(string cardNumber, string cvc, int month, int year, CancellationToken ct)
    {
        Token token = await _tokens.CreateAsync(new TokenCreateOptions
        {
            Card = new TokenCardOptions
            {
                {|FG1005:Number = cardNumber|},
                ExpMonth = month.ToString(),
                ExpYear = year.ToString(),
                {|FG1005:Cvc = cvc|},
            },
        }, cancellationToken: ct);
        return token.Id;
    }
}", @"
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Security;
using Stripe;
internal sealed class Checkout
{
    private readonly TokenService _tokens;
    private readonly ICardTokenizer _cardTokenizer;

    public Checkout(TokenService tokens, ICardTokenizer cardTokenizer)
    {
        _tokens = tokens;
        _cardTokenizer = cardTokenizer;
    }

    public async Task<string> TokenizeAsync(string cardNumber, string cvc, int month, int year, CancellationToken ct)
    {
        var token = await _cardTokenizer.TokenizeAsync(cardNumber, month, year, ct);
        return token.Value;
    }
}", RawCardDataToProcessorFixer.TokenizerEquivalenceKey);

    [Fact]
    public Task Payment_method_creation_gets_a_constructor_and_reuses_the_field_in_Fix_All() => VerifyAsync("""

using System.Threading.Tasks;
using Stripe;
internal class Wallet
{
    private readonly PaymentMethodService _methods = new PaymentMethodService();

    public async Task<string> AddAsync(string pan, long month, long year)
    {
        var options = new PaymentMethodCreateOptions { Type = "card", Card = new PaymentMethodCardOptions { {|FG1005:Number = pan|}, ExpMonth = month, ExpYear = year } };
        return (await _methods.CreateAsync(options)).Id;
    }

    public async Task AddSilentlyAsync(string pan)
    {
        await _methods.CreateAsync(new PaymentMethodCreateOptions { Card = new PaymentMethodCardOptions { {|FG1005:Number = pan|}, ExpMonth = 12, ExpYear = 2030 } });
    }
}
""", @"
using System.Threading.Tasks;
using FinGuard.Security;
using Stripe;
internal class Wallet
{
    private readonly PaymentMethodService _methods = new PaymentMethodService();
    private readonly ICardTokenizer _cardTokenizer;

    public Wallet(ICardTokenizer cardTokenizer)
    {
        _cardTokenizer = cardTokenizer;
    }

    public async Task<string> AddAsync(string pan, long month, long year)
    {
        return (await _cardTokenizer.TokenizeAsync(pan, (int)month, (int)year)).Value;
    }

    public async Task AddSilentlyAsync(string pan)
    {
        await _cardTokenizer.TokenizeAsync(pan, 12, 2030);
    }
}", RawCardDataToProcessorFixer.TokenizerEquivalenceKey);

    [Fact]
    public Task Configured_tokenizer_type_is_injected() => VerifyAsync("""

using System.Threading;
using System.Threading.Tasks;
using Stripe;
namespace Shop
{
    public sealed class VaultToken { public string Value { get; set; } = ""; }
    public interface IVault { Task<VaultToken> TokenizeAsync(string pan, int month, int year, CancellationToken cancellationToken = default); }
    public class Checkout
    {
        public async Task<string> SaveAsync(string pan)
        {
            var token = await new TokenService().CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { {|FG1005:Number = pan|}, ExpMonth = "12", ExpYear = "2030" } });
            return token.Id;
        }
    }
}
""", """

using System.Threading;
using System.Threading.Tasks;
using Stripe;
namespace Shop
{
    public sealed class VaultToken { public string Value { get; set; } = ""; }
    public interface IVault { Task<VaultToken> TokenizeAsync(string pan, int month, int year, CancellationToken cancellationToken = default); }
    public class Checkout
    {
        private readonly IVault _cardTokenizer;

        public Checkout(IVault cardTokenizer)
        {
            _cardTokenizer = cardTokenizer;
        }

        public async Task<string> SaveAsync(string pan)
        {
            var token = await _cardTokenizer.TokenizeAsync(pan, 12, 2030);
            return token.Value;
        }
    }
}
""", RawCardDataToProcessorFixer.TokenizerEquivalenceKey, "finguard.tokenizer_type = IVault");

    [Fact]
    public Task No_tokenizer_where_the_shape_does_not_map()
    {
        const string source = """

using System.Threading.Tasks;
using Stripe;
public class Checkout
{
    private readonly TokenService _tokens = new TokenService();

    // The whole Token is returned: CardToken is not a Token.
    public async Task<Token> ReturnAsync(string pan) => await _tokens.CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { {|FG1005:Number = pan|}, ExpMonth = "1", ExpYear = "2030" } });

    // Request options (an idempotency key, a connected account) cannot follow the call.
    public async Task<string> WithOptionsAsync(string pan)
    {
        var token = await _tokens.CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { {|FG1005:Number = pan|}, ExpMonth = "1", ExpYear = "2030" } }, new RequestOptions { StripeAccount = "acct_1" });
        return token.Id;
    }

    // Other uses of the result (its card's last four) have no CardToken equivalent here.
    public async Task<string> Last4Async(string pan)
    {
        var token = await _tokens.CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { {|FG1005:Number = pan|}, ExpMonth = "1", ExpYear = "2030" } });
        return token.Card.Last4;
    }
}
public class Caller { public Checkout Create() => new Checkout(); }

// A public class with a public constructor cannot take the internal ICardTokenizer (and dependency injection needs the constructor public).
public class PublicCheckout
{
    private readonly TokenService _tokens = new TokenService();

    public async Task<string> SaveAsync(string pan)
    {
        var token = await _tokens.CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { {|FG1005:Number = pan|}, ExpMonth = "1", ExpYear = "2030" } });
        return token.Id;
    }
}
""";
        return VerifyAsync(source, source, RawCardDataToProcessorFixer.TokenizerEquivalenceKey);
    }

    [Fact]
    public Task No_token_field_for_token_creation_or_extra_fields()
    {
        const string source = """

using Stripe;
public class Checkout
{
    public TokenCardOptions Token(string number) => new TokenCardOptions { {|FG1005:Number = number|} };
    public PaymentMethodCardOptions Method(string pan) => new PaymentMethodCardOptions { {|FG1005:Number = pan|}, Networks = new PaymentMethodCardNetworksOptions { Preferred = "visa" } };
}
""";
        return VerifyAsync(source, source, RawCardDataToProcessorFixer.EquivalenceKey);
    }
}
