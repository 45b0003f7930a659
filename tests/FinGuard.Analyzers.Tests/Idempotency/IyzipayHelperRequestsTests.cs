using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2003 on iyzico (held-out set 16): a request built by the project's own helper (<c>var request = await
/// GetCreatePaymentRequestAsync(info)</c>) is read through the one <c>new CreatePaymentRequest { ... }</c> that helper
/// returns. Look-alikes: a helper that sets a ConversationId from the order, a ConversationId set by the caller, and a
/// helper with several returns or one that returns a local.
/// </summary>
public class IyzipayHelperRequestsTests
{
    [Fact]
    public Task Requests_built_by_a_helper_without_a_conversation_id_are_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using System.Threading.Tasks;
using Iyzipay;
using Iyzipay.Model;
using Iyzipay.Request;
public class OrderInfo { public string OrderId { get; set; } = ""; public string Total { get; set; } = ""; }
public class PluginCheckout
{
    public async Task<Payment> Pay(OrderInfo info, Options options)
    {
        var request = await BuildRequestAsync(info);
        return {|FG2003:Payment.Create(request, options)|};
    }

    public Payment PayKeyed(OrderInfo info, Options options)
    {
        var request = BuildKeyedRequest(info);
        return Payment.Create(request, options);
    }

    public async Task<Payment> PayStamped(OrderInfo info, Options options)
    {
        var request = await BuildRequestAsync(info);
        request.ConversationId = "order-" + info.OrderId;
        return Payment.Create(request, options);
    }

    public Payment PayBranching(OrderInfo info, Options options, bool installments)
    {
        var request = BuildEither(info, installments);
        return Payment.Create(request, options);
    }

    protected virtual async Task<CreatePaymentRequest> BuildRequestAsync(OrderInfo info)
    {
        await Task.Yield();
        return new CreatePaymentRequest { Price = info.Total, PaidPrice = info.Total, BasketId = info.OrderId };
    }

    private CreatePaymentRequest BuildKeyedRequest(OrderInfo info)
        => new CreatePaymentRequest { ConversationId = "order-" + info.OrderId, Price = info.Total, PaidPrice = info.Total };

    private CreatePaymentRequest BuildEither(OrderInfo info, bool installments)
    {
        if (installments)
        {
            return new CreatePaymentRequest { Price = info.Total, Installment = 3 };
        }

        var single = new CreatePaymentRequest { Price = info.Total };
        return single;
    }
}
""");
}
