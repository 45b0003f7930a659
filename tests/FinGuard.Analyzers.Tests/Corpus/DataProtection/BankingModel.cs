using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Corpus.DataProtection
{
    // A payouts service: merchants are paid to their bank accounts; customers' identities are verified (KYC).
    public class PayoutAccount
    {
        public Guid Id { get; set; }
        public Guid MerchantId { get; set; }
        public string HolderName { get; set; } = "";
        public string Iban { get; set; } = ""; // expect: FG3001
        public string? Bic { get; set; }
        public string AccountNumber { get; set; } = ""; // expect: FG3001
        public string RoutingNumber { get; set; } = ""; // silent by default: a routing number is a public bank identifier (finguard.FG3001.extra_names opts in)
        public string? SortCode { get; set; } // silent by default: a sort code is a public bank identifier (finguard.FG3001.extra_names opts in)
        public string IbanLast4 { get; set; } = "";
        public string AccountNumberMasked { get; set; } = "";
        public byte[] RoutingNumberHash { get; set; } = Array.Empty<byte>();
        public string Currency { get; set; } = "EUR";
        public string Country { get; set; } = "DE";
        public decimal PendingBalance { get; set; } // expect: FG3002
        public DateTimeOffset CreatedAt { get; set; }
        public bool IsVerified { get; set; }
        public string? StripeExternalAccountId { get; set; }
    }

    public class KycProfile
    {
        public int Id { get; set; }
        public string FullName { get; set; } = "";
        public DateTime DateOfBirth { get; set; }
        public string Ssn { get; set; } = ""; // expect: FG3001
        public string? TaxIdentificationNumber { get; set; } // expect: FG3001
        public string? NationalInsuranceNumber { get; set; } // expect: FG3001
        public string SsnLast4 { get; set; } = "";
        public string TaxIdType { get; set; } = "";
        public string? PassportCountry { get; set; }
        public string EncryptedNationalId { get; set; } = "";
        [NotMapped] public string? NationalId { get; set; }
        public string PhoneNumber { get; set; } = "";
        public string Email { get; set; } = "";
    }

    public record DirectDebitMandate(Guid Id, string CustomerName, string DebtorIban, string MandateReference, DateTime SignedOn); // expect: FG3001

    public class LedgerEntry
    {
        public long Id { get; set; }
        public string AccountNumber { get; set; } = "";
        public decimal Amount { get; set; }
        public string Description { get; set; } = "";
    }

    public abstract class AuditedEntity
    {
        public DateTime CreatedAt { get; set; }
        public string CreatedBy { get; set; } = "";
        public string? OwnerTaxId { get; set; } // expect: FG3001
    }

    public class Wallet : AuditedEntity
    {
        public Guid Id { get; set; }
        public long AvailableBalanceMinor { get; set; } // expect: FG3002
        public decimal MinimumBalance { get; set; }
        public decimal CreditLimit { get; set; }
        public string BalanceCurrency { get; set; } = "usd";
        public int TransactionCount { get; set; }
        public string OrderNumber { get; set; } = "";
        public int PageNumber { get; set; }
    }

    public class Beneficiary
    {
        public int Id { get; set; }
        public string Nickname { get; set; } = "";
        public string BankAccountNumber { get; set; } = ""; // encrypted in OnModelCreating
        public string Iban { get; set; } = ""; // encrypted through the configuration class
        public string AbaRoutingNumber { get; set; } = ""; // encrypted through a converter field
        public string Bsb { get; set; } = ""; // ignored: kept in the vault only
        public string AccountNumberToken { get; set; } = "";
        [EncryptedColumn] public string? TaxId { get; set; }
        public string CustomerAccountNumber { get; set; } = "";
        public string MerchantAccountNumber { get; set; } = "";
        public string GiftCardCode { get; set; } = "";
    }

    // A DTO: serialized to the client, not an entity (the data-protection rules look at stored entities only).
    public class BeneficiaryDto
    {
        public string Iban { get; set; } = "";
        public string AccountNumber { get; set; } = "";
        public decimal Balance { get; set; }
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class EncryptedColumnAttribute : Attribute
    {
    }

    public interface IColumnProtector
    {
        string Protect(string value);
        string Unprotect(string value);
    }

    public sealed class ProtectedStringConverter : ValueConverter<string, string>
    {
        public ProtectedStringConverter(IColumnProtector protector)
            : base(v => protector.Protect(v), v => protector.Unprotect(v))
        {
        }
    }

    public sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
    {
        private readonly IColumnProtector _protector;

        public BeneficiaryConfiguration(IColumnProtector protector) => _protector = protector;

        public void Configure(EntityTypeBuilder<Beneficiary> builder)
        {
            builder.HasKey(b => b.Id);
            builder.Property(b => b.Iban).HasMaxLength(512).HasConversion(new ProtectedStringConverter(_protector));
            builder.Ignore(b => b.Bsb);
        }
    }

    public class PayoutsDbContext : DbContext
    {
        private readonly IColumnProtector _protector;
        private readonly ValueConverter<string, string> _encryptingConverter;

        public PayoutsDbContext(DbContextOptions<PayoutsDbContext> options, IColumnProtector protector)
            : base(options)
        {
            _protector = protector;
            _encryptingConverter = new ProtectedStringConverter(protector);
        }

        public DbSet<PayoutAccount> PayoutAccounts => Set<PayoutAccount>();

        public DbSet<KycProfile> KycProfiles { get; set; } = null!;

        public DbSet<LedgerEntry> Ledger { get; set; } = null!;

        public DbSet<Wallet> Wallets { get; set; } = null!;

        public DbSet<Beneficiary> Beneficiaries { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.ApplyConfiguration(new BeneficiaryConfiguration(_protector));
            modelBuilder.Entity<DirectDebitMandate>().HasKey(m => m.Id);
            modelBuilder.Entity<Beneficiary>(b =>
            {
                b.Property(x => x.BankAccountNumber).HasConversion(v => _protector.Protect(v), v => _protector.Unprotect(v));
                b.Property(nameof(Beneficiary.AbaRoutingNumber)).HasConversion(_encryptingConverter);
            });
            modelBuilder.Entity<PayoutAccount>().Property(p => p.Currency).HasConversion(v => v.ToUpperInvariant(), v => v);
        }
    }

    // A ledger in the accounting sense: AccountNumber is a general-ledger code, not a bank account.
    public class GeneralLedgerAccount
    {
        public int Id { get; set; }
        public string AccountNumber { get; set; } = "";
        public string Name { get; set; } = "";
    }

    public class AccountingDbContext : DbContext
    {
        public DbSet<GeneralLedgerAccount> Accounts { get; set; } = null!;
    }
}
