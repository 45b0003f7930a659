using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2003 on YooKassa's .NET client (Yandex.Checkout.V3, held-out set 20): <c>CreatePayment</c>, <c>CapturePayment</c>,
/// <c>CreateRefund</c>, <c>CreatePayout</c> and their Async forms on <c>Client</c>/<c>AsyncClient</c> without the
/// <c>idempotenceKey</c> argument (the client then makes a fresh key per call), resolved and before restore. Look-alikes:
/// a key passed by position or by name, reads and cancellations, and a shop's own client of another namespace.
/// </summary>
public class YooKassaCallsTests
{
    // The client's shape, declared with its real namespace and member names.
    private const string Sdk = """

namespace Yandex.Checkout.V3
{
    public class NewPayment { }
    public class NewRefund { public string PaymentId { get; set; } }
    public class Payment { public string Id { get; set; } }
    public class Refund { }
    public class Client
    {
        public Payment CreatePayment(NewPayment payment, string idempotenceKey = null) => null;
        public Payment CapturePayment(string id, string idempotenceKey = null) => null;
        public Refund CreateRefund(NewRefund refund, string idempotenceKey = null) => null;
        public Payment GetPayment(string id) => null;
        public Payment CancelPayment(string id, string idempotenceKey = null) => null;
    }
    public class AsyncClient
    {
        public System.Threading.Tasks.Task<Payment> CreatePaymentAsync(NewPayment payment, string idempotenceKey = null, System.Threading.CancellationToken cancellationToken = default) => null;
        public System.Threading.Tasks.Task<Payment> CapturePaymentAsync(string id, string idempotenceKey = null, System.Threading.CancellationToken cancellationToken = default) => null;
    }
}
""";

    [Fact]
    public Task Calls_without_an_idempotence_key_are_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Threading;
using System.Threading.Tasks;
using Yandex.Checkout.V3;
public class ShopCheckout
{
    private readonly Client _client = new Client();
    private readonly AsyncClient _async = new AsyncClient();

    public async Task Pay(NewPayment payment, string paymentId, CancellationToken ct)
    {
        {|FG2003:_client.CreatePayment(payment)|};
        {|FG2003:_client.CapturePayment(paymentId, null)|};
        {|FG2003:_client.CreateRefund(new NewRefund { PaymentId = paymentId })|};
        await {|FG2003:_async.CreatePaymentAsync(payment, cancellationToken: ct)|};
        await {|FG2003:_async.CapturePaymentAsync(paymentId)|};
    }
}
""" + Sdk);

    [Fact]
    public Task Keys_reads_and_cancellations_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""
#nullable disable
using System.Threading.Tasks;
using Yandex.Checkout.V3;
public class ShopCheckout
{
    private readonly Client _client = new Client();
    private readonly AsyncClient _async = new AsyncClient();

    public async Task Pay(NewPayment payment, string orderId, string paymentId)
    {
        _client.CreatePayment(payment, "order-" + orderId);
        _client.CapturePayment(paymentId, idempotenceKey: "capture-" + orderId);
        await _async.CreatePaymentAsync(payment, orderId);
        _client.GetPayment(paymentId);
        _client.CancelPayment(paymentId);
    }
}
""" + Sdk);

    [Fact]
    public Task Calls_without_an_idempotence_key_are_reported_before_restore() => new VerifyCS.UnresolvedTest(withPackages: true)
    {
        TestCode = """

using Yandex.Checkout.V3;
public class Page
{
    static readonly Client _client = new Client("shop", "secret");
    public void Submit(decimal amount, string paymentId, AsyncClient asyncClient)
    {
        var payment = {|FG2003:_client.CreatePayment(new NewPayment { Amount = new Amount { Value = amount } })|};
        {|FG2003:_client.CapturePayment(payment.Id)|};
        {|FG2003:asyncClient.CreateRefundAsync(new NewRefund { PaymentId = paymentId })|};
        _client.CreatePayment(new NewPayment(), "order-" + paymentId);
        _client.CapturePayment(paymentId, idempotenceKey: paymentId);
        _client.GetPayment(paymentId);
    }
}
""",
    }.RunAsync();

    [Fact]
    public Task A_shops_own_client_outside_the_sdk_namespace_is_not_reported() => new VerifyCS.UnresolvedTest(withPackages: true)
    {
        TestCode = """

using Shop.Payments;
public class Page
{
    private readonly Client _client = new Client();
    public void Submit(Order order) => _client.CreatePayment(order);
}
""",
    }.RunAsync();
}
