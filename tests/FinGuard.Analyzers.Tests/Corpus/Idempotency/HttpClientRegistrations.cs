using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;

namespace Shop.Startup
{
    public sealed class PspGateway
    {
        public PspGateway(HttpClient http) => Http = http;

        public HttpClient Http { get; }
    }

    public sealed class NotificationStream
    {
        public NotificationStream(HttpClient http)
        {
            // Server-sent events: an infinite timeout is intended here.
            http.Timeout = Timeout.InfiniteTimeSpan;
        }
    }

    public sealed class PayoutBatchClient
    {
        private readonly HttpClient _http;

        public PayoutBatchClient(HttpClient http)
        {
            _http = http;
            _http.Timeout = Timeout.InfiniteTimeSpan; // expect: FG2007
        }
    }

    public static class HttpClientRegistrations
    {
        public static void AddPaymentClients(IServiceCollection services)
        {
            services.AddHttpClient<PspGateway>(client =>
            {
                client.BaseAddress = new Uri("https://psp.example.com/");
                client.Timeout = Timeout.InfiniteTimeSpan; // expect: FG2007
            });

            services.AddHttpClient("stripe", client =>
            {
                client.BaseAddress = new Uri("https://api.stripe.com/");
                client.Timeout = TimeSpan.FromSeconds(80);
            });

            services.AddHttpClient("paypal", client => client.Timeout = TimeSpan.MaxValue); // expect: FG2007

            services.AddHttpClient("catalog", client =>
            {
                client.BaseAddress = new Uri("https://catalog.example.com/");
                client.Timeout = Timeout.InfiniteTimeSpan;
            });

            services.AddHttpClient<NotificationStream>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        }

        public static HttpClient CreateLegacyAcquirerClient()
        {
            return new HttpClient
            {
                BaseAddress = new Uri("https://acquirer.example.net/api/v3/authorizations/"),
                Timeout = Timeout.InfiniteTimeSpan, // expect: FG2007
            };
        }
    }
}
