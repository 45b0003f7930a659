using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 21: the institution's own books (general-ledger, nostro, vostro and suspense accounts and
/// their balances) are not customer account data; Dapper parameters built first as an anonymous object in a local and
/// passed through the application's Insert/Update wrapper, with the SQL kept in a static read-only field, are writes;
/// and national ids under more local names (Russia's INN, the Turkish vergi numarasi, a holder's identity number).
/// </summary>
public class UnencryptedFinancialFieldOwnBooksAndDapperLocalsTests
{
    [Fact]
    public Task Customer_balances_and_accounts_beside_the_banks_own_books_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data.SqlClient;
public class CustomerAccountWriter
{
    public void Save(SqlConnection conn, string custAccountNo, decimal currentBalance, string nostroAccountNo, decimal glBalance)
    {
        var cmd = new SqlCommand("INSERT INTO CustomerAccounts (AccountNo, CurrentBalance, NostroAccountNo, GlBalance) VALUES (@AccountNo, @CurrentBalance, @NostroAccountNo, @GlBalance)", conn);
        {|FG3001:cmd.Parameters.AddWithValue("@AccountNo", custAccountNo)|};
        {|FG3002:cmd.Parameters.AddWithValue("@CurrentBalance", currentBalance)|};
        cmd.Parameters.AddWithValue("@NostroAccountNo", nostroAccountNo);
        cmd.Parameters.AddWithValue("@GlBalance", glBalance);
        cmd.ExecuteNonQuery();
    }
}
""" + SqlClientStandIn);

    [Fact]
    public Task General_ledger_nostro_vostro_and_suspense_balances_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
public class GlAccount
{
    public int Id { get; set; }
    public decimal Balance { get; set; }
}
public class ReconciliationCycle
{
    public int Id { get; set; }
    public decimal GL_Balance { get; set; }
    public decimal GlTodaysBalance { get; set; }
    public decimal NostroBalance { get; set; }
    public decimal VostroClosingBalance { get; set; }
    public decimal SuspenseBalance { get; set; }
    public decimal GeneralLedgerBalance { get; set; }
    public string SuspenseAccountNo { get; set; } = "";
    public string VostroAccountNumber { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<GlAccount> GlAccounts { get; set; } = null!;
    public DbSet<ReconciliationCycle> Cycles { get; set; } = null!;
}
public class CycleWriter
{
    public void Save(SqlConnection conn, decimal glBalanceAtCutOff, decimal glYesterdaysBalance)
    {
        var cmd = new SqlCommand("UPDATE Cycles SET Gl_Balance_At_CutOff = @Gl_Balance_At_CutOff, GlYesterdaysBalance = @GlYesterdaysBalance WHERE Id = 1", conn);
        cmd.Parameters.AddWithValue("@Gl_Balance_At_CutOff", glBalanceAtCutOff);
        cmd.Parameters.AddWithValue("@GlYesterdaysBalance", glYesterdaysBalance);
        cmd.ExecuteNonQuery();
    }
}
""" + SqlClientStandIn);

    [Fact]
    public Task Anonymous_parameters_in_a_local_through_an_insert_wrapper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data;
using Dapper;
public class Account
{
    public static readonly string INSERT = "INSERT INTO Account (AccountNumber, Balance, Profile) "
        + "VALUES (@AccountNumber, @Balance, @Profile)";
    public string Number { get; set; } = "";
    public decimal Balance { get; set; }
    public string Profile { get; set; } = "";
}
public static class DbUtils
{
    public static IDbConnection Connection = null!;
    public static bool Insert(string query, object obj) => Connection.Execute(query, obj) > 0;
}
public class AccountRepository
{
    public void Add(Account account)
    {
        object accountObj = new
        {
            {|FG3001:AccountNumber = account.Number|},
            {|FG3002:Balance = account.Balance|},
            Profile = account.Profile,
        };
        DbUtils.Insert(Account.INSERT, accountObj);
    }

    public void AddEmployee(IDbConnection connection, string name, string cpf)
    {
        string query = "INSERT INTO Employee (Name, CPF) VALUES (@Name, @CPF)";
        object obj = new { Name = name, {|FG3001:CPF = cpf|} };
        connection.Execute(query, obj);
    }
}
""");

    [Fact]
    public Task Anonymous_parameters_in_a_local_that_only_find_the_row_or_go_elsewhere_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Data;
using Dapper;
public class Account
{
    public static readonly string FIND = "SELECT * FROM Account WHERE AccountNumber = @AccountNumber";
    public static readonly string APPROVE = "UPDATE Account SET Approved = 1 WHERE AccountNumber = @AccountNumber";
    public string Number { get; set; } = "";
}
public static class DbUtils
{
    public static IDbConnection Connection = null!;
    public static bool Insert(string query, object obj) => Connection.Execute(query, obj) > 0;
    public static object Find(string query, object obj) => Connection.QueryFirst(query, obj);
}
// An Insert method that does not hand the SQL and the object on to Dapper is not a Dapper write.
public static class Outbox
{
    public static void Insert(string topic, object message) { }
}
public class AccountRepository
{
    public void Approve(Account account)
    {
        object key = new { AccountNumber = account.Number };
        DbUtils.Insert(Account.APPROVE, key);
        DbUtils.Find(Account.FIND, key);
        object message = new { AccountNumber = account.Number };
        Outbox.Insert("INSERT INTO Accounts (AccountNumber) VALUES (@AccountNumber)", message);
    }
}
""");

    [Fact]
    public Task Inn_vergi_numarasi_and_a_holders_identity_number_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class LegalEntity
{
    public int Id { get; set; }
    public long {|FG3001:INN|} { get; set; }
    public string {|FG3001:ClientINN|} { get; set; } = "";
    public string {|FG3001:InnNumber|} { get; set; } = "";
}
public class Cari
{
    public int Id { get; set; }
    public string {|FG3001:VergiNo|} { get; set; } = "";
    public string {|FG3001:VergiKimlikNo|} { get; set; } = "";
    public string VergiDairesi { get; set; } = "";
}
public class Users
{
    public int UserId { get; set; }
    public string {|FG3001:UserIdentityNumber|} { get; set; } = "";
    public string UserName { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<LegalEntity> LegalEntities { get; set; } = null!;
    public DbSet<Cari> Cariler { get; set; } = null!;
    public DbSet<Users> Users { get; set; } = null!;
}
""");

    [Fact]
    public Task Look_alikes_of_inn_vergi_and_identity_numbers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.EntityFrameworkCore;
public class Hotel
{
    public int Id { get; set; }
    // An inn is a hotel; InnerText and Winner only contain the letters.
    public string Inn { get; set; } = "";
    public string InnName { get; set; } = "";
    public string InnerText { get; set; } = "";
    public string WINNER { get; set; } = "";
    public string Winner { get; set; } = "";
    public string VergiDairesi { get; set; } = "";
    public decimal VergiOrani { get; set; }
    // A user's id number is as often the row's own number.
    public string UserIdNumber { get; set; } = "";
    public string UserIdentityType { get; set; } = "";
}
public class Db : DbContext
{
    public DbSet<Hotel> Hotels { get; set; } = null!;
}
""");

    private const string SqlClientStandIn = """

namespace System.Data.SqlClient
{
    public sealed class SqlConnection { }
    public sealed class SqlParameter { }
    public sealed class SqlParameterCollection { public SqlParameter AddWithValue(string name, object value) => new SqlParameter(); }
    public sealed class SqlCommand
    {
        public SqlCommand(string text, SqlConnection connection) { }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
    }
}
""";
}
