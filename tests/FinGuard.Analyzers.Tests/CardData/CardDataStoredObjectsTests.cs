using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on whole card-bearing objects written to a session or a MongoDB collection, and on card types the compiler
/// finds ambiguous (issue 18, set 16). A session write of an object (an extension <c>Set&lt;T&gt;</c>/<c>SetObject</c>,
/// bound or not) is judged by where the object comes from, as a response is; a Mongo document that does not bind (a
/// mapper call before restore) by its collection's type; an ambiguous type by its candidates. Look-alikes: a fresh model
/// holding only warnings, objects without card data, an in-process cache, a Mongo delete, a collection of safe documents,
/// an ambiguous name of which one candidate has no card data.
/// </summary>
public class CardDataStoredObjectsTests
{
    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult : IActionResult { }
    public abstract class ControllerBase
    {
        public ActionResult Ok(object? value) => null!;
    }
}
""";

    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add("#nullable enable\n" + source + Mvc);
        return test.RunAsync();
    }

    [Fact]
    public Task Card_bearing_objects_written_to_the_session_before_restore_are_reported() => VerifyAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
public class CheckoutFormModel
{
    public string HolderName { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string SecurityCode { get; set; } = "";
    public List<string> Warnings { get; set; } = new();
}
public class CartModel { public int Items { get; set; } }
public interface ICheckoutForms { Task<CheckoutFormModel> ValidateAsync(Dictionary<string, string> form); }
public class CheckoutForms : ICheckoutForms
{
    public Task<CheckoutFormModel> ValidateAsync(Dictionary<string, string> form)
    {
        var model = new CheckoutFormModel { CardNumber = form["number"], SecurityCode = form["cvc"] };
        return Task.FromResult(model);
    }
}
public class CheckoutController
{
    private readonly ICheckoutForms _forms = new CheckoutForms();

    public async Task Confirm(Dictionary<string, string> form, CartModel cart)
    {
        var model = await _forms.ValidateAsync(form);
        HttpContext.Session.Set("checkout-form", {|FG1004:model|});
        HttpContext.Session.Set<CartModel>("cart", cart);
    }

    public void Declined(List<string> warnings)
    {
        var model = new CheckoutFormModel { Warnings = warnings };
        HttpContext.Session.Set("checkout-form", model);
        _memory.Set("checkout-form", model);
    }
}
""");

    [Fact]
    public Task Card_bearing_objects_written_through_an_own_session_extension_are_reported() => VerifyAsync("""
using System.Text.Json;
public interface ISession { void SetString(string key, string value); }
public static class SessionObjects
{
    public static void SetObject<T>(this ISession session, string key, T value) => session.SetString(key, JsonSerializer.Serialize(value));
}
public class PaymentRequestModel
{
    public decimal Amount { get; set; }
    public string CreditCardNumber { get; set; } = "";
    public string CreditCardCvv2 { get; set; } = "";
}
public class ShippingModel { public string Street { get; set; } = ""; }
public class PaymentPages
{
    public void Keep(ISession session, PaymentRequestModel request, ShippingModel shipping)
    {
        session.SetObject("payment", {|FG1004:request|});
        session.SetObject("shipping", shipping);
        session.SetObject("empty", new PaymentRequestModel { Amount = 10m });
    }
}
""");

    [Fact]
    public Task Mongo_documents_mapped_before_restore_and_replaced_are_reported() => VerifyAsync("""
using System.Threading.Tasks;
using AutoMapper;
using MongoDB.Driver;
public class WalletCard
{
    public string Id { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string Cvc { get; set; } = "";
}
public class AuditEntry { public string Id { get; set; } = ""; public string Action { get; set; } = ""; }
public class WalletCardRequest { public string CardNumber { get; set; } = ""; public string Cvc { get; set; } = ""; }
public class WalletCards
{
    private readonly IMongoCollection<WalletCard> _cards;
    private readonly IMongoCollection<AuditEntry> _audit;
    private readonly IMapper _mapper;

    public async Task Add(WalletCardRequest request)
    {
        var entity = _mapper.Map<WalletCard>(request);
        await _cards.InsertOneAsync({|FG1004:entity|});
        var entry = _mapper.Map<AuditEntry>(request);
        await _audit.InsertOneAsync(entry);
    }

    public async Task Update(string id, WalletCardRequest request)
    {
        var entity = _mapper.Map<WalletCard>(request);
        await _cards.ReplaceOneAsync(x => x.Id == id, {|FG1004:entity|});
        await _audit.ReplaceOneAsync(x => x.Id == id, _mapper.Map<AuditEntry>(request));
        await _cards.DeleteOneAsync(x => x.Id == id);
    }
}
""");

    [Fact]
    public Task Card_types_the_compiler_finds_ambiguous_are_judged_by_their_candidates() => VerifyAsync("""
using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
using Shop.Documents;
using Shop.Entities;
namespace Shop.Documents
{
    public class PaymentCard { public string Id { get; set; } = ""; public string CardNumber { get; set; } = ""; public string Cvc { get; set; } = ""; }
    public class Voucher { public string Code { get; set; } = ""; }
}
namespace Shop.Entities
{
    public class PaymentCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; }
    public class Voucher { public string Code { get; set; } = ""; public string CardNumber { get; set; } = ""; }
}
public class CardStore
{
    public List<PaymentCard> All() => new();
    public List<Voucher> Vouchers() => new();
}
public class CardsController : ControllerBase
{
    private readonly CardStore _store = new();

    public IActionResult Get()
    {
        var cards = _store.All();
        return Ok({|FG1004:cards|});
    }

    public IActionResult GetVouchers() => Ok(_store.Vouchers());
}
""");

    // ASP.NET Web API 2 (and MVC 5) before restore: ApiController does not bind, so Ok(...) has no candidates at all. The
    // base's name says the class is a controller and Ok(...) its response. Look-alikes: a result without card data, an
    // unbound base that is not a controller's.
    [Fact]
    public Task Responses_of_controllers_whose_base_does_not_bind_are_reported() => VerifyAsync("""
using System;
using System.Collections.Generic;
using System.Web.Http;
public class Guest
{
    public int GuestId { get; set; }
    public string CreditCardNumber { get; set; } = "";
    public string CreditCardCvv { get; set; } = "";
}
public class GuestSummary { public int GuestId { get; set; } public string FullName { get; set; } = ""; }
public static class GuestLogic
{
    private static readonly Dictionary<int, Guest> Guests = new();
    private static readonly Dictionary<int, GuestSummary> Summaries = new();
    public static Guest Find(int id) => Guests[id];
    public static GuestSummary Summary(int id) => Summaries[id];
}
public class GuestsController : ApiController
{
    public IHttpActionResult Get(int id)
    {
        try
        {
            return Ok({|FG1004:GuestLogic.Find(id)|});
        }
        catch (Exception e)
        {
            return BadRequest(e.Message);
        }
    }

    public IHttpActionResult Summary(int id) => Ok(GuestLogic.Summary(id));
}
public class GuestPage : PageModelBase
{
    public object Show(int id) => Ok(GuestLogic.Find(id));
}
""");
}
