using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on what a controller action really returns (issue 18, session 16; recurring across sets 9-11): reported at the
/// return, judged by where the value comes from. EF Core queries (also before restore, when <c>DbSet&lt;T&gt;</c> and
/// LINQ do not bind) carry their entity's own card members; navigations only with <c>Include</c> or lazy-loading
/// proxies. Fresh response objects carry only what the action puts into them; an echoed request body its own members
/// and one nested object; a mediator request its <c>IRequest&lt;TResponse&gt;</c>. Look-alikes: projections, counts,
/// token/last-four entities, unloaded navigations, shared response types whose card member stays unset, masked
/// members, results without a body.
/// </summary>
public class CardDataReturnedByActionTests
{
    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult : IActionResult { }
    public class NotFoundResult : ActionResult { }
    public sealed class ActionResult<T>
    {
        public static implicit operator ActionResult<T>(T value) => null!;
        public static implicit operator ActionResult<T>(ActionResult result) => null!;
    }
    public abstract class ControllerBase
    {
        public ActionResult Ok() => null!;
        public ActionResult Ok(object? value) => null!;
        public NotFoundResult NotFound() => null!;
        public ActionResult CreatedAtAction(string action, object? routeValues, object? value) => null!;
    }
}
""";

    private const string Entities = """

public class StoredCard
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
    public string CardProvider { get; set; } = "";
}
public class CardToken
{
    public int Id { get; set; }
    public string Token { get; set; } = "";
    public string Last4 { get; set; } = "";
}
public class Order
{
    public int Id { get; set; }
    public decimal Amount { get; set; }
    public StoredCard PaymentCard { get; set; } = null!;
}
public class DownloadRecord
{
    public int Id { get; set; }
    public Order Order { get; set; } = null!;
}
""";

    // Before restore: EF Core, MediatR and the LINQ operators over DbSet do not bind.
    private static Task VerifyBeforeRestoreAsync(string source) => VerifyCS.VerifyUnresolvedAsync(source + Entities + Mvc);

    [Fact]
    public Task Stored_cards_queried_from_an_unbound_context_are_reported_at_the_return() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext
{
    public DbSet<StoredCard> Cards { get; set; }
    public DbSet<CardToken> Tokens { get; set; }
    public DbSet<Order> Orders { get; set; }
}
public class CardsController : ControllerBase
{
    private readonly StoreDb _db;
    public CardsController(StoreDb db) => _db = db;

    public async Task<ActionResult<IEnumerable<StoredCard>>> GetCards()
    {
        return {|FG1004:await _db.Cards.ToListAsync()|};
    }

    public async Task<ActionResult<StoredCard>> GetCard(int id)
    {
        var card = await _db.Cards.FindAsync(id);
        if (card == null)
        {
            return NotFound();
        }

        return {|FG1004:card|};
    }

    public ActionResult<IEnumerable<StoredCard>> Mine(string user)
        => Ok({|FG1004:_db.Cards.Where(c => c.UserId == user).OrderBy(c => c.Id)|});

    public async Task<ActionResult<IEnumerable<CardToken>>> GetTokens() => await _db.Tokens.ToListAsync();

    public ActionResult<int> Count() => Ok(_db.Cards.Count());

    public IActionResult Summaries() => Ok(_db.Cards.Select(c => new { c.Id, c.CardProvider }));

    public async Task<ActionResult<StoredCard>> Delete(int id)
    {
        var card = await _db.Cards.FindAsync(id);
        _db.Cards.Remove(card);
        await _db.SaveChangesAsync();
        return Ok();
    }
}
""");

    [Fact]
    public Task Navigations_count_only_when_the_query_loads_them() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext
{
    public DbSet<Order> Orders { get; set; }
    public DbSet<DownloadRecord> Downloads { get; set; }
}
public class OrdersController : ControllerBase
{
    private readonly StoreDb _db;
    public OrdersController(StoreDb db) => _db = db;

    // No Include: the card navigation stays null in the response.
    public async Task<ActionResult<IEnumerable<Order>>> GetOrders() => await _db.Orders.ToListAsync();

    public async Task<ActionResult<Order>> GetOrder(int id)
    {
        var order = await _db.Orders.FindAsync(id);
        if (order == null)
        {
            return NotFound();
        }

        return order;
    }

    public async Task<ActionResult<IEnumerable<Order>>> GetOrdersWithCards()
        => {|FG1004:await _db.Orders.Include(o => o.PaymentCard).ToListAsync()|};

    public async Task<IActionResult> GetOrderWithCard(int id)
    {
        var order = await _db.Orders.Include(o => o.PaymentCard).FirstOrDefaultAsync(o => o.Id == id);
        return Ok({|FG1004:order|});
    }

    public async Task<ActionResult<DownloadRecord>> GetDownload(int id) => await _db.Downloads.FindAsync(id);
}
""");

    // Issue 18, session 26: EF loads only the included path. A sale whose payment is included but not the payment's card
    // (Include(s => s.Order) without ThenInclude) returns the card navigation null; ThenInclude, a dotted lambda path
    // or a dotted string path loads it.
    [Fact]
    public Task A_card_past_the_included_navigation_is_not_loaded() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext
{
    public DbSet<DownloadRecord> Downloads { get; set; }
}
public class DownloadsController : ControllerBase
{
    private readonly StoreDb _db;
    public DownloadsController(StoreDb db) => _db = db;

    public async Task<ActionResult<IEnumerable<DownloadRecord>>> WithOrders()
        => await _db.Downloads.Include(d => d.Order).ToListAsync();

    public async Task<ActionResult<DownloadRecord>> WithOrder(int id)
    {
        var download = await _db.Downloads.Include("Order").FirstOrDefaultAsync(d => d.Id == id);
        if (download == null)
        {
            return NotFound();
        }

        return download;
    }

    public async Task<ActionResult<IEnumerable<DownloadRecord>>> WithCards()
        => {|FG1004:await _db.Downloads.Include(d => d.Order).ThenInclude(o => o.PaymentCard).ToListAsync()|};

    public async Task<ActionResult<IEnumerable<DownloadRecord>>> WithCardsByPath()
        => {|FG1004:await _db.Downloads.Include(d => d.Order.PaymentCard).ToListAsync()|};

    public async Task<IActionResult> WithCardByName(int id)
        => Ok({|FG1004:await _db.Downloads.Include("Order.PaymentCard").FirstOrDefaultAsync(d => d.Id == id)|});

    public async Task<ActionResult<IEnumerable<DownloadRecord>>> WithOrdersThenCards()
        => {|FG1004:await _db.Downloads.Include(d => d.Order).Include(d => d.Order).ThenInclude(o => o.PaymentCard).ToListAsync()|};
}
""");

    [Fact]
    public Task Lazy_loading_proxies_load_navigations_when_serialized() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext
{
    public DbSet<Order> Orders { get; set; }
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseLazyLoadingProxies();
}
public class OrdersController : ControllerBase
{
    private readonly StoreDb _db;
    public OrdersController(StoreDb db) => _db = db;

    public async Task<ActionResult<IEnumerable<Order>>> GetOrders() => {|FG1004:await _db.Orders.ToListAsync()|};
}
""");

    [Fact]
    public Task Fresh_response_objects_carry_only_what_the_action_puts_into_them() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class BankAccount { public string BankName { get; set; } = ""; public string Iban { get; set; } = ""; }
public class CustomerDetailsResponse
{
    public List<BankAccount> BankDetails { get; set; } = new();
    public List<StoredCard> CardDetails { get; set; } = new();
    public string Message { get; set; } = "";
}
public class CardView { public string CardNumber { get; set; } = ""; public string Holder { get; set; } = ""; }
public interface ICustomerRepository
{
    List<BankAccount> Banks(int customer);
    List<StoredCard> Cards(int customer);
}
public class CustomerController : ControllerBase
{
    private readonly ICustomerRepository _repo;
    public CustomerController(ICustomerRepository repo) => _repo = repo;
    private static string MaskPan(string pan) => "************" + pan.Substring(pan.Length - 4);

    public ActionResult<CustomerDetailsResponse> Banks(int id)
    {
        var response = _repo.Banks(id);
        return new CustomerDetailsResponse { BankDetails = response };
    }

    public ActionResult<CustomerDetailsResponse> Cards(int id)
    {
        var response = _repo.Cards(id);
        return {|FG1004:new CustomerDetailsResponse
        {
            CardDetails = response,
        }|};
    }

    public ActionResult<CustomerDetailsResponse> CardsFilledLater(int id)
    {
        var result = new CustomerDetailsResponse();
        result.CardDetails = _repo.Cards(id);
        return {|FG1004:result|};
    }

    public ActionResult<CustomerDetailsResponse> BanksFilledLater(int id)
    {
        var result = new CustomerDetailsResponse();
        result.BankDetails = _repo.Banks(id);
        result.Message = "ok";
        return result;
    }

    public ActionResult<CustomerDetailsResponse> Failed() => new CustomerDetailsResponse { Message = "Error Occurred" };

    public ActionResult<CardView> Masked(StoredCard card) => new CardView { CardNumber = MaskPan(card.CardNumber), Holder = "A" };

    public ActionResult<CardView> Shown(StoredCard card) => {|FG1004:new CardView { CardNumber = card.CardNumber, Holder = "A" }|};
}
""");

    [Fact]
    public Task An_echoed_request_body_carries_its_own_members_and_one_nested_object() => VerifyBeforeRestoreAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext { }
public class EchoController : ControllerBase
{
    private readonly StoreDb _db;
    public EchoController(StoreDb db) => _db = db;

    public async Task<ActionResult<StoredCard>> PostCard(StoredCard card)
    {
        _db.Add(card);
        await _db.SaveChangesAsync();
        return CreatedAtAction("GetCard", new { id = card.Id }, {|FG1004:card|});
    }

    public async Task<ActionResult<Order>> PostOrder(Order order)
    {
        _db.Add(order);
        await _db.SaveChangesAsync();
        return {|FG1004:order|};
    }

    public async Task<ActionResult<DownloadRecord>> PostDownload(DownloadRecord record)
    {
        _db.Add(record);
        await _db.SaveChangesAsync();
        return CreatedAtAction("GetDownload", new { id = record.Id }, record);
    }
}
""");

    [Fact]
    public Task An_unbound_value_sent_by_an_action_is_judged_by_its_declared_result() => VerifyBeforeRestoreAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Orleans;
public class CustomerController : ControllerBase
{
    public async Task<ActionResult<StoredCard>> GetCard([FromServices] IGrainFactory grains, int id)
    {
        var grain = grains.GetGrain<ICardActor>(id);
        var card = await grain.GetCard();
        return Ok({|FG1004:card|});
    }

    public async Task<ActionResult<CardToken>> GetToken([FromServices] IGrainFactory grains, int id)
    {
        var token = await grains.GetGrain<ITokenActor>(id).GetToken();
        return Ok(token);
    }

    public async Task<IActionResult> GetStatus([FromServices] IGrainFactory grains, int id)
    {
        var status = await grains.GetGrain<ICardActor>(id).GetCard();
        return Ok(status);
    }

    public async Task<ActionResult<StoredCard>> Remove([FromServices] IGrainFactory grains, int id)
    {
        await grains.GetGrain<ICardActor>(id).Remove();
        return Ok(await grains.GetGrain<ICardActor>(id).Message());
    }
}
""");

    [Fact]
    public Task A_bin_lookup_with_issuer_flags_is_no_card_data() => VerifyBeforeRestoreAsync("""

using Microsoft.AspNetCore.Mvc;
public class InstallmentInfo
{
    public string BinNumber { get; set; } = "";
    public string CardAssociation { get; set; } = "";
    public string BankName { get; set; } = "";
    public int? ForceCvc { get; set; }
    public int? Force3Ds { get; set; }
}
public class CardCheck { public string Cvc { get; set; } = ""; public bool RequireCvc { get; set; } }
public interface IInstallments { InstallmentInfo Check(string bin, decimal price); CardCheck Echo(string bin); }
public class PaymentController : ControllerBase
{
    private readonly IInstallments _installments;
    public PaymentController(IInstallments installments) => _installments = installments;

    public IActionResult CheckInstallment(string binNumber, decimal price)
    {
        var result = _installments.Check(binNumber, price);
        return Ok(result);
    }

    public IActionResult Echo(string binNumber) => Ok({|FG1004:_installments.Echo(binNumber)|});
}
""");

    [Fact]
    public Task A_conditional_return_is_reported_once_where_the_card_leaves() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class Result<T> { public bool IsFailure { get; set; } public T Value { get; set; } = default!; }
public static class ResultExtensions { public static ActionResult ToProblemDetails<T>(this Result<T> result) => new ActionResult(); }
public interface ICardService { Task<Result<StoredCard>> Find(int id); Task<Result<CardToken>> Token(int id); }
public class CardsController : ControllerBase
{
    private readonly ICardService _cards;
    public CardsController(ICardService cards) => _cards = cards;

    public async Task<ActionResult<StoredCard>> Get(int id)
    {
        var result = await _cards.Find(id);
        return result.IsFailure ? result.ToProblemDetails() : Ok({|FG1004:result.Value|});
    }

    public async Task<ActionResult<CardToken>> GetToken(int id)
    {
        var result = await _cards.Token(id);
        return result.IsFailure ? result.ToProblemDetails() : Ok(result.Value);
    }

    public async IAsyncEnumerable<object> Rows(IEnumerable<StoredCard> cards)
    {
        foreach (var card in cards)
        {
            await Task.Yield();
            yield return new
            {
                card.Id,
                {|FG1004:Number = card.CardNumber|},
            };
        }
    }
}
""");

    [Fact]
    public Task Mediator_requests_return_their_declared_response() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using MediatR;
using Microsoft.AspNetCore.Mvc;
public class CardVm { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class CardSummaryVm { public string Last4 { get; set; } = ""; public string CardToken { get; set; } = ""; }
public class GetCardsQuery : IRequest<List<CardVm>> { public GetCardsQuery(string user) { User = user; } public string User { get; } }
public class GetSummariesQuery : IRequest<List<CardSummaryVm>> { }
public class CheckoutCommand : IRequest<int> { public string CardNumber { get; set; } = ""; }
public class CardsController : ControllerBase
{
    private readonly IMediator _mediator;
    public CardsController(IMediator mediator) => _mediator = mediator;

    public async Task<IActionResult> GetCards(string user)
    {
        var query = new GetCardsQuery(user);
        var cards = await _mediator.Send(query);
        return Ok({|FG1004:cards|});
    }

    public async Task<IActionResult> GetSummaries() => Ok(await _mediator.Send(new GetSummariesQuery()));

    public async Task<IActionResult> Checkout([FromBody] CheckoutCommand command)
    {
        var id = await _mediator.Send(command);
        return Ok(id);
    }
}
""");

    // Issue 18, session 17 (recurring: repositories and services behind actions in sets 10-12). The action returns
    // what a repository method of the same compilation gives back; its body decides: a query without Include leaves
    // the navigations empty, a parameter returned is the caller's argument (an echo of the posted body).
    [Fact]
    public Task A_repository_method_behind_the_action_is_judged_by_what_it_returns() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class Shopper
{
    public int Id { get; set; }
    public List<Order> Orders { get; set; } = new List<Order>();
}
public class StoreDb : DbContext
{
    public DbSet<StoredCard> Cards { get; set; }
    public DbSet<Order> Orders { get; set; }
    public DbSet<Shopper> Shoppers { get; set; }
}
public interface IOrderStore
{
    Task<List<Order>> All();
    Task<Order> ById(int id);
    Task<Order> WithCard(int id);
    Task<Order> Rename(Order order);
    Task<Order> Add(Order order);
    Task<Shopper> AddShopper(Shopper shopper);
    Task<Shopper> Login(string name);
    Task<List<StoredCard>> Cards();
}
public class OrderStore : IOrderStore
{
    private readonly StoreDb _db;
    public OrderStore(StoreDb db) => _db = db;

    public async Task<List<Order>> All() => await _db.Orders.ToListAsync();
    public async Task<Order> ById(int id) { return await _db.Orders.FindAsync(id); }
    public async Task<Order> WithCard(int id) => await _db.Orders.Include(o => o.PaymentCard).SingleOrDefaultAsync(o => o.Id == id);
    public async Task<Order> Rename(Order order)
    {
        var stored = await _db.Orders.FindAsync(order.Id);
        if (stored == null)
        {
            return null;
        }

        stored.Amount = order.Amount;
        await _db.SaveChangesAsync();
        return stored;
    }
    public async Task<Order> Add(Order order)
    {
        await _db.Orders.AddAsync(order);
        await _db.SaveChangesAsync();
        return order;
    }
    public async Task<Shopper> AddShopper(Shopper shopper)
    {
        await _db.Shoppers.AddAsync(shopper);
        await _db.SaveChangesAsync();
        return shopper;
    }
    public async Task<Shopper> Login(string name) => await _db.Shoppers.Where(s => s.Id > 0).FirstOrDefaultAsync();
    public async Task<List<StoredCard>> Cards() => await _db.Cards.ToListAsync();
}
public class OrdersController : ControllerBase
{
    private readonly IOrderStore _store;
    public OrdersController(IOrderStore store) => _store = store;

    // No Include in the repository and no lazy loading: PaymentCard stays null.
    public async Task<List<Order>> GetOrders() => await _store.All();

    public async Task<Order> GetOrder(int id)
    {
        var order = await _store.ById(id);
        return order;
    }

    public async Task<IActionResult> Rename(Order order) => Ok(await _store.Rename(order));

    // The repository loads the card: reported.
    public async Task<Order> GetOrderWithCard(int id) => {|FG1004:await _store.WithCard(id)|};

    // The entity's own card members: reported.
    public async Task<List<StoredCard>> GetCards() => {|FG1004:await _store.Cards()|};

    // The posted order echoed back through the repository carries the card the client nested in it (one level),
    // as when the action returns its parameter; a card two levels down exists only if the client posted it.
    public async Task<Order> PostOrder([FromBody] Order order) => {|FG1004:await _store.Add(order)|};

    public async Task<Shopper> PostShopper([FromBody] Shopper shopper) => await _store.AddShopper(shopper);

    public async Task<Shopper> Login(string name) => await _store.Login(name);
}
""");

    // Look-alikes of the callee rule that keep the old judgement (the call's declared type): a body that maps or
    // builds its result some other way, and an interface with two implementations (which one runs is not known).
    [Fact]
    public Task A_callee_that_does_not_decide_leaves_the_call_judged_by_its_type() => VerifyBeforeRestoreAsync("""

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
public class StoreDb : DbContext
{
    public DbSet<Order> Orders { get; set; }
}
public interface IOrderReader { Task<Order> ById(int id); }
public class SqlOrderReader : IOrderReader
{
    private readonly StoreDb _db;
    public SqlOrderReader(StoreDb db) => _db = db;
    public async Task<Order> ById(int id) => await _db.Orders.FindAsync(id);
}
public class CachedOrderReader : IOrderReader
{
    private readonly Dictionary<int, Order> _cache = new Dictionary<int, Order>();
    public Task<Order> ById(int id) => Task.FromResult(_cache[id]);
}
public class OrderService
{
    private readonly StoreDb _db;
    private readonly Dictionary<int, Order> _orders = new Dictionary<int, Order>();
    public OrderService(StoreDb db) => _db = db;
    public Order Loaded(int id) => _orders[id];
    public virtual async Task<Order> Find(int id) => await _db.Orders.FindAsync(id);
}
public class OrdersController : ControllerBase
{
    private readonly IOrderReader _reader;
    private readonly OrderService _service;
    public OrdersController(IOrderReader reader, OrderService service) { _reader = reader; _service = service; }

    public async Task<Order> Get(int id) => {|FG1004:await _reader.ById(id)|};

    public Order Loaded(int id) => {|FG1004:_service.Loaded(id)|};

    public async Task<Order> Find(int id) => {|FG1004:await _service.Find(id)|};
}
""");
}
