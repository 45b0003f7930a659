using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 on requests built by hand for a gateway that no SDK table models (issue 18, sets 2, 3, 5 and 7): a raw card
/// value written into an XML element or attribute (XmlWriter, XElement, XAttribute) or into an anonymous object that is
/// serialized or posted, in a class that sends HTTP requests. Look-alikes: the same XML written by an export class that
/// sends nothing, masked, last-four and token values, elements named as safe forms, gift-card numbers, anonymous objects
/// that are returned, logged or never serialized, classes without HTTP calls, test folders.
/// </summary>
public class RawCardDataHandBuiltRequestTests
{
    private static Task VerifyAsync(string source, string path = "/repo/src/Payments/Gateway.cs")
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    private const string XmlGateway = """
using System.IO;
using System.Net;
using System.Text;
using System.Xml;
using System.Xml.Linq;
public class ChargeInfo { public string CardNo = ""; public string CardCvv = ""; public string CardLast4 = ""; public string Amount = ""; public string GiftCardNumber = ""; }
public class XmlGateway
{
    private string _requestXml = "";

    public void Build(ChargeInfo info, string cardToken, string maskedCardNumber)
    {
        var text = new StringBuilder();
        using XmlWriter xml = XmlWriter.Create(text);
        xml.WriteStartElement("CreditCardInfo");
        {|FG1005:xml.WriteElementString("cardNumber", info.CardNo)|};
        {|FG1005:xml.WriteElementString("cvv", info.CardCvv.Trim())|};
        {|FG1005:xml.WriteAttributeString("pan", "", info.CardNo)|};
        xml.WriteElementString("amount", info.Amount);
        xml.WriteElementString("last4", info.CardLast4);
        xml.WriteElementString("token", cardToken);
        xml.WriteElementString("maskedPan", maskedCardNumber);
        xml.WriteElementString("giftCard", info.GiftCardNumber);
        xml.WriteElementString("suffix", info.CardNo.Substring(info.CardNo.Length - 4));
        xml.WriteEndElement();
        xml.Flush();
        _requestXml = text.ToString();
    }

    public static string Authorisation(string cardholder, string cardnumber, string cvc, string reference)
    {
        var root = new XElement("AuthorisationRequest");
        var number = {|FG1005:new XElement("CardNumber", cardnumber)|};
        var code = {|FG1005:new XElement("CardValidationCode", cvc)|};
        root.Add(new XElement("CardholderName", cardholder), number, code, new XElement("Reference", reference), {|FG1005:new XAttribute("cc", cardnumber)|});
        return root.ToString();
    }

    public string Send(string url)
    {
        var request = (HttpWebRequest)WebRequest.Create(url);
        request.Method = "POST";
        using (Stream stream = request.GetRequestStream())
        {
            byte[] body = Encoding.UTF8.GetBytes(_requestXml);
            stream.Write(body, 0, body.Length);
        }

        using var reader = new StreamReader(request.GetResponse().GetResponseStream());
        return reader.ReadToEnd();
    }
}
""";

    [Fact]
    public Task Card_values_in_xml_built_by_a_class_that_posts_it_are_reported() => VerifyAsync(XmlGateway);

    // An order export writes the same elements to a file or a download: nothing leaves for a gateway (nopCommerce-style
    // exports, labelled none in the pool). The stored or exported values are FG1001/FG1002 findings on the members.
    [Fact]
    public Task Xml_exports_of_classes_that_send_nothing_are_not_reported() => VerifyAsync("""
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Linq;
public class OrderRow { public string CardNumber = ""; public string CardCvv2 = ""; }
public class ExportManager
{
    public string ExportOrdersToXml(OrderRow order)
    {
        var text = new StringWriter();
        using var xmlWriter = XmlWriter.Create(text);
        xmlWriter.WriteStartElement("Order");
        xmlWriter.WriteElementString("CardNumber", null, order.CardNumber);
        xmlWriter.WriteElementString("CardCvv2", null, order.CardCvv2);
        xmlWriter.WriteEndElement();
        new XDocument(new XElement("Card", new XElement("Number", order.CardNumber))).Save("orders.xml");
        return text.ToString();
    }
}
""");

    [Fact]
    public Task Xml_requests_in_test_folders_are_not_reported() => VerifyAsync(XmlGateway.Replace("{|FG1005:", string.Empty).Replace(")|}", ")"), "/repo/test/Payments.Tests/Gateway.cs");

    [Fact]
    public Task Card_values_in_anonymous_bodies_that_are_serialized_and_posted_are_reported() => VerifyAsync("""
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
public class PaymentRequest { public string CardNumber { get; set; } = ""; public string CardCvc { get; set; } = ""; public string CardExpiry { get; set; } = ""; public long AmountCents { get; set; } }
public class Recipient { public string Name { get; set; } = ""; public string CardNumber { get; set; } = ""; }
public class CardGatewayClient
{
    private readonly HttpClient _http = new HttpClient();

    public async Task<bool> ChargeAsync(PaymentRequest request)
    {
        var payload = new
        {
            instruction = new
            {
                value = new { amount = request.AmountCents },
                paymentInstrument = new
                {
                    card = new { {|FG1005:cardNumber = request.CardNumber|}, expiryDate = request.CardExpiry, {|FG1005:cvc = request.CardCvc|} },
                },
            },
        };
        var content = new StringContent(JsonSerializer.Serialize(payload), Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/payments", content);
        return response.IsSuccessStatusCode;
    }

    public Task<HttpResponseMessage> PushToCardAsync(Recipient recipient, decimal amount)
        => _http.PostAsJsonAsync("/push-to-card/transfers", new { recipientDetails = new { name = recipient.Name, {|FG1005:cardNumber = recipient.CardNumber|} }, amount });

    public async Task<string> CreatePaymentMethodAsync(string nameOnCard, string cardNumber, int expirationMonth)
    {
        var body = new { type = "CreditCard", nameOnCard, {|FG1005:cardNumber = cardNumber|}, expirationMonth };
        var response = await _http.PostAsync("/payment-methods", Serialize(body));
        return await response.Content.ReadAsStringAsync();
    }

    private static StringContent Serialize(object body) => new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
""");

    // Look-alikes: a token, last four or masked value in the body; an anonymous object returned to the caller or logged
    // (the response and logging rules judge those); a body never serialized; a gift card; a class that sends nothing.
    [Fact]
    public Task Anonymous_objects_that_are_not_request_bodies_or_carry_safe_values_are_not_reported() => VerifyAsync("""
using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
public class PaymentRequest { public string CardNumber { get; set; } = ""; public string CardToken { get; set; } = ""; public string CardLast4 { get; set; } = ""; public string GiftCardNumber { get; set; } = ""; }
public class TokenGatewayClient
{
    private readonly HttpClient _http = new HttpClient();

    public async Task<object> ChargeAsync(PaymentRequest request, string maskedCardNumber)
    {
        var payload = new { source = request.CardToken, last4 = request.CardLast4, display = maskedCardNumber, giftCard = request.GiftCardNumber };
        await _http.PostAsync("/charges", new StringContent(JsonSerializer.Serialize(payload)));
        var echo = new { cardNumber = request.CardNumber };
        Console.WriteLine(echo);
        return new { cardNumber = request.CardNumber, status = "ok" };
    }
}
public class CardFileWriter
{
    public void Save(PaymentRequest request) => File.WriteAllText("card.json", JsonSerializer.Serialize(new { cardNumber = request.CardNumber }));
}
""");

    // A SOAP or WCF proxy generated from the gateway's WSDL: the parameters are the service's own field names.
    // Look-alikes: a token or last four passed to the proxy, a card value passed to a parameter named for something else,
    // the application's own vault and validator (not proxies), a test folder.
    private const string ProxyCalls = """
using System.Web.Services.Protocols;
[System.CodeDom.Compiler.GeneratedCode("wsdl", "4.0.30319.17929")]
public partial class TokenizationService : SoapHttpClientProtocol
{
    public object[] fCreateTokenCC(string MerchantUID, string ClientToken, string CardHolder, string CardNumber, string ExpiryMonth, string ExpiryYear) => new object[0];
    public object[] fProcess(string MerchantID, string CardNumber, string CardHolder, string Cvv, string Reference) => new object[0];
}
public class StoreDetails { public string CardNumber = ""; public string CardCvv = ""; public string CardToken = ""; public string CardLast4 = ""; public string CardHolderFullName = ""; }
public class CardVault { public string Store(string cardNumber, string cvv) => ""; public static bool IsValidCardNumber(string cardNumber) => true; }
public class MyGateGateway
{
    public void Store(StoreDetails details, TokenizationService client, CardVault vault)
    {
        client.fCreateTokenCC("merchant", "client", details.CardHolderFullName, {|FG1005:details.CardNumber|}, "12", "30");
        client.fProcess(
            "merchant",
            {|FG1005:details.CardNumber|},
            details.CardHolderFullName,
            {|FG1005:details.CardCvv|},
            details.CardToken);
        client.fProcess("merchant", details.CardToken, details.CardHolderFullName, null, details.CardLast4);
        client.fCreateTokenCC("merchant", details.CardNumber.Substring(12), details.CardHolderFullName, details.CardLast4, "12", "30");
        vault.Store(details.CardNumber, details.CardCvv);
        CardVault.IsValidCardNumber(details.CardNumber);
    }
}
""";

    [Fact]
    public Task Card_values_passed_to_card_parameters_of_web_service_proxies_are_reported() => VerifyAsync(ProxyCalls);

    [Fact]
    public Task Web_service_proxy_calls_in_test_folders_are_not_reported() => VerifyAsync(ProxyCalls.Replace("{|FG1005:", string.Empty).Replace("|}", string.Empty), "/repo/tests/Gateway.Tests/MyGateTests.cs");
}
