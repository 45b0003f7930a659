using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 15: national and tax ids under further local names, balances under the Spanish name, table
/// types named as summaries or infos, and account data written through SQL whose text hides it (a sub-query in the SET
/// list, a parameter named for the column and not the value, a stored procedure called with concatenated values).
/// </summary>
public class UnencryptedFinancialFieldLocalNamesAndWritesTests
{
    [Fact]
    public Task Local_identity_names_and_saldo_on_entities_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Socio
{
    public int Id { get; set; }
    public string {|FG3001:Identificacion|} { get; set; } = "";
    public string TipoIdentificacion { get; set; } = "";
    public decimal {|FG3002:Saldo|} { get; set; }
}
public class Borrower
{
    public int Id { get; set; }
    public string {|FG3001:NationalID|} { get; set; } = "";
    // A smart card beside the national id is the smart national identity card.
    public string {|FG3001:SmartCard|} { get; set; } = "";
    public string {|FG3001:OtherIdNo|} { get; set; } = "";
    public long? {|FG3001:CoSignerNID|} { get; set; }
    public long CoSignerNidImageId { get; set; }
}
public class KycProfile
{
    public int Id { get; set; }
    public string {|FG3001:AadhaarNumber|} { get; set; } = "";
    // India's PAN card is the tax card; a bare PAN beside Aadhaar is the tax number too.
    public string {|FG3001:PanCardNo|} { get; set; } = "";
    public string {|FG3001:PAN|} { get; set; } = "";
}
public class Applicant
{
    public int Id { get; set; }
    // A personal id held as text is the person's national number.
    public string {|FG3001:PersonalId|} { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Socio> Socios { get; set; } = null!;
    public DbSet<Borrower> Borrowers { get; set; } = null!;
    public DbSet<KycProfile> Profiles { get; set; } = null!;
    public DbSet<Applicant> Applicants { get; set; } = null!;
}
""");

    [Fact]
    public Task Look_alikes_of_local_identity_names_and_balances_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Badge
{
    public int Id { get; set; }
    // A smart card with no national id beside it is an access badge; a bare PAN with no Aadhaar or KYC member is left
    // to the card rules; an integer personal id is a staff row's key.
    public string SmartCard { get; set; } = "";
    public int PersonalId { get; set; }
}
public class Prestamo
{
    public int Id { get; set; }
    public decimal Saldo { get; set; }
    public decimal SaldoPendiente { get; set; }
}
public class Member
{
    public int Id { get; set; }
    public int PointsBalance { get; set; }
    public decimal LeaveBalance { get; set; }
    public string NidImagePath { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Badge> Badges { get; set; } = null!;
    public DbSet<Prestamo> Prestamos { get; set; } = null!;
    public DbSet<Member> Members { get; set; } = null!;
}
""");

    // FG1 and FG3001 share one test of India's tax PAN (CardDataNames.NamesTaxPan): what FG1 leaves alone as the tax id
    // (a bare PAN beside a date of birth and no card field) FG3001 reports as a national id; a PAN beside card fields is
    // a payment card's and stays with FG1.
    [Fact]
    public Task A_bare_pan_is_a_national_id_exactly_where_the_card_rules_call_it_the_tax_pan() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.EntityFrameworkCore;
public class PersonBase { public DateTime DateOfBirth { get; set; } }
public class Investor : PersonBase
{
    public int Id { get; set; }
    public string {|FG3001:PanNumber|} { get; set; } = "";
}
public class SavedCard
{
    public int Id { get; set; }
    public string Pan { get; set; } = "";
    public DateTime DateOfBirth { get; set; }
    public string ExpiryMonth { get; set; } = "";
}
public class CardholderProfile
{
    public int Id { get; set; }
    public string PanNo { get; set; } = "";
    public string AadhaarStatus { get; set; } = "";
    public string CardType { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Investor> Investors { get; set; } = null!;
    public DbSet<SavedCard> Cards { get; set; } = null!;
    public DbSet<CardholderProfile> Profiles { get; set; } = null!;
}
""");

    [Fact]
    public void The_tax_pan_test_is_shared_by_the_card_and_data_protection_rules()
    {
        var birth = new[] { "Name", "DateOfBirth" };
        Assert.True(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(FinGuard.Analyzers.Shared.IdentifierWords.Split("PanNumber"), "Investor", birth));
        Assert.False(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(FinGuard.Analyzers.Shared.IdentifierWords.Split("CardPan"), "Investor", birth));
        Assert.False(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(FinGuard.Analyzers.Shared.IdentifierWords.Split("Pan"), "Investor", new[] { "DateOfBirth", "CardExpiry" }));
        Assert.True(FinGuard.Analyzers.Shared.CardDataNames.NamesTaxPan(FinGuard.Analyzers.Shared.IdentifierWords.Split("PanCardNo"), "Order", null));
    }

    // The DbContext is in another project: the domain project's own signals.
    [Fact]
    public Task Summary_and_info_tables_in_database_model_namespaces_or_with_entity_bases_are_entities() => VerifyCS.VerifyAnalyzerAsync("""

using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
namespace Mfi.Models.Common
{
    public class BaseEntity { public int Id { get; set; } }
    public class LegacyRowBase { }
}
namespace Mfi.Models.DbModels
{
    using Mfi.Models.Common;
    public class DepositSummary : LegacyRowBase
    {
        [Key] public long DepositSummaryID { get; set; }
        public decimal? {|FG3002:Balance|} { get; set; }
        public string {|FG3001:SavingAccountNo|} { get; set; } = "";
    }
    // A savings record's instalments are deposits (a recurring deposit plan): its balance is the money saved.
    public class SavingSummary : LegacyRowBase
    {
        [Key] public long SavingSummaryID { get; set; }
        public decimal SavingInstallment { get; set; }
        public int? InstallmentNo { get; set; }
        public decimal {|FG3002:Balance|} { get; set; }
    }
    // A loan's schedule: its balance is what is left to repay, its loan account number the loan's own reference.
    public class LoanSummary : LegacyRowBase
    {
        [Key] public long LoanSummaryID { get; set; }
        public int? InstallmentNo { get; set; }
        public decimal Balance { get; set; }
        public string LoanAccountNo { get; set; } = "";
    }
    [Table("PortalDepositSummary")]
    public class PortalDepositSummary { public long Id { get; set; } public decimal {|FG3002:Balance|} { get; set; } }
    public class Customer : LegacyRowBase { public long Id { get; set; } public string {|FG3001:NationalID|} { get; set; } = ""; }
}
namespace Bank.Entities.Models
{
    using Mfi.Models.Common;
    public class PrepaidCardInfo : BaseEntity { public decimal {|FG3002:Balance|} { get; set; } }
}
namespace Wallets.Data.Domain
{
    // A [Timestamp] row version maps the class to a table.
    public class Wallet
    {
        public int Id { get; set; }
        public decimal {|FG3002:Balance|} { get; set; }
        [Timestamp] public byte[]? RowVersion { get; set; }
    }
}
""");

    [Fact]
    public Task Summary_and_info_shapes_without_a_strong_signal_are_not_entities() => VerifyCS.VerifyAnalyzerAsync("""

using System.ComponentModel.DataAnnotations;
namespace Bank.Models
{
    // A summary with a [Key] alone, outside a database-model namespace, is a view shape.
    public class AccountSummary { [Key] public int Id { get; set; } public decimal Balance { get; set; } public string Iban { get; set; } = ""; }
    public class CardInfo { public int Id { get; set; } public decimal Balance { get; set; } }
    // A navigation attribute alone: a copy of an API's entity in a client that stores nothing.
    public class WalletUserAccount
    {
        public int Id { get; set; }
        public string WalletAccountNumber { get; set; } = "";
        public double WalletAccountBalance { get; set; }
        [System.ComponentModel.DataAnnotations.Schema.ForeignKey("WalletUser")] public int WalletUserId { get; set; }
    }
}
namespace Bank.DbModels
{
    // A view model stays a view model in any namespace.
    public class AccountViewModel { [Key] public int Id { get; set; } public string Iban { get; set; } = ""; }
    public class Wallet { public decimal Balance { get; set; } }
}
""");

    // ADO.NET providers are packages (unresolved before restore); Add has the same shape in all of them.
    private const string AdoNetStandIn = """
namespace Data
{
    public enum SqlDbType { NVarChar, Decimal, Int }
    public sealed class SqlParameter { public object Value { get; set; } = ""; }
    public sealed class SqlParameterCollection
    {
        public object AddWithValue(string parameterName, object value) => value;
        public SqlParameter Add(string name, SqlDbType type) => new SqlParameter();
    }
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText) { }
        public string CommandText { get; set; } = "";
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
    }
}
""";

    [Fact]
    public Task Ado_net_writes_named_by_their_values_personal_ids_and_procedures_with_concatenated_values_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class ClientModel { public string PersonalID { get; set; } = ""; public string Name { get; set; } = ""; }
public class Beneficiary { public string AccountNumber { get; set; } = ""; public string Name { get; set; } = ""; }
public class Store
{
    public void Transfer(string senderIban, string receiverIban, decimal amount)
    {
        var command = new SqlCommand("INSERT INTO Transfers VALUES (@FromAccount, @ToAccount, @Amount)");
        {|FG3001:command.Parameters.Add("@FromAccount", SqlDbType.NVarChar)|}.Value = senderIban;
        {|FG3001:command.Parameters.Add("@ToAccount", SqlDbType.NVarChar)|}.Value = receiverIban;
        command.Parameters.Add("@Amount", SqlDbType.Decimal).Value = amount;
        command.ExecuteNonQuery();
    }

    public void AddClient(ClientModel client)
    {
        var command = new SqlCommand("IF NOT EXISTS (SELECT * FROM Client WHERE PersonalID = @PersonalID) " +
            "INSERT INTO Client (Name, PersonalID) VALUES (@Name, @PersonalID)");
        command.Parameters.Add("@Name", SqlDbType.NVarChar).Value = client.Name;
        {|FG3001:command.Parameters.Add("@PersonalID", SqlDbType.NVarChar)|}.Value = client.PersonalID;
        command.ExecuteNonQuery();
    }

    public void AddBeneficiary(Beneficiary beneficiary)
    {
        var command = new SqlCommand("EXEC spAddBeneficiary " + {|FG3001:beneficiary.AccountNumber|} + "," + beneficiary.Name);
        command.ExecuteNonQuery();
    }
}
""" + AdoNetStandIn);

    [Fact]
    public Task Ado_net_keys_lookups_updates_by_account_and_integer_personal_ids_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class Store
{
    public void Rename(string senderIban, string name)
    {
        var command = new SqlCommand("UPDATE Transfers SET Name = @Name WHERE FromAccount = @FromAccount");
        command.Parameters.Add("@Name", SqlDbType.NVarChar).Value = name;
        command.Parameters.Add("@FromAccount", SqlDbType.NVarChar).Value = senderIban;
        command.ExecuteNonQuery();
    }

    public void AddStaff(int personalId, string name)
    {
        var command = new SqlCommand("INSERT INTO Shifts (PersonalId, Name) VALUES (@PersonalId, @Name)");
        command.Parameters.Add("@PersonalId", SqlDbType.Int).Value = personalId;
        command.Parameters.Add("@Name", SqlDbType.NVarChar).Value = name;
        command.ExecuteNonQuery();
    }

    // An update procedure's arguments include the key of the row it changes; a read procedure writes nothing.
    public void Deposit(string amount, string accountNumber)
    {
        new SqlCommand("EXEC spUpdateBalance " + amount + "," + accountNumber).ExecuteNonQuery();
        new SqlCommand("EXEC spGetDetails " + accountNumber).ExecuteNonQuery();
    }
}
""" + AdoNetStandIn);

    [Fact]
    public Task Dapper_set_lists_with_sub_queries_and_values_named_as_account_data_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data;
using Dapper;
public class PaymentMethod { public string IdentificationNumber { get; set; } = ""; public string Cbu { get; set; } = ""; public string Name { get; set; } = ""; }
public class Repository
{
    private readonly IDbConnection _db;
    public Repository(IDbConnection db) => _db = db;

    public int Update(int idUser, PaymentMethod method, string senderIban)
        => _db.Execute(@"
UPDATE [User]
SET
    PaymentMethod = (SELECT Id FROM PaymentMethods WHERE Name = @name),
    CUIT = @cuit,
    Cbu = @cbu,
    Origin = @origin
WHERE IdUser = @IdUser;",
            new
            {
                IdUser = idUser,
                name = method.Name,
                {|FG3001:cuit = method.IdentificationNumber|},
                {|FG3001:cbu = method.Cbu|},
                {|FG3001:origin = senderIban|},
            });

    // A sub-query's WHERE inside a WHERE clause keeps the outer clause: the CUIT only finds the row.
    public int Deactivate(PaymentMethod method)
        => _db.Execute("UPDATE [User] SET Active = 0 WHERE Id IN (SELECT IdUser FROM Billing WHERE Kind = 1) AND CUIT = @cuit", new { cuit = method.IdentificationNumber });

    // A constant written in place of the value ((string)null) is not a customer's value.
    public int Clear(int idUser) => _db.Execute("UPDATE [User] SET Cbu = @cbu, BankAccount = @bankAccount WHERE IdUser = @idUser", new { idUser, cbu = (string?)null, bankAccount = "" });

    // A balance of e-mail credits, computed from the credits quantity, is not money.
    public int AddMovement(int partialBalance, int totalCreditsQty)
        => _db.Execute("INSERT INTO Movements (PartialBalance) VALUES (@partialBalance)", new { partialBalance = partialBalance + totalCreditsQty });
}
""");
}
