using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 on more requests built by hand for a bank or gateway (issue 18, set 17): form fields in string-keyed collections
/// (Add, indexers, collection initializers, KeyValuePair), XML or query text built by interpolation, concatenation or
/// string.Format, the XmlDocument DOM, and a request type the application declares that is serialized right where it is
/// filled. Look-alikes: exports and view models that send nothing, session and view data, log lines and SQL text,
/// page markup, masked and token values, non-card fields.
/// </summary>
public class RawCardDataHandBuiltFormAndTextTests
{
    private static Task VerifyAsync(string source, string path = "/repo/src/Payments/Gateway.cs")
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add((path, source));
        return test.RunAsync();
    }

    private const string Models = """
public class CardForm { public string CardNumber { get; set; } = ""; public string Cvv2 { get; set; } = ""; public string ExpiryMonth { get; set; } = ""; public string CardToken { get; set; } = ""; public string MaskedCardNumber { get; set; } = ""; public string HolderName { get; set; } = ""; }
""";

    [Fact]
    public Task Card_values_and_card_named_keys_in_form_collections_of_a_sending_class_are_reported() => VerifyAsync("""
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Net.Http;
using System.Threading.Tasks;
public class BankPosProvider
{
    private readonly HttpClient _client = new HttpClient();

    public async Task<string> EnrollAsync(CardForm card, string numara, string guvenlik)
    {
        var fields = new Dictionary<string, string>();
        {|FG1005:fields.Add("Pan", card.CardNumber)|};
        {|FG1005:fields.Add("ccno", numara)|};
        {|FG1005:fields["cv2"] = guvenlik|};
        fields.Add("Expiry", card.ExpiryMonth);
        fields.Add("HolderName", card.HolderName);
        fields.Add("token", card.CardToken);
        fields.Add("pan", card.MaskedCardNumber);
        fields.Add("cvv", "000");
        var more = new Dictionary<string, string>
        {
            {|FG1005:{ "pan", card.CardNumber }|},
            {|FG1005:{ "cardcvv2", card.Cvv2 }|},
            { "currency", "949" },
        };
        var named = new NameValueCollection();
        {|FG1005:named.Add("cv2", card.Cvv2)|};
        var pairs = new List<KeyValuePair<string, string>> { {|FG1005:new KeyValuePair<string, string>("cardNumber", card.CardNumber)|} };
        var response = await _client.PostAsync("https://bank.example/enroll", new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }
}
""" + Models);

    [Fact]
    public Task A_form_collection_handed_with_the_bank_address_to_a_form_renderer_is_reported() => VerifyAsync("""
using System.Collections.Specialized;
public static class FormRenderer { public static string PrepareForm(string actionUrl, NameValueCollection fields) => actionUrl; }
public class CheckoutController
{
    public object ThreeDGate(CardForm model)
    {
        var form = new NameValueCollection();
        {|FG1005:form.Add("pan", model.CardNumber)|};
        {|FG1005:form.Add("cv2", model.Cvv2)|};
        return FormRenderer.PrepareForm("https://bank.example/est3Dgate", form);
    }
}
""" + Models);

    [Fact]
    public Task A_class_that_sends_through_its_base_class_client_is_a_sending_class() => VerifyAsync("""
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
public class PosHttpClient
{
    private readonly HttpClient _http = new HttpClient();
    public Task<HttpResponseMessage> Post(string url, HttpContent body) => _http.PostAsync(url, body);
}
public abstract class ProviderBase
{
    protected PosHttpClient Client { get; } = new PosHttpClient();
}
public class NestProvider : ProviderBase
{
    public Dictionary<string, string> Fields(CardForm card) => new Dictionary<string, string>
    {
        {|FG1005:{ "pan", card.CardNumber }|},
        { "currency", "949" },
    };
}
""" + Models);

    [Fact]
    public Task Form_collections_in_classes_that_send_nothing_and_application_stores_are_not_reported() => VerifyAsync("""
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
public class CardExportRow
{
    // An export or view model: builds the same fields, sends nothing, hands them to no address.
    public Dictionary<string, string> ToRow(CardForm card) => new Dictionary<string, string>
    {
        { "pan", card.CardNumber },
        { "cv2", card.Cvv2 },
    };

    public void Fill(Dictionary<string, string> row, CardForm card, string message)
    {
        row.Add("CardNumber", card.CardNumber);
        Write("report.csv", row);
    }

    private static void Write(string path, Dictionary<string, string> row) { }
}
public class SessionStore : Dictionary<string, object> { }
public class CheckoutClient
{
    private readonly HttpClient _client = new HttpClient();

    public async Task Pay(CardForm card, SessionStore session, Dictionary<string, string> errors, string message)
    {
        session["CardNumber"] = card.CardNumber;
        errors.Add("CardNumber", "The card number is invalid");
        errors.Add("cvv", message.Length.ToString());
        await _client.PostAsync("https://shop.example/pay", new StringContent(card.CardToken));
    }
}
""" + Models);

    [Fact]
    public Task Xml_and_query_text_built_by_interpolation_concatenation_and_format_in_a_sending_class_is_reported() => VerifyAsync("""
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
public class PosnetGateway
{
    private readonly HttpClient _client = new HttpClient();

    public async Task<string> SaleAsync(CardForm request, string numara, string guvenlik, string amount)
    {
        string xml = $@"<posnetRequest>
            <amount>{amount}</amount>
            <CardNumber>{|FG1005:{request.CardNumber}|}</CardNumber>
            <CardCVV2>{|FG1005:{request.Cvv2}|}</CardCVV2>
            <cardHolderName>{request.HolderName}</cardHolderName>
            <Card cardNumber=""{|FG1005:{numara}|}"" />
        </posnetRequest>";
        string legacy = "<sale>" + "<ccno>" + {|FG1005:numara|} + "</ccno>" + "<cvc>" + {|FG1005:guvenlik|} + "</cvc>" + "<amount>" + amount + "</amount></sale>";
        string query = "https://bank.example/sale?amount=" + amount + "&pan=" + {|FG1005:numara|};
        string formatted = string.Format("?cardNumber={0}&amount={1}", {|FG1005:request.CardNumber|}, amount);
        string body = $"pan={|FG1005:{numara}|}&cvv={|FG1005:{guvenlik}|}&masked={request.MaskedCardNumber}";
        var builder = new System.Text.StringBuilder();
        builder.Append($@"<VposRequest>
            <Pan>{|FG1005:{request.CardNumber}|}</Pan>
            <Expiry>{request.ExpiryMonth}</Expiry>");
        var response = await _client.PostAsync("https://bank.example/xml", new StringContent(xml + legacy + query + formatted + body));
        return await response.Content.ReadAsStringAsync();
    }
}
""" + Models);

    [Fact]
    public Task Log_lines_sql_markup_masked_values_and_classes_that_send_nothing_are_not_reported() => VerifyAsync("""
using System.Net.Http;
using System.Threading.Tasks;
public class ReceiptGateway
{
    private readonly HttpClient _client = new HttpClient();

    public async Task<string> Describe(CardForm card, string numara, string maskedPan, string amount)
    {
        string log = $"Charging card {card.CardNumber} for {amount}";
        string sql = "UPDATE Cards SET cvv=" + card.Cvv2 + " WHERE id=1";
        string where = "SELECT * FROM Cards WHERE CardNumber='" + card.CardNumber + "'";
        string html = $"<td>{card.CardNumber}</td>";
        string masked = $"<CardNumber>{maskedPan}</CardNumber><Token>{card.CardToken}</Token><pan>{card.MaskedCardNumber}</pan>";
        string other = "<amount>" + amount + "</amount>" + "<cvc>" + numara.Length + "</cvc>";
        await _client.PostAsync("https://bank.example/xml", new StringContent(masked + other));
        return log + sql + where + html;
    }
}
public class CardXmlExport
{
    public string Export(CardForm card) => $"<Card><CardNumber>{card.CardNumber}</CardNumber><Cvv>{card.Cvv2}</Cvv></Card>" + "&pan=" + card.CardNumber;
}
""" + Models);

    [Fact]
    public Task XmlDocument_text_nodes_and_attributes_with_card_values_are_reported() => VerifyAsync("""
using System.IO;
using System.Net;
using System.Xml;
public class GarantiSale
{
    public void Send(CardForm card, string strNumber, string strCVV2, string strExpireDate)
    {
        var doc = new XmlDocument();
        XmlElement root = doc.CreateElement("GVPSRequest");
        XmlElement cvv2 = doc.CreateElement("CVV2");
        cvv2.AppendChild({|FG1005:doc.CreateTextNode(strCVV2)|});
        XmlElement pan = doc.CreateElement("CardNumber");
        pan.AppendChild({|FG1005:doc.CreateTextNode(card.CardNumber)|});
        XmlElement expiry = doc.CreateElement("ExpireDate");
        expiry.AppendChild(doc.CreateTextNode(strExpireDate));
        XmlElement token = doc.CreateElement("Token");
        token.AppendChild(doc.CreateTextNode(card.CardToken));
        {|FG1005:root.SetAttribute("cvv", strCVV2)|};
        root.SetAttribute("holder", card.HolderName);
        var request = WebRequest.Create("https://bank.example/vpos");
        using Stream stream = request.GetRequestStream();
        doc.Save(stream);
    }
}
public class CardXmlFile
{
    public void Save(CardForm card, string path)
    {
        var doc = new XmlDocument();
        XmlElement pan = doc.CreateElement("CardNumber");
        pan.AppendChild(doc.CreateTextNode(card.CardNumber));
        doc.Save(path);
    }
}
""" + Models);

    [Fact]
    public Task An_own_request_type_serialized_where_it_is_filled_in_a_sending_class_is_reported() => VerifyAsync("""
using System.IO;
using System.Net.Http;
public class TxnRequest { public string CardNumber { get; set; } = ""; public string Cvc2 { get; set; } = ""; public string Amount { get; set; } = ""; public string MaskedPan { get; set; } = ""; }
public static class XmlHelper { public static Stream ToStream(this TxnRequest request) => new MemoryStream(); }
public class PxPostProcessor
{
    // The platform's payment request does not resolve (its package is not restored): the member's name says card data.
    public void ProcessUnresolved(PlatformPaymentRequest payment)
    {
        var request = new TxnRequest { {|FG1005:CardNumber = payment.CreditCardNumber|}, Cvc2 = payment.Number, Amount = payment.OrderTotal }.ToStream();
        var response = new HttpClient().PostAsync("https://gateway.example/pxpost", new StreamContent(request)).Result;
    }

    public void Process(CardForm payment)
    {
        var request = new TxnRequest
        {
            {|FG1005:CardNumber = payment.CardNumber|},
            {|FG1005:Cvc2 = payment.Cvv2|},
            Amount = "1.00",
            MaskedPan = payment.MaskedCardNumber,
        }.ToStream();
        var response = new HttpClient().PostAsync("https://gateway.example/pxpost", new StreamContent(request)).Result;
    }

    // Filled and returned (or stored), not serialized here: the application's own model.
    public TxnRequest Copy(CardForm payment) => new TxnRequest { CardNumber = payment.CardNumber, Cvc2 = payment.Cvv2 };
}
""" + Models);
}
