using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using SadCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Set 22 (issue 18). Recall: Polish and Czech card names (<c>NumerKarty</c>, <c>NrKarty</c>, <c>CisloKarty</c>, a bare
/// <c>Numer</c> on a card type beside <c>DataWaznosci</c>, a <c>Pin</c> on a <c>Karta</c> type). Look-alikes: the Polish
/// gift, patient, city and loyalty cards, an account number (<c>NumerKonta</c>), <c>Kartka</c> and <c>Kartoteka</c>, German
/// maps and tickets (<c>LandkartenNummer</c>, <c>FahrkartenNr</c>); EMV's PAN sequence number (<c>PanSeqNumber</c>, tag
/// 5F34), a track's LRC character (<c>LRCTrack1</c>), and an EMV tag table's entries (<c>_cardNumber = "5a"</c>,
/// <c>_track2 = "57"</c> and the properties that return them). A bare <c>CSC</c> beside a card number is the card security
/// code; alone (a support ticket's) or as part of another name (<c>CscOffice</c>) it is not.
/// </summary>
public class PolishCardNamesAndEmvLookAlikesTests
{
    [Fact]
    public Task Polish_and_czech_card_numbers_are_reported() => PanCS.VerifyAnalyzerAsync("""

public class KartaPlatnicza
{
    public string {|FG1001:NumerKarty|} { get; set; } = "";
    public string NumerKonta { get; set; } = "";
    public string DataWaznosci { get; set; } = "";
}
public class Operacja
{
    public string {|FG1001:KartaPlatniczaNumerKarty|} { get; set; } = "";
    public string {|FG1001:NrKarty|} { get; set; } = "";
}
public class Platba { public string {|FG1001:CisloKarty|} { get; set; } = ""; }
public class Karta
{
    public string {|FG1001:Numer|} { get; set; } = "";
    public string DataWaznosci { get; set; } = "";
}
""");

    [Fact]
    public Task Polish_look_alike_cards_and_german_maps_are_not_reported() => PanCS.VerifyAnalyzerAsync("""

public class Klient
{
    public string NumerKonta { get; set; } = "";
    public string NumerKartyPacjenta { get; set; } = "";
    public string NumerKartyPodarunkowej { get; set; } = "";
    public string KartaMiejskaNumer { get; set; } = "";
    public string NumerKartki { get; set; } = "";
    public string KartotekaNumer { get; set; } = "";
}
public class Reise
{
    public string LandkartenNummer { get; set; } = "";
    public string FahrkartenNr { get; set; } = "";
    public string EintrittsKarteNummer { get; set; } = "";
}
public class KartaUstawien
{
    public string Numer { get; set; } = "";
    public string Nazwa { get; set; } = "";
}
""");

    [Fact]
    public Task Pin_on_a_polish_card_type_is_reported_and_beside_no_card_is_not() => SadCS.VerifyAnalyzerAsync("""

public class KartaPlatnicza
{
    public string NumerKarty { get; set; } = "";
    public string {|FG1002:Pin|} { get; set; } = "";
}
public class KartaPacjenta
{
    public string Numer { get; set; } = "";
    public string Pin { get; set; } = "";
}
public class Uzytkownik
{
    public string NumerKonta { get; set; } = "";
    public string Pin { get; set; } = "";
}
""");

    [Fact]
    public Task Emv_pan_sequence_numbers_and_track_check_characters_are_not_card_data() => SadCS.VerifyAnalyzerAsync("""

public class EmvData
{
    public string PanSeqNumber { get; set; } = "";
    public string PanSequenceNo { get; set; } = "";
    public string CardSequenceNumber { get; set; } = "";
}
public class Track1Data
{
    public string LRCTrack1 { get; set; } = "";
    public string Track2Crc { get; set; } = "";
    public string {|FG1002:Track1|} { get; set; } = "";
}
""");

    [Fact]
    public Task Emv_pan_sequence_number_is_not_a_pan_but_the_pan_is() => PanCS.VerifyAnalyzerAsync("""

public class EmvData
{
    public string PanSeqNumber { get; set; } = "";
    public string {|FG1001:Pan|} { get; set; } = "";
    public string {|FG1001:CardNumber|} { get; set; } = "";
}
public static class Parser
{
    public static string Parse(string tlv)
    {
        string panSeqNumber = tlv.Substring(0, 2);
        return panSeqNumber;
    }
}
""");

    [Fact]
    public Task Emv_tag_table_entries_are_not_card_data() => PanCS.VerifyAnalyzerAsync("""

public class TlvTags
{
    private string _cardNumber = "5a";
    private string _pan = "0x5A";
    private string _panSeqNumber = "5f34";
    public string CardNumber
    {
        get { return this._cardNumber; }
        set { this._cardNumber = value; }
    }
    public string PanSeqNumber => _panSeqNumber;
}
public class CardHolder
{
    private string {|FG1001:_cardNumber|} = "";
    private string {|FG1001:_primaryAccountNumber|} = "4111";
    public string {|FG1001:CardNumber|}
    {
        get { return this._cardNumber; }
        set { this._cardNumber = value; }
    }
}
""");

    [Fact]
    public Task Emv_track_tag_entries_are_not_track_data() => SadCS.VerifyAnalyzerAsync("""

public class TlvTags
{
    private string _track2 = "57";
    private string _track1 = "56";
    public string Track2
    {
        get { return this._track2; }
        set { this._track2 = value; }
    }
}
public class Reader
{
    private string {|FG1002:_track2|} = "5";
    public string {|FG1002:Track1|} { get; set; } = "56565656";
}
""");

    [Fact]
    public Task Csc_beside_a_card_number_is_reported_and_alone_is_not() => SadCS.VerifyAnalyzerAsync("""

public class Transaction
{
    public string CardNumber { get; set; } = "";
    public string ExpMonth { get; set; } = "";
    public string {|FG1002:CSC|} { get; set; } = "";
}
public class SupportTicket
{
    public string TicketNumber { get; set; } = "";
    public string Csc { get; set; } = "";
}
public class Enrollment
{
    public string CardNumber { get; set; } = "";
    public string CscOffice { get; set; } = "";
}
""");
}
