using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Card numbers named in Turkish (<c>KartNumarası</c>, <c>KrediKartıNumarası</c>, <c>KartNo</c>; issue 18, set 14: three
/// repositories) and card data names with recurring misspellings (<c>CardNumbr</c>, <c>SecuityCode</c>). Look-alikes: an
/// integer card id (<c>KartNo</c> as an <c>int</c> key), the card's expiry, type, holder or last digits (<c>Son</c>),
/// gift, loyalty, membership, identity and student cards, a business card (<c>Kartvizit</c>), a misspelled security code
/// of a door or Wi-Fi, and a misspelled number word with no card beside it.
/// </summary>
public class TurkishAndMisspelledCardNamesTests
{
    [Fact]
    public Task Turkish_card_numbers_are_reported() => PanCS.VerifyAnalyzerAsync("""

public class BankaKarti
{
    public int BankaKartId { get; set; }
    public int KartNo { get; set; }
    public string? {|FG1001:KartNumarası|} { get; set; }
    public string? KartTuru { get; set; }
    public string? KartSahibiAdi { get; set; }
    public int? KartSonKullanimAy { get; set; }
}
public class KrediKarti
{
    public decimal {|FG1001:KartNumarasi|} { get; set; }
    public long {|FG1001:KrediKartiNumarasi|} { get; set; }
}
public class SanalKartEkleDto { public string {|FG1001:KartNo|} { get; set; } = ""; }
public class Odeme
{
    public string? {|FG1001:OdemeKartNumarası|} { get; set; }
    public string? OdemeKartNumarasıSonKullanımYıl { get; set; }
    public string? OdemeKartNumarasıSonKullanımAy { get; set; }
}
""");

    [Fact]
    public Task Turkish_look_alikes_are_not_reported() => PanCS.VerifyAnalyzerAsync("""

public class Kartlar
{
    public int KartNo { get; set; }
    public string? KartSonDortHane { get; set; }
    public string? MaskeliKartNumarasi { get; set; }
    public string? KartTipi { get; set; }
    public string? HediyeKartNo { get; set; }
    public string? SadakatKartNumarasi { get; set; }
    public string? UyeKartNo { get; set; }
    public string? KimlikKartNo { get; set; }
    public string? OgrenciKartNumarasi { get; set; }
    public string? KartvizitNo { get; set; }
    public string? SiparisNumarasi { get; set; }
    public string? HesapNo { get; set; }
}
public class Kart { public int Numara { get; set; } }
""");

    [Fact]
    public Task Misspelled_card_number_and_security_code_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CheckoutCommand
{
    public string NameOnCard { get; set; } = "";
    public string {|FG1002:SecuityCode|} { get; set; } = "";
    public string {|FG1002:CardSecruityCode|} { get; set; } = "";
}
public class DoorPanel
{
    public string WifiSecuityCode { get; set; } = "";
    public string SecuityLevel { get; set; } = "";
}
""");

    [Fact]
    public Task Misspelled_number_word_counts_only_after_a_card_word() => PanCS.VerifyAnalyzerAsync("""

public class LoginDto
{
    public string {|FG1001:CardNumbr|} { get; set; } = "";
    public string AccountNumbr { get; set; } = "";
    public string PhoneNubmer { get; set; } = "";
    public string GiftCardNumbr { get; set; } = "";
    public string MaskedCardNumbr { get; set; } = "";
}
""");
}
