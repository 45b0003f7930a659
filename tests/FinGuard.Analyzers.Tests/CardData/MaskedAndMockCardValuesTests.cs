using Pan = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.PanMemberAnalyzer>;
using Persisted = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;
using Sad = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// Issue 18, set 7: a member under a card name whose every assignment is a mask (<c>"XXXX-XXXX-XXXX-" + last4</c>,
/// <c>$"**** {last4}"</c>, <c>new string('*', n) + ...</c>, a constant <c>"XXX"</c>) or a generated mock
/// (<c>Random</c>/<c>RandomNumberGenerator</c> digits) holds no PAN or security code (FG1001, FG1002, FG1004); one raw
/// assignment anywhere keeps the report.
/// </summary>
public class MaskedAndMockCardValuesTests
{
    private const string VirtualCard = """

public class IssuedCard
{
    public string Last4 { get; set; } = "";
    public long ExpMonth { get; set; }
}
""";

    [Fact]
    public Task Pan_member_assigned_only_masks_and_mock_digits_is_not_reported() => Pan.VerifyAnalyzerAsync("""

using System;
public class Vault
{
    public string CardNumber { get; set; } = string.Empty;
}
public class VaultCards
{
    public Vault Issue(Vault vault, IssuedCard card)
    {
        vault.CardNumber = "XXXX-XXXX-XXXX-" + card.Last4;
        return vault;
    }

    public Vault Mock(Vault vault)
    {
        var rand = new Random();
        vault.CardNumber = $"{rand.Next(1000, 9999)}-{rand.Next(1000, 9999)}-{rand.Next(1000, 9999)}-{rand.Next(1000, 9999)}";
        return vault;
    }

    public void Show(Vault vault, IssuedCard card) => vault.CardNumber = $"**** **** **** {card.Last4}";
    public void Stars(Vault vault, IssuedCard card) => vault.CardNumber = new string('*', 12) + card.Last4;
}
""" + VirtualCard);

    [Fact]
    public Task Pan_member_with_one_raw_assignment_beside_the_masks_is_reported() => Pan.VerifyAnalyzerAsync("""

using System;
public class Vault
{
    public string {|FG1001:CardNumber|} { get; set; } = string.Empty;
}
public class VaultCards
{
    public void Issue(Vault vault, IssuedCard card) => vault.CardNumber = "XXXX-XXXX-XXXX-" + card.Last4;
    public void Save(Vault vault, string number) => vault.CardNumber = number;
}
""" + VirtualCard);

    // Look-alikes of a mask: a prefix that is not one ("Card " + number), a mask glued to the raw number, digits of a
    // call that is not a random generator.
    [Fact]
    public Task Text_around_a_raw_number_is_not_a_mask() => Pan.VerifyAnalyzerAsync("""

using System;
public class Vault
{
    public string {|FG1001:CardNumber|} { get; set; } = string.Empty;
    public string {|FG1001:BackupCardNumber|} { get; set; } = string.Empty;
    public string {|FG1001:PrimaryCardNumber|} { get; set; } = string.Empty;
}
public static class Digits { public static int Next(int min, int max) => min; }
public class VaultCards
{
    public void Label(Vault vault, string number) => vault.CardNumber = "Card " + number;
    public void Glued(Vault vault, string number) => vault.BackupCardNumber = $"XXXX{number}";
    public void NotRandom(Vault vault) => vault.PrimaryCardNumber = $"{Digits.Next(1000, 9999)}-{Digits.Next(1000, 9999)}";
}
""");

    // The SDK that issued the card is not restored: card.Last4 and the concatenation do not bind, the last-four name and
    // the mask still say what the value is; an unresolved member not named as a masked form stays raw.
    [Fact]
    public Task Masks_built_from_an_unresolved_sdk_card_are_recognised()
    {
        var test = new Pan.UnresolvedTest
        {
            TestCode = """
public class Vault
{
    public string CardNumber { get; set; } = string.Empty;
    public string {|FG1001:BackupCardNumber|} { get; set; } = string.Empty;
    public string SecondCardNumber { get; set; } = string.Empty;
}
public class VaultCards
{
    public async System.Threading.Tasks.Task Issue(Vault vault)
    {
        var card = await new Stripe.Issuing.CardService().CreateAsync(null);
        vault.CardNumber = "XXXX-XXXX-XXXX-" + card.Last4;
        vault.SecondCardNumber = "XXXX-XXXX-XXXX-" + card.LastMaskedDigits;
        vault.BackupCardNumber = "XXXX-XXXX-XXXX-" + card.Number;
    }
}
""",
        };
        return test.RunAsync();
    }

    [Fact]
    public Task Security_code_member_holding_a_placeholder_or_a_mock_is_not_reported() => Sad.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
public class Vault
{
    public string CardCvc { get; set; } = string.Empty;
    public string Cvv { get; set; } = "";
}
public class VaultCards
{
    public void Issue(Vault vault) => vault.CardCvc = "XXX";
    public void Mock(Vault vault)
    {
        var rand = new Random();
        vault.CardCvc = rand.Next(100, 999).ToString();
        vault.Cvv = RandomNumberGenerator.GetInt32(100, 1000).ToString();
    }

    public void Hide(Vault vault) => vault.Cvv = "***";
}
""");

    // A code that is also copied from the request, or encrypted (PCI DSS 3.3.1: not in any form), stays reported.
    [Fact]
    public Task Security_code_member_with_a_raw_or_encrypted_assignment_is_reported() => Sad.VerifyAnalyzerAsync("""

public class Vault
{
    public string {|FG1002:CardCvc|} { get; set; } = string.Empty;
    public string {|FG1002:Cvv|} { get; set; } = string.Empty;
}
public static class Crypto { public static string Encrypt(string value) => value; }
public class VaultCards
{
    public void Issue(Vault vault) => vault.CardCvc = "XXX";
    public void Update(Vault vault, string cvc) => vault.CardCvc = cvc;
    public void Store(Vault vault, string cvv) => vault.Cvv = Crypto.Encrypt(cvv);
}
""");

    [Fact]
    public Task Returning_cards_that_hold_only_masked_numbers_is_not_reported() => Persisted.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class Vault
{
    public string CardNumber { get; set; } = string.Empty;
}
public class StoredCard
{
    public string CardNumber { get; set; } = string.Empty;
}
public class VaultsController : ControllerBase
{
    public IActionResult GetVaults(IssuedCard card)
    {
        var vaults = new List<Vault> { new Vault { CardNumber = "XXXX-XXXX-XXXX-" + card.Last4 } };
        return Ok(vaults);
    }

    public IActionResult GetCards(string number)
    {
        var cards = new List<StoredCard> { new StoredCard { CardNumber = number } };
        return Ok({|FG1004:cards|});
    }
}
""" + VirtualCard + Mvc);

    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class OkObjectResult : IActionResult { public OkObjectResult(object? value) { } }
    public abstract class ControllerBase
    {
        public OkObjectResult Ok(object? value) => new OkObjectResult(value);
    }
}
""";
}
