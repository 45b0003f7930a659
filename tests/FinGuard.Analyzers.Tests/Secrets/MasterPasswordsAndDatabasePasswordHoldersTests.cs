using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 24): a password compared with a literal in a method that logs users in (a master password
/// accepted for every account), a login checked on form controls' trimmed text (<c>txtPassword.Text.Trim() == "1234"</c>),
/// and a database password held in a field, local or parameter that its type writes after a connection string's
/// Password=/Pwd= key, or written there as a conditional's fallback, short values included. Look-alikes: the same
/// comparisons outside a login, other controls' text, values written after other keys, and stand-ins.
/// </summary>
public class MasterPasswordsAndDatabasePasswordHoldersTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Accounts.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Master_passwords_and_control_logins_are_reported() => VerifyAsync("""
public class TextBox { public string Text { get; set; } = ""; }
public class StaffAccounts
{
    private readonly TextBox txtUsername = new TextBox();
    private readonly TextBox txtPassword = new TextBox();

    public bool AuthenticateStaff(string email, string password, string hash)
    {
        var isRootLogin = {|FG4001:"9902741"|} == password;
        return isRootLogin || hash == password;
    }

    public bool SignIn(string password) => password == {|FG4001:"0451"|};

    public string LoginClicked()
    {
        if (txtUsername.Text.Trim().ToLower() == "admin" && txtPassword.Text.Trim() == {|FG4001:"1234"|})
        {
            return "dashboard";
        }

        return "login";
    }
}
""");

    [Fact]
    public Task Password_comparisons_outside_logins_are_not_reported() => VerifyAsync("""
public class TextBox { public string Text { get; set; } = ""; }
public class PasswordRules
{
    private readonly TextBox txtPassword = new TextBox();
    private readonly TextBox txtSearch = new TextBox();

    public bool IsTooCommon(string password) => password == "123456" || password == "qwerty";
    public bool ChangePassword(string password) => password != "1234";
    public bool Login(string password) => password == "";
    public bool LoginHint(string password) => password == "<password>";
    public bool SearchClicked() => txtSearch.Text.Trim() == "1234" && txtPassword.Text.Length > 3;
    public bool Weak() => txtPassword.Text.Trim() == "1234";
}
""");

    [Fact]
    public Task Database_passwords_held_and_written_after_a_password_key_are_reported() => VerifyAsync("""
public static class PosDatabase
{
    static string _dataSource = "till-01:1521/XE";
    static string _userId = "POS";
    static string _password = {|FG4001:"731"|};

    static string Oracle() => "Data Source=" + _dataSource + ";User Id=" + _userId + ";Password=" + _password + ";";

    public static string MySql(string server, string username = "", string password = "")
    {
        if (string.IsNullOrEmpty(password)) password = {|FG4001:"tillpw"|};
        return "Server=" + server + ";Uid=" + (string.IsNullOrEmpty(username) ? "POSUser" : username) +
               ";Pwd=" + (string.IsNullOrEmpty(password) ? {|FG4001:"tillpw"|} : password) + ";";
    }
}
""");

    [Fact]
    public Task Values_written_after_other_keys_and_stand_ins_are_not_reported() => VerifyAsync("""
public static class ReportsDatabase
{
    static string _password = "****";
    static string _user = "reporter";
    static string _timeout = "180";
    static string _dbPassword = "<password>";

    static string Build(string server, string password) =>
        "Server=" + server + ";Uid=" + (string.IsNullOrEmpty(_user) ? "guest" : _user) + ";Timeout=" + _timeout +
        ";Password=" + _password + ";Pwd=" + _dbPassword + ";Label=" + (password == null ? "abc" : "def");

    static string Hint(string password) => "Password: " + (password ?? "none");
}
""");

    [Fact]
    public Task A_login_method_compares_what_the_user_typed_not_a_record_loaded_before() => VerifyAsync("""
public class LoginUser { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }
public class UserRecord { public string PassWord { get; set; } = ""; public void Read(string user) { } }
public class LoginPage
{
    private readonly UserRecord Us = new UserRecord();

    public bool AdminLogIn(LoginUser isAdmin) => isAdmin.Password == {|FG4001:"23578951"|};

    public bool LoginTyped(LoginUser form)
    {
        string password = form.Password.Trim();
        return password == {|FG4001:"7319"|};
    }

    public string LoginButtonClick(string user)
    {
        Us.Read(user);
        if (Us.PassWord == "99RESET9")
        {
            return "change your password";
        }

        return "home";
    }
}
""");
}
