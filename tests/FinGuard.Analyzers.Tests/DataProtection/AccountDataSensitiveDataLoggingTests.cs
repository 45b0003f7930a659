using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3006 on EF Core's EnableSensitiveDataLogging (issue 18, sets 9 and 12): EF then logs every command's parameter
/// values, so a context whose entities hold account numbers, IBANs or national ids writes them to the logs.
/// </summary>
public class AccountDataSensitiveDataLoggingTests
{
    private const string EntityFramework = """

namespace Microsoft.EntityFrameworkCore
{
    public class DbContext { protected virtual void OnConfiguring(DbContextOptionsBuilder optionsBuilder) { } }
    public class DbSet<T> { }
    public class DbContextOptionsBuilder
    {
        public DbContextOptionsBuilder EnableSensitiveDataLogging(bool enabled = true) => this;
        public DbContextOptionsBuilder LogTo(System.Action<string> action) => this;
    }
}
public static class ServiceCollectionExtensions
{
    public static object AddDbContext<TContext>(this object services, System.Action<Microsoft.EntityFrameworkCore.DbContextOptionsBuilder> configure) => services;
}
""";

    [Fact]
    public Task Sensitive_data_logging_on_a_context_with_account_data_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Employee { public int Id { get; set; } public string Name { get; set; } = ""; public string BankAccountNumber { get; set; } = ""; }
public class Customer { public int Id { get; set; } public string NationalId { get; set; } = ""; }
public class PayrollContext : DbContext
{
    public DbSet<Employee> Employees { get; set; } = null!;
}
public class CustomerContext : DbContext
{
    public DbSet<Customer> Customers { get; set; } = null!;
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => {|FG3006:optionsBuilder.EnableSensitiveDataLogging()|};
}
public class Startup
{
    public void ConfigureServices(object services)
    {
        services.AddDbContext<PayrollContext>(options => {|FG3006:options.LogTo(System.Console.WriteLine).EnableSensitiveDataLogging()|});
    }
}
""" + EntityFramework);

    [Fact]
    public Task Development_only_switched_off_or_contexts_without_account_data_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Employee { public int Id { get; set; } public string Iban { get; set; } = ""; }
public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public int AccountId { get; set; } public decimal Balance { get; set; } }
public class PayrollContext : DbContext { public DbSet<Employee> Employees { get; set; } = null!; }
public class CatalogContext : DbContext
{
    public DbSet<Product> Products { get; set; } = null!;
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.EnableSensitiveDataLogging();
}
public class Startup
{
    public bool IsDevelopment { get; set; }
    public void ConfigureServices(object services)
    {
        if (IsDevelopment)
        {
            services.AddDbContext<PayrollContext>(options => options.EnableSensitiveDataLogging());
        }

        services.AddDbContext<PayrollContext>(options => options.EnableSensitiveDataLogging(false));
    }
}
""" + EntityFramework);
}
