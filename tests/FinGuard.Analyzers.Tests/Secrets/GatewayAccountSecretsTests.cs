using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 17): a virtual POS's 3D store key is judged as a password (chosen and typed, 8 characters of
/// letters and digits), a merchant's or terminal's password as a committed password (digits included), an API key
/// written beside the secret it is paired with is the pair's public half, and the password of a command that registers a
/// user is a seeded account's. Look-alikes: short and masked store keys, a digit password under a user's password name,
/// an API key alone or beside a placeholder secret, a login request's password.
/// </summary>
public class GatewayAccountSecretsTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Payments.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Store_keys_and_merchant_passwords_are_reported() => VerifyAsync("""
using System.Collections.Generic;

public class VirtualPos
{
    public Dictionary<string, string> Parameters => new Dictionary<string, string>
    {
        { "clientId", "190100000" },
        { "storeKey", {|FG4001:"QPLM4821"|} },
        { "merchantPassword", {|FG4001:"583920"|} },
    };

    public string Hash(string orderId)
    {
        string storeKey = {|FG4001:"KRVX2093"|};
        string terminalPassword = {|FG4001:"773104"|};
        return orderId + storeKey + terminalPassword;
    }
}
""");

    [Fact]
    public Task Short_or_masked_store_keys_and_user_digit_passwords_are_not_reported() => VerifyAsync("""
using System.Collections.Generic;

public class VirtualPos
{
    public const string StoreKeyVariable = "POS_STORE_KEY";

    public Dictionary<string, string> Parameters => new Dictionary<string, string>
    {
        { "storeKey", "1" },
        { "storeKey2", "*****" },
        { "merchantPassword", "0000" },
        { "password", "583920" },
    };

    public string Hash(string orderId)
    {
        string strStoreKey = "***";
        string storeKeyName = "StoreKey";
        string userPassword = "583920";
        return orderId + strStoreKey + storeKeyName + userPassword;
    }
}
""");

    [Fact]
    public Task An_api_key_beside_its_paired_secret_is_not_reported_and_the_secret_is() => VerifyAsync("""
public class Options
{
    public string ApiKey { get; set; }
    public string SecretKey { get; set; }
    public string BaseUrl { get; set; }
}

public class Checkout
{
    public Options Initializer() => new Options
    {
        ApiKey = "sandbox-Q7wLk2PzR9mXc4TvB8nYh3Jd6FsA1eGu",
        SecretKey = {|FG4001:"sandbox-Zt5Hq8WmK3xNb7RcL2vPy9DjF4gS6aUe"|},
        BaseUrl = "https://sandbox-api.example.com",
    };

    public Options Statements()
    {
        var options = new Options();
        options.ApiKey = "sandbox-M3nB7vC2xZ9lK4jH8gF6dS1aQ5wE0rTy";
        options.SecretKey = {|FG4001:"sandbox-P0oI9uY8tR7eW6qA5sD4fG3hJ2kL1mNb"|};
        return options;
    }
}
""");

    [Fact]
    public Task An_api_key_alone_or_beside_a_placeholder_secret_is_reported() => VerifyAsync("""
public class Options
{
    public string ApiKey { get; set; }
    public string SecretKey { get; set; }
}

public class Checkout
{
    public Options Alone() => new Options { ApiKey = {|FG4001:"Q7wLk2PzR9mXc4TvB8nYh3Jd6FsA1eGu"|} };

    public Options BesidePlaceholder() => new Options { ApiKey = {|FG4001:"M3nB7vC2xZ9lK4jH8gF6dS1aQ5wE0rTy"|}, SecretKey = "<your secret key>" };

    public Options OtherReceiver(Options other)
    {
        var options = new Options();
        options.ApiKey = {|FG4001:"Z9xC8vB7nM6aS5dF4gH3jK2lQ1wE0rTy"|};
        other.SecretKey = {|FG4001:"P0oI9uY8tR7eW6qA5sD4fG3hJ2kL1mNb"|};
        return options;
    }
}
""");

    [Fact]
    public Task A_registration_commands_password_is_seed_data_and_a_login_requests_is_not() => VerifyAsync("""
public class RegisterUserInternalCommand
{
    public string FullName { get; set; }
    public string Email { get; set; }
    public string Password { get; set; }
}

public class LoginRequest
{
    public string Email { get; set; }
    public string Password { get; set; }
}

public class Seeder
{
    public object Admin() => new RegisterUserInternalCommand { FullName = "System Admin", Password = "Kq4w7e2r*_*", Email = "admin@shop.example" };

    public object Login() => new LoginRequest { Email = "ops@shop.example", Password = {|FG4001:"Kq4w7e2r*_*"|} };
}
""");
}
