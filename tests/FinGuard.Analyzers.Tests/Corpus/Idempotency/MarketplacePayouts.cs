using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Stripe;

namespace Shop.Marketplace
{
    public sealed record SellerSettlement(Guid SettlementId, string SellerAccountId, long AmountInCents);

    public sealed class MarketplacePayouts
    {
        private const string TransferKey = "marketplace-transfer";
        private static readonly string ProcessKey = Guid.NewGuid().ToString();

        private readonly TransferService _transfers = new TransferService();
        private readonly PayoutService _payouts = new PayoutService();
        private readonly InvoiceService _invoices = new InvoiceService();
        private readonly SubscriptionService _subscriptions = new SubscriptionService();

        public Transfer Settle(SellerSettlement settlement)
        {
            var options = new TransferCreateOptions { Amount = settlement.AmountInCents, Currency = "eur", Destination = settlement.SellerAccountId };
            return _transfers.Create(options); // expect: FG2001
        }

        public Transfer SettleSafely(SellerSettlement settlement)
        {
            var options = new TransferCreateOptions { Amount = settlement.AmountInCents, Currency = "eur", Destination = settlement.SellerAccountId };
            return _transfers.Create(options, new RequestOptions { IdempotencyKey = $"settlement-{settlement.SettlementId}-transfer" });
        }

        public Transfer SettleWithConstantKey(SellerSettlement settlement)
        {
            var options = new TransferCreateOptions { Amount = settlement.AmountInCents, Currency = "eur", Destination = settlement.SellerAccountId };
            return _transfers.Create(options, new RequestOptions { IdempotencyKey = TransferKey }); // expect: FG2006
        }

        public Payout PayOut(long amount, string sellerAccount)
        {
            var requestOptions = new RequestOptions
            {
                StripeAccount = sellerAccount,
                IdempotencyKey = ProcessKey, // expect: FG2006
            };
            return _payouts.Create(new PayoutCreateOptions { Amount = amount, Currency = "eur" }, requestOptions);
        }

        public Payout PayOutDaily(long amount, string sellerAccount, DateOnly day)
        {
            var requestOptions = new RequestOptions { StripeAccount = sellerAccount, IdempotencyKey = $"payout-{sellerAccount}-{day:yyyyMMdd}" };
            return _payouts.Create(new PayoutCreateOptions { Amount = amount, Currency = "eur" }, requestOptions);
        }

        public async Task<Invoice> CollectAsync(string invoiceId, CancellationToken ct)
        {
            return await _invoices.PayAsync(invoiceId, new InvoicePayOptions(), cancellationToken: ct); // expect: FG2001
        }

        public async Task<Invoice> DraftAsync(string customerId, CancellationToken ct)
        {
            return await _invoices.CreateAsync(new InvoiceCreateOptions { Customer = customerId }, cancellationToken: ct); // expect: FG2002
        }

        public Subscription Subscribe(string customerId, string priceId)
        {
            var items = new List<SubscriptionItemOptions> { new SubscriptionItemOptions { Price = priceId } };
            return _subscriptions.Create(new SubscriptionCreateOptions { Customer = customerId, Items = items }); // expect: FG2001
        }

        public Subscription SubscribeSafely(string customerId, string priceId, Guid signupId)
        {
            var items = new List<SubscriptionItemOptions> { new SubscriptionItemOptions { Price = priceId } };
            return _subscriptions.Create(new SubscriptionCreateOptions { Customer = customerId, Items = items }, new RequestOptions { IdempotencyKey = $"signup-{signupId}" });
        }

        public Subscription ChangePlan(string subscriptionId, string priceId)
            => _subscriptions.Update(subscriptionId, new SubscriptionUpdateOptions { Items = new List<SubscriptionItemOptions> { new SubscriptionItemOptions { Price = priceId } } });
    }
}
