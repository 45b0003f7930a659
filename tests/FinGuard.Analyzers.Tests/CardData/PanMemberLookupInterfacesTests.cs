using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1001 and parameters that only look a card up or check it (issue 18, set 18): an interface method whose every
/// implementation only compares the value, and length or digit validators named in English, Spanish or Portuguese.
/// Look-alikes: an interface with an implementation that keeps the number, one without implementation in the
/// compilation, and a method that merely sounds like a check but stores the value.
/// </summary>
public class PanMemberLookupInterfacesTests
{
    [Fact]
    public Task Interface_parameters_that_every_implementation_only_compares_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
public class StoredCard { public string Token { get; set; } = ""; public string Fingerprint { get; set; } = ""; }
public interface ICardLookup
{
    bool CardExists(string cardNumber);
    StoredCard? FindByNumber(string cardNumber, string pin);
}
public class CardLookup : ICardLookup
{
    private readonly List<StoredCard> _cards = new List<StoredCard>();
    public bool CardExists(string cardNumber) => _cards.Any(c => c.Fingerprint == cardNumber);
    public StoredCard? FindByNumber(string cardNumber, string pin) => _cards.FirstOrDefault(c => c.Fingerprint == cardNumber && c.Token == pin);
}
public class CachedCardLookup : ICardLookup
{
    private readonly HashSet<string> _known = new HashSet<string>();
    public bool CardExists(string cardNumber) => _known.Any(k => k == cardNumber) || cardNumber == "none";
    public StoredCard? FindByNumber(string cardNumber, string pin) => cardNumber.Length == 0 || cardNumber == pin ? null : new StoredCard();
}
""");

    [Fact]
    public Task Interface_parameters_kept_by_an_implementation_or_without_one_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
public interface ICardStore
{
    bool CardExists(string {|FG1001:cardNumber|});
    void Save(string {|FG1001:cardNumber|});
}
public interface IRemoteCards
{
    bool CardExists(string {|FG1001:cardNumber|});
}
public class CardStore : ICardStore
{
    private readonly List<string> _numbers = new List<string>();
    public bool CardExists(string cardNumber) => _numbers.Any(n => n == cardNumber);
    public void Save(string cardNumber) => _numbers.Add(cardNumber);
}
public class AuditedCardStore : ICardStore
{
    public List<string> Seen { get; } = new List<string>();
    public bool CardExists(string cardNumber) { Seen.Add(cardNumber); return false; }
    public void Save(string cardNumber) { }
}
""");

    [Fact]
    public Task Length_and_digit_validators_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Linq;
public static class PaymentChecks
{
    public static bool HasCardNumberCorrectLength(string cardNumber) => cardNumber.Length == 16;
    public static bool ValidarNumeroTarjeta(string numeroTarjeta) => numeroTarjeta.Length == 16 && numeroTarjeta.All(char.IsDigit);
    public static bool VerificarNumeroCartao(string numeroCartao) => numeroCartao.All(char.IsDigit);
}
""");

    [Fact]
    public Task Methods_that_keep_the_number_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
public class PaymentForm
{
    private readonly List<string> _pending = new List<string>();
    public void GuardarNumeroTarjeta(string {|FG1001:numeroTarjeta|}) => _pending.Add(numeroTarjeta);
    public void Submit(string {|FG1001:cardNumber|}, int length) => _pending.Add(cardNumber.Substring(0, length));
}
""");
}
