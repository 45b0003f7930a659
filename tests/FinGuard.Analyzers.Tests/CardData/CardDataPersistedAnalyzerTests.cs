using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardDataPersistedAnalyzerTests
{
    private const string EfStubs = @"
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { protected virtual void OnModelCreating(ModelBuilder modelBuilder) { } }
    public class DbSet<T> where T : class { }
    public class ModelBuilder { public EntityTypeBuilder<T> Entity<T>() where T : class => new(); }
    public class EntityTypeBuilder<T> where T : class
    {
        public PropertyBuilder Property(System.Linq.Expressions.Expression<System.Func<T, object?>> property) => new();
        public EntityTypeBuilder<T> Ignore(System.Linq.Expressions.Expression<System.Func<T, object?>> property) => this;
    }
    public class PropertyBuilder { public PropertyBuilder HasConversion(object converter) => this; }
}";

    [Fact]
    public Task Ef_core_entities_exposed_by_a_DbSet_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Order
{
    public int Id { get; set; }
    public string OrderNumber { get; set; } = "";
    public string {|FG1004:CardNumber|} { get; set; } = "";
    public string {|FG1004:Cvv|} { get; set; } = "";
    public string CardLast4 { get; set; } = "";
    public string CardToken { get; set; } = "";
    public string EncryptedPan { get; set; } = "";
    public string Pan { get; set; } = "";
    public string IgnoredCardNumber { get; set; } = "";
}
public class Draft { public string CardNumber { get; set; } = ""; }
public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().Property(o => o.Pan).HasConversion(new object());
        modelBuilder.Entity<Order>().Ignore(o => o.IgnoredCardNumber);
    }
}
public class ReportingContext : DbContext
{
    public DbSet<Order> AllOrders { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().Property(o => o.Pan).HasConversion(new object());
        modelBuilder.Entity<Order>().Ignore(o => o.IgnoredCardNumber);
    }
}
""" + EfStubs);

    // The context's Ignore and HasConversion calls are found from its text (issue #26): the words in a comment, a
    // string or a longer name protect nothing, and a call in a helper method of the context still protects.
    [Fact]
    public Task Conversions_are_read_from_calls_not_from_comments_strings_or_longer_names() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Order
{
    public int Id { get; set; }
    public string {|FG1004:CardNumber|} { get; set; } = "";
    public string {|FG1004:Cvv|} { get; set; } = "";
    public string Pan { get; set; } = "";
    public string PrimaryAccountNumber { get; set; } = "";
}
public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
    // TODO: modelBuilder.Entity<Order>().Property(o => o.CardNumber).HasConversion(...)
    private const string Note = "Ignore(o => o.Cvv)";
    public bool IgnoreCase { get; set; }
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().Property(o => o.Pan).HasConversion(new object());
        Configure(modelBuilder.Entity<Order>());
    }

    private static void Configure(EntityTypeBuilder<Order> order) => order.Ignore(o => o.PrimaryAccountNumber);
}
""" + EfStubs);

    [Fact]
    public Task An_entity_of_a_referenced_project_is_reported_on_the_DbSet_never_in_the_other_project()
    {
        // In the IDE a project reference is a compilation reference: the entity's members have source locations
        // in another compilation, where this project's analysis must not report (AD0001).
        var test = new VerifyCS.Test
        {
            TestCode = @"
using Microsoft.EntityFrameworkCore;
using Shop.Entities;
public class ShopContext : DbContext
{
    public DbSet<Order> {|FG1004:Orders|} { get; set; } = null!;
}" + EfStubs,
        };
        test.TestState.AdditionalProjects["Shop.Entities"].Sources.Add(("Order.cs", """

namespace Shop.Entities
{
    public class Order
    {
        public int Id { get; set; }
        public string CardNumber { get; set; } = "";
        public string CardLast4 { get; set; } = "";
    }
}
"""));
        test.TestState.AdditionalProjectReferences.Add("Shop.Entities");
        return test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public Task Serialization_and_responses_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class CardDto { public string CardNumber { get; set; } = ""; public int ExpMonth { get; set; } }
public class SafeCardDto { public string CardToken { get; set; } = ""; public string Last4 { get; set; } = ""; [System.Text.Json.Serialization.JsonIgnore] public string CardNumber { get; set; } = ""; }
public class Envelope { public CardDto Card { get; set; } = new(); }
public class CardsController : ControllerBase
{
    public CardDto Get(int id) => new CardDto();
    public CardDto Find(int id) => {|FG1004:Load(id)|};
    public Task<ActionResult<Envelope>> GetEnvelope() => {|FG1004:Task.FromResult(new ActionResult<Envelope>(new Envelope()))|};
    private CardDto Load(int id) => new CardDto();
    public SafeCardDto GetSafe() => new SafeCardDto();
    public IActionResult Show(CardDto dto, SafeCardDto safe) { Ok(safe); return Ok({|FG1004:dto|}); }
    [NonAction] public CardDto Helper() => new CardDto();
}
public class Exporter
{
    public string Export(CardDto dto, SafeCardDto safe, string pan)
        => JsonSerializer.Serialize({|FG1004:dto|}) + JsonSerializer.Serialize(safe) + JsonSerializer.Serialize({|FG1004:pan|})
           + Newtonsoft.Json.JsonConvert.SerializeObject({|FG1004:dto|}) + JsonSerializer.Serialize(FinGuard.Security.CardMasking.Mask(pan));
}
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult<T> { public ActionResult(T value) { } }
    public class NonActionAttribute : System.Attribute { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
}
namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object? value) => ""; } }
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? pan) => ""; } }
""");

    [Fact]
    public Task Sql_parameters_and_dapper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data.Common;
public class OrderRepository
{
    public void Save(DbCommand command, Microsoft.Data.SqlClient.SqlParameterCollection parameters, System.Data.IDbConnection connection, string cardNumber, string cardToken, string orderNumber)
    {
        DbParameter p = command.CreateParameter();
        p.Value = {|FG1004:cardNumber|};
        p.Value = cardToken;
        parameters.AddWithValue("@card", {|FG1004:cardNumber|});
        parameters.AddWithValue("@order", orderNumber);
        Dapper.SqlMapper.Execute(connection, "insert ...", new { {|FG1004:CardNumber = cardNumber|}, Token = cardToken, {|FG1004:x = cardNumber|} });
        Dapper.SqlMapper.Execute(connection, "insert ...", new { CardNumber = FinGuard.Security.CardMasking.Mask(cardNumber), OrderNumber = orderNumber });
    }
}
namespace Microsoft.Data.SqlClient { public class SqlParameterCollection { public object AddWithValue(string parameterName, object value) => null!; } }
namespace Dapper { public static class SqlMapper { public static int Execute(System.Data.IDbConnection cnn, string sql, object? param = null) => 0; } }
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? pan) => ""; } }
""");

    [Fact]
    public Task Caches_and_sessions_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.AspNetCore.Http;
public class CheckoutState
{
    public void Remember(IMemoryCache memory, IDistributedCache distributed, ISession session, string cvv, string cardNumber, string cardToken)
    {
        memory.Set("cvv:" + cardToken, cvv); // in-process memory: neither persisted nor shared
        distributed.SetString("card", {|FG1004:cardNumber|});
        session.SetString("cvc", {|FG1004:cvv|});
        session.SetString("token", cardToken);
        memory.Set("token", cardToken);
    }
}
namespace Microsoft.Extensions.Caching.Memory
{
    public interface IMemoryCache { }
    public static class CacheExtensions { public static TItem Set<TItem>(this IMemoryCache cache, object key, TItem value) => value; }
}
namespace Microsoft.Extensions.Caching.Distributed
{
    public interface IDistributedCache { }
    public static class DistributedCacheExtensions { public static void SetString(this IDistributedCache cache, string key, string value) { } }
}
namespace Microsoft.AspNetCore.Http
{
    public interface ISession { }
    public static class SessionExtensions { public static void SetString(this ISession session, string key, string value) { } }
}
""");
}
