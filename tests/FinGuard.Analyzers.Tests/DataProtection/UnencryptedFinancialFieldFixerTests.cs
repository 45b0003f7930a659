using FinGuard.Generators;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer, FinGuard.CodeFixes.DataProtection.UnencryptedFinancialFieldFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>The fixed code is compiled against EF Core with the generated helpers, as the generator would emit them.</summary>
public class UnencryptedFinancialFieldFixerTests
{
    [Fact]
    public Task Converter_lines_are_added_to_OnModelCreating() => RunAsync("""

using Microsoft.EntityFrameworkCore;
namespace Bank
{
    public class BankAccount
    {
        public int Id { get; set; }
        public string {|FG3001:Iban|} { get; set; } = "";
        public long {|FG3001:AccountNumber|} { get; set; }
        public decimal {|FG3002:Balance|} { get; set; }
    }
    public class BankDb : DbContext
    {
        public DbSet<BankAccount> Accounts { get; set; } = null!;
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<BankAccount>().HasKey(a => a.Id);
        }
    }
}
""", """

using FinGuard.Security;
using Microsoft.EntityFrameworkCore;
namespace Bank
{
    public class BankAccount
    {
        public int Id { get; set; }
        public string Iban { get; set; } = "";
        public long AccountNumber { get; set; }
        public decimal Balance { get; set; }
    }
    public class BankDb : DbContext
    {
        public DbSet<BankAccount> Accounts { get; set; } = null!;
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<BankAccount>().HasKey(a => a.Id);
            modelBuilder.Entity<BankAccount>().Property(e => e.Iban).HasConversion(new EncryptedStringConverter("BankAccount.Iban"));
            modelBuilder.Entity<BankAccount>().Property(e => e.AccountNumber).HasConversion(new EncryptedInt64Converter("BankAccount.AccountNumber"));
            modelBuilder.Entity<BankAccount>().Property(e => e.Balance).HasConversion(new EncryptedDecimalConverter("BankAccount.Balance"));
        }
    }
}
""");

    [Fact]
    public Task OnModelCreating_is_added_when_missing() => RunAsync(@"
using Microsoft.EntityFrameworkCore;
public record Payee(int Id, string {|FG3001:Iban|}, string {|FG3001:Ssn|});
public class PayDb : DbContext
{
    public DbSet<Payee> Payees => Set<Payee>();
}", """

using FinGuard.Security;
using Microsoft.EntityFrameworkCore;
public record Payee(int Id, string Iban, string Ssn);
public class PayDb : DbContext
{
    public DbSet<Payee> Payees => Set<Payee>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Payee>().Property(e => e.Iban).HasConversion(new EncryptedStringConverter("Payee.Iban"));
        modelBuilder.Entity<Payee>().Property(e => e.Ssn).HasConversion(new EncryptedStringConverter("Payee.Ssn"));
    }
}
""");

    [Fact]
    public Task No_fix_for_types_without_an_exact_converter()
    {
        const string source = @"
using Microsoft.EntityFrameworkCore;
public class Wallet { public int Id { get; set; } public double {|FG3002:Balance|} { get; set; } }
public class Db : DbContext { public DbSet<Wallet> Wallets { get; set; } = null!; }";
        var test = new VerifyCS.Test { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }

    [Fact]
    public Task Entities_in_other_documents_are_fixed_in_the_context_with_its_own_parameter_name()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("Payee.cs", """
namespace Pay.Model
{
    public class Payee
    {
        public int Id { get; set; }
        public string {|FG3001:Iban|} { get; set; } = "";
    }
}
"""));
        test.TestState.Sources.Add(("Customer.cs", @"namespace Pay.Model
{
    public class Customer
    {
        public int Id { get; set; }
        public string? {|FG3001:TaxId|} { get; set; }
    }
}"));
        test.TestState.Sources.Add(("PayDb.cs", @"using Microsoft.EntityFrameworkCore;
using Pay.Model;
namespace Pay.Data
{
    public class PayDb : DbContext
    {
        public DbSet<Payee> Payees => Set<Payee>();
        public DbSet<Customer> Customers => Set<Customer>();
        protected override void OnModelCreating(ModelBuilder builder) => builder.Entity<Payee>().HasKey(p => p.Id);
    }
}"));
        test.FixedState.Sources.Add(("Payee.cs", """
namespace Pay.Model
{
    public class Payee
    {
        public int Id { get; set; }
        public string Iban { get; set; } = "";
    }
}
"""));
        test.FixedState.Sources.Add(("Customer.cs", @"namespace Pay.Model
{
    public class Customer
    {
        public int Id { get; set; }
        public string? TaxId { get; set; }
    }
}"));
        test.FixedState.Sources.Add(("PayDb.cs", """
using FinGuard.Security;
using Microsoft.EntityFrameworkCore;
using Pay.Model;
namespace Pay.Data
{
    public class PayDb : DbContext
    {
        public DbSet<Payee> Payees => Set<Payee>();
        public DbSet<Customer> Customers => Set<Customer>();
        protected override void OnModelCreating(ModelBuilder builder)
        {
            builder.Entity<Payee>().HasKey(p => p.Id);
            builder.Entity<Customer>().Property(e => e.TaxId).HasConversion(new EncryptedStringConverter("Customer.TaxId"));
            builder.Entity<Payee>().Property(e => e.Iban).HasConversion(new EncryptedStringConverter("Payee.Iban"));
        }
    }
}
"""));
        AddHelpers(test);
        return test.RunAsync();
    }

    [Fact]
    public Task Entities_with_a_configuration_class_are_fixed_in_Configure() => RunAsync("""

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
public class Mandate { public int Id { get; set; } public string {|FG3001:DebtorIban|} { get; set; } = ""; }
public class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> mandate) => mandate.HasKey(m => m.Id);
}
public class Db : DbContext
{
    public DbSet<Mandate> Mandates { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new MandateConfiguration());
}
""", """

using FinGuard.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
public class Mandate { public int Id { get; set; } public string DebtorIban { get; set; } = ""; }
public class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> mandate)
    {
        mandate.HasKey(m => m.Id);
        mandate.Property(e => e.DebtorIban).HasConversion(new EncryptedStringConverter("Mandate.DebtorIban"));
    }
}
public class Db : DbContext
{
    public DbSet<Mandate> Mandates { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new MandateConfiguration());
}
""");

    [Fact]
    public Task A_user_converter_named_like_the_helper_keeps_the_helper_fully_qualified() => RunAsync("""

using Microsoft.EntityFrameworkCore;
namespace Bank
{
    public class EncryptedStringConverter { }
    public class Payee { public int Id { get; set; } public string {|FG3001:Iban|} { get; set; } = ""; }
    public class PayDb : DbContext
    {
        public DbSet<Payee> Payees => Set<Payee>();
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Payee>().HasKey(p => p.Id);
        }
    }
}
""", """

using Microsoft.EntityFrameworkCore;
namespace Bank
{
    public class EncryptedStringConverter { }
    public class Payee { public int Id { get; set; } public string Iban { get; set; } = ""; }
    public class PayDb : DbContext
    {
        public DbSet<Payee> Payees => Set<Payee>();
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Payee>().HasKey(p => p.Id);
            modelBuilder.Entity<Payee>().Property(e => e.Iban).HasConversion(new global::FinGuard.Security.EncryptedStringConverter("Payee.Iban"));
        }
    }
}
""");

    private static void AddHelpers(VerifyCS.Test test)
    {
        foreach (string helper in new[] { "FieldEncryption.cs", "FieldEncryptionConverters.cs" })
        {
            test.TestState.Sources.Add(("/0/Generated/" + helper, HelperGenerator.ReadHelper(helper)));
            test.FixedState.Sources.Add(("/0/Generated/" + helper, HelperGenerator.ReadHelper(helper)));
        }
    }

    private static Task RunAsync(string source, string fixedSource)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        foreach (string helper in new[] { "FieldEncryption.cs", "FieldEncryptionConverters.cs" })
        {
            test.TestState.Sources.Add(("/0/Generated/" + helper, HelperGenerator.ReadHelper(helper)));
            test.FixedState.Sources.Add(("/0/Generated/" + helper, HelperGenerator.ReadHelper(helper)));
        }

        return test.RunAsync();
    }
}
