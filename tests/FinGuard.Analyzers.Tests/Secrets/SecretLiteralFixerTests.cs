using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer, FinGuard.CodeFixes.Secrets.SecretLiteralFixer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class SecretLiteralFixerTests
{
    [Fact]
    public Task Without_configuration_in_scope_the_environment_is_read() => VerifyCS.VerifyCodeFixAsync("""

using System;
using Stripe;
public static class StripeSetup
{
    public static void Configure()
    {
        StripeConfiguration.ApiKey = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
        var options = new RequestOptions { ApiKey = {|FG4002:"rk_test_9aZ3kLmQ2wErTy7UiOp4SdFg"|} };
        var length = {|FG4001:"whsec_8f3KqP1xZc7VbN2mLr5TgHy6"|}.Length;
    }
}
""", """

using System;
using Stripe;
public static class StripeSetup
{
    public static void Configure()
    {
        StripeConfiguration.ApiKey = Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new InvalidOperationException("Set the STRIPE_SECRET_KEY environment variable");
        var options = new RequestOptions { ApiKey = Environment.GetEnvironmentVariable("STRIPE_RESTRICTED_KEY") ?? throw new InvalidOperationException("Set the STRIPE_RESTRICTED_KEY environment variable") };
        var length = (Environment.GetEnvironmentVariable("STRIPE_WEBHOOK_SECRET") ?? throw new InvalidOperationException("Set the STRIPE_WEBHOOK_SECRET environment variable")).Length;
    }
}
""");

    [Fact]
    public Task Configuration_in_scope_is_preferred_and_the_key_follows_the_sdk_slot() => VerifyCS.VerifyCodeFixAsync("""

using Microsoft.Extensions.Configuration;
using Stripe;
public class Startup
{
    public Startup(IConfiguration configuration) => Configuration = configuration;

    public IConfiguration Configuration { get; }

    public StripeClient CreateClient() => new StripeClient({|FG4001:"live-key-from-dashboard"|});

    public static void Webhook(IConfigurationRoot settings, string json, string signature)
    {
        var evt = EventUtility.ConstructEvent(json, signature, {|FG4001:"signing-secret-value"|});
    }
}
""", """

using Microsoft.Extensions.Configuration;
using Stripe;
public class Startup
{
    public Startup(IConfiguration configuration) => Configuration = configuration;

    public IConfiguration Configuration { get; }

    public StripeClient CreateClient() => new StripeClient(Configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configure 'Stripe:SecretKey'"));

    public static void Webhook(IConfigurationRoot settings, string json, string signature)
    {
        var evt = EventUtility.ConstructEvent(json, signature, settings["Stripe:WebhookSecret"] ?? throw new System.InvalidOperationException("Configure 'Stripe:WebhookSecret'"));
    }
}
""");

    [Fact]
    public Task Instance_configuration_is_not_used_from_static_code_or_field_initializers() => VerifyCS.VerifyCodeFixAsync("""

using Microsoft.Extensions.Configuration;
public class Settings
{
    private readonly IConfiguration _configuration;
    public Settings(IConfiguration configuration) => _configuration = configuration;
    private readonly string _key = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
    public static string Default() => {|FG4001:"sk_live_4eC39HqLyjWDarjtT1zdp7dcA"|};
}
""", """

using Microsoft.Extensions.Configuration;
public class Settings
{
    private readonly IConfiguration _configuration;
    public Settings(IConfiguration configuration) => _configuration = configuration;
    private readonly string _key = System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Set the STRIPE_SECRET_KEY environment variable");
    public static string Default() => System.Environment.GetEnvironmentVariable("STRIPE_SECRET_KEY") ?? throw new System.InvalidOperationException("Set the STRIPE_SECRET_KEY environment variable");
}
""");

    [Fact]
    public Task Builder_configuration_is_used_in_minimal_hosting_code() => VerifyCS.VerifyCodeFixAsync("""

using Microsoft.Extensions.Configuration;
using Stripe;
public sealed class AppBuilder { public IConfiguration Configuration { get; } = null!; }
public static class Program
{
    public static void Main()
    {
        var builder = new AppBuilder();
        StripeConfiguration.ApiKey = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
    }
}
""", """

using Microsoft.Extensions.Configuration;
using Stripe;
public sealed class AppBuilder { public IConfiguration Configuration { get; } = null!; }
public static class Program
{
    public static void Main()
    {
        var builder = new AppBuilder();
        StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"] ?? throw new System.InvalidOperationException("Configure 'Stripe:SecretKey'");
    }
}
""");

    [Fact]
    public Task Environment_stays_qualified_when_an_sdk_type_shadows_it()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """

using System;
using Braintree;
public class Gateways
{
    public BraintreeGateway Create() => new BraintreeGateway { Environment = Braintree.Environment.PRODUCTION, PrivateKey = {|FG4001:"0b7e4c9a2f6d1e8c"|} };
}
""",
            FixedCode = """

using System;
using Braintree;
public class Gateways
{
    public BraintreeGateway Create() => new BraintreeGateway { Environment = Braintree.Environment.PRODUCTION, PrivateKey = System.Environment.GetEnvironmentVariable("BRAINTREE_PRIVATE_KEY") ?? throw new InvalidOperationException("Set the BRAINTREE_PRIVATE_KEY environment variable") };
}
""",
        };
        test.TestState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        test.FixedState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        return test.RunAsync();
    }

    [Fact]
    public Task A_constant_used_in_a_slot_is_replaced_at_the_use()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """

public static class Keys { public const string BraintreePrivate = "0f9e8d7c6b5a4f3e"; }
public class Gateways
{
    public Braintree.BraintreeGateway Create() => new Braintree.BraintreeGateway { PrivateKey = {|FG4001:Keys.BraintreePrivate|} };
}
""",
            FixedCode = """

public static class Keys { public const string BraintreePrivate = "0f9e8d7c6b5a4f3e"; }
public class Gateways
{
    public Braintree.BraintreeGateway Create() => new Braintree.BraintreeGateway { PrivateKey = System.Environment.GetEnvironmentVariable("BRAINTREE_PRIVATE_KEY") ?? throw new System.InvalidOperationException("Set the BRAINTREE_PRIVATE_KEY environment variable") };
}
""",
        };
        test.TestState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        test.FixedState.Sources.Add(("Sdks.cs", SdkStubs.Source));
        return test.RunAsync();
    }

    [Fact]
    public Task Connection_strings_are_read_by_their_database_name() => VerifyCS.VerifyCodeFixAsync("""

using Microsoft.Extensions.Configuration;
public class Db
{
    public string Payments(IConfiguration configuration) => {|FG4001:"Server=sql;Database=Payments;User Id=app;Password=S3cr3t!Pass"|};
    public string Queue() => {|FG4001:"amqps://payments:Q7m2Xk9pL4@mq.internal:5671/ledger-events"|};
}
""", """

using Microsoft.Extensions.Configuration;
public class Db
{
    public string Payments(IConfiguration configuration) => configuration["ConnectionStrings:Payments"] ?? throw new System.InvalidOperationException("Configure 'ConnectionStrings:Payments'");
    public string Queue() => System.Environment.GetEnvironmentVariable("ConnectionStrings__LedgerEvents") ?? throw new System.InvalidOperationException("Set the ConnectionStrings__LedgerEvents environment variable");
}
""");

    [Fact]
    public Task No_fix_where_a_constant_is_required_or_the_key_is_part_of_a_larger_string()
    {
        const string source = """

using System.ComponentModel;
public class Keys
{
    public const string Live = {|FG4001:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|};
    [Description({|FG4001:"sk_live_4eC39HqLyjWDarjtT1zdp7dcA"|})]
    public string Header = {|FG4001:"Bearer sk_live_9aZ3kLmQ2wErTy7UiOp4SdFg"|};
}
""";
        return VerifyCS.VerifyCodeFixAsync(source, source);
    }
}
