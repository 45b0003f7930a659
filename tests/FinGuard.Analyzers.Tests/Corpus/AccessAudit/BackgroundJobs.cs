using System.Threading;
using System.Threading.Tasks;
using Stripe;

namespace Corpus.AccessAudit.Jobs
{
    // Look-alike: a scheduled job with no HTTP surface; nobody outside can call it, so FG5001 does not apply, and FG5002
    // checks only flows that start at an HTTP endpoint.
    public sealed class NightlySellerPayouts
    {
        private readonly PayoutService _payouts;

        public NightlySellerPayouts(StripeClient client) => _payouts = new PayoutService(client);

        public Task<Payout> RunAsync(string sellerAccount, long amount, string day, CancellationToken ct)
            => _payouts.CreateAsync(
                new PayoutCreateOptions { Amount = amount, Currency = "eur" },
                new RequestOptions { IdempotencyKey = $"payout-{sellerAccount}-{day}", StripeAccount = sellerAccount },
                ct);
    }
}
