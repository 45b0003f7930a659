using FinGuard.Analyzers.Secrets;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class SecretLiteralAnalyzerTests
{
    private static Task VerifyWithSdksAsync(string source, string? editorConfig = null)
    {
        var test = new VerifyCS.Test { TestCode = source };
        test.TestState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        if (editorConfig != null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Stripe_live_restricted_and_webhook_keys_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
public class StripeSetup
{
    private const string Key = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
    private static readonly string Restricted = {|FG4001:"rk_live_9aZ3kLmQ2wErTy7UiOp4SdFg"|};
    public void Configure(HttpClient http)
    {
        http.DefaultRequestHeaders.Add("Authorization", {|FG4001:"Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dcA"|});
        string webhook = {|FG4001:@"whsec_8f3KqP1xZc7VbN2mLr5TgHy6"|};
    }
}
""");

    [Fact]
    public Task Stripe_test_keys_are_a_separate_lower_severity_rule() => VerifyCS.VerifyAnalyzerAsync("""

public class StripeSetup
{
    public string SecretKey = {|FG4002:"sk_test_4eC39HqLyjWDarjtT1zdp7dc"|};
    public string Restricted = {|FG4002:"rk_test_51HqLyjWDarjtT1zdp7dcQ9x"|};
}
""");

    [Fact]
    public Task Literals_in_sdk_credential_slots_are_reported() => VerifyWithSdksAsync("""

using Stripe;
public class PaymentSetup
{
    public void Configure()
    {
        StripeConfiguration.ApiKey = {|FG4001:"my-stripe-production-key"|};
        var client = new StripeClient({|FG4001:"k3y-from-dashboard"|});
        var options = new RequestOptions { ApiKey = {|FG4001:"connected-account-key"|} };
        var gateway = new Braintree.BraintreeGateway { Environment = Braintree.Environment.PRODUCTION, MerchantId = "m1", PublicKey = "pub123", PrivateKey = {|FG4001:"b7c1e9f0a2d4"|} };
        var gateway2 = new Braintree.BraintreeGateway(Braintree.Environment.SANDBOX, "merchant", "public", privateKey: {|FG4001:"0f9e8d7c6b5a"|});
        var adyen = new Adyen.Config { XApiKey = {|FG4001:"AQEyhmfxK4PJahRCw0m"|}, MerchantAccount = "ShopECOM" };
        var plaid = new Going.Plaid.PlaidClient(Going.Plaid.Environment.Sandbox, clientId: "5f1b2c3d", secret: {|FG4001:"a1b2c3d4e5f6a7b8c9d0"|});
        var plaidOptions = new Going.Plaid.PlaidOptions { ClientId = "5f1b2c3d", Secret = {|FG4001:"e5f6a7b8c9d0a1b2c3d4"|} };
        var checkout = new Checkout.CheckoutDefaultSdk.StaticKeysCheckoutSdkBuilder().PublicKey("pk_sbox_vifq7ttmts42gxjk").SecretKey({|FG4001:"sk_sbox_coj3lh7xqkjsrom3m7ht"|});
        const string localKey = "a9b8c7d6e5f4";
        var adyen2 = new Adyen.Config { Password = {|FG4001:localKey|} };
        var gateway3 = new Braintree.BraintreeGateway { PrivateKey = {|FG4001:Keys.BraintreePrivate|} };
        var gateway4 = new Braintree.BraintreeGateway { PrivateKey = Keys.FromEnvironment };
    }
}
public static class Keys
{
    public const string BraintreePrivate = "0f9e8d7c6b5a4f3e";
    public static readonly string FromEnvironment = System.Environment.GetEnvironmentVariable("BRAINTREE_PRIVATE_KEY") ?? "";
}
""");

    [Fact]
    public Task Connection_strings_with_a_password_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Db
{
    public string Payments = {|FG4001:"Server=sql.internal;Database=Payments;User Id=app;Password=S3cr3t!Pass;"|};
    public string Ledger = {|FG4001:"Host=pg;Port=5432;Username=ledger;Pwd='p@ss;word'"|};
    public string Cache = {|FG4001:"redis://default:Zx8Qp2Lm@cache.internal:6379"|};
}
""");

    [Fact]
    public Task Look_alikes_and_placeholders_are_not_reported() => VerifyWithSdksAsync("""

using System;
using Stripe;
public class Lookalikes
{
    public string Publishable = "pk_live_51HqLyjWDarjtT1zdp7dc9QxZ";
    public string PublishableTest = "pk_test_51HqLyjWDarjtT1zdp7dc9QxZ";
    public string Doc = "Set STRIPE_SECRET_KEY to your sk_live_... key";
    public string Example = "sk_test_...";
    public string Masked = "sk_live_****************";
    public string Short = "sk_live_abc";
    public string Sequential = "sk_live_aaaaaaaaaaaaaaaaaaaaaaaa";
    public string Placeholder = "sk_live_YOUR_KEY_HERE";
    public string Xs = "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX";
    public string Prefix = "sk_live_";
    public string Identifier = "ask_live_51HqLyjWDarjtT1zdp7dc9QxZ";
    public string ProductCard = "ProductCard";
    public string GiftCardCode = "GIFT-2024-XYZ";
    public string PaymentIntent = "pi_3MtwBwLkdIwHu7ix28a3tqPa";
    public string Customer = "cus_NffrFeUfNV2Hib";
    public string Integrated = "Server=sql;Database=Payments;Integrated Security=true;";
    public string EmptyPassword = "Server=sql;Database=Payments;User Id=sa;Password=;";
    public string TemplatedPassword = "Server=sql;Database=Payments;User Id=sa;Password=${DB_PASSWORD};";
    public string NotAConnectionString = "password=hunter22";
    public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        StripeConfiguration.ApiKey = configuration["Stripe:SecretKey"];
        StripeConfiguration.ApiKey = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY");
        StripeConfiguration.ApiKey = "";
        StripeConfiguration.ApiKey = "<your secret key>";
        StripeConfiguration.ApiKey = "${STRIPE_SECRET_KEY}";
        StripeConfiguration.ApiKey = "#{StripeSecret}#";
        var client = new StripeClient("pk_live_51HqLyjWDarjtT1zdp7dc9QxZ");
        var gateway = new Braintree.BraintreeGateway { MerchantId = "merchant-42", PublicKey = "pub-key-42" };
        var plaid = new Going.Plaid.PlaidClient(Going.Plaid.Environment.Sandbox, clientId: "5f1b2c3d4e");
        var mine = new MyOptions { ApiKey = "not-an-sdk-slot" };
    }
}
public class MyOptions { public string ApiKey { get; set; } = ""; }
""");

    [Fact]
    public Task Test_code_may_hold_test_keys_and_fixture_credentials_but_never_live_keys() => VerifyWithSdksAsync("""

using Stripe;
public class StripeFixture
{
    public string Test = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";
    public string Live = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
    public string Db = "Server=localhost;Database=Test;User Id=sa;Password=Test123!;";
    public void Setup() => StripeConfiguration.ApiKey = "fixture-key-123";
}
""", "finguard.secrets.is_test_code = true\n");

    [Fact]
    public Task Half_typed_code_does_not_crash()
    {
        var test = new VerifyCS.UnresolvedTest(withPackages: true)
        {
            TestCode = """

public class C
{
    public void M()
    {
        Stripe.StripeConfiguration.ApiKey = ;
        var c = new Stripe.StripeClient(42, 
        var o = new Stripe.RequestOptions { ApiKey = 
        string s = "sk_live_
    }

""",
        };
        return test.RunAsync();
    }

    // A random-looking literal under a secret name (transaction key, client secret, signing key); names and shapes that are not secrets stay silent.
    [Fact]
    public Task Random_literals_under_secret_names_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class GatewaySettings
{
    public const string MerchantLogin = "7Hq2mZ9xPw";
    private const string ConstSecret = {|FG4001:"k4Lm8Qz2Rt6Wx1Vb"|};
    public static string GATEWAY_TRANSACTION_KEY = {|FG4001:"9Tz4Kq7Wm2Xp5Rv8"|};
    public string ClientSecret { get; set; } = {|FG4001:"b3Jk9QmZ7tVx2LpW4nYc"|};
    public const string ApiKeyHeader = "X-Api-Key-2024-v1";
    public const string SecretKeyName = "Payments:SecretKey";
    public string Password { get; set; } = "change-me-please";
    public string WebhookSecret { get; set; } = "{{WEBHOOK_SECRET_1}}";
    public void Configure()
    {
        const string signingKey = {|FG4001:"q8Vn3Lr6Tx1Mz5Kb"|};
        var apiPassword = "correct horse battery staple 1";
        System.Console.WriteLine(signingKey + apiPassword);
    }
}
""");

    // The Key/Value setting class that the two pair tests below start their source with.
    private const string ConfigValueSource = """

using System.Collections.Generic;
public class ConfigValue
{
    public ConfigValue() { }
    public ConfigValue(string key, string value) { Key = key; Value = value; }
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

""";

    // Credentials named by their pair (a Key/Value setting, a name and value passed together, a dictionary entry or an
    // indexer), by a named argument, by the parameter they are passed to, or by a login call whose client does not bind.
    [Fact]
    public Task Credentials_named_by_their_pair_their_parameter_or_a_login_call_are_reported() => VerifyCS.VerifyAnalyzerAsync(ConfigValueSource + """
public class Gateway
{
    public void LoginTest(IDictionary<string, string> settings, System.Net.Http.HttpClient http)
    {
        var config = new[]
        {
            new ConfigValue { Key = "PrivateKey", Value = {|FG4001:"74063683b81c1c3654ed1cf80ce0eafc"|} },
            new ConfigValue { Key = "Password", Value = {|FG4001:"CO18evI3"|} },
            new ConfigValue { Key = "SafeKey", Value = {|FG4001:"{E7A333D4-CC48-4463-BEC6-A4BC1F16DC30}"|} },
            new ConfigValue { Key = "ServiceKey", Value = {|FG4001:"80630e7e-64ba-46a8-a9fb-915c864dcd8d"|} },
            new ConfigValue { Key = "key", Value = {|FG4001:"8934e7d15453e97507ef794cf7b0519d"|} },
            new ConfigValue { Key = "security_code", Value = {|FG4001:"a5erdelradlhg3j9jw4d7nd2d442s0lw"|} },
            new ConfigValue { Key = "DevToken", Value = {|FG4001:"64c00a5eabb836b0d322da98f5b5b5ce"|} },
            new ConfigValue("MerchantKey", {|FG4001:"unnokc7xb61cx"|}),
        };
        settings["ApiSecret"] = {|FG4001:"Zq7Lm2Xv9Rt4Kp8W"|};
        var form = new Dictionary<string, string> { { "client_secret", {|FG4001:"b3Jk9QmZ7tVx2LpW4nYc"|} } };
        http.DefaultRequestHeaders.Add("X-Api-Key", {|FG4001:"c7a2f9e4b1d6c3f8e5a0"|});
        var credential = new System.Net.NetworkCredential("payments", {|FG4001:"a94DSYBDuxMIT8l4"|});
        Configure(consumerKey: "app", consumerSecret: {|FG4001:"dBOCKyDfdJYpPi8rVBjGka0OVhXeh8"|});
        var smtp = new {|CS0246:MailClient|}();
        smtp.Authenticate("billing@example.org", {|FG4001:"a94DSYBDuxMIT8l4"|});
    }

    private static void Configure(string consumerKey, string consumerSecret) { }
}
""");

    // Look-alikes: public keys, merchant/partner ids, user names, e-mails, words and documented test passwords, ids and
    // lookup keys that are GUIDs, and bare keys whose value is not key material.
    [Fact]
    public Task Identifiers_public_values_and_documented_test_passwords_beside_credentials_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(ConfigValueSource + """
public class Gateway
{
    public void LoginTest(IDictionary<string, string> settings)
    {
        var config = new[]
        {
            new ConfigValue { Key = "PublicKey", Value = "xjrf3g4ndfrrn6q2" },
            new ConfigValue { Key = "MerchantID", Value = "10001123" },
            new ConfigValue { Key = "partner", Value = "2088102135220161" },
            new ConfigValue { Key = "UserName", Value = "Mohamed" },
            new ConfigValue { Key = "BusinessEmail", Value = "seller-facilitator@example.co.za" },
            new ConfigValue { Key = "Password", Value = "test" },
            new ConfigValue { Key = "Password", Value = "password1" + "" },
            new ConfigValue { Key = "InstrumentationKey", Value = "80630e7e-64ba-46a8-a9fb-915c864dcd8d" },
            new ConfigValue { Key = "IdempotencyKey", Value = "fd7868e3-875e-41dc-b7f0-67d052e4bf2c" },
            new ConfigValue { Key = "TenantId", Value = "fd7868e3-875e-41dc-b7f0-67d052e4bf2c" },
            new ConfigValue { Key = "ServiceKey", Value = "00000000-0000-0000-0000-000000000000" },
            new ConfigValue { Key = "CacheKey", Value = "orders_by_customer_v2_2024" },
            new ConfigValue { Key = "BranchKeyCode", Value = "300012" },
            new ConfigValue("MerchantID", "10001123"),
            new ConfigValue("ServiceType", "TWODAY"),
        };
        settings["ApiSecret"] = "<your secret>";
        var credential = new System.Net.NetworkCredential("payments", "secret");
        Configure(consumerKey: "DGdww0YB4GUdYNEUY0CKwHoWm", consumerSecret: "");
        System.Console.WriteLine(string.Format("{0}", "a94DSYBDuxMIT8l4"));
        using var derived = new System.Security.Cryptography.Rfc2898DeriveBytes("P4ssw0rd-for-exports", new byte[16], 10000, System.Security.Cryptography.HashAlgorithmName.SHA256);
        string dataKey = "NQzcMISSxLX789w+CGX+tXi3lKntO1dpZbZaREOUprVRByJkg1xnpc2Wx9aT5/BLOxQ";
        var entry = new KeyValuePair<string, object>("V3BankTransactionCodeCode", dataKey);
        Seed("DE89370400440532013000", "test1@account.com", "P@ssw0rd");
        CreateUser("admin", "Admin@123");
        var validBase64Password = "AQAAAAIAAYagAAAAEOEjHkrWGDXiRmmO0ZhNQx1Y8fjeVwQgHgmaNj56GQJb4zSr+/E7KQAjrcHXM2IiTA==";
        System.Console.WriteLine(validBase64Password);
        System.Console.WriteLine(entry);
    }

    private static void Configure(string consumerKey, string consumerSecret) { }
    private static void Seed(string iban, string email, string password) { }
    private static void CreateUser(string userName, string password) { }
}
""");

    // Tuning pass on set 4: a secret passed positionally to a credential type that does not bind (before restore, an SDK
    // outside the compilation), settings dictionaries naming an API signature or a key-file password, FCM server keys and
    // service connection strings with an account key.
    [Fact]
    public Task Credential_constructors_signature_and_key_file_settings_fcm_keys_and_account_keys_are_reported() => new VerifyCS.UnresolvedTest(withPackages: true)
    {
        TestCode = """

using System.Collections.Generic;
public class Samples
{
    public string Token(object config) => new OAuthTokenCredential("EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5BdHEESmha", {|FG4001:"EO422dn3gQLgDbuwqTjzrFgFtaRLRR5BdHEESmha"|}, config).GetAccessToken();
    public object Classic() => new PayPal.SignatureCredential("seller_api1.example.com", {|FG4001:"R7TQ2MZK9WXP4L3B"|});
    public Dictionary<string, string> Config()
    {
        var map = new Dictionary<string, string>();
        map.Add("account1.apiUsername", "seller_api1.example.com");
        map.Add("account1.apiSignature", {|FG4001:"AKp3Wm8Rt2Vx6Ln9Qs4Zb7Hc1Jd5Fg0Ye.Uo3Ti6Ra9Ew2Sy5Nq8Mv1Xk4Pz7-Bh"|});
        map.Add("keyAlias", "merchant01001");
        map.Add("keyPass", {|FG4001:"Authnet101!"|});
        return map;
    }

    private const string ServerKey = {|FG4001:"AAAAu8jzPde:APA91bmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWDtkwtDDb_xHKas1VOqg6YYZYn9ZhyiA4u"|};
    private static readonly string Blobs = {|FG4001:"DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=OK4aNABNM7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcA==;EndpointSuffix=core.windows.net"|};
}
""",
    }.RunAsync();

    // Look-alikes: the client id beside the secret, a constructor of a type that is not a credential, placeholders, a
    // signature that is not an API credential, published default passwords, the storage emulator and a device token.
    [Fact]
    public Task Client_ids_other_constructors_placeholders_defaults_emulator_and_device_tokens_are_not_reported() => new VerifyCS.UnresolvedTest(withPackages: true)
    {
        TestCode = """

using System.Collections.Generic;
public class Samples
{
    public object Token(object config) => new OAuthTokenCredential("EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5BdHEESmha", "<your-client-secret>", config);
    public object Client() => new ApiClient("EBWKjlELKMYqRNQ6sYvFo64FtaRLRR5BdHEESmha", "EO422dn3gQLgDbuwqTjzrFgFtaRLRR5BdHEESmha");
    public object Named() => new OAuthTokenCredential(clientId: "app", "mysecretpassword123");
    public Dictionary<string, string> Config()
    {
        var map = new Dictionary<string, string>();
        map.Add("Paypal-Transmission-Sig", "eDOnWUj9FXOnr2naQnrdL7bhgejVSTwRbwbJ0kuk5wAtm2ZYkr7w5BSUDO7e5ZOsq");
        map.Add("AdminPassword", "Pass@word1");
        map.Add("keyPass", "password");
        return map;
    }

    private const string Local = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=OK4aNABNM7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcA==";
    private const string DeviceToken = "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx";
}
""",
    }.RunAsync();

    // Tuning pass on set 4: a base64 key under a secret name (its '/' is not a path's), and the password of a PKCS#12 key file.
    [Fact]
    public Task Base64_secret_keys_and_certificate_file_passwords_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography.X509Certificates;
public class Signing
{
    private static string merchantsecretKey = {|FG4001:"yBJxy6LjM2TmcPGu+GaJrHtkke25fPpUX+UY6/L/1tE="|};
    public X509Certificate2 Load(string path) => new X509Certificate2(path, {|FG4001:"Credco287909"|});
}
""");

    // Look-alikes: paths under secret names, a placeholder certificate password, a password-shaped value passed to a method
    // that is not a credential API.
    [Fact]
    public Task Secret_paths_placeholder_certificate_passwords_and_other_apis_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography.X509Certificates;
public class Signing
{
    private static string clientSecret = "/var/run/secrets/payments/client1";
    private static string apiSecret = "keys/merchant/secretKey2024/Prod.pem";
    public X509Certificate2 Load(string path) => new X509Certificate2(path, "password");
    public void Seed(Users users) => users.Create("admin@example.com", "Adm1nSeed2024");
}
public class Users { public void Create(string name, string password) { } }
""");

    // Tuning pass on set 6: a literal that the code encrypts or signs with is the key in use, however it reads
    // ("YourSecureEncryptionKey123!" assigned in a constructor); the same words under an API key's name, placeholder
    // shapes and variable names stay silent. A method-local const transaction key and a name with an environment after
    // the credential word are credentials too.
    [Fact]
    public Task Encryption_keys_assigned_in_method_bodies_and_local_constants_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class CardVault
{
    private readonly string _encryptionKey;
    private readonly string _signingKey;
    private readonly string _hmacKey;
    private readonly string _apiKey;
    private readonly string _cacheKey;

    public CardVault()
    {
        _encryptionKey = {|FG4001:"YourSecureEncryptionKey123!"|};
        _signingKey = "<your-signing-key>";
        _hmacKey = "HMAC_SIGNING_KEY";
        _apiKey = "YourApiKeyGoesHere123";
        _cacheKey = "cards:summary:v2";
    }

    public string Charge(string loginId)
    {
        const string transactionKey = {|FG4001:"59V9E7vS9vW8A4eB"|};
        const string apiLoginId = "8ceE8M2K";
        string secretKeyProd = {|FG4001:"q8Zp2LmX7vTb4KcN9sWd"|};
        string passwordResetUrl = "https://shop.example.org/reset/v2";
        return apiLoginId + transactionKey + secretKeyProd + passwordResetUrl + loginId;
    }
}
""");

    // A local const password is a const field's kind (a seeded account's, a passphrase): silent at its declaration, now
    // that owner words after a password word make it a password name ("passwordAdmin"); reported where it reaches an SDK
    // credential slot. A local (not const) password-shaped value is still reported.
    [Fact]
    public Task Local_const_passwords_are_reported_only_in_a_slot() => VerifyWithSdksAsync("""

public class DataSeeder
{
    public void Seed(Users users)
    {
        const string passwordAdmin = "Mcga@123456";
        const string password = "Mcga@123456";
        users.Create("admin@example.com", passwordAdmin);
        users.Create("user@example.com", password);
    }

    public void Connect(string user)
    {
        const string adyenPassword = "Xq7!mZ2pL9vR";
        var adyen = new Adyen.Config { Password = {|FG4001:adyenPassword|}, MerchantAccount = user };
        string passwordSmtp = {|FG4001:"m4il3r2020x"|};
        users2.Add(passwordSmtp);
    }

    private readonly System.Collections.Generic.List<string> users2 = new System.Collections.Generic.List<string>();
}
public class Users { public void Create(string name, string password) { } }
""");

    // Tuning pass on set 7: a local development database's default (this machine and a trivial password) in a design-time
    // factory, a fallback or a scaffolded OnConfiguring is not a credential; the same string on a remote host, or with a
    // chosen password, is.
    [Fact]
    public Task Local_development_database_defaults_in_code_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class DesignTimeFactory
{
    public string Create(string fromEnvironment)
    {
        var connectionString = fromEnvironment ?? "Host=localhost;Port=5432;Database=ghanarental;Username=postgres;Password=postgres";
        const string schema = "Host=localhost;Port=5432;Database=zentro_db;Username=postgres;Password=postgres";
        string mysql = "Server=127.0.0.1;Port=3306;Database=shop;User=root;Password=rootpassword;";
        string uri = "postgresql://kuon:kuon@localhost:5432/cloud";
        return connectionString + schema + mysql + uri;
    }

    public string Remote() => {|FG4001:"Host=db.prod.internal;Port=5432;Database=zentro_db;Username=postgres;Password=postgres"|};
    public string Chosen() => {|FG4001:"Host=localhost;Port=5432;Database=corebanking;Username=postgres;Password=Corb4nk!ng"|};
    public string Numeric() => "Host=localhost;Port=5432;Database=corebanking;Username=postgres;Password=123456";
    public string Personal() => {|FG4001:"Server=(local);Database=Sports;User Id=sa;Password=sakib@123"|};
    public string RemoteUri() => {|FG4001:"postgres://kuon:kuon@db.prod.internal:5432/cloud"|};
}
""");

    // Tuning pass 4 (sets 11-13): the default credentials of a docker-compose database service (named after its image)
    // are a local container's in code too; a chosen password there is not.
    [Fact]
    public Task Compose_database_service_defaults_in_code_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class ComposeFactory
{
    public string Default() => "Host=postgres;Port=5432;Database=shop;Username=postgres;Password=postgres";
    public string Broker() => "amqp://guest:guest@rabbitmq:5672/";
    public string Chosen() => {|FG4001:"Host=postgres;Port=5432;Database=shop;Username=shop;Password=Sh0p!Vault72"|};
    public string Named() => {|FG4001:"Host=ledgerhost;Port=5432;Database=shop;Username=postgres;Password=postgres"|};
}
""");

    // Tuning pass on set 7: a password-named local that only creates an application user or sets or hashes its password
    // is a seeded account's password, as the literal passed directly is; the same local reaching a credential type, a
    // login call or any other use stays reported.
    [Fact]
    public Task Seeded_user_passwords_in_locals_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net;
using System.Threading.Tasks;
public class Seeder
{
    public async Task SeedAsync(UserManager users, PasswordHasher hasher, User admin)
    {
        string password = "Admin@123";
        await users.CreateAsync(admin, password);
        string userPWD = "P@ssW0rd12!@";
        users.Create(admin, userPWD);
        var userOnePassword = "JohnPass12!";
        admin.PasswordHash = hasher.HashPassword(admin, userOnePassword);
        var demoPassword = "DemoUser2024!";
        await users.AddPasswordAsync(admin, demoPassword);
    }

    public async Task<ICredentials> ConnectAsync(UserManager users, User admin, SmtpLike smtp)
    {
        string smtpPassword = {|FG4001:"m4il3r2020x"|};
        smtp.Authenticate("mailer", smtpPassword);
        string mixedPassword = {|FG4001:"Sh4redPass2024"|};
        await users.CreateAsync(admin, mixedPassword);
        var credential = new NetworkCredential("svc", mixedPassword);
        string dbPassword = {|FG4001:"Pg4dmin2024x"|};
        return new NetworkCredential("postgres", dbPassword);
    }
}
public class User { public string PasswordHash { get; set; } = ""; }
public class UserManager
{
    public Task CreateAsync(User user, string password) => Task.CompletedTask;
    public void Create(User user, string password) { }
    public Task AddPasswordAsync(User user, string password) => Task.CompletedTask;
}
public class PasswordHasher { public string HashPassword(User user, string password) => password; }
public class SmtpLike { public void Authenticate(string user, string password) { } }
""");

    // Tuning pass on set 15: the password member of a seed record (a type named as seed data: UserSeed, SeedAccount),
    // alone or in a list of them, is a seeded demo account's password that the seeder passes to user creation; so is an
    // anonymous object's member whose every read in the building member creates a user or sets its password. The same
    // member of an entity, of a wallet seed, or of an anonymous object also read for a login stays reported.
    [Fact]
    public Task Seed_record_and_anonymous_seed_passwords_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
public class UserSeed { public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
public class SeedAccount { public string Login { get; set; } = ""; public string Password { get; set; } = ""; }
public class WalletSeedPhrase { public string Password { get; set; } = ""; }
public class Member { public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
public static class DemoData
{
    public static IReadOnlyList<UserSeed> Users = new List<UserSeed>
    {
        new() { Email = "owner@example.org", Password = "Orchid2024!" },
        new UserSeed { Email = "clerk@example.org", Password = "Clerk77#Desk" },
    };
    public static SeedAccount Auditor = new SeedAccount { Login = "auditor", Password = "Aud1tor#2025" };
    public static WalletSeedPhrase Wallet = new WalletSeedPhrase { Password = {|FG4001:"W4llet#Vault9"|} };
    public static Member Plain = new Member { Email = "m@example.org", Password = {|FG4001:"Memb3r#Pass"|} };
}
public class Seeder
{
    public async Task SeedAsync(UserManager users)
    {
        var demo = new[]
        {
            new { Email = "a@example.org", Password = "Alpha2024!x" },
            new { Email = "b@example.org", Password = "Bravo2024!y" },
        };
        foreach (var d in demo)
        {
            var user = new User { Email = d.Email };
            await users.CreateAsync(user, d.Password);
        }
    }

    public async Task SeedAndLoginAsync(UserManager users, SmtpLike smtp)
    {
        var account = new { Email = "c@example.org", Password = {|FG4001:"Charl1e#2024"|} };
        await users.CreateAsync(new User { Email = account.Email }, account.Password);
        smtp.Authenticate(account.Email, account.Password);
    }
}
public class User { public string Email { get; set; } = ""; }
public class UserManager { public Task CreateAsync(User user, string password) => Task.CompletedTask; }
public class SmtpLike { public void Authenticate(string user, string password) { } }
""");

    // Tuning pass on set 15: MoMo's published sandbox keys in code are its samples' values, as in configuration.
    [Fact]
    public Task Published_momo_sandbox_keys_in_code_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class MomoOptions
{
    public string PartnerCode { get; set; } = "MOMOBKUN20180529";
    public string AccessKey { get; set; } = "klm05TvNBzhg7h7j";
    public string SecretKey { get; set; } = "at67qH6mk8w5Y1nAyMoYKMWACiEi2bsa";
    public string OwnSecretKey { get; set; } = {|FG4001:"Qz7vLk2mW9pXr4TnB8sYc1HdF6gJ3aEu"|};
}
""");

    // Tuning pass 10 (set 19): PayPal's classic SDK samples share one sandbox API account; its published password and
    // signature are every integrator's, while the app's own PayPal API account under the same names is reported.
    [Fact]
    public Task Published_paypal_sample_api_credentials_are_not_reported_but_own_ones_are() => VerifyCS.VerifyAnalyzerAsync("""

public class ApiProfile
{
    public string APIUsername { get; set; } = "";
    public string APIPassword { get; set; } = "";
    public string APISignature { get; set; } = "";
}

public class Samples
{
    public ApiProfile Sample() => new ApiProfile
    {
        APIUsername = "sdk-three_api1.sdk.com",
        APIPassword = "QFZCWN5HZM8VBG7Q",
        APISignature = "AVGidzoSQiGWu.lGj3z15HLczXaaAcK6imHawrjefqgclVwBe8imgCHZ",
    };

    public ApiProfile Own() => new ApiProfile
    {
        APIUsername = "shop_api1.example.com",
        APIPassword = {|FG4001:"7KQ2WZ9RJX4M8PNB"|},
        APISignature = {|FG4001:"AQj4Tzr8Lm2Vx9Kp3Hn6Yw1Bc5Df7Gs0Ea.Ru2Ni4Oq6Pt8Sv0Uw3Xy5Zb7Cd9Eh"|},
    };
}
""");

    [Theory]
    [InlineData("UserSeed", true)]
    [InlineData("SeedUser", true)]
    [InlineData("DemoAccountSeedModel", true)]
    [InlineData("UserSeeding", true)]
    [InlineData("SeedPhrase", false)]
    [InlineData("RandomSeed", false)]
    [InlineData("User", false)]
    [InlineData("Seedling", false)]
    public void Seed_data_type_names(string name, bool expected) => Assert.Equal(expected, SecretFormats.IsSeedDataTypeName(name));
}

