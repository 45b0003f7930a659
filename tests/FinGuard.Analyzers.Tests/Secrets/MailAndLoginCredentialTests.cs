using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 on credentials that several code bases write the same way: an SMTP account's app password in a credential
/// constructor (16 lower-case letters, no digit), a generated key of letters only under a key's name, a password as a
/// parameter's default value, a login checked against a user name and a password written in code, and a
/// <c>user:password</c> pair encoded for an <c>Authorization: Basic</c> header. Look-alikes: words and stand-ins in the
/// same places, a weak-password check, a password compared with another variable, identifiers of letters, and pairs that
/// are not credentials (<c>"orders:summary"</c>, a time, a URL).
/// </summary>
public class MailAndLoginCredentialTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Mail.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task App_passwords_and_generated_letter_keys_are_reported() => VerifyAsync("""
using System.Net;
using System.Net.Http;
using System.Net.Mail;

public class Notifier
{
    public void Send(MailMessage message, HttpClient http)
    {
        var smtp = new SmtpClient("smtp.gmail.com")
        {
            Port = 587,
            Credentials = new NetworkCredential("orders.shop@gmail.com", {|FG4001:"pbrefpnkjjixxuim"|}),
            EnableSsl = true,
        };
        smtp.Send(message);
        var grouped = new NetworkCredential("orders.shop@gmail.com", {|FG4001:"pbre fpnk jjix xuim"|});
        http.DefaultRequestHeaders.Add("MerchantKey", {|FG4001:"NYIBIDBVJUEHINQKGYLZNAZYUMRRGXCBXNOTYEUJ"|});
        string smtpPassword = {|FG4001:"qhvz-kdxw-pmtr-bnlc"|};
        System.Console.WriteLine(grouped.Password + smtpPassword);
    }

    public static void Notify(string to, string password = {|FG4001:"Harbour2023mail"|}, string subject = "Receipt")
    {
        System.Console.WriteLine(to + password + subject);
    }
}
""");

    [Fact]
    public Task Words_stand_ins_and_letter_identifiers_in_the_same_places_are_not_reported() => VerifyAsync("""
using System.Net;
using System.Net.Http;

public class Notifier
{
    public void Send(HttpClient http)
    {
        var a = new NetworkCredential("orders.shop@gmail.com", "password");
        var b = new NetworkCredential("orders.shop@gmail.com", "mysecretpassword");
        var c = new NetworkCredential("orders.shop@gmail.com", "your-app-password");
        var d = new NetworkCredential("orders.shop@gmail.com", "SMTP_APP_PASSWORD");
        http.DefaultRequestHeaders.Add("MerchantKey", "THISISMYMERCHANTKEYFORTHEAPPLICATION");
        http.DefaultRequestHeaders.Add("X-Api-Key", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
        string apiKeyHeader = "AUTHORIZATIONHEADERNAMEFORTHEGATEWAY";
        string clientSecret = "restaurantsecret";
        System.Console.WriteLine(clientSecret);
        System.Console.WriteLine(a.Password + b.Password + c.Password + d.Password + apiKeyHeader);
    }

    public static void Notify(string to, string password = "", string subject = "Receipt", string sender = "Harbour2023mail")
    {
        System.Console.WriteLine(to + password + subject + sender);
    }
}
""");

    [Fact]
    public Task Logins_checked_against_credentials_in_code_are_reported() => VerifyAsync("""
public record LoginModel(string UserName, string Password, string Email);

public class AuthService
{
    public bool Login(LoginModel user, string username, string password, string email)
    {
        if (user.UserName == "dispatcher" && user.Password == {|FG4001:"harbourlights"|})
        {
            return true;
        }

        if (email != "admin@example.org" || password != {|FG4001:"654321"|})
        {
            return false;
        }

        return ("backoffice" == username) && ({|FG4001:"Kx@2024admin"|} == password);
    }
}
""");

    [Fact]
    public Task Password_checks_that_are_not_logins_are_not_reported() => VerifyAsync("""
public class PasswordPolicy
{
    public string? Validate(string username, string password, string confirmPassword, string role)
    {
        if (password == "123456" || password == "qwerty")
        {
            return "too common";
        }

        if (username == "admin" && password == confirmPassword)
        {
            return "ok";
        }

        if (role == "guest" && password == "")
        {
            return "empty";
        }

        if (username == "" || password == "")
        {
            return "required";
        }

        return username == "root" && password == "********" ? "masked" : null;
    }
}
""");

    [Fact]
    public Task Basic_authentication_pairs_in_code_are_reported() => VerifyAsync("""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

public class StatementClient
{
    public void Configure(HttpRequestMessage request, System.Net.WebRequest web)
    {
        var bytes = Encoding.ASCII.GetBytes({|FG4001:"svc-7f3e21a9:Qm4tLp8Wz2"|});
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes));
        web.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes({|FG4001:"svc-7f3e21a9:Qm4tLp8Wz2"|}));
        string authInfo = "svc-7f3e21a9" + ":" + {|FG4001:"Qm4tLp8Wz2"|};
        authInfo = Convert.ToBase64String(Encoding.Default.GetBytes(authInfo));
        Console.WriteLine(authInfo);
    }
}
""");

    [Fact]
    public Task Pairs_that_are_not_basic_credentials_are_not_reported() => VerifyAsync("""
using System;
using System.Text;

public class Encoder
{
    public string[] Encode(string user, string secret)
    {
        return new[]
        {
            Convert.ToBase64String(Encoding.UTF8.GetBytes("username:password")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes("orders:summary:2024")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes("https://pay.example.org/v2")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + secret)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes("svc-7f3e21a9:<your password>")),
            Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("svc-7f3e21a9:Qm4tLp8Wz2")),
        };
    }
}
""");

    [Fact]
    public Task Mail_credentials_in_test_code_are_not_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/tests/Shop.Tests/MailTests.cs", """
using System.Net;

public class MailTests
{
    public NetworkCredential Credential() => new NetworkCredential("orders.shop@gmail.com", "pbrefpnkjjixxuim");

    public bool Login(string username, string password) => username == "tester" && password == "harbourlights";
}
"""));
        return test.RunAsync();
    }
}
