using PanCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Card names missed on set 19 (issue 18): Opayo's <c>CV2</c> beside the card's number on a type not named as a card, the
/// Danish/Norwegian/Swedish <c>Kortnummer</c> and <c>Kontrolcifre</c> (control digits), a French card type's bare
/// <c>numero</c> beside its holder (<c>detenteur</c>) and its <c>numero_secret</c>. Look-alikes: a CV2 with no card number
/// beside it (a statistic, a CV), control digits of an account number, a secret code off any card type, a number on a type
/// that is not a card; and a bare <c>CID</c> beside a person's identity fields, a citizen id rather than a card code.
/// Also the raw text of a swiped track (<c>Track01Info.Raw</c>, <c>MagneticCardInfo.RawData</c>), not a music track's or a
/// shipment tracking event's.
/// </summary>
public class NordicFrenchAndCv2CardNamesTests
{
    [Fact]
    public Task Cv2_and_control_digits_beside_a_card_number_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class RefundTransaction
{
    private string _CardNumber = "";
    private string {|FG1002:_CV2|} = "";
    public string CardNumber { get => _CardNumber; set => _CardNumber = value; }
    public string {|FG1002:CV2|} { get => _CV2; set => _CV2 = value; }
}
public class Betalingsinfo
{
    public long Kortnummer { get; set; }
    public int {|FG1002:Kontrolcifre|} { get; set; }
}
""");

    [Fact]
    public Task Cv2_and_control_digits_without_a_card_number_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SampleStatistics
{
    public double Mean { get; set; }
    public double CV2 { get; set; }
    public int Count { get; set; }
}
public class Applicant
{
    public string Name { get; set; } = "";
    public string CV2 { get; set; } = "";
}
public class Bankkonto
{
    public string Kontonummer { get; set; } = "";
    public int Kontrolcifre { get; set; }
}
""");

    [Fact]
    public Task Nordic_card_number_and_french_card_number_are_reported() => PanCS.VerifyAnalyzerAsync("""

public class Betaling
{
    public long {|FG1001:Kortnummer|} { get; set; }
    public string Kortholder { get; set; } = "";
}
public class Ordre { public string {|FG1001:Kortnr|} { get; set; } = ""; }
public class CarteCredit
{
    public int? Id { get; set; }
    public string? detenteur { get; set; }
    public string? {|FG1001:numero|} { get; set; }
    public System.DateTime? date { get; set; }
}
""");

    [Fact]
    public Task Account_numbers_and_numbers_off_card_types_are_not_reported() => PanCS.VerifyAnalyzerAsync("""

public class Kunde
{
    public string Kontonummer { get; set; } = "";
    public string Telefonnummer { get; set; } = "";
}
public class Facture
{
    public string? detenteur { get; set; }
    public string? numero { get; set; }
    public System.DateTime? date { get; set; }
}
""");

    [Fact]
    public Task French_secret_number_on_a_card_type_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CarteCredit
{
    public string? numero { get; set; }
    public string? {|FG1002:numero_secret|} { get; set; }
}
public class Utilisateur
{
    public string? courriel { get; set; }
    public string? code_secret { get; set; }
    public string? numero_secret { get; set; }
}
""");

    [Fact]
    public Task Cid_beside_identity_fields_is_not_a_card_code() => VerifyCS.VerifyAnalyzerAsync("""

public class CardInfoCheckRequest
{
    public string PID { get; set; } = "";
    public string CID { get; set; } = "";
    public string Firstname { get; set; } = "";
    public string BirthDay { get; set; } = "";
    public string LaserNumber { get; set; } = "";
}
public class CardPayment
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:CID|} { get; set; } = "";
    public string BirthDay { get; set; } = "";
}
""");

    [Fact]
    public Task Raw_text_of_a_swiped_track_is_track_data() => VerifyCS.VerifyAnalyzerAsync("""

public class Track01Info
{
    public string {|FG1002:Raw|} { get; set; } = "";
    public string Name { get; set; } = "";
    public System.DateTime ExpirationDate { get; set; }
    public string ServiceCode { get; set; } = "";
}
public class MagneticCardInfo
{
    public Track01Info Track1 { get; set; } = new Track01Info();
    public Track01Info Track2 { get; set; } = new Track01Info();
    public string {|FG1002:RawData|} { get; set; } = "";
}
""");

    [Fact]
    public Task Raw_members_of_music_tracks_shipment_tracking_and_processor_events_are_not_track_data() => VerifyCS.VerifyAnalyzerAsync("""

public class TrackInfo
{
    public string Raw { get; set; } = "";
    public string Title { get; set; } = "";
    public System.TimeSpan Duration { get; set; }
}
public class TrackingEvent
{
    public string RawData { get; set; } = "";
    public string ServiceCode { get; set; } = "";
    public System.DateTime ExpectedAt { get; set; }
}
public class StripeWebhookEvent
{
    public string Raw { get; set; } = "";
    public string Type { get; set; } = "";
}
public class SwipeGesture
{
    public string Raw { get; set; } = "";
    public int Direction { get; set; }
}
""");
}
