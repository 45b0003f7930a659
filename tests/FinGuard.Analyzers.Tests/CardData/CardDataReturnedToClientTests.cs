using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on card data that leaves to the client (issue 18, session 14): a stored card number or CVV decrypted and
/// returned or put into a view model, also when the entity's type does not bind before restore; an action that returns
/// a service call's card DTO; the JSON text of an application's own ToJson helper; a data-reader column yielded from an
/// action when the provider does not bind. Look-alikes: the stored ciphertext itself, decrypt-then-mask, card type and
/// expiry, gift cards, masked or token DTOs, masking calls, and card data sent on to a processor.
/// </summary>
public class CardDataReturnedToClientTests
{
    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
    public abstract class Controller : ControllerBase { public IActionResult View(object? model) => null!; }
}
""";

    // Before restore: no EF Core, no SqlClient, no Newtonsoft (entities loaded through a DbContext do not bind).
    private static Task VerifyBeforeRestoreAsync(string source) => VerifyCS.VerifyUnresolvedAsync(source + Mvc);

    [Fact]
    public Task Decrypted_member_of_an_unbound_entity_returned_to_the_client() => VerifyBeforeRestoreAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class Customer
{
    public int Id { get; set; }
    public string CreditCardNo { get; set; } = "";
    public string CardType { get; set; } = "";
    public string MaskedCardNumber { get; set; } = "";
    public string GiftCardNumber { get; set; } = "";
}
public class ShopDb : DbContext { public DbSet<Customer> Customers { get; set; } }
public class ProfileController : ControllerBase
{
    private readonly ShopDb _db;
    public ProfileController(ShopDb db) => _db = db;
    private static string DecryptData(string cipherText) => cipherText;
    private static string MaskPan(string pan) => "****";

    public async Task<IActionResult> Profile(int id)
    {
        var customer = await _db.Customers.FindAsync(id);
        customer.CreditCardNo = DecryptData(customer.CreditCardNo);
        return Ok({|FG1004:new
        {
            customer.Id,
            customer.CreditCardNo,
        }|});
    }

    public async Task<IActionResult> Stored(int id)
    {
        var customer = await _db.Customers.FindAsync(id);
        return Ok(new { customer.Id, customer.CreditCardNo });
    }

    public async Task<IActionResult> Masked(int id)
    {
        var customer = await _db.Customers.FindAsync(id);
        customer.CreditCardNo = MaskPan(DecryptData(customer.CreditCardNo));
        return Ok(new { customer.Id, customer.CreditCardNo });
    }

    public async Task<IActionResult> Other(int id)
    {
        var customer = await _db.Customers.FindAsync(id);
        customer.CardType = DecryptData(customer.CardType);
        customer.MaskedCardNumber = DecryptData(customer.MaskedCardNumber);
        customer.GiftCardNumber = DecryptData(customer.GiftCardNumber);
        return Ok(new { customer.CardType, customer.MaskedCardNumber, customer.GiftCardNumber });
    }
}
""");

    [Fact]
    public Task Decrypted_card_number_and_cvv_in_a_view_model() => VerifyBeforeRestoreAsync("""

using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class Member { public string UserId { get; set; } = ""; public string CardNumber { get; set; } = ""; public string Cvv2 { get; set; } = ""; public string ExpiryMonth { get; set; } = ""; }
public class StoreDb : DbContext { public DbSet<Member> Members { get; set; } }
public interface ICipher { string Decrypt(string cipherText); string Encrypt(string plainText); }
public interface IGateway { void Charge(string pan, string cvv); }
public class AccountViewModel { public string ShownNumber { get; set; } = ""; public string ShownCode { get; set; } = ""; public string ShownExpiry { get; set; } = ""; }
public class AccountController : Controller
{
    private readonly StoreDb _db;
    private readonly ICipher _cipher;
    private readonly IGateway _gateway;
    public AccountController(StoreDb db, ICipher cipher, IGateway gateway) { _db = db; _cipher = cipher; _gateway = gateway; }
    private static string Last4(string pan) => pan;

    public IActionResult Card(string userId)
    {
        var member = _db.Members.FirstOrDefault(m => m.UserId == userId);
        var shown = string.Empty;
        if (!string.IsNullOrEmpty(member.CardNumber))
        {
            shown = _cipher.Decrypt(member.CardNumber) ?? string.Empty;
        }

        var model = new AccountViewModel { ShownNumber = shown };
        return View({|FG1004:model|});
    }

    public IActionResult Code(string userId)
    {
        var member = _db.Members.FirstOrDefault(m => m.UserId == userId);
        var model = new AccountViewModel();
        model.ShownCode = _cipher.Decrypt(member.Cvv2);
        return View({|FG1004:model|});
    }

    public IActionResult Safe(string userId)
    {
        var member = _db.Members.FirstOrDefault(m => m.UserId == userId);
        var model = new AccountViewModel
        {
            ShownNumber = Last4(_cipher.Decrypt(member.CardNumber)),
            ShownExpiry = _cipher.Decrypt(member.ExpiryMonth),
        };
        return View(model);
    }

    public IActionResult Pay(string userId)
    {
        var member = _db.Members.FirstOrDefault(m => m.UserId == userId);
        _gateway.Charge(_cipher.Decrypt(member.CardNumber), _cipher.Decrypt(member.Cvv2));
        return View(null);
    }
}
""");

    [Fact]
    public Task Card_dto_returned_by_a_service_call_in_Ok() => VerifyBeforeRestoreAsync("""

using System;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
public class CardDto { public Guid Id { get; set; } public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class CardSummaryDto { public Guid Id { get; set; } public string Last4 { get; set; } = ""; public string CardToken { get; set; } = ""; }
public class CardStore
{
    public CardDto GetCardById(Guid id) => new CardDto();
    public CardSummaryDto GetSummary(Guid id) => new CardSummaryDto();
    public CardDto MaskCard(CardDto card) => card;
}
public class CardController : ControllerBase
{
    private readonly CardStore _cards = new CardStore();
    public IActionResult GetCard(Guid id) => Ok({|FG1004:_cards.GetCardById(id)|});
    public IActionResult GetSummary(Guid id) => Ok(_cards.GetSummary(id));
    public IActionResult GetMasked(Guid id) => Ok(_cards.MaskCard(_cards.GetCardById(id)));
    public string Forward(Guid id) => JsonConvert.SerializeObject(_cards.GetCardById(id));
}
""");

    [Fact]
    public Task Json_text_from_an_interface_helper_returned_to_the_client() => VerifyBeforeRestoreAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class CardModel { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class TokenModel { public string CardToken { get; set; } = ""; public string Last4 { get; set; } = ""; }
public interface ICardService
{
    Task<(CardModel, string?)> FindCard(string iban);
    Task<TokenModel> FindToken(string iban);
    string CardInfoToJson((CardModel, string?) card);
    string TokenToJson(TokenModel token);
}
public class WalletController : ControllerBase
{
    private readonly ICardService _cards;
    public WalletController(ICardService cards) => _cards = cards;

    public async Task<IActionResult> Card(string iban)
    {
        var card = await _cards.FindCard(iban);
        var json = _cards.CardInfoToJson(card);
        return Ok({|FG1004:json|});
    }

    public async Task<IActionResult> Token(string iban)
    {
        var token = await _cards.FindToken(iban);
        var json = _cards.TokenToJson(token);
        return Ok(json);
    }
}
""");

    [Fact]
    public Task Reader_columns_yielded_from_an_action_before_restore() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
public class ProfilesController : ControllerBase
{
    public IEnumerable<object> Profile(int id)
    {
        using var connection = new SqlConnection("Server=.;Integrated Security=true");
        using var command = new SqlCommand("SELECT Name, CardNumber FROM Cards WHERE Id = @id", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new
            {
                Name = reader.GetString(0),
                {|FG1004:CardNumber = reader.GetString(1)|},
            };
        }
    }

    public IEnumerable<object> Summary(int id)
    {
        using var connection = new SqlConnection("Server=.;Integrated Security=true");
        using var command = new SqlCommand("SELECT CardType, CardLast4 FROM Cards WHERE Id = @id", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new { CardType = reader.GetString(0), CardLast4 = reader.GetString(1) };
        }
    }
}
""");
}
