using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Stripe;

namespace Shop.Resilience
{
    public sealed class PaymentAttempt
    {
        public Guid PaymentId { get; set; }
        public long AmountInCents { get; set; }
    }

    public sealed class RetryingPaymentClient
    {
        private readonly PaymentIntentService _intents = new PaymentIntentService();
        private readonly ResiliencePipeline _pipeline = new ResiliencePipeline();
        private readonly IAsyncPolicy _retryPolicy;
        private readonly HttpClient _psp;

        public RetryingPaymentClient(IAsyncPolicy retryPolicy, HttpClient psp)
        {
            _retryPolicy = retryPolicy;
            _psp = psp;
            _psp.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString()); // expect: FG2006
            _psp.DefaultRequestHeaders.Add("Accept", "application/json");
        }

        // Positive: a new key on every attempt of the retry loop.
        public async Task<PaymentIntent> ChargeWithLoopAsync(PaymentAttempt attempt, CancellationToken ct)
        {
            for (int tries = 0; tries < 3; tries++)
            {
                try
                {
                    var options = new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() }; // expect: FG2005
                    return await _intents.CreateAsync(new PaymentIntentCreateOptions { Amount = attempt.AmountInCents, Currency = "eur" }, options, ct);
                }
                catch (StripeException) when (tries < 2)
                {
                    await Task.Delay(200 * (tries + 1), ct);
                }
            }

            throw new InvalidOperationException("payment failed");
        }

        // Negative: the key is made once, before the loop.
        public async Task<PaymentIntent> ChargeWithHoistedKeyAsync(PaymentAttempt attempt, CancellationToken ct)
        {
            string key = Guid.NewGuid().ToString();
            for (int tries = 0; tries < 3; tries++)
            {
                try
                {
                    return await _intents.CreateAsync(new PaymentIntentCreateOptions { Amount = attempt.AmountInCents, Currency = "eur" }, new RequestOptions { IdempotencyKey = key }, ct);
                }
                catch (StripeException) when (tries < 2)
                {
                }
            }

            throw new InvalidOperationException("payment failed");
        }

        // Positive: a new key inside the Polly callback.
        public async Task<PaymentIntent> ChargeWithPipelineAsync(PaymentAttempt attempt, CancellationToken ct)
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                string key = $"pay-{DateTime.UtcNow:O}";
                return await _intents.CreateAsync(
                    new PaymentIntentCreateOptions { Amount = attempt.AmountInCents, Currency = "eur" },
                    new RequestOptions { IdempotencyKey = key }, // expect: FG2005
                    token);
            }, ct);
        }

        // Negative: the key derived from the payment id inside the callback is the same on every attempt.
        public async Task<PaymentIntent> ChargeWithStableKeyAsync(PaymentAttempt attempt, CancellationToken ct)
        {
            return await _pipeline.ExecuteAsync(async token =>
                await _intents.CreateAsync(
                    new PaymentIntentCreateOptions { Amount = attempt.AmountInCents, Currency = "eur" },
                    new RequestOptions { IdempotencyKey = $"payment-{attempt.PaymentId}" },
                    token), ct);
        }

        // Positive: raw HTTP retried by a Polly policy with a fresh header each time.
        public Task<HttpResponseMessage> CaptureRawAsync(PaymentAttempt attempt)
        {
            return _retryPolicy.ExecuteAsync(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "v1/captures") { Content = JsonContent.Create(attempt) };
                request.Headers.TryAddWithoutValidation("Idempotency-Key", Guid.NewGuid().ToString("N")); // expect: FG2005
                return await _psp.SendAsync(request);
            });
        }

        // Negative: header set per request from the payment id.
        public Task<HttpResponseMessage> CaptureRawSafelyAsync(PaymentAttempt attempt)
        {
            return _retryPolicy.ExecuteAsync(async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "v1/captures") { Content = JsonContent.Create(attempt) };
                request.Headers.Add("Idempotency-Key", attempt.PaymentId.ToString());
                return await _psp.SendAsync(request);
            });
        }

        // Negative: one new key per item of a batch is correct (each item is its own payment).
        public async Task ChargeBatchAsync(IReadOnlyList<PaymentAttempt> attempts, CancellationToken ct)
        {
            foreach (PaymentAttempt attempt in attempts)
            {
                await _intents.CreateAsync(new PaymentIntentCreateOptions { Amount = attempt.AmountInCents, Currency = "eur" }, new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() }, ct);
            }

            for (int i = 0; i < attempts.Count; i++)
            {
                try
                {
                    await _intents.CreateAsync(new PaymentIntentCreateOptions { Amount = attempts[i].AmountInCents, Currency = "eur" }, new RequestOptions { IdempotencyKey = $"payment-{attempts[i].PaymentId}" }, ct);
                }
                catch (StripeException)
                {
                }
            }
        }

        // Positive: a literal header key.
        public Task<HttpResponseMessage> RefundRawAsync(PaymentAttempt attempt, CancellationToken ct)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v1/refunds") { Content = JsonContent.Create(attempt) };
            request.Headers.Add("Idempotency-Key", "refund"); // expect: FG2006
            return _psp.SendAsync(request, ct);
        }
    }
}
