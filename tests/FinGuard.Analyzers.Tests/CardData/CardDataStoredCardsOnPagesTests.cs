using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on stored card data handed to an MVC page (issue 18, session 25; sets 11 and 18): <c>View(model)</c>,
/// <c>PartialView(name, model)</c> or <c>ViewBag.X</c> given an EF query of card-bearing entities, a repository or
/// service result typed as those entities, or a view model filled with one. The page renders the number (PCI DSS
/// 3.4.1). Look-alikes that stay silent: the posted form model (or entity) echoed back with validation errors, a view
/// model built from the posted form, token/last-four entities, masked projections, gift cards and form models that
/// are not stored.
/// </summary>
public class CardDataStoredCardsOnPagesTests
{
    [Fact]
    public Task Stored_cards_handed_to_the_page_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class CheckoutVm { public StoredCard? SavedCard { get; set; } public bool HasCard { get; set; } }
public interface ICardService { List<StoredCard> GetCards(); }
public class CardsController : Controller
{
    private readonly ShopDb _db;
    private readonly ICardService _cards;
    public CardsController(ShopDb db, ICardService cards) { _db = db; _cards = cards; }

    public IActionResult All() => View({|FG1004:_db.Cards.ToList()|});

    public IActionResult Mine(string user)
    {
        var cards = _db.Cards.Where(c => c.UserId == user);
        return View({|FG1004:cards.ToList()|});
    }

    public IActionResult FromService()
    {
        var cards = _cards.GetCards();
        return View({|FG1004:cards|});
    }

    public IActionResult Checkout(string user)
    {
        var model = new CheckoutVm();
        model.SavedCard = _db.CardOf(user);
        model.HasCard = true;
        return View({|FG1004:model|});
    }

    public IActionResult Partial() => PartialView("_Cards", {|FG1004:_db.Cards.OrderBy(c => c.Id).ToList()|});

    public IActionResult Admin()
    {
        ViewBag.Cards = {|FG1004:_db.Cards.ToList()|};
        return View();
    }
}
""" + Stubs);

    [Fact]
    public Task Posted_forms_tokens_masked_projections_and_form_models_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class CheckoutForm { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; public string Error { get; set; } = ""; }
public class MaskedCardVm { public int Id { get; set; } public string Display { get; set; } = ""; }
public interface IFormFactory { CheckoutForm NewForm(); }
public class CheckoutController : Controller
{
    private readonly ShopDb _db;
    private readonly IFormFactory _forms;
    public CheckoutController(ShopDb db, IFormFactory forms) { _db = db; _forms = forms; }

    public IActionResult Pay(CheckoutForm form)
    {
        if (form.CardNumber.Length < 12)
        {
            form.Error = "Invalid card number";
            return View(form);
        }

        return View("Done");
    }

    public IActionResult Create(StoredCard card) => View(card);

    public IActionResult Retry(CheckoutForm posted)
    {
        var model = new CheckoutForm { Error = "Declined: " + posted.Error };
        return View(model);
    }

    public IActionResult Tokens() => View(_db.Tokens.ToList());

    public IActionResult Masked()
        => View(_db.Cards.Select(c => new MaskedCardVm { Id = c.Id, Display = "**** " + c.CardNumber.Substring(12) }).ToList());

    public IActionResult GiftCards() => View(_db.GiftCards.ToList());

    public IActionResult Empty() => View(_forms.NewForm());

    public IActionResult Count()
    {
        ViewBag.Count = _db.Cards.Count();
        ViewBag.Form = _forms.NewForm();
        return View();
    }
}
""" + Stubs);

    private const string Stubs = """

public class StoredCard
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string {|FG1004:CardNumber|} { get; set; } = "";
    public string {|FG1004:Cvv|} { get; set; } = "";
}
public class CardToken { public int Id { get; set; } public string Token { get; set; } = ""; public string Last4 { get; set; } = ""; }
public class GiftCard { public int Id { get; set; } public string GiftCardNumber { get; set; } = ""; public decimal Balance { get; set; } }
public class ShopDb : Microsoft.EntityFrameworkCore.DbContext
{
    public Microsoft.EntityFrameworkCore.DbSet<StoredCard> Cards { get; set; } = null!;
    public Microsoft.EntityFrameworkCore.DbSet<CardToken> Tokens { get; set; } = null!;
    public Microsoft.EntityFrameworkCore.DbSet<GiftCard> GiftCards { get; set; } = null!;
    public StoredCard CardOf(string user) => Cards.First(c => c.UserId == user);
}
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { }
    public abstract class DbSet<T> : System.Linq.IQueryable<T> where T : class
    {
        public System.Type ElementType => typeof(T);
        public System.Linq.Expressions.Expression Expression => null!;
        public System.Linq.IQueryProvider Provider => null!;
        public System.Collections.Generic.IEnumerator<T> GetEnumerator() => null!;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
    }
}
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
    public abstract class Controller : ControllerBase
    {
        public dynamic ViewBag { get; } = null!;
        public IActionResult View() => null!;
        public IActionResult View(string? viewName) => null!;
        public IActionResult View(object? model) => null!;
        public IActionResult View(string? viewName, object? model) => null!;
        public IActionResult PartialView(string? viewName, object? model) => null!;
    }
}
namespace Microsoft.AspNetCore.Mvc.ViewFeatures
{
    public class ViewDataDictionary : System.Collections.Generic.Dictionary<string, object?> { }
}
""";
}
