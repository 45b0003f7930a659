using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.RawHttp
{
    public sealed record PaymentCommand(Guid PaymentId, Guid OrderId, long Amount, string Currency);

    public sealed record ProductCardDesign(string Name, string ImageUrl);

    // A typed client registered with IHttpClientFactory (BaseAddress configured at registration).
    public sealed class PspHttpClient
    {
        private const string PaymentsPath = "api/v2/payments";
        private readonly HttpClient _http;

        public PspHttpClient(HttpClient http) => _http = http;

        public Task<HttpResponseMessage> PayAsync(PaymentCommand command, CancellationToken ct)
            => _http.PostAsJsonAsync(PaymentsPath, command, ct); // expect: FG2004

        public async Task<HttpResponseMessage> PaySafelyAsync(PaymentCommand command, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, PaymentsPath) { Content = JsonContent.Create(command) };
            request.Headers.Add("Idempotency-Key", $"payment-{command.PaymentId}");
            return await _http.SendAsync(request, ct);
        }

        public async Task<HttpResponseMessage> RefundAsync(PaymentCommand command, CancellationToken ct)
        {
            string url = $"api/v2/payments/{command.PaymentId}/refunds";
            return await _http.PostAsync(url, JsonContent.Create(new { command.Amount }), ct); // expect: FG2004
        }

        public async Task<HttpResponseMessage> CaptureAsync(PaymentCommand command, CancellationToken ct)
        {
            var request = new HttpRequestMessage
            {
                Method = HttpMethod.Post,
                RequestUri = new Uri($"api/v2/payments/{command.PaymentId}/captures", UriKind.Relative),
                Content = JsonContent.Create(new { command.Amount }),
            };
            return await _http.SendAsync(request, ct); // expect: FG2004
        }

        public Task<PaymentCommand?> GetAsync(Guid paymentId, CancellationToken ct)
            => _http.GetFromJsonAsync<PaymentCommand>($"api/v2/payments/{paymentId}", ct);

        public Task<HttpResponseMessage> SearchAsync(object query, CancellationToken ct)
            => _http.PostAsJsonAsync("api/v2/payments/search", query, ct);

        public Task<HttpResponseMessage> SaveDesignAsync(ProductCardDesign design, CancellationToken ct)
            => _http.PostAsJsonAsync("api/v2/product-cards", design, ct);

        public Task<HttpResponseMessage> UpdateProfileAsync(object profile, CancellationToken ct)
            => _http.PutAsJsonAsync("api/v2/customers/me", profile, ct);

        public Task<HttpResponseMessage> CancelAsync(Guid paymentId, CancellationToken ct)
            => _http.DeleteAsync($"api/v2/payments/{paymentId}", ct);
    }

    public sealed class StripeRawClient
    {
        private readonly IHttpClientFactory _factory;

        public StripeRawClient(IHttpClientFactory factory) => _factory = factory;

        public async Task<HttpResponseMessage> CreateCustomerAsync(IDictionary<string, string> form, CancellationToken ct)
        {
            HttpClient client = _factory.CreateClient("stripe");
            client.BaseAddress = new Uri("https://api.stripe.com/");
            return await client.PostAsync("v1/customers", new FormUrlEncodedContent(form), ct); // expect: FG2004
        }

        public async Task<HttpResponseMessage> ListChargesAsync(CancellationToken ct)
        {
            HttpClient client = _factory.CreateClient("stripe");
            client.BaseAddress = new Uri("https://api.stripe.com/");
            return await client.GetAsync("v1/charges?limit=10", ct);
        }
    }

    public sealed class PayPalRawClient
    {
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api-m.sandbox.paypal.com") };

        public async Task<HttpResponseMessage> CreateOrderAsync(object order, Guid orderId, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://api-m.sandbox.paypal.com/v2/checkout/orders") { Content = JsonContent.Create(order) };
            request.Headers.Add("PayPal-Request-Id", $"order-{orderId}");
            return await _http.SendAsync(request, ct);
        }

        public async Task<HttpResponseMessage> CaptureAsync(string paypalOrderId, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://api-m.sandbox.paypal.com/v2/checkout/orders/" + paypalOrderId + "/capture");
            return await _http.SendAsync(request, ct); // expect: FG2004
        }
    }

    public sealed class InternalLedgerClient
    {
        private readonly HttpClient _http = new HttpClient();

        // Not a payment endpoint: a ledger export and a card-design upload.
        public Task<HttpResponseMessage> ExportAsync(object batch) => _http.PostAsJsonAsync("https://ledger.example.com/exports", batch);

        public Task<HttpResponseMessage> UploadAsync(ProductCardDesign design) => _http.PostAsJsonAsync("https://cdn.example.com/uploads/card-designs", design);
    }
}
