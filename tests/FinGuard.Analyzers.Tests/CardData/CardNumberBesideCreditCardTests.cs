using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using ProcessorCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Turkish <c>KK_No</c>/<c>KKNo</c>/<c>KrediKartiNo</c> (kredi kartı no) as the card number, and a card number named by
/// the bare card word (<c>Kart_No</c>, <c>CardNo</c>) beside the credit card's own prefixed field group (<c>KK_No</c>,
/// <c>KK_CVV</c>; issue 18, set 20: a wallet API whose <c>Kart_No</c> is the wallet account or the account a card is
/// stored for). Look-alikes: a bare card number with no such group beside it (<c>CardNumber</c> beside
/// <c>CreditCardNumber</c>, a lone <c>KK_No</c>), one beside the card's security code, one on a type named for the credit
/// card, a <c>KK</c> that is no card number, a gateway's return-value echo, a stored card's GUID.
/// </summary>
public class CardNumberBesideCreditCardTests
{
    [Fact]
    public Task Turkish_credit_card_numbers_are_reported() => PanCS.VerifyAnalyzerAsync("""

public class KartKaydetIstek
{
    public string {|FG1001:KK_No|} { get; set; } = "";
    public string KK_Sahibi { get; set; } = "";
    public string KK_SK_Ay { get; set; } = "";
}
public class OdemeFormu
{
    public string {|FG1001:KKNo|} { get; set; } = "";
    public string {|FG1001:KrediKartiNo|} { get; set; } = "";
    public string {|FG1001:kk_numarasi|} { get; set; } = "";
}
""");

    [Fact]
    public Task Turkish_kk_look_alikes_are_not_reported() => PanCS.VerifyAnalyzerAsync("""

public class OdemeSonucu
{
    public string? GATEWAY_RETVAL_KK_No { get; set; }
    public string? KK_Sahibi { get; set; }
    public string? KK_Tip { get; set; }
    public string? KKOran { get; set; }
}
""");

    [Fact]
    public Task Bare_card_number_beside_an_explicit_credit_card_number_is_not_reported() => PanCS.VerifyAnalyzerAsync("""

public class CuzdanKartKaydet
{
    public string Kart_No { get; set; } = "";
    public string {|FG1001:KK_No|} { get; set; } = "";
    public string KK_CVV { get; set; } = "";
}
public class WalletTopUp
{
    public string CardNumber { get; set; } = "";
    public string {|FG1001:CC_Number|} { get; set; } = "";
    public string CC_Cvv { get; set; } = "";
}
public class StoredCardPayment
{
    public string KS_Kart_No { get; set; } = "0c13d406-873b-403b-9c09-a5766840d98c";
}
public interface ICuzdanServisi
{
    void KartSakla(string Kart_No, string KK_Sahibi, string {|FG1001:KK_No|}, string KK_CVV);
    void Bildirim(string Kart_No, string Metin);
    void Dekont(string Kart_No, string Dekont_No);
}
""");

    [Fact]
    public Task Bare_card_number_wrapping_camel_case_backing_fields_is_reported() => PanCS.VerifyAnalyzerAsync("""

public class Payment
{
    private string {|FG1001:ccNumber|};
    private string ccCvv;
    public string {|FG1001:CardNumber|} { get { return ccNumber; } set { ccNumber = value.Trim(); } }
}
""");

    [Fact]
    public Task Bare_card_number_without_a_credit_card_beside_it_is_reported() => PanCS.VerifyAnalyzerAsync("""

public class KartEkle
{
    public string {|FG1001:Kart_No|} { get; set; } = "";
    public string Kart_CVV { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public interface IPaymentService
{
    void Charge(string {|FG1001:cardNumber|}, string cvv);
    void Refund(string {|FG1001:cardNumber|});
}
public class CheckoutForm
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public string {|FG1001:CreditCardNumber|} { get; set; } = "";
}
public class OneKkField
{
    public string {|FG1001:Kart_No|} { get; set; } = "";
    public string {|FG1001:KK_No|} { get; set; } = "";
}
public interface IKrediKartiServisi
{
    void Sakla(string {|FG1001:KK_No|}, string KK_CVV);
    void Iade(string {|FG1001:Kart_No|});
}
public class CreditCardForm
{
    public string {|FG1001:CardNumber|} { get; set; } = "";
    public string {|FG1001:CC_No|} { get; set; } = "";
    public string CC_Cvv { get; set; } = "";
}
public interface IMixedService
{
    void ChargeCredit(string {|FG1001:creditCardNumber|}, string cvv);
    void ChargeDebit(string {|FG1001:cardNumber|}, string cvv, string expiry);
}
""");

    private static Task VerifyProxyAsync(string source)
    {
        var test = new ProcessorCS.UnresolvedTest();
        test.TestState.Sources.Add(("/repo/src/Wallet/WalletRepository.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Bare_card_number_passed_to_a_proxy_that_names_the_credit_card_is_not_reported() => VerifyProxyAsync("""
using System.ServiceModel;
public partial class CuzdanSoapClient : ClientBase<object>
{
    public object KK_Saklama(string G, string Kart_No, string KK_Sahibi, string KK_No, string KK_CVV) => null;
    public object Bildirim_Gonder(string G, string Kart_No, string Metin) => null;
    public object Kart_Odeme(string G, string Kart_No, string Kart_CVV) => null;
}
public class CuzdanRepository
{
    private readonly CuzdanSoapClient client = new CuzdanSoapClient();
    public void Sakla(string Kart_No, string KK_Sahibi, string KK_No, string KK_CVV)
    {
        client.KK_Saklama("g", Kart_No, KK_Sahibi, {|FG1005:KK_No|}, {|FG1005:KK_CVV|});
        client.Bildirim_Gonder("g", Kart_No, "metin");
        client.Kart_Odeme("g", {|FG1005:Kart_No|}, {|FG1005:Kart_CVV|});
    }
    private string Kart_CVV = "";
}
""");
}
