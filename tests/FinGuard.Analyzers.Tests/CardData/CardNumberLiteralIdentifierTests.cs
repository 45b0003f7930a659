using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardNumberLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1006 (issue 18, set 16): a Luhn-valid literal given to an app, client or other id (a Facebook AppId, an OAuth
/// ClientId) is that identifier, not a card number; the same digits given to a card number or a card id stay reported.
/// </summary>
public class CardNumberLiteralIdentifierTests
{
    [Fact]
    public Task Literals_assigned_to_identifiers_are_not_reported_but_card_numbers_are() => VerifyCS.VerifyAnalyzerAsync("""

public class SocialOptions { public string AppId { get; set; } = ""; public string ClientId { get; set; } = ""; public string appid = ""; }
public class Card { public string CardNumber { get; set; } = ""; public string CardId { get; set; } = ""; public string Note { get; set; } = ""; }
public static class Setup
{
    public static void Configure(SocialOptions o, Card c)
    {
        o.AppId = "4539578763621486";
        o.ClientId = "4539578763621486";
        o.appid = "4539578763621486";
        string tenantId = "4539578763621486";
        c.CardNumber = {|FG1006:"4539578763621486"|};
        c.CardId = {|FG1006:"4539578763621486"|};
        c.Note = {|FG1006:"4539578763621486"|};
        Use(tenantId);
    }
    private static void Use(string s) { }
}
""");
}
