using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.RegeneratedKeyAnalyzer, FinGuard.CodeFixes.Idempotency.RegeneratedKeyFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency
{
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
        public Task Key_local_inside_a_retry_loop_moves_before_it() => VerifyCS.VerifyCodeFixAsync(@"
using System;
using Stripe;
public class Checkout
{
    public Charge Charge(long amount)
    {
        while (true)
        {
            var key = $""charge-{DateTime.UtcNow.Ticks}"";
            try
            {
                return new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = {|FG2005:key|} });
            }
            catch (StripeException) { }
        }
    }
}", @"
using System;
using Stripe;
public class Checkout
{
    public Charge Charge(long amount)
    {
        var key = $""charge-{DateTime.UtcNow.Ticks}"";
        while (true)
        {
            try
            {
                return new ChargeService().Create(new ChargeCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = key });
            }
            catch (StripeException) { }
        }
    }
}");

        [Fact]
        public Task Header_key_in_a_retried_lambda_is_hoisted_before_the_policy_call() => VerifyCS.VerifyCodeFixAsync(@"
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
            var request = new HttpRequestMessage(HttpMethod.Post, ""v1/captures"");
            request.Headers.Add(""Idempotency-Key"", {|FG2005:Guid.NewGuid().ToString(""N"")|});
            return await _http.SendAsync(request);
        });
    }
    private static Task<T> WithRetryAsync<T>(Func<Task<T>> action) => action();
}", @"
using System;
using System.Net.Http;
using System.Threading.Tasks;
public class PspClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<HttpResponseMessage> Capture()
    {
        var idempotencyKey = Guid.NewGuid().ToString(""N"");
        return await WithRetryAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, ""v1/captures"");
            request.Headers.Add(""Idempotency-Key"", idempotencyKey);
            return await _http.SendAsync(request);
        });
    }
    private static Task<T> WithRetryAsync<T>(Func<Task<T>> action) => action();
}");
    }
}
