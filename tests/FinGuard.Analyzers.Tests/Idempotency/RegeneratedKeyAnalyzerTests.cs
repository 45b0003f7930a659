using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.RegeneratedKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class RegeneratedKeyAnalyzerTests
{
    private const string PollyStandIn = @"
namespace Polly
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;
    public class ResiliencePipeline
    {
        public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> callback, CancellationToken cancellationToken = default) => callback(cancellationToken);
    }
    public interface IAsyncPolicy
    {
        Task<T> ExecuteAsync<T>(Func<Task<T>> action);
    }
}
";

    [Fact]
    public Task Keys_made_inside_retry_loops_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

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
    public Refund Refund(string pi)
    {
        int retries = 0;
        do
        {
            var options = new RequestOptions();
            options.IdempotencyKey = {|FG2005:"refund-" + new Random().Next()|};
            try { return new RefundService().Create(new RefundCreateOptions { PaymentIntent = pi }, options); }
            catch (StripeException) { retries++; }
        } while (retries < 3);
        throw new InvalidOperationException();
    }
}
""");

    [Fact]
    public Task Keys_made_inside_polly_callbacks_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Stripe;
public class Checkout
{
    private readonly ResiliencePipeline _pipeline = new ResiliencePipeline();
    private readonly IAsyncPolicy _policy = null!;
    private readonly HttpClient _http = new HttpClient();
    public async Task Pay(long amount)
    {
        await _pipeline.ExecuteAsync(async ct =>
            await new PaymentIntentService().CreateAsync(new PaymentIntentCreateOptions { Amount = amount }, new RequestOptions { IdempotencyKey = {|FG2005:Guid.NewGuid().ToString("N")|} }, ct));
        await _policy.ExecuteAsync(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://api.example-psp.com/v1/payments");
            request.Headers.Add("Idempotency-Key", {|FG2005:Guid.NewGuid().ToString()|});
            return await _http.SendAsync(request);
        });
    }
}
""" + PollyStandIn);

    [Fact]
    public Task Keys_made_once_before_the_retry_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Polly;
using Stripe;
public class Order { public Guid Id { get; set; } public long Total { get; set; } }
public class Checkout
{
    private readonly ResiliencePipeline _pipeline = new ResiliencePipeline();
    public PaymentIntent Pay(Order order)
    {
        var key = Guid.NewGuid().ToString();
        for (int attempt = 1; attempt <= 3; attempt++)
        {
            try
            {
                return new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = order.Total }, new RequestOptions { IdempotencyKey = key });
            }
            catch (StripeException) when (attempt < 3) { }
        }
        throw new InvalidOperationException();
    }
    public async Task PayWithPolly(Order order)
    {
        var key = $"order-{order.Id}-charge";
        await _pipeline.ExecuteAsync(async ct =>
            await new PaymentIntentService().CreateAsync(new PaymentIntentCreateOptions { Amount = order.Total }, new RequestOptions { IdempotencyKey = key }, ct));
        await _pipeline.ExecuteAsync(async ct =>
            await new PaymentIntentService().CreateAsync(new PaymentIntentCreateOptions { Amount = order.Total }, new RequestOptions { IdempotencyKey = $"order-{order.Id}-pi" }, ct));
    }
    public void PayEach(List<Order> orders)
    {
        foreach (var order in orders)
        {
            new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = order.Total }, new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });
        }
        for (int i = 0; i < orders.Count; i++)
        {
            try { new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = orders[i].Total }, new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() }); }
            catch (StripeException) { }
        }
        new PaymentIntentService().Create(new PaymentIntentCreateOptions(), new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });
    }
}
""" + PollyStandIn);
}
