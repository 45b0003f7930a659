using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 on processor request types generated from a schema (Authorize.Net creditCardType / creditCardTrackType,
/// PayPal classic CreditCardDetailsType) matched by type and member name, resolved or not, and on Authorize.Net AIM
/// card fields. Look-alikes: masked card types of the same SDK, opaque (tokenized) data, the application's own card
/// models with the same member names, cleared fields, AIM fields that are not card data or are only read.
/// </summary>
public class RawCardDataSchemaTypesTests
{
    [Fact]
    public Task Authorize_net_card_fields_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using AuthorizeNet.Api.Contracts.V1;
public class Charger
{
    public paymentType Card(string pan, string cvv)
    {
        var creditCard = new creditCardType
        {
            {|FG1005:cardNumber = pan|},
            expirationDate = ""1035"",
            {|FG1005:cardCode = cvv|},
        };
        return new paymentType { Item = creditCard };
    }

    public paymentType Swipe(string track)
    {
        var trackData = new creditCardTrackType { ItemElementName = ItemChoiceType1.track2, {|FG1005:Item = track|} };
        return new paymentType { Item = trackData };
    }

    public void Update(creditCardType existing, string pan)
    {
        {|FG1005:existing.cardNumber = pan|};
        existing.cardCode = null;
    }
}");

    [Fact]
    public Task Masked_and_tokenized_authorize_net_types_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using AuthorizeNet.Api.Contracts.V1;
public class Wallet
{
    public paymentType FromAcceptJs(string descriptor, string token)
    {
        // Accept.js: the browser sent the card to Authorize.Net; the server only has the opaque token.
        var opaque = new opaqueDataType { dataDescriptor = descriptor, dataValue = token };
        return new paymentType { Item = opaque };
    }

    public creditCardMaskedType Shown(string last4) => new creditCardMaskedType { cardNumber = ""XXXX"" + last4, cardType = ""Visa"" };

    public void Clear(creditCardType card)
    {
        card.cardNumber = null;
        card.cardCode = default;
    }
}");

    [Fact]
    public Task Paypal_classic_card_details_are_reported_also_from_a_web_reference() => VerifyCS.VerifyAnalyzerAsync(@"
namespace Shop.Payments.PayPalSvc
{
    // A web reference to PayPal's WSDL: the schema's names in the application's namespace.
    public class CreditCardDetailsType { public string CreditCardNumber { get; set; } = """"; public string CVV2 { get; set; } = """"; public int ExpMonth { get; set; } }
    public class DoDirectPaymentRequestDetailsType { public CreditCardDetailsType CreditCard { get; set; } = new CreditCardDetailsType(); }
}
namespace Shop.Payments
{
    using Shop.Payments.PayPalSvc;
    public class PaymentRequest { public string CreditCardNumber { get; set; } = """"; public string CreditCardCvv2 { get; set; } = """"; public int ExpireMonth { get; set; } }

    public class DirectPayment
    {
        public DoDirectPaymentRequestDetailsType Build(PaymentRequest request)
        {
            var details = new DoDirectPaymentRequestDetailsType();
            details.CreditCard = new CreditCardDetailsType();
            {|FG1005:details.CreditCard.CreditCardNumber = request.CreditCardNumber|};
            details.CreditCard.ExpMonth = request.ExpireMonth;
            {|FG1005:details.CreditCard.CVV2 = request.CreditCardCvv2|};
            return details;
        }

        // The application's own request object with the same member name is FG1001's business, not a processor call.
        public PaymentRequest Copy(PaymentRequest from) => new PaymentRequest { CreditCardNumber = from.CreditCardNumber, ExpireMonth = from.ExpireMonth };
    }
}");

    [Fact]
    public Task Authorize_net_aim_card_fields_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Collections.Specialized;
public class AimProcessor
{
    public NameValueCollection Build(string pan, string cvv, string expiry, string cardType)
    {
        var form = new NameValueCollection();
        form.Add(""x_amount"", ""10.00"");
        {|FG1005:form.Add(""x_card_num"", pan)|};
        form.Add(""x_exp_date"", expiry);
        {|FG1005:form[""x_card_code""] = cvv|};
        form.Add(""x_card_type"", cardType);
        form.Add(""x_card_num"", null);
        return form;
    }

    public string Read(NameValueCollection response) => response[""x_card_num""] ?? ""x_card_num"";
}");
}
