using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 23): a const password that its own type writes after a connection string's Password= (or pwd=)
/// key is the database login, whatever it reads like. A const password used elsewhere (a seeded account's, a passphrase),
/// a stand-in, and a const written after another key stay unreported.
/// </summary>
public class ConstPasswordInConnectionStringTests
{
    [Fact]
    public Task Const_passwords_concatenated_into_connection_strings_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
public class OrdersDatabase
{
    private const string USERNAME = "SYSDBA";
    private const string PASSWORD = {|FG4001:"kestrelwood"|};
    private const string ReportsPwd = {|FG4001:"Vq82mzk"|};

    public string Orders(string host)
    {
        string connectionString = "";
        connectionString += "User=" + USERNAME + "; ";
        connectionString += "Password=" + PASSWORD + "; ";
        return connectionString + "DataSource=" + host;
    }

    public string Reports(string host) => "Server=" + host + ";uid=report;pwd = " + ReportsPwd;
}
""");

    [Fact]
    public Task Const_passwords_used_otherwise_and_stand_ins_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
public class AccountDefaults
{
    public const string DefaultPassword = "kestrelwood";
    private const string Password = "kestrelwood";
    private const string DbPassword = "<db-password>";
    private const string AdminPassword = "mypassword";

    public string Label() => "Password: " + Password;
    public string Template() => "Password=" + DbPassword + ";" + "Pwd=" + AdminPassword;
    public string Hint(string user) => "Initial password=" + DefaultPassword.Length + " characters for " + user;
}
""");
}
