using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Adyen.Model;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;
using FinGuard.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Corpus.AccessAudit.Routes
{
    public sealed record PayoutRequest(string SellerId, long Amount, string BatchId);

    public sealed class SellerPayouts
    {
        private readonly HttpClient _http;

        public SellerPayouts(HttpClient http) => _http = http;

        public async Task<HttpResponseMessage> PayOutAsync(PayoutRequest payout, CancellationToken ct)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://api.bank.example/v2/payouts") { Content = JsonContent.Create(payout) };
            request.Headers.Add("Idempotency-Key", $"payout-{payout.BatchId}-{payout.SellerId}");
            return await _http.SendAsync(request, ct); // expect: FG5002
        }
    }

    public sealed class AdyenRefunds
    {
        private readonly ModificationsService _modifications = new ModificationsService();

        public async Task<PaymentRefundResponse> RefundAsync(string pspReference, Guid refundId, string actor, CancellationToken ct)
        {
            var response = await _modifications.RefundCapturedPaymentAsync(pspReference, new PaymentRefundRequest { MerchantAccount = "Shop" }, new RequestOptions { IdempotencyKey = $"refund-{refundId}" }, ct);
            AuditTrail.Record("refund", pspReference, actor);
            return response;
        }
    }

    public static class PaymentRoutes
    {
        public static void Map(WebApplication app, SellerPayouts payouts, AdyenRefunds refunds)
        {
            app.MapPost("/payouts", (PayoutRequest payout, CancellationToken ct) => payouts.PayOutAsync(payout, ct)); // expect: FG5001

            app.MapPost("/me/refunds/{psp}", (string psp, Guid id, CancellationToken ct) => refunds.RefundAsync(psp, id, "customer", ct)).RequireAuthorization(); // expect: FG5001

            // Look-alike: a route group with a policy protects every route mapped on it.
            var backOffice = app.MapGroup("/backoffice").RequireAuthorization("Treasury");
            backOffice.MapPost("/refunds/{psp}", (string psp, Guid id, CancellationToken ct) => refunds.RefundAsync(psp, id, "backoffice", ct));
            backOffice.MapPost("/payouts", (PayoutRequest payout, CancellationToken ct) => payouts.PayOutAsync(payout, ct));

            // Look-alike: a read-only route.
            app.MapGet("/payouts/{id}", (string id) => Results.Ok(id));
        }
    }
}
