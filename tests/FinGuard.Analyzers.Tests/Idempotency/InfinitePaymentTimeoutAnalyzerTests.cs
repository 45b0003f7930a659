using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.InfinitePaymentTimeoutAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class InfinitePaymentTimeoutAnalyzerTests
{
    // Stand-in for Microsoft.Extensions.Http's registration API (real namespace and names).
    private const string HttpClientFactoryStandIn = @"
namespace Microsoft.Extensions.DependencyInjection
{
    using System;
    using System.Net.Http;
    public interface IServiceCollection { }
    public interface IHttpClientBuilder { }
    public static class HttpClientFactoryServiceCollectionExtensions
    {
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, Action<HttpClient> configureClient) where TClient : class => null!;
        public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name, Action<HttpClient> configureClient) => null!;
    }
}
";

    [Fact]
    public Task Infinite_timeouts_on_payment_clients_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
public class StripeGateway { public StripeGateway(HttpClient http) { } }
public static class Setup
{
    public static void Register(IServiceCollection services)
    {
        services.AddHttpClient<StripeGateway>(c => c.Timeout = {|FG2007:Timeout.InfiniteTimeSpan|});
        services.AddHttpClient("adyen-checkout", c =>
        {
            c.BaseAddress = new Uri("https://checkout-test.adyen.com/");
            c.Timeout = {|FG2007:TimeSpan.MaxValue|};
        });
        var psp = new HttpClient { BaseAddress = new Uri("https://psp.example.com/v1/payments/"), Timeout = {|FG2007:Timeout.InfiniteTimeSpan|} };
    }
}
public class PaymentGatewayClient
{
    private readonly HttpClient _http;
    public PaymentGatewayClient(HttpClient http)
    {
        _http = http;
        _http.Timeout = {|FG2007:TimeSpan.FromMilliseconds(-1)|};
    }
}
""" + HttpClientFactoryStandIn);

    [Fact]
    public Task Finite_timeouts_and_non_payment_clients_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
public class EventStreamClient { public EventStreamClient(HttpClient http) { http.Timeout = Timeout.InfiniteTimeSpan; } }
public class StripeGateway { public StripeGateway(HttpClient http) { } }
public static class Setup
{
    public static void Register(IServiceCollection services)
    {
        services.AddHttpClient<StripeGateway>(c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient("sse", c => c.Timeout = Timeout.InfiniteTimeSpan);
        var downloads = new HttpClient { BaseAddress = new Uri("https://cdn.example.com/"), Timeout = Timeout.InfiniteTimeSpan };
        var stripe = new HttpClient { BaseAddress = new Uri("https://api.stripe.com/"), Timeout = TimeSpan.FromSeconds(80) };
    }
}
""" + HttpClientFactoryStandIn);
}
