using FinGuard.Analyzers.Secrets;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 16): values typed by counting (<c>k1l2m3n4…</c> on seed rows) are not generated secrets; the bare
/// token of a processor's notification is its signature; a password named at a call that creates a user is a seeded
/// account's; names that copy a secret with a letter or misspell it still name a secret, and a bare Key beside a merchant
/// id is the merchant's key. Each with look-alikes.
/// </summary>
public class CountedValuesAndMessageTokensTests
{
    [Theory]
    [InlineData("k3l4m5n6o7p8q9r0s1t2u3v4w5x6y7z8")]
    [InlineData("b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6")]
    [InlineData("h2i3j4k5l6m7n8o9p0q1r2s3t4u5v6w7")]
    [InlineData("c5d6e7f8g9h0i1j277k3l4m5n6o7p8q9")]
    [InlineData("abcdefghij0123456789klmnop")]
    [InlineData("0123456789ABCDEF0123456789abcdef")]
    public void Counted_values_are_recognised(string value) => Assert.True(SecretFormats.IsCountedPattern(value));

    [Theory]
    [InlineData("gq7TxWc2YzFmRa0kORfX0te7zlosLxZ4")]
    [InlineData("4f9c2a7e81d03b6f5e2c9a1d7b8e0f3a")]
    [InlineData("q8Zr2LmP5vXn1TcK7wYb3HdJ9sFg4Ua6")]
    [InlineData("wenz4kar8pul2dox6tim3ruv9sey5jaq")]
    [InlineData("a1b2c3")]
    public void Generated_and_short_values_are_not_counted(string value) => Assert.False(SecretFormats.IsCountedPattern(value));

    // Seed rows of a simulated bank give each card a processor token made up by counting: not a credential. A token
    // drawn at random under the same name, and a counted value under an encryption key's name (the key in use), are.
    [Fact]
    public Task Counted_tokens_on_seed_rows_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Collections.Generic;
public class BankCard { public string Holder { get; set; } public string ProcessorToken { get; set; } }
public static class SeedCards
{
    public static List<BankCard> All() => new List<BankCard>
    {
        new BankCard { Holder = "Ada Vance", ProcessorToken = "k3l4m5n6o7p8q9r0s1t2u3v4w5x6y7z8" },
        new BankCard { Holder = "Rui Okafor", ProcessorToken = "b1c2d3e4f5g6h7i8j9k0l1m2n3o4p5q6" },
        new BankCard { Holder = "Lena Moss", ProcessorToken = "c5d6e7f8g9h0i1j277k3l4m5n6o7p8q9" },
        new BankCard { Holder = "Ola Brandt", ProcessorToken = {|FG4001:"q8Zr2LmP5vXn1TcK7wYb3HdJ9sFg4Ua6"|} },
    };
}
public class Vault
{
    private const string EncryptionKey = {|FG4001:"a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6"|};
}
""");

    // new PaymentNotification { Token = "…" } is the signature a processor puts on the message, written to test the
    // check that verifies it. The same token on a client's settings, and an access token on a notification, are credentials.
    [Fact]
    public Task Bare_tokens_of_processor_notifications_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class PaymentNotification { public string Status { get; set; } public string Token { get; set; } public string AccessToken { get; set; } }
public class WebhookCallbackRequest { public string Token { get; set; } }
public class GatewaySettings { public string Token { get; set; } }
public static class Samples
{
    public static object Signed() => new PaymentNotification { Status = "CONFIRMED", Token = "3e7a91c04f5b28d6e1a7c3f9b0d24e8a6c1f5b7d9e2a4c6f8b0d1e3a5c7f9b2d" };
    public static object Callback() => new WebhookCallbackRequest { Token = "8c2f0d4b6a1e9f3c7d5b2a0e8f6c4d1b3a9e7f5c2d0b8a6e4f1c3d9b7a5e2f0c" };
    public static object Settings() => new GatewaySettings { Token = {|FG4001:"3e7a91c04f5b28d6e1a7c3f9b0d24e8a6c1f5b7d9e2a4c6f8b0d1e3a5c7f9b2d"|} };
    public static object Leaked() => new PaymentNotification { AccessToken = {|FG4001:"q8Zr2LmP5vXn1TcK7wYb3HdJ9sFg4Ua6"|} };
}
""");

    // userManager.CreateAsync(user, password: "…") seeds a demo account, as the same literal passed by position does; a
    // password named at a login or connection call is the credential that call uses.
    [Fact]
    public Task Passwords_named_at_user_creation_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
public class AppUser { public string Email { get; set; } }
public class Seeder
{
    private readonly UserManager<AppUser> _users;
    private readonly FtpClient _ftp;
    public Seeder(UserManager<AppUser> users, FtpClient ftp) { _users = users; _ftp = ftp; }
    public async Task SeedAsync()
    {
        await _users.CreateAsync(new AppUser { Email = "admin@shop.example" }, password: "-Rtyrty789");
        _ftp.Connect("files.example.org", password: {|FG4001:"Kp7!vQ2xMz9w"|});
    }
}
""");

    // SecretA, SecretB: the second of two keys is named with a letter as Secret2 is with a digit; SERECT_KEY and
    // AppSecert misspell the word. Names that only end in a capital (SecretSHA) or hold no secret word stay silent.
    [Fact]
    public Task Copied_and_misspelled_secret_names_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class WorkApp
{
    private const string CorpId = "wq480b7545345a38f9";
    private const string Secret = {|FG4001:"Hk3Vn9QpXw2LmZr7TcBy5JdFs8GaUe4NoP1"|};
    private const string SecretA = {|FG4001:"pT6wKr1vQz8LmXn3YcHb7JdGs2FaUe9NoR4"|};
    public const string SERECT_KEY = {|FG4001:"Mx4Tq9Zr2LwP7vKn1YcHb6JdGs3FaUe8No"|};
    public const string AppSecert = {|FG4001:"Rz5Wq8Tn1LvP4xKm7YcHb2JdGs9FaUe3No"|};
    public const string RegionA = "Zr2LwP7vKn1YcHb6JdGs3FaUe8NoMx4Tq9";
    public const string SecretSeriesB = "winter";
}
""");

    // WxPayConfig { APPID, MCHID, KEY, APPSECRET }: a bare Key beside a merchant id is the merchant's API key, also when
    // typed as a repeated block. A bare Key elsewhere (a cache key, a resource key) and a short or placeholder value stay silent.
    [Fact]
    public Task A_bare_key_beside_a_merchant_id_is_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class PayConfig
{
    public const string Appid = "wx7c31a5b09d2e4f68";
    public const string Mchid = "1427751903";
    public const string Key = {|FG4001:"tian3di4tian3di4tian3di4tian3di4"|};
}
public class SandboxPayConfig
{
    public const string MerchantId = "1427751903";
    public const string KEY = "your_merchant_api_key_here_32chr";
}
public class CacheNames
{
    public const string Region = "eu-west";
    public const string Key = "orders7cache2v9blob4list8idx3zq";
}
""");

    [Theory]
    [InlineData("Server=192.168.2.35;Database=Shop;Username=postgres;Password=1;", true)]
    [InlineData("Server=localhost;Database=Shop;Username=postgres;Password=1;", false)]
    [InlineData("Server=192.168.2.35;Database=Shop;Username=postgres;Password=*;", false)]
    [InlineData("Server=192.168.2.35;Database=Shop;Username=postgres;Password=x;", false)]
    public void A_lone_digit_is_a_password(string value, bool expected) => Assert.Equal(expected, SecretFormats.HasConnectionStringPassword(value));

    [Theory]
    [InlineData("Server=127.0.0.1;Database=Shop;User Id=sa;Password=Rw!71xq;", true)]
    [InlineData("Data Source=.\\SQLEXPRESS;Initial Catalog=Shop;User Id=sa;Password=Rw!71xq;", true)]
    [InlineData("Host=localhost;Port=5432;Database=shop;Username=app;Password=Rw!71xq", true)]
    [InlineData("postgres://app:Rw!71xq@localhost:5432/shop", true)]
    [InlineData("Server=203.0.113.40;Database=Shop;User Id=sa;Password=Rw!71xq;", false)]
    [InlineData("postgres://app:Rw!71xq@db.example.org:5432/shop", false)]
    [InlineData("Database=Shop;User Id=sa;Password=Rw!71xq;", false)]
    public void Local_servers_are_recognised_in_connection_strings(string value, bool expected) => Assert.Equal(expected, SecretFormats.IsLocalServerConnectionString(value));
}
