using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.StripeIdempotencyKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class StripeIdempotencyKeyAnalyzerTests
{
    [Fact]
    public Task Money_moving_calls_without_request_options_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading;
using System.Threading.Tasks;
using Stripe;
public class Checkout
{
    private readonly PaymentIntentService _intents = new PaymentIntentService();
    private readonly StripeClient _client = new StripeClient("sk_test_x");
    public async Task Pay(long amount, string pi, string charge, CancellationToken ct)
    {
        await {|FG2001:_intents.CreateAsync(new PaymentIntentCreateOptions { Amount = amount, Currency = "eur" }, cancellationToken: ct)|};
        {|FG2001:_intents.Confirm(pi)|};
        await {|FG2001:_intents.CaptureAsync(pi)|};
        {|FG2001:new ChargeService().Capture(charge)|};
        await {|FG2001:new RefundService().CreateAsync(new RefundCreateOptions { PaymentIntent = pi }, null, ct)|};
        {|FG2001:new TransferService().Create(new TransferCreateOptions { Amount = amount, Currency = "eur", Destination = "acct_1" })|};
        {|FG2001:new PayoutService().Create(new PayoutCreateOptions { Amount = amount, Currency = "eur" })|};
        {|FG2001:new InvoiceService().Pay("in_1")|};
        {|FG2001:new SubscriptionService().Create(new SubscriptionCreateOptions { Customer = "cus_1" })|};
        await {|FG2001:_client.V1.PaymentIntents.CreateAsync(new PaymentIntentCreateOptions { Amount = amount })|};
    }
}
""");

    [Fact]
    public Task Request_options_built_in_the_method_without_a_key_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class Checkout
{
    public void Pay(string account, long amount)
    {
        var connect = new RequestOptions { StripeAccount = account };
        {|FG2001:new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = amount }, connect)|};
        {|FG2001:new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { StripeAccount = account })|};
        {|FG2001:new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = "" })|};
        {|FG2001:new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = string.Empty })|};
    }
}
""");

    [Fact]
    public Task Object_creation_calls_are_reported_at_the_lower_rule() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class Onboarding
{
    public void Start(string email)
    {
        {|FG2002:new CustomerService().Create(new CustomerCreateOptions { Email = email })|};
        {|FG2002:new SetupIntentService().Create(new SetupIntentCreateOptions())|};
        {|FG2002:new Stripe.Checkout.SessionService().Create(new Stripe.Checkout.SessionCreateOptions())|};
        {|FG2002:new InvoiceService().Create(new InvoiceCreateOptions { Customer = "cus_1" })|};
    }
}
""");

    [Fact]
    public Task Keys_supplied_in_every_visible_way_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Threading.Tasks;
using Stripe;
public class Order { public Guid Id { get; set; } public long Total { get; set; } }
public class Checkout
{
    private readonly RequestOptions _options = new RequestOptions();
    private readonly PaymentIntentService _intents = new PaymentIntentService();
    public async Task Pay(Order order, RequestOptions fromCaller, string key)
    {
        var create = new PaymentIntentCreateOptions { Amount = order.Total };
        await _intents.CreateAsync(create, new RequestOptions { IdempotencyKey = $"order-{order.Id}-charge" });
        await _intents.CreateAsync(create, new RequestOptions { IdempotencyKey = key });
        var options = new RequestOptions { StripeAccount = "acct_1" };
        options.IdempotencyKey = KeyFor(order);
        await _intents.CreateAsync(create, options);
        var later = new RequestOptions();
        later.IdempotencyKey = key;
        await _intents.CreateAsync(create, later);
        await _intents.CreateAsync(create, fromCaller);
        await _intents.CreateAsync(create, _options);
        await _intents.CreateAsync(create, Build(order));
        var viaHelper = new RequestOptions();
        Apply(viaHelper, order);
        await _intents.CreateAsync(create, viaHelper);
        await _intents.CreateAsync(create, requestOptions: new() { IdempotencyKey = key });
        var coalesced = new RequestOptions();
        coalesced.IdempotencyKey ??= key;
        await _intents.CreateAsync(create, coalesced);
        var prefixed = new RequestOptions { IdempotencyKey = "" };
        prefixed.IdempotencyKey += key;
        await _intents.CreateAsync(create, prefixed);
        var byRef = new RequestOptions();
        Fill(ref byRef, order);
        await _intents.CreateAsync(create, byRef);
    }
    private static string KeyFor(Order order) => "order-" + order.Id;
    private static RequestOptions Build(Order order) => new RequestOptions { IdempotencyKey = KeyFor(order) };
    private static void Apply(RequestOptions options, Order order) => options.IdempotencyKey = KeyFor(order);
    private static void Fill(ref RequestOptions options, Order order) => options = Build(order);
}
""");

    [Fact]
    public Task Reads_and_updates_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class Reports
{
    public void Look(string pi)
    {
        var intents = new PaymentIntentService();
        intents.Get(pi);
        intents.List(new PaymentIntentListOptions { Limit = 10 });
        intents.Update(pi, new PaymentIntentUpdateOptions { Description = "x" });
        intents.Cancel(pi);
        new CustomerService().Get("cus_1");
        new RefundService().List();
    }
}
""");

    [Fact]
    public Task Look_alike_services_outside_stripe_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

namespace MyShop
{
    public class PaymentIntentService { public void Create(object o) { } }
    public class ChargeService { public void Capture(string id) { } }
    public class Use
    {
        public void Run()
        {
            new PaymentIntentService().Create(new object());
            new ChargeService().Capture("x");
        }
    }
}
""");

    [Fact]
    public Task Half_typed_calls_do_not_crash() => VerifyCS.VerifyAnalyzerAsync("""

using Stripe;
public class Checkout
{
    public void Pay()
    {
        new PaymentIntentService().{|CS7036:Create|}();
        new ChargeService().Capture("ch_1", null, new RequestOptions { IdempotencyKey = {|CS0103:k|} });
    }
}
""");

    // Held-out set 4 (issue 18): the project's own helper that builds options with only StripeAccount passes no key;
    // one that sets a key, or hands back its argument, may.
    [Fact]
    public Task Options_from_a_helper_without_a_key_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Stripe;
public class Connect
{
    private readonly CustomerService _customers = new CustomerService();
    private readonly TransferService _transfers = new TransferService();

    public RequestOptions ForAccount(string accountId)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return null;
        }
        return new RequestOptions { StripeAccount = accountId };
    }

    private static RequestOptions Keyed(string accountId, string key) => new RequestOptions { StripeAccount = accountId, IdempotencyKey = key };
    private static RequestOptions Given(RequestOptions options) => options;

    public async Task Run(string email, string accountId, string key, RequestOptions fromCaller)
    {
        await {|FG2002:_customers.CreateAsync(new CustomerCreateOptions { Email = email }, ForAccount(accountId))|};
        await {|FG2001:_transfers.CreateAsync(new TransferCreateOptions { Amount = 100, Currency = "usd", Destination = accountId }, ForAccount(accountId))|};
        await _customers.CreateAsync(new CustomerCreateOptions { Email = email }, Keyed(accountId, key));
        await _customers.CreateAsync(new CustomerCreateOptions { Email = email }, Given(fromCaller));
    }
}
""");
}
