using System.IO;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer, FinGuard.CodeFixes.Idempotency.ProcessorIdempotencyFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class ProcessorIdempotencyFixerTests
{
    private static string Stub(string name) => "\n" + File.ReadAllText(Path.Combine(CorpusTests.CorpusRoot, "Stubs", name));

    [Fact]
    public Task Checkout_com_gets_an_idempotency_key_argument() => VerifyCS.VerifyCodeFixAsync(@"
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
    }
}" + Stub("CheckoutCom.cs"), """

using System.Threading.Tasks;
using Checkout;
using Checkout.Payments;
public class CkoPayments
{
    private readonly ICheckoutApi _api = null!;
    public async Task Pay(PaymentRequest request, string paymentId, string orderId)
    {
        await _api.PaymentsClient().RequestPayment(request, idempotencyKey: $"payment-{paymentId}-request-payment");
        await _api.PaymentsClient().CapturePayment(paymentId, new CaptureRequest(), $"payment-{paymentId}-capture-payment");
    }
}
""" + Stub("CheckoutCom.cs"));

    [Fact]
    public Task Adyen_gets_request_options_with_a_key() => VerifyCS.VerifyCodeFixAsync("""

using System.Threading.Tasks;
using Adyen.Model;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;
public class AdyenCheckout
{
    private readonly IPaymentsService _payments = new PaymentsService();
    private readonly ModificationsService _modifications = new ModificationsService();
    public async Task Pay(PaymentRequest request)
    {
        await {|FG2003:_payments.PaymentsAsync(request)|};
        await {|FG2003:_modifications.CaptureAuthorisedPaymentAsync("psp1", new PaymentCaptureRequest(), new RequestOptions())|};
    }
}
""" + Stub("Adyen.cs"), """

using System.Threading.Tasks;
using Adyen.Model;
using Adyen.Model.Checkout;
using Adyen.Service.Checkout;
public class AdyenCheckout
{
    private readonly IPaymentsService _payments = new PaymentsService();
    private readonly ModificationsService _modifications = new ModificationsService();
    public async Task Pay(PaymentRequest request)
    {
        // TODO(FinGuard FG2003): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var paymentsKey = System.Guid.NewGuid().ToString();
        await _payments.PaymentsAsync(request, requestOptions: new RequestOptions { IdempotencyKey = paymentsKey });
        // TODO(FinGuard FG2003): derive this key from the business operation (for example the order id) so every retry of the operation sends the same key
        var captureAuthorisedPaymentKey = System.Guid.NewGuid().ToString();
        await _modifications.CaptureAuthorisedPaymentAsync("psp1", new PaymentCaptureRequest(), new RequestOptions { IdempotencyKey = captureAuthorisedPaymentKey });
    }
}
""" + Stub("Adyen.cs"));

    [Fact]
    public Task PayPal_input_gets_a_request_id() => VerifyCS.VerifyCodeFixAsync(@"
using System.Threading.Tasks;
using PaypalServerSdk.Standard.Controllers;
using PaypalServerSdk.Standard.Models;
public class PayPalCheckout
{
    private readonly OrdersController _orders = new OrdersController();
    public async Task Pay(OrderRequest body, string cartId)
    {
        await {|FG2003:_orders.CreateOrderAsync(new CreateOrderInput { Body = body })|};
    }
}" + Stub("PayPalServerSdk.cs"), """

using System.Threading.Tasks;
using PaypalServerSdk.Standard.Controllers;
using PaypalServerSdk.Standard.Models;
public class PayPalCheckout
{
    private readonly OrdersController _orders = new OrdersController();
    public async Task Pay(OrderRequest body, string cartId)
    {
        await _orders.CreateOrderAsync(new CreateOrderInput { Body = body, PaypalRequestId = $"cart-{cartId}-create-order" });
    }
}
""" + Stub("PayPalServerSdk.cs"));
}
