using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Tests.Verifiers;
using FinGuard.CodeFixes.CardData;

namespace FinGuard.Analyzers.Tests.CardData;

public class CardDataPersistedFixerTests
{
    private static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null, int iterations = 0)
    {
        var test = new HelperCodeFixTest<CardDataPersistedAnalyzer, CardDataPersistedFixer> { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };

        // EF Core findings are reported while analysing the DbContext, at the entity's property: a non-local
        // diagnostic (the IDE shows it with full-solution analysis, and its fix works there and in dotnet format).
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        if (iterations > 0)
        {
            test.NumberOfIncrementalIterations = iterations;
            test.NumberOfFixAllIterations = 1;
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Serialized_sql_dapper_and_returned_pans_are_masked_first_six_last_four() => VerifyAsync("""

using System.Data.Common;
using System.Text.Json;
using Dapper;
public class CheckoutRequest { public string CardNumber { get; set; } = ""; public decimal Amount { get; set; } }
public class Archive
{
    public string Json(string pan) => JsonSerializer.Serialize({|FG1004:pan|});
    public void Save(DbConnection connection, DbCommand command, DbParameter parameter, CheckoutRequest request)
    {
        parameter.Value = {|FG1004:request.CardNumber|};
        connection.Execute("insert into cards values (@CardNumber, @Amount)", new { {|FG1004:request.CardNumber|}, request.Amount });
        connection.Execute("insert into cards values (@Pan)", new { {|FG1004:Pan = request.CardNumber|} });
    }
}
""", """

using System.Data.Common;
using System.Text.Json;
using Dapper;
using FinGuard.Security;
public class CheckoutRequest { public string CardNumber { get; set; } = ""; public decimal Amount { get; set; } }
public class Archive
{
    public string Json(string pan) => JsonSerializer.Serialize(CardMasking.Mask(pan, keepFirstSix: true));
    public void Save(DbConnection connection, DbCommand command, DbParameter parameter, CheckoutRequest request)
    {
        parameter.Value = CardMasking.Mask(request.CardNumber, keepFirstSix: true);
        connection.Execute("insert into cards values (@CardNumber, @Amount)", new { CardNumber = CardMasking.Mask(request.CardNumber, keepFirstSix: true), request.Amount });
        connection.Execute("insert into cards values (@Pan)", new { Pan = CardMasking.Mask(request.CardNumber, keepFirstSix: true) });
    }
}
""");

    [Fact]
    public Task Ef_core_pan_property_becomes_a_token_member() => VerifyAsync("""

using Microsoft.EntityFrameworkCore;
public class Order
{
    public int Id { get; set; }
    public string {|FG1004:CardNumber|} { get; set; } = "";
}
public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
}
public class Checkout
{
    public Order Create(string token) => new Order { CardNumber = token };
}
""", """

using Microsoft.EntityFrameworkCore;
public class Order
{
    public int Id { get; set; }
    public string CardToken { get; set; } = "";
}
public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
}
public class Checkout
{
    public Order Create(string token) => new Order { CardToken = token };
}
""", CardDataPersistedFixer.TokenEquivalenceKey);

    [Fact]
    public Task Security_codes_objects_and_numeric_pans_get_no_fix()
    {
        const string source = """

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
public class Payment { public string CardNumber { get; set; } = ""; public string ExpiryDate { get; set; } = ""; }
public class Order
{
    public int Id { get; set; }
    public string {|FG1004:Cvv|} { get; set; } = "";
    public long {|FG1004:CardNumber|} { get; set; }
}
public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
}
public class Archive
{
    public string Cvc(string cvc) => JsonSerializer.Serialize({|FG1004:cvc|});
    public string Dto(Payment payment) => JsonSerializer.Serialize({|FG1004:payment|});
    public string Number(long cardNumber) => JsonSerializer.Serialize({|FG1004:cardNumber|});
}
""";
        return VerifyAsync(source, source);
    }
}
