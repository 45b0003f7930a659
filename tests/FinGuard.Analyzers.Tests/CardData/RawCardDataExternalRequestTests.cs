using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 on request types the SDK tables do not model: a card number or security code, read from a card-named member
/// or variable, set on a card-named member of a type the compilation does not declare (a gateway library, a web-service
/// proxy, an SDK not restored). Look-alikes: the application's own DTOs, values not named as card data (tokens, last four,
/// literals), non-card members of the external type, anonymous objects, cleared fields.
/// </summary>
public class RawCardDataExternalRequestTests
{
    [Fact]
    public Task Card_values_set_on_unresolved_gateway_types_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
using GatewayLib.Proxy;
public class SaleDetails { public string CardNumber { get; set; } = ""; public string CardCvv { get; set; } = ""; public string CardToken { get; set; } = ""; }
public class Gateway
{
    public object Sale(SaleDetails details, string cardNo, Icharge icharge)
    {
        {|FG1005:icharge.Card.Number = details.CardNumber|};
        {|FG1005:icharge.Card.CVVData = details.CardCvv|};
        var card = new CreditCard
        {
            {|FG1005:number = details.CardNumber|},
            {|FG1005:cvv2 = details.CardCvv|},
            first_name = "Joe",
        };
        var options = new TokenRequest { {|FG1005:CardNumber = cardNo|} };
        return new VaultRequest { CardToken = details.CardToken, CardNumber = details.CardToken, CardLastFour = details.CardNumber, Cvv = null };
    }
}
""");

    [Fact]
    public Task Own_types_anonymous_objects_and_unnamed_values_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using GatewayLib.Proxy;
public class SaleDetails { public string CardNumber { get; set; } = ""; public string CardCvv { get; set; } = ""; public string MaskedCardNumber { get; set; } = ""; }
public class PaymentRecord { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class Mapper
{
    public object Map(SaleDetails details, string reference)
    {
        var own = new PaymentRecord { CardNumber = details.CardNumber, Cvv = details.CardCvv };
        var anonymous = new { CardNumber = details.CardNumber };
        var masked = new CreditCard { number = details.MaskedCardNumber, cvv2 = "***" };
        var other = new CreditCard { number = reference, Description = details.CardNumber };
        string encryptedCardCvv2 = reference, encryptedCardNumber = reference;
        var protectedValues = new CreditCard { number = encryptedCardNumber, cvv2 = encryptedCardCvv2 };
        return (own, anonymous, masked, other, protectedValues);
    }
}
""");

    // order.CreditCard.CardNumber = cardNumber, the order read by a query that does not bind (EF Core not restored): the
    // application declares CreditCard with that member, so it is its own entity (issue 18, set 7). A receiver named like
    // an own type without the member (the gateway's lower-case number) or like no own type stays reported.
    [Fact]
    public Task Own_entities_reached_through_unresolved_queries_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Linq;
using GatewayLib.Proxy;
public class CreditCard { public string CardNumber { get; set; } = ""; public string CVV { get; set; } = ""; }
public class Order { public CreditCard? CreditCard { get; set; } }
public class OrdersController
{
    private readonly ShopContext _context = null!;
    public async System.Threading.Tasks.Task Complete(int id, string creditCardNumber, string cvv, Icharge icharge)
    {
        var existingOrder = await _context.Orders.FirstOrDefaultAsync(o => o.Id == id);
        existingOrder.CreditCard.CardNumber = creditCardNumber;
        existingOrder.CreditCard.CVV = cvv;
        {|FG1005:existingOrder.CreditCard.number = creditCardNumber|};
        {|FG1005:icharge.Card.CardNumber = creditCardNumber|};
    }
}
""");

    // new CreditCard { cvv2 = "874" }: a hard-coded security code (3-4 digits) or track (track 1 or 2 format) on the
    // gateway's card is sent from the server like a variable's (issue 18, set 4). Look-alikes: a mask, an empty value,
    // a result letter, a code of the wrong length, a literal on a non-code member or on the application's own type.
    [Fact]
    public Task Hard_coded_security_codes_and_tracks_on_gateway_types_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
using GatewayLib.Proxy;
public class PaymentRecord { public string Cvv { get; set; } = ""; }
public class Sample
{
    public object Build()
    {
        var card = new CreditCard { {|FG1005:cvv2 = "874"|}, expire_month = 11, first_name = "Joe" };
        var amex = new CreditCard { {|FG1005:SecurityCode = "1234"|} };
        var swiped = new CardPresent { {|FG1005:TrackData = "%B4111111111111111^DOE/JOHN^2512101000000000000?"|} };
        var track2 = new CardPresent { {|FG1005:Track2 = ";4111111111111111=25121010000000000?"|} };
        var lookalikes = new CreditCard { cvv2 = "***", SecurityCode = "", CvvResult = "M", Cvc = "12345", postal_code = "432" };
        var own = new PaymentRecord { Cvv = "123" };
        var notTrack = new CardPresent { TrackData = "swiped" };
        return (card, amex, swiped, track2, lookalikes, own, notTrack);
    }
}
""");

    // Resolved types of a referenced library count too: the gateway's request type is not the application's.
    // A gateway library restored from a package (a project of the solution is the application's own: see
    // RawCardDataApplicationTypesTests).
    [Fact]
    public async Task Card_values_set_on_referenced_library_types_are_reported()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """
public class SaleDetails { public string CardNumber { get; set; } = ""; }
public class Forwarder
{
    public GatewayLib.CardRequest Forward(SaleDetails details) => new GatewayLib.CardRequest { {|FG1005:CardNumber = details.CardNumber|} };
}
""",
        };
        test.TestState.AdditionalReferences.Add(await RawCardDataApplicationTypesTests.EmitAsync(
            "GatewayLib", "namespace GatewayLib { public class CardRequest { public string CardNumber { get; set; } = \"\"; } }",
            "/home/dev/.nuget/packages/gatewaylib/1.0.0/lib/netstandard2.0/GatewayLib.dll"));
        await test.RunAsync();
    }

    // A web-service proxy generated from the processor's WSDL ([GeneratedCode], here in the application's own assembly)
    // is the processor's interface; a hand-written type of the application with the same shape is not.
    [Fact]
    public Task Card_values_set_on_generated_proxy_types_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
public class SaleDetails { public string CardNumber { get; set; } = ""; public string CardCvv { get; set; } = ""; }
[System.CodeDom.Compiler.GeneratedCode("wsdl", "4.0.30319.1")]
public partial class AddCCRequest { public string CardNumber { get; set; } = ""; public string CVC { get; set; } = ""; }
public partial class CardRecord { public string CardNumber { get; set; } = ""; public string CVC { get; set; } = ""; }
public class Tokeniser
{
    public AddCCRequest Request(SaleDetails details) => new AddCCRequest { {|FG1005:CardNumber = details.CardNumber|}, {|FG1005:CVC = details.CardCvv|} };
    public CardRecord Record(SaleDetails details) => new CardRecord { CardNumber = details.CardNumber, CVC = details.CardCvv };
}
""");
    // Number = resource.Card.Number: a bare Number read from a card-named record that carries the expiry and CVC (the
    // request record of a card form, issue 18 sets 9 and 13) is the card number, judged as FG1001 judges that member.
    [Fact]
    public Task Bare_number_of_a_card_record_set_on_an_unresolved_sdk_card_is_reported() => VerifyCS.VerifyUnresolvedAsync("""
using Stripe;
public record CreateCardResource(string Name, string Number, string ExpiryYear, string ExpiryMonth, string Cvc);
public record CreateCustomerResource(string Email, CreateCardResource Card);
public class Billing
{
    public object Token(CreateCustomerResource resource) => new TokenCreateOptions
    {
        Card = new TokenCardOptions
        {
            Name = resource.Card.Name,
            {|FG1005:Number = resource.Card.Number|},
            ExpYear = resource.Card.ExpiryYear,
            {|FG1005:Cvc = resource.Card.Cvc|},
        },
    };
}
""");

    [Fact]
    public Task Bare_number_of_other_records_set_on_an_unresolved_sdk_card_is_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using Stripe;
public record InvoiceRef(string Number, System.DateTime ExpiresAt);
public record GiftCardInput(string Number, string ExpiryDate, string Pin);
public record CardSection(string Title, string Number);
public class Billing
{
    public object Build(InvoiceRef invoice, GiftCardInput gift, CardSection section) => new object[]
    {
        new TokenCardOptions { Number = invoice.Number },
        new TokenCardOptions { Number = gift.Number },
        new TokenCardOptions { Number = section.Number },
    };
}
""");
}
