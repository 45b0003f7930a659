using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.RegeneratedKeyAnalyzer, FinGuard.CodeFixes.Idempotency.RegeneratedKeyFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class RegeneratedKeyFixerTests
{
    [Fact]
    public Task Inline_key_in_a_retry_loop_is_hoisted_before_it() => VerifyCS.VerifyCodeFixAsync(@"
using System;
using Stripe;
public class Checkout
{
    public PaymentIntent Pay(long amount)
    {
        var create = new PaymentIntentCreateOptions { Amount = amount };
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                return new PaymentIntentService().Create(create, new RequestOptions { IdempotencyKey = {|FG2005:Guid.NewGuid().ToString()|} });
            }
            catch (StripeException) when (attempt < 3) { }
        }
        throw new InvalidOperationException();
    }
}", @"
using System;
using Stripe;
public class Checkout
{
    public PaymentIntent Pay(long amount)
    {
        var create = new PaymentIntentCreateOptions { Amount = amount };
        var idempotencyKey = Guid.NewGuid().ToString();
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                return new PaymentIntentService().Create(create, new RequestOptions { IdempotencyKey = idempotencyKey });
            }
            catch (StripeException) when (attempt < 3) { }
        }
        throw new InvalidOperationException();
    }
}");

    [Fact]
    public Task Fix_all_gives_two_hoisted_keys_in_one_block_different_names() => VerifyCS.VerifyCodeFixAsync(@"
using System;
using Stripe;
public class Checkout
{
    public void PayAndRefund(long amount, string intentId)
    {
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try { new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = {|FG2005:Guid.NewGuid().ToString()|} }); break; }
            catch (StripeException) when (attempt < 3) { }
        }
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try { new RefundService().Create(new RefundCreateOptions { PaymentIntent = intentId }, new RequestOptions { IdempotencyKey = {|FG2005:Guid.NewGuid().ToString()|} }); break; }
            catch (StripeException) when (attempt < 3) { }
        }
    }
}", @"
using System;
using Stripe;
public class Checkout
{
    public void PayAndRefund(long amount, string intentId)
    {
        var idempotencyKey = Guid.NewGuid().ToString();
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try { new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = idempotencyKey }); break; }
            catch (StripeException) when (attempt < 3) { }
        }
        var idempotencyKey2 = Guid.NewGuid().ToString();
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try { new RefundService().Create(new RefundCreateOptions { PaymentIntent = intentId }, new RequestOptions { IdempotencyKey = idempotencyKey2 }); break; }
            catch (StripeException) when (attempt < 3) { }
        }
    }
}");

    [Fact]
    public Task Key_local_inside_a_retry_loop_moves_before_it() => VerifyCS.VerifyCodeFixAsync("""

using System;
using Stripe;
public class Checkout
{
    public Charge Charge(long amount)
    {
        while (true)
        {
            var key = $"charge-{DateTime.UtcNow.Ticks}";
            try
            {
                return new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = {|FG2005:key|} });
            }
            catch (StripeException) { }
        }
    }
}
""", """

using System;
using Stripe;
public class Checkout
{
    public Charge Charge(long amount)
    {
        var key = $"charge-{DateTime.UtcNow.Ticks}";
        while (true)
        {
            try
            {
                return new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = key });
            }
            catch (StripeException) { }
        }
    }
}
""");

    [Fact]
    public Task Header_key_in_a_retried_lambda_is_hoisted_before_the_policy_call() => VerifyCS.VerifyCodeFixAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Capture()
    {
        return await WithRetryAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v1/captures");
            request.Headers.Add("Idempotency-Key", {|FG2005:Guid.NewGuid().ToString("N")|});
            return await _http.SendAsync(request);
        });
    }
    private static Task<T> WithRetryAsync<T>(Func<Task<T>> action) => action();
}
""", """

using System;
using System.Net.Http;
using System.Threading.Tasks;
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Capture()
    {
        var idempotencyKey = Guid.NewGuid().ToString("N");
        return await WithRetryAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v1/captures");
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return await _http.SendAsync(request);
        });
    }
    private static Task<T> WithRetryAsync<T>(Func<Task<T>> action) => action();
}
""");
}
