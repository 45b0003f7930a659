using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class UnencryptedFinancialFieldAnalyzerTests
{
    [Fact]
    public Task Sensitive_properties_of_dbset_entities_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class BankAccount
{
    public int Id { get; set; }
    public string {|FG3001:AccountNumber|} { get; set; } = "";
    public string {|FG3001:Iban|} { get; set; } = "";
    // Routing numbers and sort codes identify the bank, not the customer (issue 18): not reported where stored.
    public string? RoutingNumber { get; set; }
    public string SortCode { get; set; } = "";
    public long {|FG3001:BankAccountNo|} { get; set; }
    public decimal {|FG3002:AvailableBalance|} { get; set; }
    public string HolderName { get; set; } = "";
}
public class Customer
{
    public int Id { get; set; }
    public string {|FG3001:Ssn|} { get; set; } = "";
    public string {|FG3001:TaxId|} { get; set; } = "";
    public string {|FG3001:NationalInsuranceNumber|} { get; set; } = "";
}
public class BankDb : DbContext
{
    public DbSet<BankAccount> Accounts { get; set; } = null!;
    public DbSet<Customer> Customers => Set<Customer>();
}
""");

    [Fact]
    public Task Entities_from_model_builder_and_configurations_count_and_records_report_the_parameter() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
public record Payee(int Id, string {|FG3001:Iban|});
public class Payroll { public int Id { get; set; } public string {|FG3001:SocialSecurityNumber|} { get; set; } = ""; }
public class PayrollConfiguration : IEntityTypeConfiguration<Payroll>
{
    public void Configure(EntityTypeBuilder<Payroll> builder) => builder.HasKey(p => p.Id);
}
public class Db : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Payee>();
}
""");

    [Fact]
    public Task Encrypting_converters_attributes_and_ignored_properties_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
[AttributeUsage(AttributeTargets.Property)] public sealed class EncryptedAttribute : Attribute { }
public sealed class AesColumnConverter : ValueConverter<string, string> { public AesColumnConverter() : base(v => v, v => v) { } }
public static class Crypto { public static string Protect(string v) => v; public static string Unprotect(string v) => v; }
public class BankAccount
{
    public int Id { get; set; }
    public string Iban { get; set; } = "";
    public string AccountNumber { get; set; } = "";
    public string RoutingNumber { get; set; } = "";
    [Encrypted] public string Ssn { get; set; } = "";
    [NotMapped] public string TaxId { get; set; } = "";
    public string SortCode { get; set; } = "";
    public string Bsb { get; set; } = "";
    public string {|FG3001:Bban|} { get; set; } = "";
}
public class BankDb : DbContext
{
    public DbSet<BankAccount> Accounts { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BankAccount>().Property(e => e.Iban).HasMaxLength(64).HasConversion(new AesColumnConverter());
        modelBuilder.Entity<BankAccount>(b =>
        {
            b.Property(e => e.AccountNumber).HasConversion(v => Crypto.Protect(v), v => Crypto.Unprotect(v));
            b.Property("RoutingNumber").HasConversion<AesColumnConverter>();
            b.Ignore(e => e.SortCode);
            b.Property(e => e.Bsb).HasConversion(v => v.Trim(), v => v);
        });
    }
}
""");

    [Fact]
    public Task Look_alikes_and_types_that_are_not_entities_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class Account
{
    public int Id { get; set; }
    public string IbanLast4 { get; set; } = "";
    public string AccountNumberMasked { get; set; } = "";
    public string MaskedIban { get; set; } = "";
    public byte[] RoutingNumberHash { get; set; } = Array.Empty<byte>();
    public string EncryptedSsn { get; set; } = "";
    public string SsnToken { get; set; } = "";
    public string IbanCountryCode { get; set; } = "";
    public string OrderNumber { get; set; } = "";
    public int PageNumber { get; set; }
    public string CustomerAccountNumber { get; set; } = "";
    public string MerchantAccountNumber { get; set; } = "";
    public string StripeAccountId { get; set; } = "";
    public string TaxRate { get; set; } = "";
    public bool HasIban { get; set; }
    public DateTime TaxIdVerifiedAt { get; set; }
    public string BalanceCurrency { get; set; } = "";
    public string AmountFormat { get; set; } = "";
    public string Iban => "";
    public static string DefaultIban { get; set; } = "";
}
public class LedgerAccount { public int Id { get; set; } public string AccountNumber { get; set; } = ""; }
public class IbanDto { public string Iban { get; set; } = ""; public decimal Balance { get; set; } }
public class Db : DbContext
{
    public DbSet<Account> Accounts { get; set; } = null!;
    public DbSet<LedgerAccount> Ledger { get; set; } = null!;
}
""");

    [Fact]
    public Task A_type_named_like_an_entity_in_another_namespace_is_not_an_entity() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
namespace Shop.ViewModels
{
    // Same simple name as the entity, but a view model: never stored.
    public class BankAccount { public string Iban { get; set; } = ""; }
}
namespace Shop.Data
{
    public class BankAccount { public int Id { get; set; } public string {|FG3001:Iban|} { get; set; } = ""; }
    public class ShopDb : DbContext { public DbSet<BankAccount> Accounts { get; set; } = null!; }
}
namespace Shop.Data.Reports
{
    using Shop.ViewModels;
    public class Report { public BankAccount? Account { get; set; } }
}
""");

    [Fact]
    public Task Nothing_without_ef_core_or_with_configured_names() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Person
{
    public int Id { get; set; }
    public string Ssn { get; set; } = "";
    public string {|FG3001:PersonalCode|} { get; set; } = "";
    public string Iban { get; set; } = "";
}
public class VaultConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string> { public VaultConverter() : base(v => v, v => v) { } }
public class Db : DbContext
{
    public DbSet<Person> People { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder b) => b.Entity<Person>().Property(p => p.Iban).HasConversion(new VaultConverter());
}
""", "finguard.data_protection.extra_names = personal_code\nfinguard.data_protection.safe_names = ssn\nfinguard.data_protection.encrypting_converters = VaultConverter\n");

    [Fact]
    public Task Dapper_writes_of_clear_values_are_reported_and_encrypted_or_derived_values_are_not() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data;
using System.Threading.Tasks;
using Dapper;
public interface IFieldProtector { string Encrypt(string value); }
public class PayeeRepository
{
    private readonly IDbConnection _db;
    private readonly IFieldProtector _protector;
    public PayeeRepository(IDbConnection db, IFieldProtector protector) { _db = db; _protector = protector; }

    public Task<int> Add(string name, string iban, string routingNumber, decimal balance, string ibanHash)
        => _db.ExecuteAsync("INSERT INTO payees (name, iban, routing, balance) VALUES (@Name, @Iban, @RoutingNumber, @Balance)",
            new { Name = name, {|FG3001:Iban = iban|}, RoutingNumber = routingNumber, {|FG3002:Balance = balance|}, IbanHash = ibanHash });

    public int AddProtected(string iban, string ssn, string encryptedSsn)
        => _db.Execute("INSERT INTO payees (iban, ssn) VALUES (@Iban, @Ssn)", new { Iban = _protector.Encrypt(iban), Ssn = encryptedSsn });

    public int Project(Payee payee) => _db.Execute("UPDATE payees SET iban = @Iban WHERE id = @Id", new { payee.Id, {|FG3001:payee.Iban|} });

    public Payee? Find(string iban) => _db.QueryFirstOrDefault<Payee>("SELECT * FROM payees WHERE iban_hash = @IbanHash", new { IbanHash = iban });
}
public class Payee { public int Id { get; set; } public string Iban { get; set; } = ""; }
""");

    // Dapper binds @Iban to the parameter object's member of that name: an object of the application's own type (or a
    // list of them) handed to an INSERT/UPDATE writes each member the SQL names, directly or through a CommandDefinition.
    // Members only used to find the row (WHERE), reads, and members the SQL does not name are not writes.
    [Fact]
    public Task Dapper_writes_of_an_entity_object_report_the_members_the_sql_writes() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Data;
using System.Threading;
using System.Threading.Tasks;
using Dapper;
public class BankAccount
{
    public int BankAccountId { get; set; }
    public string? Iban { get; set; }
    public decimal Balance { get; set; }
    public string IbanHash { get; set; } = "";
    public string NationalId { get; set; } = "";
}
public class BankAccountRepository
{
    private readonly IDbConnection _connection;
    public BankAccountRepository(IDbConnection connection) => _connection = connection;

    public async Task Add(BankAccount account, CancellationToken cancellationToken)
    {
        const string query = "INSERT INTO BankAccounts (IBAN, Currency) VALUES (@Iban, @Currency)";
        var parameters = new CommandDefinition(query, {|FG3001:account|}, cancellationToken: cancellationToken);
        await _connection.ExecuteAsync(parameters);
    }

    public Task UpdateBalance(BankAccount? account)
        => _connection.ExecuteAsync("UPDATE BankAccounts SET Balance = @Balance WHERE BankAccountId = @BankAccountId", {|FG3002:account|});

    public Task AddMany(List<BankAccount> accounts) => _connection.ExecuteAsync("INSERT INTO BankAccounts (IBAN) VALUES (@Iban)", {|FG3001:accounts|});

    public Task<int> AddReturningId(BankAccount account)
        => _connection.QuerySingleAsync<int>("INSERT INTO People (NationalId) VALUES (@NationalId); SELECT SCOPE_IDENTITY()", {|FG3001:account|});

    public Task Deactivate(BankAccount account) => _connection.ExecuteAsync("UPDATE BankAccounts SET IsActive = 0 WHERE IBAN = @Iban AND Balance = @Balance", account);

    public Task Remove(string iban) => _connection.ExecuteAsync("UPDATE BankAccounts SET IsActive = 0 WHERE IBAN = @IBAN", new { IBAN = iban });

    public Task<BankAccount?> Find(BankAccount probe) => _connection.QueryFirstOrDefaultAsync<BankAccount?>("SELECT * FROM BankAccounts WHERE IBAN = @Iban", probe);

    public Task Index(BankAccount account) => _connection.ExecuteAsync("INSERT INTO AccountIndex (IbanHash, BankAccountId) VALUES (@IbanHash, @BankAccountId)", account);

    public Task<IEnumerable<BankAccount>> ByIban(string iban) => _connection.QueryAsync<BankAccount>("SELECT * FROM BankAccounts WHERE IBAN = @Iban", new { Iban = iban });
}
""");

    // Before restore Dapper does not bind: the call's shape and the file's mention of Dapper stand in for the symbol.
    // A method of the same name that binds to something else is not Dapper.
    [Fact]
    public Task Dapper_writes_are_recognised_before_restore_and_other_execute_methods_are_not() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Dapper;
public interface IUnitOfWork { Task ExecuteAsync(string sql, object param); }
public class Payee { public int Id { get; set; } public string Iban { get; set; } = ""; }
public class PayeeRepository
{
    // The provider's connection type is a package too: unresolved, so nothing on it binds.
    private readonly {|CS0246:NpgsqlConnection|} _connection;
    private readonly IUnitOfWork _work;
    public PayeeRepository({|CS0246:NpgsqlConnection|} connection, IUnitOfWork work) { _connection = connection; _work = work; }

    public Task Add(Payee payee) => _connection.ExecuteAsync("INSERT INTO payees (iban) VALUES (@Iban)", {|FG3001:payee|});

    public Task Queue(Payee payee) => _work.ExecuteAsync("INSERT INTO payees (iban) VALUES (@Iban)", payee);

    // An entity of a project referenced only through another one does not resolve either: the written placeholders
    // name its members (not the WHERE lookup, not @@IDENTITY, not an e-mail address in a literal).
    public Task Open({|CS0246:BankAccount|} account)
    {
        const string sql = "INSERT INTO BankAccounts (IBAN, Balance, Currency, Note) VALUES (@Iban, @Balance, @Currency, 'ops@iban.example'); SELECT @@IDENTITY";
        return _connection.ExecuteAsync(sql, {|FG3001:{|FG3002:account|}|});
    }

    public Task UpdateBalance({|CS0246:BankAccount|}? account)
        => _connection.ExecuteAsync("UPDATE BankAccounts SET Balance = @Balance WHERE BankAccountId = @BankAccountId", {|FG3002:account|});

    public Task Close({|CS0246:BankAccount|} account)
        => _connection.ExecuteAsync("UPDATE BankAccounts SET IsActive = 0 WHERE IBAN = @Iban", account);
}
""");

    // National ids under their local names on entities: a Georgian private number, an id number, a Brazilian CPF, on an
    // entity, an ASP.NET Core Identity user and a [Key] class; the same names on a request DTO are not stored.
    [Fact]
    public Task National_ids_under_local_names_on_entities_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
namespace Microsoft.AspNetCore.Identity
{
    public class IdentityUser { public string Id { get; set; } = ""; public string Email { get; set; } = ""; }
}
namespace Bank.Db.Entities
{
    public class AccountEntity
    {
        public Guid Id { get; set; }
        public string {|FG3001:PrivateNumber|} { get; set; } = "";
        public string PrivateNumberFormat { get; set; } = "";
        public string IdNumberHash { get; set; } = "";
    }
    public class Person
    {
        public string PersonId { get; set; } = "";
        public string {|FG3001:IdNumber|} { get; set; } = "";
        public int NumberOfIds { get; set; }
        public string OrderIdNumber { get; set; } = "";
    }
}
namespace Bank.Identity
{
    public class BankUser : IdentityUser
    {
        public string {|FG3001:PersonalNumber|} { get; set; } = "";
        public string FirstName { get; set; } = "";
    }
    public class User
    {
        [Key] public Guid Id { get; set; }
        public string {|FG3001:CPF|} { get; set; } = "";
    }
    public class RegisterUserRequest : IdentityUser { public string PersonalNumber { get; set; } = ""; }
}
namespace Bank.Contracts
{
    public class CreateAccountRequest { public Guid Id { get; set; } public string PrivateNumber { get; set; } = ""; public string Cpf { get; set; } = ""; }
}
""");

    // An entity that goes out in API responses too may rename a member or two for JSON; an SDK object names them all.
    [Fact]
    public Task An_entity_with_one_json_named_member_is_still_an_entity() => VerifyCS.VerifyAnalyzerAsync("""

using System.Text.Json.Serialization;
namespace Bank.Domain.Entities
{
    public class BankAccount
    {
        public int BankAccountId { get; set; }
        public string? {|FG3001:Iban|} { get; set; }
        public decimal {|FG3002:Balance|} { get; set; }
        [JsonIgnore] public string PersonId { get; set; } = "";
        [JsonPropertyName("IsActive")] public bool BankAccountStatus { get; set; } = true;
    }
    public class ProcessorAccount
    {
        [JsonPropertyName("id")] public int Id { get; set; }
        [JsonPropertyName("iban")] public string Iban { get; set; } = "";
        public decimal Balance { get; set; }
    }
}
""");

    [Fact]
    public Task Properties_inherited_from_a_base_class_of_an_entity_are_reported_until_configured_on_the_entity() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public abstract class BankAccountBase { public string {|FG3001:Iban|} { get; set; } = ""; public string RoutingNumber { get; set; } = ""; }
public class SavingsAccount : BankAccountBase { public int Id { get; set; } }
public class Db : DbContext
{
    public DbSet<SavingsAccount> Savings { get; set; } = null!;
    protected override void OnModelCreating(ModelBuilder b)
        => b.Entity<SavingsAccount>().Property(e => e.RoutingNumber).HasConversion(new FinGuard.Security.EncryptedStringConverter());
}
namespace FinGuard.Security
{
    public sealed class EncryptedStringConverter : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<string, string>
    {
        public EncryptedStringConverter() : base(v => v, v => v) { }
    }
}
""");

    [Fact]
    public Task Dtos_with_account_data_serialized_to_files_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
public class PayoutExport { public string Name { get; set; } = ""; public string Iban { get; set; } = ""; }
public class SafeExport { public string Name { get; set; } = ""; public string IbanLast4 { get; set; } = ""; [JsonIgnore] public string AccountNumber { get; set; } = ""; }
public class Exporter
{
    public void Write(string path, PayoutExport export) => File.WriteAllText(path, {|FG3001:JsonSerializer.Serialize(export)|});
    public Task WriteAsync(string path, PayoutExport export)
    {
        var json = {|FG3001:JsonSerializer.SerializeToUtf8Bytes(export)|};
        return File.WriteAllBytesAsync(path, json);
    }
    public void Safe(string path, SafeExport export) => File.WriteAllText(path, JsonSerializer.Serialize(export));
    public string Response(PayoutExport export) => JsonSerializer.Serialize(export);
}
""");

    // Before restore (an editor that has not restored EF Core yet), DbSet<T> and Entity<T> are unresolved but keep
    // their names: the entity index reads them from syntax, so the findings are the same. A DDD aggregate whose
    // DbSet sits in a repository is mapped too; a DTO no DbSet names is not.
    [Fact]
    public Task Entities_are_recognised_before_restore_from_their_dbset_mentions()
    {
        var test = new VerifyCS.UnresolvedTest
        {
            TestCode = @"
using Microsoft.EntityFrameworkCore;
namespace Accounts
{
    public sealed class Account
    {
        public string {|FG3001:Iban|} { get; private set; }
        public decimal {|FG3002:Balance|} { get; private set; }
        public string Currency { get; private set; }
    }

    public sealed class AccountDto
    {
        public string Iban { get; set; }
        public decimal Balance { get; set; }
    }

    public sealed class AccountRepository
    {
        private DbSet<Account> _accounts;
    }
}",
        };
        return test.RunAsync();
    }

    // IIN is the individual identification number (a national id) on a person, and the issuer identification
    // number (the card's BIN, not sensitive) in card code: a card, issuer or BIN word in the name or type keeps it out.
    [Fact]
    public Task Iin_is_a_national_id_on_people_and_a_bin_in_card_code() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Investor
{
    public int Id { get; set; }
    public string {|FG3001:Iin|} { get; set; } = "";
    public string {|FG3001:OwnerIin|} { get; set; } = "";
}
public class CardBin
{
    public int Id { get; set; }
    public string Iin { get; set; } = "";
}
public class IssuerRange
{
    public int Id { get; set; }
    public string Iin { get; set; } = "";
}
public class StoredCard
{
    public int Id { get; set; }
    public string CardIin { get; set; } = "";
    public string IinPrefix { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Investor> Investors { get; set; } = null!;
    public DbSet<CardBin> Bins { get; set; } = null!;
    public DbSet<IssuerRange> Ranges { get; set; } = null!;
    public DbSet<StoredCard> Cards { get; set; } = null!;
}
""");

    // A layered solution: the domain project declares the entities, the infrastructure project (which references it)
    // holds the DbContext, so the domain compilation sees no DbSet<T>. Base entity types, [Table]/[Key] and an
    // Entities namespace with an Id say the type is stored.
    [Fact]
    public Task Domain_entities_whose_db_context_is_in_another_project_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
namespace Bank.Domain.Common
{
    public abstract class Entity<TId> { public TId Id { get; protected set; } = default!; }
    public class BaseEntity { public Guid Id { get; set; } }
    public interface IAggregateRoot { }
}
namespace Bank.Domain.Accounts
{
    using Bank.Domain.Common;
    public sealed class Account : Entity<Guid>
    {
        public string {|FG3001:Iban|} { get; private set; } = "";
        public decimal {|FG3002:Balance|} { get; private set; }
    }
    public class BankAccount : BaseEntity
    {
        public uint {|FG3001:AccountNumber|} { get; set; }
        public string SortCode { get; set; } = "";
    }
    public class Wallet : IAggregateRoot { public Guid WalletId { get; set; } public decimal {|FG3002:Balance|} { get; set; } }
    [Table("payees")]
    public class Payee { public string {|FG3001:Iban|} { get; set; } = ""; }
    public class Beneficiary { [Key] public int Number { get; set; } public string {|FG3001:Iban|} { get; set; } = ""; }
}
namespace Bank.Domain.Entities
{
    public class Customer { public int Id { get; set; } public string {|FG3001:TaxId|} { get; set; } = ""; }
}
""");

    // Held-out set 6 (issue 18): an N-tier solution whose entity project is named EntityLayer (EntityLayer.Concrete), a
    // customer account entity's own CustomerAccountNumber, and a BVN. DTO, configuration and mapping namespaces beside the
    // entities (EntitiesDtos, EntityConfigurations) and a customer record's CustomerAccountNumber stay out.
    [Fact]
    public Task Entity_layer_namespaces_customer_account_numbers_and_bvns_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
namespace Shop.EntityLayer.Concrete
{
    public class OrderInformations { public long Id { get; set; } public string {|FG3001:IdentityNumber|} { get; set; } = ""; public string Phone { get; set; } = ""; }
}
namespace Bank.Entities.Common
{
    public class BaseEntity { public Guid Id { get; set; } }
}
namespace Bank.Models
{
    using Bank.Entities.Common;
    public class CustomerAccount : BaseEntity
    {
        public string {|FG3001:CustomerAccountNumber|} { get; set; } = "";
        public string {|FG3001:BVNNumber|} { get; set; } = "";
        public string PhoneNumber { get; set; } = "";
    }
    public class Customer : BaseEntity { public string CustomerAccountNumber { get; set; } = ""; public bool BvnVerified { get; set; } }
}
namespace Shop.Domain.EntitiesDtos
{
    public class OrderInformationsDto { public long Id { get; set; } public string IdentityNumber { get; set; } = ""; }
}
namespace Shop.Data.EntityConfigurations
{
    public class AccountEntityConfiguration { public int Id { get; set; } public string Iban { get; set; } = ""; }
}
""");

    [Fact]
    public Task Transfer_shapes_test_doubles_and_plain_classes_are_not_taken_for_domain_entities() => VerifyCS.VerifyAnalyzerAsync("""

using System;
namespace Bank.Domain.Common
{
    public class BaseEntity { public Guid Id { get; set; } }
    public class EntityDto { public Guid Id { get; set; } }
}
namespace Bank.Application
{
    using Bank.Domain.Common;
    // DTOs, view models, requests and commands carry data between layers, whatever they derive from.
    public class AccountDto : BaseEntity { public string Iban { get; set; } = ""; public decimal Balance { get; set; } }
    public class AccountViewModel : BaseEntity { public string Iban { get; set; } = ""; }
    public class TransferRequest : BaseEntity { public string Iban { get; set; } = ""; }
    public class CreateAccountCommand : BaseEntity { public string Iban { get; set; } = ""; }
    public class AccountSummary : EntityDto { public string Iban { get; set; } = ""; }
    // A simulated bank is not a customer's account.
    public class FakeBankAccount : BaseEntity { public string AccountNumber { get; set; } = ""; public decimal Balance { get; set; } }
    // An Id alone, outside an Entities namespace, is not a table.
    public class Payout { public int Id { get; set; } public string Iban { get; set; } = ""; }
}
namespace Gateway.Stripe
{
    // An SDK's API object: the entity word is not the base's last word.
    public class StripeEntityWithId { public string Id { get; set; } = ""; }
    public class StripeBankAccount : StripeEntityWithId { public string RoutingNumber { get; set; } = ""; }
}
namespace Gateway.Stripe.Entities
{
    using Newtonsoft.Json;
    // Members mapped to JSON names: an API object, even in an Entities namespace with an Id.
    public class StripeCustomer
    {
        [JsonProperty("id")] public string Id { get; set; } = "";
        [JsonProperty("account_balance")] public decimal AccountBalance { get; set; }
    }
}
namespace Newtonsoft.Json
{
    [System.AttributeUsage(System.AttributeTargets.Property)]
    public sealed class JsonPropertyAttribute : System.Attribute { public JsonPropertyAttribute(string name) { } }
}
namespace Bank.Entities.Models
{
    public class Statement { public string Iban { get; set; } = ""; }
}
""");

    [Fact]
    public Task Ado_net_parameters_of_insert_and_update_text_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Data;
public class Company { public string Iban { get; set; } = ""; public string TaxIdNumber { get; set; } = ""; public decimal Balance { get; set; } }
public class CompanyStore
{
    public void Add(Company company, string name)
    {
        string query = "INSERT INTO Companies (Name, TaxIDNumber, IBAN) " +
                       "VALUES (@Name, @TaxIDNumber, @IBAN)";
        var command = new SqlCommand(query);
        command.Parameters.AddWithValue("@Name", name);
        {|FG3001:command.Parameters.AddWithValue("TaxIDNumber", company.TaxIdNumber)|};
        {|FG3001:command.Parameters.AddWithValue("@IBAN", (object)company.Iban ?? DBNull.Value)|};
        command.ExecuteNonQuery();
    }

    public void Credit(int id, decimal balance)
    {
        var command = new SqlCommand($"UPDATE Wallets SET Balance = @Balance WHERE Id = {id}");
        {|FG3002:command.Parameters.AddWithValue("@Balance", balance)|};
        command.ExecuteNonQuery();
    }
}
""" + AdoNetStandIns.AddWithValue);

    // Tuning pass 4 (held-out sets 9, 10, 13): a parameter created with its column's type and given its value at once
    // (Parameters.Add("@Iban", DbType).Value = ..., new XParameter("cpf", XDbType.Text) { Value = ... }) is the same write.
    private const string TypedParameterStandIn = """
namespace Data
{
    public enum SqlDbType { VarChar, Decimal }
    public sealed class SqlParameter
    {
        public SqlParameter(string name, SqlDbType type) { }
        public object Value { get; set; } = "";
    }
    public sealed class TypedParameterCollection
    {
        public SqlParameter Add(string name, SqlDbType type) => new SqlParameter(name, type);
        public SqlParameter Add(string name, SqlDbType type, int size) => new SqlParameter(name, type);
        public SqlParameter Add(SqlParameter parameter) => parameter;
    }
    public sealed class TypedCommand
    {
        public TypedCommand(string commandText) { }
        public TypedParameterCollection Parameters { get; } = new TypedParameterCollection();
        public int ExecuteNonQuery() => 0;
    }
}
""";

    [Fact]
    public Task Typed_ado_net_parameters_given_their_value_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class PayoutStore
{
    public void Add(string accountNumber, string cpf, decimal balance, string name)
    {
        var command = new TypedCommand("INSERT INTO Payouts (AccountNumber, Cpf, Balance, Name) VALUES (@AccountNumber, @Cpf, @Balance, @Name)");
        {|FG3001:command.Parameters.Add("@AccountNumber", SqlDbType.VarChar, 34)|}.Value = accountNumber;
        command.Parameters.Add({|FG3001:new SqlParameter("@Cpf", SqlDbType.VarChar) { Value = cpf ?? string.Empty }|});
        {|FG3002:command.Parameters.Add("@Balance", SqlDbType.Decimal)|}.Value = balance;
        command.Parameters.Add("@Name", SqlDbType.VarChar).Value = name;
        command.ExecuteNonQuery();
    }
}
""" + TypedParameterStandIn);

    [Fact]
    public Task Typed_ado_net_parameters_of_lookups_or_without_value_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public interface IFieldProtector { string Encrypt(string value); }
public class PayoutStore
{
    private readonly IFieldProtector _protector;
    public PayoutStore(IFieldProtector protector) => _protector = protector;

    public void Find(string accountNumber)
    {
        var command = new TypedCommand("SELECT Id FROM Payouts WHERE AccountNumber = @AccountNumber");
        command.Parameters.Add("@AccountNumber", SqlDbType.VarChar).Value = accountNumber;
        command.ExecuteNonQuery();
    }

    public void Add(string accountNumber, string cpf)
    {
        var command = new TypedCommand("INSERT INTO Payouts (AccountNumber, Cpf) VALUES (@AccountNumber, @Cpf)");
        command.Parameters.Add("@AccountNumber", SqlDbType.VarChar).Value = _protector.Encrypt(accountNumber);
        var parameter = command.Parameters.Add(new SqlParameter("@Cpf", SqlDbType.VarChar));
        command.Parameters.Add("@Cpf", SqlDbType.VarChar);
        command.ExecuteNonQuery();
    }
}
""" + TypedParameterStandIn);

    [Fact]
    public Task Ado_net_lookups_protected_values_and_unknown_text_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public interface IFieldProtector { string Encrypt(string value); }
public class CompanyStore
{
    private readonly IFieldProtector _protector;
    public CompanyStore(IFieldProtector protector) => _protector = protector;

    // A lookup reads, it does not store.
    public void Find(string iban)
    {
        var command = new SqlCommand("SELECT Id FROM Companies WHERE IBAN = @IBAN");
        command.Parameters.AddWithValue("@IBAN", iban);
        command.ExecuteNonQuery();
    }

    // Written, but encrypted or hashed first; and a placeholder that only starts with the name.
    public void Add(string iban, string ibanHash)
    {
        var command = new SqlCommand("INSERT INTO Companies (IBAN, IbanHash, Iban2) VALUES (@IBAN, @IbanHash, @Iban2)");
        command.Parameters.AddWithValue("@IBAN", _protector.Encrypt(iban));
        command.Parameters.AddWithValue("@IbanHash", ibanHash);
        command.ExecuteNonQuery();
    }

    // A stored procedure whose name does not say it writes: its text is not here to read.
    public void Match(string iban)
    {
        var command = new SqlCommand("dbo.MatchCompany");
        command.Parameters.AddWithValue("@Iban", iban);
        command.ExecuteNonQuery();
    }
}
""" + AdoNetStandIns.AddWithValue);

    // Held-out set 4 (issue 18): FG3002 keeps to stored value (wallet, prepaid, account, card balances and snapshots of
    // them); what a borrower owes and by how much a balance changed are not the customer's money held here.
    [Fact]
    public Task Stored_value_balances_are_reported_and_debts_and_deltas_are_not() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Wallet { public int Id { get; set; } public decimal {|FG3002:Balance|} { get; set; } public decimal {|FG3002:LockedBalance|} { get; set; } }
public class GiftCard { public int Id { get; set; } public decimal {|FG3002:CardBalance|} { get; set; } }
public class WalletTransaction
{
    public int Id { get; set; }
    public decimal ChangedBalance { get; set; }
    public decimal BalanceDelta { get; set; }
    public decimal {|FG3002:OriginalBalance|} { get; set; }
}
public class MortgageLiability { public int Id { get; set; } public decimal UnpaidBalance { get; set; } public decimal Balance { get; set; } }
public class AssetEntry { public int Id { get; set; } public decimal OutstandingMortgageBalance { get; set; } public decimal PropertyLoanBalance { get; set; } }
public class RefinanceLoanOption { public int Id { get; set; } public decimal balanceOfHomeEquity { get; set; } }
public class Db : DbContext
{
    public DbSet<Wallet> Wallets { get; set; } = null!;
    public DbSet<GiftCard> GiftCards { get; set; } = null!;
    public DbSet<WalletTransaction> Transactions { get; set; } = null!;
    public DbSet<MortgageLiability> Liabilities { get; set; } = null!;
    public DbSet<AssetEntry> Assets { get; set; } = null!;
    public DbSet<RefinanceLoanOption> Options { get; set; } = null!;
}
""");

    // Held-out set 7 (issue 18): documents of a document store are stored like EF rows: the T of IMongoCollection<T>,
    // of GetCollection<T>(...) in a constructor body, of Cosmos CreateItemAsync<T>, and classes carrying MongoDB's or
    // DynamoDB's mapping attributes. Look-alikes: a DTO and a view model without those markers, the Mongo settings
    // class, a [BsonIgnore]d member, a generic repository's TDocument, a Bson-named attribute of another library.
    [Fact]
    public Task Document_store_entities_are_stored() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;
using MongoDB.Driver;
using Amazon.DynamoDBv2.DataModel;
namespace Shop.Models
{
    public class User
    {
        public string Id { get; set; } = "";
        public string {|FG3001:AccountNumber|} { get; set; } = "";
        public int {|FG3002:Balance|} { get; set; }
    }
    public class Vault { public string VaultId { get; set; } = ""; public int {|FG3002:Balance|} { get; set; } }
    public class UserModel
    {
        [BsonId, BsonRepresentation(BsonType.ObjectId)] public string Id { get; set; } = "";
        public string {|FG3001:NationalId|} { get; set; } = "";
        [BsonIgnore] public string Iban { get; set; } = "";
    }
    [BsonIgnoreExtraElements]
    public class PayoutDto { public string {|FG3001:Iban|} { get; set; } = ""; }
    [DynamoDBTable("wallets")]
    public class WalletItem { [DynamoDBHashKey] public string Pk { get; set; } = ""; public decimal {|FG3002:Balance|} { get; set; } }
    public class CosmosWallet { public string id { get; set; } = ""; public decimal {|FG3002:AvailableBalance|} { get; set; } }
    public class UserDto { public string Id { get; set; } = ""; public string AccountNumber { get; set; } = ""; public int Balance { get; set; } }
    public class WalletViewModel { public string Id { get; set; } = ""; public decimal Balance { get; set; } }
    public class MongoDbSettings { public string ConnectionString { get; set; } = ""; public string AccountNumberField { get; set; } = ""; }
    [Other.BsonIgnoreExtraElements]
    public class PayoutRequest { public string Iban { get; set; } = ""; }
}
namespace Shop.Services
{
    using Shop.Models;
    public class UserService
    {
        private readonly IMongoCollection<User> _users;
        private readonly IMongoCollection<UserModel> _models;
        public UserService(IMongoDatabase database)
        {
            _users = database.GetCollection<User>("users");
            _models = database.GetCollection<UserModel>("models");
            var vaults = database.GetCollection<Vault>("vaults");
        }
    }
    public class Repository<TDocument>
    {
        public Repository(IMongoDatabase database) => Collection = database.GetCollection<TDocument>("items");
        public IMongoCollection<TDocument> Collection { get; }
    }
    public class WalletStore
    {
        public async System.Threading.Tasks.Task Save(Microsoft.Azure.Cosmos.Container container, CosmosWallet wallet)
            => await container.CreateItemAsync<CosmosWallet>(wallet);
    }
}
namespace Other { public sealed class BsonIgnoreExtraElementsAttribute : System.Attribute { } }
namespace MongoDB.Bson { public enum BsonType { ObjectId } }
namespace MongoDB.Bson.Serialization.Attributes
{
    public sealed class BsonIdAttribute : System.Attribute { }
    public sealed class BsonIgnoreAttribute : System.Attribute { }
    public sealed class BsonIgnoreExtraElementsAttribute : System.Attribute { }
    public sealed class BsonRepresentationAttribute : System.Attribute { public BsonRepresentationAttribute(MongoDB.Bson.BsonType type) { } }
}
namespace MongoDB.Driver
{
    public interface IMongoCollection<T> { }
    public interface IMongoDatabase { IMongoCollection<T> GetCollection<T>(string name); }
}
namespace Amazon.DynamoDBv2.DataModel
{
    public sealed class DynamoDBTableAttribute : System.Attribute { public DynamoDBTableAttribute(string name) { } }
    public sealed class DynamoDBHashKeyAttribute : System.Attribute { }
}
namespace Microsoft.Azure.Cosmos { public class Container { public System.Threading.Tasks.Task CreateItemAsync<T>(T item) => System.Threading.Tasks.Task.CompletedTask; } }
""");

    // Held-out set 7 (issue 18): before restore MongoDB's attributes are unresolved and known by name.
    [Fact]
    public Task Unresolved_bson_attributes_mark_a_document() => VerifyCS.VerifyAnalyzerAsync("""

public class Account
{
    [{|CS0246:{|CS0246:BsonId|}|}] public string Id { get; set; } = "";
    public string {|FG3001:Iban|} { get; set; } = "";
}
public class AccountResponse { public string Id { get; set; } = ""; public string Iban { get; set; } = ""; }
""");

    // Held-out set 7 (issue 18): what is left to pay on a bill, a rent schedule or an instalment plan, and a processor's
    // balance mirrored locally, are not stored value; a wallet's, a gift card's remaining balance and a wallet that
    // records when it was updated stay reported.
    [Fact]
    public Task Balances_owed_and_processor_mirrors_are_not_stored_value() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class TenantPaymentInfoModel { public int ID { get; set; } public int Balance { get; set; } public DateTime DueDate { get; set; } }
public class PaymentPlan { public int Id { get; set; } public decimal TotalAmount { get; set; } public decimal BalanceAmount { get; set; } public int NumberOfInstallments { get; set; } }
public class RentInvoice { public int Id { get; set; } public decimal Balance { get; set; } }
public class Enrollment { public int Id { get; set; } public decimal BalanceDue { get; set; } public decimal OutstandingBalance { get; set; } public decimal RemainingBalance { get; set; } }
public class StripeCustomerModel { public int Id { get; set; } public string StripeCustomerId { get; set; } = ""; public decimal Balance { get; set; } }
public class Wallet { public int Id { get; set; } public decimal {|FG3002:Balance|} { get; set; } public DateTime UpdatedAt { get; set; } }
public class GiftCard { public int Id { get; set; } public decimal {|FG3002:RemainingBalance|} { get; set; } public DateTime ExpiryDate { get; set; } }
public class CustomerAccount { public int Id { get; set; } public decimal {|FG3002:CurrentBalance|} { get; set; } public int ResidueCount { get; set; } }
public class Db : DbContext
{
    public DbSet<TenantPaymentInfoModel> Payments { get; set; } = null!;
    public DbSet<PaymentPlan> Plans { get; set; } = null!;
    public DbSet<RentInvoice> Invoices { get; set; } = null!;
    public DbSet<Enrollment> Enrollments { get; set; } = null!;
    public DbSet<StripeCustomerModel> StripeCustomers { get; set; } = null!;
    public DbSet<Wallet> Wallets { get; set; } = null!;
    public DbSet<GiftCard> GiftCards { get; set; } = null!;
    public DbSet<CustomerAccount> Accounts { get; set; } = null!;
}
""");

    // Held-out set 7 (issue 18): an integer PassportId or NationalIdId is the key of the document's row, and the scan,
    // its address, expiry or verification are about the id; the id's own number stays reported.
    [Fact]
    public Task Document_row_keys_and_facts_about_an_id_are_not_the_id() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class Traveller
{
    public int Id { get; set; }
    public int? PassportId { get; set; }
    public long NationalIdId { get; set; }
    public string NationalIdPhotoUrl { get; set; } = "";
    public string PassportImagePath { get; set; } = "";
    public string NationalIdFileName { get; set; } = "";
    public bool NationalIdVerified { get; set; }
    public DateTime PassportExpiryDate { get; set; }
    public string NationalIdType { get; set; } = "";
    public string {|FG3001:PassportNumber|} { get; set; } = "";
    public string {|FG3001:NationalId|} { get; set; } = "";
    public long {|FG3001:Ssn|} { get; set; }
}
public class Db : DbContext { public DbSet<Traveller> Travellers { get; set; } = null!; }
""");

    // Held-out set 8 (issue 18): the application's own data-access wrapper over Dapper (a method that takes the SQL and a
    // parameter object and hands both to Dapper) writes the same placeholders; a wrapper that forwards to something
    // else, or a file with no Dapper behind it, is not Dapper.
    [Fact]
    public Task Writes_through_the_applications_dapper_wrapper_are_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("DataManager.cs", """
using System.Data;
using System.Threading.Tasks;
using Dapper;
public interface IDataManager
{
    Task<int> Execute<T>(string sql, T item);
    Task<int> Enqueue(string sql, object item);
}
public class DataManager : IDataManager
{
    private readonly IDbConnection _connection;
    public DataManager(IDbConnection connection) => _connection = connection;
    public async Task<int> Execute<T>(string query, T parameters) => await _connection.ExecuteAsync(query, parameters);
    public Task<int> Enqueue(string sql, object item) => Task.FromResult(0);
}
"""));
        test.TestState.Sources.Add(("AccountRepository.cs", """
using System.Threading.Tasks;
public class BankAccount { public int Id { get; set; } public int UserId { get; set; } public string Iban { get; set; } = ""; }
public class AccountRepository
{
    private readonly IDataManager _dataManager;
    public AccountRepository(IDataManager dataManager) => _dataManager = dataManager;

    public Task<int> Create(BankAccount account)
    {
        string query = "INSERT INTO BankAccounts (UserId, Iban) VALUES (@UserId, @Iban)";
        return _dataManager.Execute(query, new
        {
            account.UserId,
            {|FG3001:account.Iban|},
        });
    }

    public Task<int> Queue(BankAccount account) => _dataManager.Enqueue("INSERT INTO BankAccounts (Iban) VALUES (@Iban)", new { account.Iban });

    public Task<int> Find(BankAccount account) => _dataManager.Execute("SELECT Id FROM BankAccounts WHERE Iban = @Iban", new { account.Iban });
}
"""));
        return test.RunAsync();
    }

    // Issue 18, cross-set pass (held-out sets 6, 9, 10, 11): forms of account data that only the stored member settles
    // (its type and siblings): an account record's bare Number, the text account a movement comes from or goes to, an
    // Identity user's IdCard and cedula, a NUBAN; lower-case "id" columns of DB-first entities.
    [Fact]
    public Task Account_numbers_and_identity_cards_under_bare_and_local_names_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
namespace Microsoft.AspNetCore.Identity
{
    public class IdentityUser { public string Id { get; set; } = ""; public string Email { get; set; } = ""; }
}
namespace Bank.Domain.Entities
{
    using Microsoft.AspNetCore.Identity;
    public class Account { public long Id { get; set; } public string {|FG3001:Number|} { get; set; } = ""; public decimal {|FG3002:Balance|} { get; set; } }
    public class SavingsAccountEntity { public Guid Id { get; set; } public string {|FG3001:No|} { get; set; } = ""; }
    public class CuentasAhorro { public int Id { get; set; } public string {|FG3001:NumeroCuenta|} { get; set; } = ""; }
    public class Transaction
    {
        public long Id { get; set; }
        public string {|FG3001:SourceAccount|} { get; set; } = "";
        public string {|FG3001:DestinationAccount|} { get; set; } = "";
        public double Amount { get; set; }
    }
    public class Wallet { public int Id { get; set; } public string {|FG3001:Nuban|} { get; set; } = ""; }
    public class BankTransfer { public int Id { get; set; } public string? {|FG3001:From|} { get; set; } public string? {|FG3001:To|} { get; set; } }
    public class ApplicationUser : IdentityUser
    {
        public string FirstName { get; set; } = "";
        public string {|FG3001:IdCard|} { get; set; } = "";
        public string {|FG3001:Cedula|} { get; set; } = "";
        public string {|FG3001:IdentityCard|} { get; set; } = "";
        public string {|FG3001:FIN|} { get; set; } = "";
    }
    // DB-first code with lower-case columns: "id" is the key, "ibancode" the IBAN.
    public class EmployeeBank { public int id { get; set; } public string? {|FG3001:accountnumber|} { get; set; } public string? {|FG3001:ibancode|} { get; set; } }
}
""");

    [Fact]
    public Task Look_alikes_of_bare_account_numbers_and_identity_cards_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System;
namespace Shop.Domain.Entities
{
    // Numbers of other records and of accounts that are not bank accounts.
    public class Order { public int Id { get; set; } public string Number { get; set; } = ""; }
    public class UserAccount { public int Id { get; set; } public string Number { get; set; } = ""; }
    public class LedgerAccount { public int Id { get; set; } public string Number { get; set; } = ""; }
    public class LoanAccount { public int Id { get; set; } public string Number { get; set; } = ""; }
    public class AccountType { public int Id { get; set; } public string Number { get; set; } = ""; }
    // Bookkeeping's debit and credit accounts are ledger codes; numeric ends of a transfer are the account rows' keys.
    public class JournalEntry { public int Id { get; set; } public string DebitAccount { get; set; } = ""; public string CreditAccount { get; set; } = ""; }
    public class Transfer { public int Id { get; set; } public int FromAccount { get; set; } public Guid ToAccountId { get; set; } public string AccountName { get; set; } = ""; }
    // A blockchain transaction's ends are addresses, a message's are mailboxes, numeric ends are account rows' keys.
    public class BlockchainTransaction { public int Id { get; set; } public string From { get; set; } = ""; public string To { get; set; } = ""; }
    public class EmailMessage { public int Id { get; set; } public string From { get; set; } = ""; public string To { get; set; } = ""; }
    public class TransferRecord { public int Id { get; set; } public int From { get; set; } public long To { get; set; } }
    // A type that names its foreign keys IdX: IdCard is the payment card's row id, not an identity card.
    public class WebhookLog { public Guid Id { get; set; } public string IdUser { get; set; } = ""; public string IdApp { get; set; } = ""; public string IdCard { get; set; } = ""; }
    // The document, its type and its picture, and the Spanish word for the end.
    public class Applicant
    {
        public int Id { get; set; }
        public string TipoCedula { get; set; } = "";
        public string IdentityCardImageUrl { get; set; } = "";
        public byte[] IdentityCard { get; set; } = Array.Empty<byte>();
        public string Fin { get; set; } = "";
        public string MaskedNuban { get; set; } = "";
        public string NumeroCuentaContable { get; set; } = "";
    }
    // The row's own key and the key of a tax setup row, whatever words their type's name has.
    public class BvnLookup { public long BvnLookupId { get; set; } public string Phone { get; set; } = ""; }
    public class TransactionTax { public int Id { get; set; } public int TransactionTaxId { get; set; } public int? SalesTaxId { get; set; } }
    public class Supplier { public int Id { get; set; } public string {|FG3001:SupplierTaxId|} { get; set; } = ""; public int {|FG3001:CustomerTaxId|} { get; set; } }
}
""");

    // Issue 18, held-out sets 10 and 11: a loan's records (a schedule row with its LoanId, a record keyed by the loan's
    // account number) and amortised balances are debts; transfer shapes in Response/Dto namespaces are not rows even
    // when they reuse an entity base class.
    [Fact]
    public Task Loan_records_and_transfer_shapes_in_dto_namespaces_stay_silent() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
namespace Bank.Domain.Entities
{
    public class GeneralEntity { public int Id { get; set; } }
    public class LoanScheduleDaily : GeneralEntity
    {
        public int LoanId { get; set; }
        public decimal OpeningBalance { get; set; }
        public decimal ClosingBalance { get; set; }
    }
    public class CreditRecord : GeneralEntity { public string LoanContractNumber { get; set; } = ""; public decimal Balance { get; set; } }
    public class Deposit : GeneralEntity { public decimal AmortisedClosingBalance { get; set; } }
    // An account that lists its loans is still an account: its balance is the customer's money.
    public class Loan : GeneralEntity { }
    public class CurrentAccount : GeneralEntity { public List<Loan> Loans { get; set; } = new(); public decimal {|FG3002:Balance|} { get; set; } }
}
namespace Bank.Contracts.Response.Credit
{
    using Bank.Domain.Entities;
    public class LoanCustomerObj : GeneralEntity { public string Iban { get; set; } = ""; public string Bvn { get; set; } = ""; public decimal Balance { get; set; } }
}
namespace Bank.Application.Dtos
{
    using Bank.Domain.Entities;
    public class AccountObj : GeneralEntity { public string AccountNumber { get; set; } = ""; }
}
""");

    // Issue 18, held-out set 10: a value object named as account data (IbanCode) stores its text in the owner's table,
    // whatever the member is called (Sender, Receiver). Entities named so (a BankAccount navigation, with its Id), value
    // objects whose own member is encrypted, formats and enums are not the value.
    [Fact]
    public Task Value_objects_that_hold_account_data_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
namespace Bank.Domain.Values
{
    public sealed record IbanCode(string Value);
    public readonly struct NationalId { public NationalId(string value) => Value = value; public string Value { get; } }
    public sealed class AccountNumberFormat { public string Pattern { get; set; } = ""; }
    [AttributeUsage(AttributeTargets.Property)] public sealed class EncryptedAttribute : Attribute { }
    public sealed class BeneficiaryIban { [Encrypted] public string Value { get; set; } = ""; }
    public enum TaxIdKind { Personal, Business }
}
namespace Bank.Domain.Entities
{
    using Bank.Domain.Values;
    public class BankAccount { public int Id { get; set; } public IbanCode {|FG3001:IBAN|} { get; set; } = new IbanCode(""); }
    // An entity named as account data whose key is inherited is a navigation, not a value.
    public class KeyedBase { public Guid Id { get; set; } }
    public class FakeBankAccount : KeyedBase { public string Number { get; set; } = ""; }
    public class Transfer
    {
        public Guid Id { get; set; }
        public IbanCode {|FG3001:Sender|} { get; set; } = new IbanCode("");
        public IbanCode? {|FG3001:Receiver|} { get; set; }
        public NationalId {|FG3001:Payer|} { get; set; }
        public BankAccount Account { get; set; } = new BankAccount();
        public FakeBankAccount? Simulated { get; set; }
        public AccountNumberFormat Format { get; set; } = new AccountNumberFormat();
        public BeneficiaryIban Beneficiary { get; set; } = new BeneficiaryIban();
        public TaxIdKind TaxIdKind { get; set; }
    }
}
""");

    // Issue 18, held-out sets 10 and 11: parameters created as objects (new SqlParameter) and stored procedures whose
    // name says they write: their text is not in the code, their name is all there is.
    [Fact]
    public Task Stored_procedure_writes_and_parameter_objects_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class LoanApplication { public string FullName { get; set; } = ""; public string Bvn { get; set; } = ""; public string BankAccountNumber { get; set; } = ""; }
public class LoanRepository
{
    private readonly Database _db = new Database();

    public void Create(LoanApplication application)
    {
        var name = new SqlParameter("@FullName", application.FullName);
        var bvn = {|FG3001:new SqlParameter("@Bvn", application.Bvn)|};
        _db.ExecuteSqlRaw("EXEC InsertLoanApplication @FullName, @Bvn", name, bvn);
    }

    public void Save(LoanApplication application)
    {
        using var command = new SqlCommand();
        command.CommandText = "[usp_CreateLoanRequest]";
        command.Parameters.AddWithValue("@FullName", application.FullName);
        {|FG3001:command.Parameters.AddWithValue("@BankAccountNumber ", application.BankAccountNumber)|};
        command.ExecuteNonQuery();
    }

    public void Register(LoanApplication application)
    {
        var command = new SqlCommand("dbo.sp_RegisterApplicant");
        command.CommandType = CommandType.StoredProcedure;
        {|FG3001:command.Parameters.AddWithValue("@Bvn", application.Bvn)|};
        command.ExecuteNonQuery();
    }
}
""" + StoredProcedureStandIn);

    [Fact]
    public Task Reading_procedures_typed_parameters_and_protected_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class LoanApplication { public string Bvn { get; set; } = ""; public string BankAccountNumber { get; set; } = ""; }
public static class Protector { public static string Encrypt(string value) => value; }
public class LoanQueries
{
    private readonly Database _db = new Database();

    public void Find(LoanApplication application)
    {
        var bvn = new SqlParameter("@Bvn", application.Bvn);
        _db.ExecuteSqlRaw("EXEC GetLoanApplicationByBvn @Bvn", bvn);
    }

    public void Validate(LoanApplication application)
    {
        using var command = new SqlCommand();
        command.CommandText = "usp_ValidateAccount";
        command.Parameters.AddWithValue("@BankAccountNumber", application.BankAccountNumber);
        command.ExecuteNonQuery();
    }

    public void Insert(LoanApplication application)
    {
        var typed = new SqlParameter("@Bvn", SqlDbType.VarChar);
        var hashed = new SqlParameter("@BvnHash", application.Bvn);
        var encrypted = new SqlParameter("@BankAccountNumber", Protector.Encrypt(application.BankAccountNumber));
        var reset = new SqlParameter("@Balance", 0);
        _db.ExecuteSqlRaw("EXEC InsertLoanApplication @Bvn, @BvnHash, @BankAccountNumber, @Balance", typed, hashed, encrypted, reset);
    }

    public void Lookup(LoanApplication application)
    {
        var bvn = new SqlParameter("@Bvn", application.Bvn);
        _db.ExecuteSqlRaw("SELECT * FROM Loans WHERE Bvn = @Bvn", bvn);
    }
}
""" + StoredProcedureStandIn);

    private const string StoredProcedureStandIn = """
namespace Data
{
    public enum CommandType { Text, StoredProcedure }
    public enum SqlDbType { VarChar, Int }
    public sealed class SqlParameter
    {
        public SqlParameter(string name, object value) { }
        public SqlParameter(string name, SqlDbType type) { }
    }
    public sealed class SqlParameterCollection { public object AddWithValue(string parameterName, object value) => value; }
    public sealed class SqlCommand : System.IDisposable
    {
        public SqlCommand() { }
        public SqlCommand(string commandText) { }
        public string CommandText { get; set; } = "";
        public CommandType CommandType { get; set; }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
        public void Dispose() { }
    }
    public sealed class Database { public int ExecuteSqlRaw(string sql, params object[] parameters) => 0; }
}
""";
}
