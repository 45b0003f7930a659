using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.StripeIdempotencyKeyAnalyzer, FinGuard.CodeFixes.Idempotency.StripeIdempotencyKeyFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class StripeIdempotencyKeyFixerTests
{
    [Fact]
    public Task Key_is_derived_from_the_order_parameter() => VerifyCS.VerifyCodeFixAsync("""

using System;
using System.Threading;
using System.Threading.Tasks;
using Stripe;
public class Order { public Guid Id { get; set; } public long Total { get; set; } }
public class Checkout
{
    private readonly PaymentIntentService _intents = new PaymentIntentService();
    public async Task<PaymentIntent> Pay(Order order, CancellationToken ct)
    {
        return await {|FG2001:_intents.CreateAsync(new PaymentIntentCreateOptions { Amount = order.Total, Currency = "eur" }, cancellationToken: ct)|};
    }
    public Refund Refund(string orderId, string pi) => {|FG2001:new RefundService().Create(new RefundCreateOptions { PaymentIntent = pi })|};
}
""", """

using System;
using System.Threading;
using System.Threading.Tasks;
using Stripe;
public class Order { public Guid Id { get; set; } public long Total { get; set; } }
public class Checkout
{
    private readonly PaymentIntentService _intents = new PaymentIntentService();
    public async Task<PaymentIntent> Pay(Order order, CancellationToken ct)
    {
        return await _intents.CreateAsync(new PaymentIntentCreateOptions { Amount = order.Total, Currency = "eur" }, cancellationToken: ct, requestOptions: new RequestOptions { IdempotencyKey = $"order-{order.Id}-payment-intent-create" });
    }
    public Refund Refund(string orderId, string pi) => new RefundService().Create(new RefundCreateOptions { PaymentIntent = pi }, requestOptions: new RequestOptions { IdempotencyKey = $"order-{orderId}-refund-create" });
}
""");

    [Fact]
    public Task Key_is_merged_into_existing_request_options() => VerifyCS.VerifyCodeFixAsync("""

using Stripe;
public class CheckoutRequest { public string OrderId { get; set; } = ""; public long Amount { get; set; } }
public class Checkout
{
    public void Pay(CheckoutRequest request, string account)
    {
        var connect = new RequestOptions
        {
            StripeAccount = account
        };
        {|FG2001:new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = request.Amount }, connect)|};
        {|FG2001:new ChargeService().Create(new ChargeCreateOptions { Amount = request.Amount }, new RequestOptions { StripeAccount = account })|};
        {|FG2001:new ChargeService().Capture("ch_1", null, new RequestOptions { IdempotencyKey = "" })|};
        {|FG2001:new PayoutService().Create(new PayoutCreateOptions { Amount = request.Amount }, null)|};
    }
}
""", """

using Stripe;
public class CheckoutRequest { public string OrderId { get; set; } = ""; public long Amount { get; set; } }
public class Checkout
{
    public void Pay(CheckoutRequest request, string account)
    {
        var connect = new RequestOptions
        {
            StripeAccount = account,
            IdempotencyKey = $"order-{request.OrderId}-payment-intent-create"
        };
        new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = request.Amount }, connect);
        new ChargeService().Create(new ChargeCreateOptions { Amount = request.Amount }, new RequestOptions { StripeAccount = account, IdempotencyKey = $"order-{request.OrderId}-charge-create" });
        new ChargeService().Capture("ch_1", null, new RequestOptions { IdempotencyKey = $"order-{request.OrderId}-charge-capture" });
        new PayoutService().Create(new PayoutCreateOptions { Amount = request.Amount }, new RequestOptions { IdempotencyKey = $"order-{request.OrderId}-payout-create" });
    }
}
""");

    [Fact]
    public Task Without_a_business_id_a_key_is_created_once_before_the_call() => VerifyCS.VerifyCodeFixAsync(@"
using Stripe;
public class Onboarding
{
    public Customer Start(string email)
    {
        var options = new CustomerCreateOptions { Email = email };
        return {|FG2002:new CustomerService().Create(options)|};
    }
}", @"
using Stripe;
public class Onboarding
{
    public Customer Start(string email)
    {
        var options = new CustomerCreateOptions { Email = email };
        // TODO(FinGuard FG2002): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var customerCreateKey = System.Guid.NewGuid().ToString();
        return new CustomerService().Create(options, requestOptions: new RequestOptions { IdempotencyKey = customerCreateKey });
    }
}");

    [Fact]
    public Task Two_calls_in_one_block_get_distinct_keys_under_fix_all() => VerifyCS.VerifyCodeFixAsync(@"
using Stripe;
public class Onboarding
{
    public void Start(string email, long amount)
    {
        {|FG2002:new CustomerService().Create(new CustomerCreateOptions { Email = email })|};
        {|FG2001:new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = amount })|};
    }
}", @"
using Stripe;
public class Onboarding
{
    public void Start(string email, long amount)
    {
        // TODO(FinGuard FG2002): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var customerCreateKey = System.Guid.NewGuid().ToString();
        new CustomerService().Create(new CustomerCreateOptions { Email = email }, requestOptions: new RequestOptions { IdempotencyKey = customerCreateKey });
        // TODO(FinGuard FG2001): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var paymentIntentCreateKey = System.Guid.NewGuid().ToString();
        new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = amount }, requestOptions: new RequestOptions { IdempotencyKey = paymentIntentCreateKey });
    }
}");
}
