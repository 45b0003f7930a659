using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2003 on iyzico's .NET SDK before restore (held-out set 8): <c>Payment.Create(request, options)</c> and the other
/// charging resources, with a request whose ConversationId is missing or made fresh per call. Look-alikes: a
/// ConversationId derived from the order, a cancel (void), a request handed in by the caller, and a shop's own Payment
/// type in a file that does not import Iyzipay.
/// </summary>
public class IyzipayCallsTests
{
    [Fact]
    public Task Charges_without_a_stable_conversation_id_are_reported_before_restore() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System;
using Iyzipay;
using Iyzipay.Model;
using Iyzipay.Request;
public class CardCheckout
{
    public Payment Pay(Options options, PaymentCard card, string price)
    {
        var request = new CreatePaymentRequest { ConversationId = Guid.NewGuid().ToString(), Price = price, PaidPrice = price, PaymentCard = card };
        return {|FG2003:Payment.Create(request, options)|};
    }

    public object PreAuthorize(Options options, string price)
        => {|FG2003:Iyzipay.Model.PaymentPreAuth.Create(new CreatePaymentRequest { Price = price, PaidPrice = price }, options)|};

    public Refund GiveBack(Options options, string transactionId, string price)
    {
        var request = new CreateRefundRequest { PaymentTransactionId = transactionId, Price = price };
        request.ConversationId = DateTime.UtcNow.Ticks.ToString();
        return {|FG2003:Refund.Create(request, options)|};
    }
}
""");

    [Fact]
    public Task Stable_conversation_ids_voids_requests_from_callers_and_own_types_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using Iyzipay;
using Iyzipay.Model;
using Iyzipay.Request;
public class GuardedCheckout
{
    public Payment Pay(Options options, PaymentCard card, string orderId, string price)
    {
        var request = new CreatePaymentRequest { ConversationId = "order-" + orderId, Price = price, PaidPrice = price, PaymentCard = card };
        return Payment.Create(request, options);
    }

    public Cancel Void(Options options, string paymentId)
        => Cancel.Create(new CreateCancelRequest { PaymentId = paymentId }, options);

    public Payment Forward(CreatePaymentRequest fromCaller, Options options) => Payment.Create(fromCaller, options);
}
""");

    [Fact]
    public Task A_shops_own_payment_type_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

namespace Shop.Billing
{
    public class PaymentRequest { public string ConversationId { get; set; } = ""; }
    public class Payment
    {
        public static Payment Create(PaymentRequest request, string tenant) => new Payment();
    }
    public class Orders
    {
        public Payment Place(string tenant) => Payment.Create(new PaymentRequest { ConversationId = System.Guid.NewGuid().ToString() }, tenant);
    }
}
""");
}
