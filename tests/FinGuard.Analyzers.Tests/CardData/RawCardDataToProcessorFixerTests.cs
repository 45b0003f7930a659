using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer, FinGuard.CodeFixes.CardData.RawCardDataToProcessorFixer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    public class RawCardDataToProcessorFixerTests
    {
        [Fact]
        public Task Stripe_payment_method_from_raw_card_takes_the_client_side_token() => VerifyCS.VerifyCodeFixAsync(@"
using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string cardNumber, string cvc, long month, long year) => new PaymentMethodCreateOptions
    {
        Type = ""card"",
        Card = new PaymentMethodCardOptions { {|FG1005:Number = cardNumber|}, ExpMonth = month, ExpYear = year, {|FG1005:Cvc = cvc|} },
    };
}", @"
using Stripe;
public class Checkout
{
    public PaymentMethodCreateOptions Build(string cardNumber, string cvc, long month, long year) => new PaymentMethodCreateOptions
    {
        Type = ""card"",
        Card = new PaymentMethodCardOptions { Token = cardNumber /* FinGuard FG1005: a token created client-side by Stripe.js/Elements (https://docs.stripe.com/payments/elements), never the card number */ },
    };
}");

        [Fact]
        public Task No_rewrite_for_token_creation_or_statement_assignments()
        {
            const string source = @"
using Stripe;
public class Checkout
{
    public TokenCardOptions Token(string number) => new TokenCardOptions { {|FG1005:Number = number|} };
    public PaymentMethodCardOptions Method(string pan) { var card = new PaymentMethodCardOptions(); {|FG1005:card.Number = pan|}; return card; }
}";
            return VerifyCS.VerifyCodeFixAsync(source, source);
        }
    }
}
