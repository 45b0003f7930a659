using Microsoft.EntityFrameworkCore;

namespace PaymentsApi.Data;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();

    public DbSet<Payment> Payments => Set<Payment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // FG3001 fixed: the account number is stored with FinGuard's AES-256-GCM field encryption (keys from
        // configuration, rotated by key id). The routing number identifies the bank, not the customer: see the
        // waiver in ../finguard.json.
        modelBuilder.Entity<BankAccount>().Property(e => e.AccountNumber).HasConversion(new FinGuard.Security.EncryptedStringConverter("BankAccount.AccountNumber"));
    }
}

public sealed class Customer
{
    public int Id { get; set; }

    public string Email { get; set; } = "";

    public string StripeCustomerId { get; set; } = "";

    public string DefaultPaymentMethodId { get; set; } = "";
}

/// <summary>Payout destination for marketplace sellers.</summary>
public sealed class BankAccount
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public string HolderName { get; set; } = "";

    public string AccountNumber { get; set; } = "";

    public string RoutingNumber { get; set; } = "";

    public string AccountNumberLast4 { get; set; } = "";
}

public sealed class Payment
{
    public int Id { get; set; }

    public string OrderId { get; set; } = "";

    public string PaymentIntentId { get; set; } = "";

    public long AmountInCents { get; set; }

    public string Status { get; set; } = "";

    public string CardLast4 { get; set; } = "";

    public string CardBrand { get; set; } = "";
}
