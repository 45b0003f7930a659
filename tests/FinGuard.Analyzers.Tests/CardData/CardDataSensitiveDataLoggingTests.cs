using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1003 on EF Core's EnableSensitiveDataLogging (issue 18, set 8): with it, EF logs every command's parameter values,
    /// so a context whose entities hold card numbers or security codes writes them to the logs.
    /// </summary>
    public class CardDataSensitiveDataLoggingTests
    {
        private const string EntityFramework = """

namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { protected virtual void OnConfiguring(DbContextOptionsBuilder optionsBuilder) { } }
    public class DbSet<T> { }
    public class DbContextOptionsBuilder { public DbContextOptionsBuilder EnableSensitiveDataLogging(bool enabled = true) => this; }
}
public static class ServiceCollectionExtensions
{
    public static object AddDbContext<TContext>(this object services, System.Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder> configure) => services;
}
""";

        [Fact]
        public Task Sensitive_data_logging_on_a_context_with_card_data_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class DebitCard
{
    public long Id { get; set; }
    public long CardNumber { get; set; }
    public int Cvv { get; set; }
}
public class WalletContext : DbContext
{
    public DbSet<DebitCard> Cards { get; set; } = null!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        {|FG1003:optionsBuilder.EnableSensitiveDataLogging()|};
    }
}
public static class Startup
{
    public static void Configure(object services)
    {
        services.AddDbContext<WalletContext>(options => {|FG1003:options.EnableSensitiveDataLogging(true)|});
    }
}
""" + EntityFramework);

        [Fact]
        public Task Development_only_disabled_or_card_free_contexts_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class DebitCard
{
    public long Id { get; set; }
    public long CardNumber { get; set; }
}
public class Order
{
    public long Id { get; set; }
    public string PaymentMethodId { get; set; } = "";
}
public class WalletContext : DbContext
{
    public DbSet<DebitCard> Cards { get; set; } = null!;
}
public class OrdersContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
}
public static class Startup
{
    public static void Configure(object services, bool isDevelopment)
    {
        services.AddDbContext<WalletContext>(options =>
        {
            if (isDevelopment)
            {
                options.EnableSensitiveDataLogging();
            }
        });
        services.AddDbContext<WalletContext>(options => options.EnableSensitiveDataLogging(false));
        services.AddDbContext<WalletContext>(options => options.EnableSensitiveDataLogging(isDevelopment));
    }
}
""" + EntityFramework);
    }
}
