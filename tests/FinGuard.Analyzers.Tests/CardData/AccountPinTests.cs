using PersistedCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// A PIN that is not a card PIN (issue 18, set 6): an online-banking transaction PIN, a wallet, login or app PIN on a
/// type named after cards (CardRequestViewModel) is not FG1 card data when the name has no card word and the type carries
/// no other card data. Look-alikes both ways: CardPin, PinBlock, a bare Pin on a card type and a TransactionPin beside a
/// card number or CVV stay card data (FG1002, FG1004).
/// </summary>
public class AccountPinTests
{
    [Fact]
    public Task Account_and_wallet_pins_on_card_named_types_are_not_card_pins() => VerifyCS.VerifyAnalyzerAsync("""

public class CardRequestViewModel
{
    public int CustomerAccountId { get; set; }
    public string CustomerAccountNumber { get; set; } = "";
    public int CardType { get; set; }
    public int TransactionPin { get; set; }
    public string WalletPin { get; set; } = "";
    public string LoginPinCode { get; set; } = "";
    public string HashedAppPin { get; set; } = "";
}
public class CardTopUp
{
    public int OldTransactionPin { get; set; }
    public int NewTransactionPin { get; set; }
    public string UserPin { get; set; } = "";
}
""");

    [Fact]
    public Task Card_pins_stay_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardRequestViewModel
{
    public string {|FG1002:CardPin|} { get; set; } = "";
    public byte[] {|FG1002:PinBlock|} { get; set; } = new byte[0];
    public byte[] {|FG1002:TransactionPinBlock|} { get; set; } = new byte[0];
    public string {|FG1002:Pin|} { get; set; } = "";
    public string {|FG1002:CardTransactionPin|} { get; set; } = "";
}
public class CardAuthorization
{
    public string CardNumber { get; set; } = "";
    public string {|FG1002:TransactionPin|} { get; set; } = "";
}
public class VirtualCard
{
    public string {|FG1002:Cvv|} { get; set; } = "";
    public int {|FG1002:WalletPin|} { get; set; }
}
public class PaymentCard
{
    public string Number { get; set; } = "";
    public string ExpiryDate { get; set; } = "";
    public string {|FG1002:AccountPin|} { get; set; } = "";
}
""");

    [Fact]
    public Task Responses_with_an_account_pin_are_not_card_data_but_with_a_card_pin_are() => PersistedCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
public class CardRequestViewModel { public string Description { get; set; } = ""; public int CardType { get; set; } public int TransactionPin { get; set; } }
public class CardPinViewModel { public string Description { get; set; } = ""; public string CardPin { get; set; } = ""; }
public class CardStore { public CardRequestViewModel Request(int id) => new(); public CardPinViewModel Pin(int id) => new(); }
public class CardRequestController : ControllerBase
{
    public CardRequestViewModel Get(CardStore store, int id) => store.Request(id);
    public CardPinViewModel GetPin(CardStore store, int id) => {|FG1004:store.Pin(id)|};
}
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult<T> { public ActionResult(T value) { } }
    public class NonActionAttribute : System.Attribute { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
}
""");
}
