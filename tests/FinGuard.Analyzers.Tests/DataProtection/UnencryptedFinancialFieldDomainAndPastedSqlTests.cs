using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 16: entities of a domain or scaffolded model project that does not see its DbContext,
/// further national id names (CNP, EGN, OIB, JMBG, CMND, CCCD, a nationality id held as text, an identity document's
/// bare number), values pasted into INSERT and UPDATE text, and Dapper's DynamicParameters handed to the application's
/// own wrapper.
/// </summary>
public class UnencryptedFinancialFieldDomainAndPastedSqlTests
{
    [Fact]
    public Task Domain_layer_and_scaffolded_model_classes_are_entities() => VerifyCS.VerifyAnalyzerAsync("""

namespace Domain
{
    public class Wallet
    {
        public string {|FG3001:Iban|} { get; init; } = "";
        public decimal {|FG3002:Balance|} { get; set; }
    }

    public class Customer
    {
        public System.Guid CustomerId { get; set; }
        public string {|FG3001:Cnp|} { get; set; } = "";
    }
}

namespace Ledger.Domain.Entities
{
    public class Movement
    {
        public long Id { get; set; }
        public string {|FG3001:FromIban|} { get; set; } = "";
    }
}

namespace Bank.Model
{
    public partial class Deposit
    {
        public string Id { get; set; } = "";
        public decimal {|FG3002:LedgerBalance|} { get; set; }
        public decimal {|FG3002:AvailableBalance|} { get; set; }
    }
}
""");

    [Fact]
    public Task Domain_services_and_hand_written_models_are_not_entities() => VerifyCS.VerifyAnalyzerAsync("""

namespace Domain.Services
{
    public class TransferPlanner
    {
        public string Iban { get; set; } = "";
        public decimal Balance { get; set; }
    }
}

namespace Bank.Models
{
    // Not partial: a hand-written model of the web layer.
    public class DepositModel
    {
        public string Id { get; set; } = "";
        public decimal AvailableBalance { get; set; }
    }

    // Partial but deriving from a framework base: a UI-bound model, not a scaffolded row.
    public abstract class Observable { }
    public partial class WalletView : Observable
    {
        public string Id { get; set; } = "";
        public decimal Balance { get; set; }
    }

    // Partial without a key: a fragment of some other shape.
    public partial class Totals
    {
        public decimal Balance { get; set; }
    }
}
""");

    [Fact]
    public Task National_id_acronyms_nationality_ids_and_identity_document_numbers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Resident
{
    public int Id { get; set; }
    public string {|FG3001:CNP|} { get; set; } = "";
    public string {|FG3001:Egn|} { get; set; } = "";
    public string {|FG3001:Oib|} { get; set; } = "";
    public string {|FG3001:Jmbg|} { get; set; } = "";
    public string {|FG3001:CMND|} { get; set; } = "";
    public string {|FG3001:CccdNumber|} { get; set; } = "";
    public string {|FG3001:NationalityId|} { get; set; } = "";
    public string {|FG3001:CustomerCnp|} { get; set; } = "";
}
public class CitizenIdentity
{
    public int Id { get; set; }
    public string {|FG3001:Number|} { get; set; } = "";
    public string FullName { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Resident> Residents { get; set; } = null!;
    public DbSet<CitizenIdentity> Identities { get; set; } = null!;
}
""");

    [Fact]
    public Task Card_not_present_flags_nationality_keys_and_other_numbers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Nationality { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
public class Payment
{
    public int Id { get; set; }
    // CNP in card code is "card not present".
    public string CnpTransactionId { get; set; } = "";
    public string CnpIndicator { get; set; } = "";
    public bool IsCnp { get; set; }
}
public class Traveller
{
    public int Id { get; set; }
    // Beside a Nationality navigation the nationality id is that row's key; as a number it is a key anyway.
    public string NationalityId { get; set; } = "";
    public Nationality Nationality { get; set; } = null!;
}
public class Visitor
{
    public int Id { get; set; }
    public int NationalityId { get; set; }
}
public class Invoice
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
}
public class Identity
{
    public int Id { get; set; }
    public string Number { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Payment> Payments { get; set; } = null!;
    public DbSet<Traveller> Travellers { get; set; } = null!;
    public DbSet<Visitor> Visitors { get; set; } = null!;
    public DbSet<Invoice> Invoices { get; set; } = null!;
    public DbSet<Identity> Identities { get; set; } = null!;
}
""");

    private const string AdoNetStandIn = """
namespace Data
{
    public sealed class SqlConnection { }
    public sealed class SqlCommand
    {
        public SqlCommand(string commandText, SqlConnection connection) { }
        public int ExecuteNonQuery() => 0;
    }
}
public sealed class TextBox { public string Text { get; set; } = ""; }
""";

    [Fact]
    public Task Values_pasted_into_set_and_values_lists_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public class AtmForm
{
    private readonly SqlConnection _con = new SqlConnection();
    private readonly TextBox IbanTb = new TextBox();
    private readonly TextBox NameTb = new TextBox();

    public void Deposit(int newBalance, string acc)
    {
        string query = "update AccountTbl set Balance =" + {|FG3002:newBalance|} + " where AccNum='" + acc + "';";
        new SqlCommand(query, _con).ExecuteNonQuery();
    }

    public void Open(string holder, string iban)
    {
        new SqlCommand("INSERT INTO Accounts (Holder, Iban, Opened) VALUES ('" + holder + "', '" + {|FG3001:iban|} + "', GETDATE())", _con).ExecuteNonQuery();
    }

    public void OpenInterpolated(string holder, string accountNumber)
    {
        new SqlCommand($"UPDATE [dbo].[Accounts] SET [Holder] = N'{holder}', [AccountNo] = '{{|FG3001:accountNumber|}}' WHERE Id = 1", _con).ExecuteNonQuery();
    }

    public void Register()
    {
        new SqlCommand("insert into Holders values ('" + NameTb.Text + "','" + {|FG3001:IbanTb.Text|} + "')", _con).ExecuteNonQuery();
    }
}
""" + AdoNetStandIn);

    [Fact]
    public Task Pasted_keys_changes_debts_and_constants_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Data;
public enum State { Open, Closed }
public class AtmForm
{
    private readonly SqlConnection _con = new SqlConnection();

    public void Close(string iban, State state)
    {
        // The IBAN only finds the row; the state is an enum.
        new SqlCommand("UPDATE Accounts SET State = " + (int)state + " WHERE Iban = '" + iban + "'", _con).ExecuteNonQuery();
    }

    public void Add(decimal amount, string accountNumber)
    {
        // A change of the balance, not its value.
        new SqlCommand("UPDATE Accounts SET Balance = Balance + " + amount + " WHERE AccountNumber = '" + accountNumber + "'", _con).ExecuteNonQuery();
    }

    public void Bill(decimal balance, int id)
    {
        // What a customer owes on an invoice is no stored value.
        new SqlCommand("UPDATE Invoices SET Balance = " + balance + " WHERE Id = " + id, _con).ExecuteNonQuery();
    }

    public void Reset(string holder)
    {
        new SqlCommand("INSERT INTO Accounts (Holder, Balance) VALUES ('" + holder + "', " + 0 + ")", _con).ExecuteNonQuery();
        new SqlCommand("SELECT * FROM Accounts WHERE Iban = '" + holder + "'", _con).ExecuteNonQuery();
    }
}
""" + AdoNetStandIn);

    [Fact]
    public Task Dynamic_parameters_through_a_wrapper_and_transfer_ends_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data;
using System.Threading.Tasks;
using Dapper;

public static class Queries
{
    public const string UpdateBalance = "UPDATE Accounts SET Balance = @Balance, Updated = @Updated WHERE AccountNumber = @AccountNumber";
    public const string LockAccount = "UPDATE Accounts SET Locked = 1 WHERE AccountNumber = @AccountNumber";
}

public interface ISqlRunner
{
    Task<int> ExecuteSqlAsync(string sql, DynamicParameters parameters);
}

public class Transfer
{
    public long Id { get; set; }
    public string FromAccount { get; set; } = "";
    public string ToAccount { get; set; } = "";
    public decimal Amount { get; set; }
}

public class Ledger
{
    private readonly ISqlRunner _runner;
    private readonly IDbConnection _db;
    public Ledger(ISqlRunner runner, IDbConnection db) { _runner = runner; _db = db; }

    public async Task Debit(string accountNumber, decimal balance)
    {
        var sql = Queries.UpdateBalance;
        var parameters = new DynamicParameters();
        parameters.Add("@Balance", balance);
        parameters.Add("@Updated", System.DateTime.UtcNow);
        parameters.Add("@AccountNumber", accountNumber);
        await _runner.ExecuteSqlAsync(sql, {|FG3002:parameters|});
    }

    public async Task Lock(string accountNumber)
    {
        var parameters = new DynamicParameters();
        parameters.Add("@AccountNumber", accountNumber);
        await _runner.ExecuteSqlAsync(Queries.LockAccount, parameters);
    }

    public Task<int> Record(Transfer transfer)
    {
        var sql = "INSERT INTO Transfers (FromAccount, ToAccount, Amount) VALUES (@FromAccount, @ToAccount, @Amount)";
        return _db.ExecuteAsync(sql, {|FG3001:{|FG3001:transfer|}|});
    }
}
""");
}
