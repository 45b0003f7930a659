using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Shop.Workers
{
    public sealed record PayoutJob(Guid JobId, string SellerAccount, long Amount);

    // Background workers: every round takes a new job, so a key per round is not a per-attempt key.
    public sealed class PayoutWorker
    {
        private readonly Channel<PayoutJob> _jobs = Channel.CreateUnbounded<PayoutJob>();
        private readonly ConcurrentQueue<PayoutJob> _retryQueue = new ConcurrentQueue<PayoutJob>();
        private readonly PayoutService _payouts = new PayoutService();
        private readonly ILogger<PayoutWorker> _logger;

        public PayoutWorker(ILogger<PayoutWorker> logger) => _logger = logger;

        public async Task RunAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    PayoutJob job = await _jobs.Reader.ReadAsync(stoppingToken);
                    await _payouts.CreateAsync(
                        new PayoutCreateOptions { Amount = job.Amount, Currency = "eur" },
                        new RequestOptions { StripeAccount = job.SellerAccount, IdempotencyKey = $"payout-job-{job.JobId}" },
                        stoppingToken);
                }
                catch (StripeException ex)
                {
                    _logger.LogWarning(ex, "payout failed");
                }
            }
        }

        public void DrainRetries()
        {
            while (true)
            {
                try
                {
                    if (!_retryQueue.TryDequeue(out PayoutJob? job))
                    {
                        return;
                    }

                    _payouts.Create(new PayoutCreateOptions { Amount = job.Amount, Currency = "eur" }, new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() });
                }
                catch (StripeException ex)
                {
                    _logger.LogWarning(ex, "payout retry failed");
                }
            }
        }

        // Positive: the same job retried with a new key per attempt.
        public void PayOutWithRetries(PayoutJob job)
        {
            int attempts = 0;
            while (true)
            {
                try
                {
                    _payouts.Create(new PayoutCreateOptions { Amount = job.Amount, Currency = "eur" }, new RequestOptions { IdempotencyKey = Guid.NewGuid().ToString() }); // expect: FG2005
                    return;
                }
                catch (StripeException) when (++attempts < 3)
                {
                    Thread.Sleep(500);
                }
            }
        }
    }
}
