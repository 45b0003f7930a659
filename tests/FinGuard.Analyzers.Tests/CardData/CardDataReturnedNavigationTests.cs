using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on an object returned by a service or repository whose body is not followed (behind an interface, a Dapper
/// query): its own card members and nested objects count, its <c>virtual</c> navigations (EF's scaffolded and
/// lazy-loading convention) do not, since only an Include, a multi-mapping or lazy-loading proxies fill them (issue 18,
/// set 13; as for an EF query without Include). Look-alikes that stay reported: the entity's own card member, a nested
/// non-virtual DTO, lazy-loading proxies turned on.
/// </summary>
public class CardDataReturnedNavigationTests
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

    private const string Model = """

public class BankCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class Member { public int Id { get; set; } public string Name { get; set; } = ""; public virtual BankCard? Card { get; set; } }
public class Donation { public int Id { get; set; } public decimal Amount { get; set; } public virtual Member? Donor { get; set; } }
public class CardHolderView { public string Name { get; set; } = ""; public CardDetailsView Card { get; set; } = new(); }
public class CardDetailsView { public string CardNumber { get; set; } = ""; }
public interface IDonationService
{
    System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<Donation>> GetAll();
    Donation? GetById(int id);
    Member? GetMember(int id);
    BankCard? GetCard(int id);
    CardHolderView GetView(int id);
}
""";

    private static Task VerifyAsync(string source) => VerifyCS.VerifyUnresolvedAsync("#nullable enable\n" + source + Model + Mvc);

    [Fact]
    public Task Virtual_navigations_of_a_service_result_are_not_reported() => VerifyAsync("""
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class DonationsController : ControllerBase
{
    private readonly IDonationService _service;
    public DonationsController(IDonationService service) => _service = service;

    public Task<IEnumerable<Donation>> GetAll() => _service.GetAll();

    public IActionResult GetById(int id)
    {
        var donation = _service.GetById(id);
        return Ok(donation);
    }

    public IActionResult GetMember(int id) => Ok(_service.GetMember(id));
}
""");

    [Fact]
    public Task Own_card_members_and_nested_objects_of_a_service_result_are_reported() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
public class CardsController : ControllerBase
{
    private readonly IDonationService _service;
    public CardsController(IDonationService service) => _service = service;

    public IActionResult GetCard(int id)
    {
        var card = _service.GetCard(id);
        return Ok({|FG1004:card|});
    }

    public IActionResult GetView(int id) => Ok({|FG1004:_service.GetView(id)|});
}
""");

    [Fact]
    public Task Virtual_navigations_count_with_lazy_loading_proxies() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
public static class Startup
{
    public static void Configure(dynamic options) => options.UseLazyLoadingProxies();
}
public class DonationsController : ControllerBase
{
    private readonly IDonationService _service;
    public DonationsController(IDonationService service) => _service = service;

    public IActionResult GetMember(int id) => Ok({|FG1004:_service.GetMember(id)|});
}
""");

    // Navigations that are not virtual (issue 18, session 22: FG1004 now uses FG3007's one test of a navigation): a member
    // with [ForeignKey] and one beside its key (Card beside CardId) point to another row, filled only by an Include.
    // The look-alike that stays reported is a nested object with no key beside it (GetView above).
    [Fact]
    public Task Non_virtual_navigations_beside_their_key_are_not_reported() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
namespace System.ComponentModel.DataAnnotations.Schema { public class ForeignKeyAttribute : System.Attribute { public ForeignKeyAttribute(string name) { } } }
public class Subscription { public int Id { get; set; } public int CardId { get; set; } public BankCard? Card { get; set; } }
public class Pledge { public int Id { get; set; } public int PayerCard { get; set; } [System.ComponentModel.DataAnnotations.Schema.ForeignKey("PayerCard")] public BankCard? Payer { get; set; } }
public class WalletView { public int Id { get; set; } public BankCard Card { get; set; } = new(); }
public interface ISubscriptionService { Subscription Get(int id); Pledge GetPledge(int id); WalletView GetWallet(int id); }
public class SubscriptionsController : ControllerBase
{
    private readonly ISubscriptionService _service;
    public SubscriptionsController(ISubscriptionService service) => _service = service;

    public IActionResult Get(int id) => Ok(_service.Get(id));

    public IActionResult GetPledge(int id) => Ok(_service.GetPledge(id));

    public IActionResult GetWallet(int id) => Ok({|FG1004:_service.GetWallet(id)|});
}
""");

    // Issue 18, session 26: the two ends of a relationship are navigations whatever the foreign key is named. A user's
    // card collection whose card points back to its user, and a basket's shopper whose shopper lists its baskets, are
    // filled only by an Include. Look-alikes that stay reported: a view whose card list does not point back (a DTO),
    // the card row itself, and the same pair with lazy-loading proxies on.
    private const string Relationships = """

public class HeldCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; public Holder Holder { get; set; } = null!; }
public class Holder { public string Id { get; set; } = ""; public string Name { get; set; } = ""; public System.Collections.Generic.ICollection<HeldCard> Cards { get; set; } = null!; }
public class Shopper { public int Id { get; set; } public string CardNumber { get; set; } = ""; public System.Collections.Generic.ICollection<Basket> Baskets { get; set; } = null!; }
public class Basket { public int Id { get; set; } public int BasketShopperKey { get; set; } public Shopper Owner { get; set; } = null!; }
public class OwnedCardView { public string CardNumber { get; set; } = ""; }
public class CardOwnerView { public string Name { get; set; } = ""; public System.Collections.Generic.List<OwnedCardView> Cards { get; set; } = new(); }
public interface IHolderService { Holder GetHolder(string id); Basket GetBasket(int id); HeldCard GetCard(int id); CardOwnerView GetView(string id); }
""";

    [Fact]
    public Task Relationship_ends_that_point_back_to_the_owner_are_not_reported() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
public class HoldersController : ControllerBase
{
    private readonly IHolderService _service;
    public HoldersController(IHolderService service) => _service = service;

    public IActionResult GetHolder(string id) => Ok(_service.GetHolder(id));

    public IActionResult GetBasket(int id) => Ok(_service.GetBasket(id));

    public IActionResult GetCard(int id) => Ok({|FG1004:_service.GetCard(id)|});

    public IActionResult GetView(string id) => Ok({|FG1004:_service.GetView(id)|});
}
""" + Relationships);

    [Fact]
    public Task Relationship_ends_count_with_lazy_loading_proxies() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
public static class Startup
{
    public static void Configure(dynamic options) => options.UseLazyLoadingProxies();
}
public class HoldersController : ControllerBase
{
    private readonly IHolderService _service;
    public HoldersController(IHolderService service) => _service = service;

    public IActionResult GetHolder(string id) => Ok({|FG1004:_service.GetHolder(id)|});

    public IActionResult GetBasket(int id) => Ok({|FG1004:_service.GetBasket(id)|});
}
""" + Relationships);
}
