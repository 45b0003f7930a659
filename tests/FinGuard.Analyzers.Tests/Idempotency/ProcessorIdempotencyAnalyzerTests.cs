using System.IO;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class ProcessorIdempotencyAnalyzerTests
{
    // The stand-ins under Corpus/Stubs, with the SDKs' real namespaces and type names.
    private static string Stub(string name) => "\n" + File.ReadAllText(Path.Combine(CorpusTests.CorpusRoot, "Stubs", name));

    [Fact]
    public Task Adyen_payments_without_request_options_key_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Adyen.Model;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;
public class AdyenCheckout
{
    private readonly IPaymentsService _payments = new PaymentsService();
    private readonly ModificationsService _modifications = new ModificationsService();
    public async Task Pay(PaymentRequest request, string orderId, RequestOptions fromCaller)
    {
        await {|FG2003:_payments.PaymentsAsync(request)|};
        await {|FG2003:_payments.PaymentsAsync(request, new RequestOptions())|};
        await {|FG2003:_modifications.CaptureAuthorisedPaymentAsync("psp1", new PaymentCaptureRequest(), new RequestOptions { IdempotencyKey = "" })|};
        await _payments.PaymentsAsync(request, new RequestOptions { IdempotencyKey = $"order-{orderId}-payment" });
        await _modifications.RefundCapturedPaymentAsync("psp1", new PaymentRefundRequest(), fromCaller);
        await _payments.PaymentMethodsAsync(new PaymentMethodsRequest());
    }
}
""" + Stub("Adyen.cs"));

    [Fact]
    public Task Checkout_com_calls_without_idempotency_key_argument_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Checkout;
using Checkout.Payments;
public class CkoPayments
{
    private readonly ICheckoutApi _api = null!;
    public async Task Pay(PaymentRequest request, string paymentId, string orderId)
    {
        await {|FG2003:_api.PaymentsClient().RequestPayment(request)|};
        await {|FG2003:_api.PaymentsClient().CapturePayment(paymentId, new CaptureRequest(), null)|};
        await _api.PaymentsClient().RequestPayment(request, $"order-{orderId}");
        await _api.PaymentsClient().RefundPayment(paymentId, idempotencyKey: $"refund-{orderId}");
        await _api.PaymentsClient().GetPaymentDetails(paymentId);
    }
}
namespace Checkout.Shop
{
    public class CartService { public void CreatePayment(string idempotencyKey = "") { } }
    public class Use { public void Run() => new CartService().CreatePayment(); }
}
""" + Stub("CheckoutCom.cs"));

    [Fact]
    public Task PayPal_orders_without_request_id_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using PaypalServerSdk.Standard.Controllers;
using PaypalServerSdk.Standard.Models;
public class PayPalCheckout
{
    private readonly OrdersController _orders = new OrdersController();
    public async Task Pay(OrderRequest body, string cartId, CreateOrderInput prepared)
    {
        await {|FG2003:_orders.CreateOrderAsync(new CreateOrderInput { Body = body })|};
        var input = new CreateOrderInput { Body = body, Prefer = "return=minimal" };
        await {|FG2003:_orders.CreateOrderAsync(input)|};
        await _orders.CreateOrderAsync(new CreateOrderInput { Body = body, PaypalRequestId = $"cart-{cartId}" });
        var keyed = new CreateOrderInput { Body = body };
        keyed.PaypalRequestId = $"cart-{cartId}";
        await _orders.CreateOrderAsync(keyed);
        await _orders.CreateOrderAsync(prepared);
        await _orders.GetOrderAsync("o1");
    }
}
""" + Stub("PayPalServerSdk.cs"));
}
