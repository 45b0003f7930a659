using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ProcessorIdempotencyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2003 on Authorize.Net, Braintree and PayPal calls recognised by their real type and member names, with the SDK
/// resolved (small stand-ins) and before restore (no SDK: error types that keep their names).
/// </summary>
public class NamedProcessorCallsTests
{
    [Fact]
    public Task Authorize_net_charge_without_duplicate_window_is_reported_before_restore() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using AuthorizeNet.Api.Controllers;
using AuthorizeNet.Api.Contracts.V1;
public class GatewayCharger
{
    public void Charge(decimal total, paymentType card)
    {
        var txn = new transactionRequestType { transactionType = transactionTypeEnum.authCaptureTransaction.ToString(), amount = total, payment = card };
        var ctl = new createTransactionController(new createTransactionRequest { transactionRequest = txn });
        {|#0:ctl.Execute()|};
    }

    public void ChargeOnce(decimal total, paymentType card)
    {
        var txn = new transactionRequestType
        {
            transactionType = transactionTypeEnum.authCaptureTransaction.ToString(), amount = total, payment = card,
            transactionSettings = new[] { new settingType { settingName = settingNameEnum.duplicateWindow.ToString(), settingValue = "600" } },
        };
        var ctl = new createTransactionController(new createTransactionRequest { transactionRequest = txn });
        ctl.Execute();
    }

    public void Cancel(string id)
    {
        var txn = new transactionRequestType { transactionType = transactionTypeEnum.voidTransaction.ToString(), refTransId = id };
        var ctl = new createTransactionController(new createTransactionRequest { transactionRequest = txn });
        ctl.Execute();
    }
}
""", new DiagnosticResult("FG2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("createTransactionController.Execute", "a duplicateWindow transaction setting (Authorize.Net's duplicate check)"));

    [Fact]
    public Task Braintree_sale_without_order_id_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Braintree;
public class Billing
{
    private readonly IBraintreeGateway _gateway = null!;
    public async Task Bill(decimal due, string vaultCustomer, string invoiceNumber)
    {
        await {|FG2003:_gateway.Transaction.SaleAsync(new TransactionRequest { Amount = due, CustomerId = vaultCustomer })|};
        await _gateway.Transaction.SaleAsync(new TransactionRequest { Amount = due, CustomerId = vaultCustomer, OrderId = invoiceNumber });
        var later = new TransactionRequest { Amount = due };
        later.OrderId = invoiceNumber;
        _gateway.Transaction.Sale(later);
        _gateway.Transaction.Sale(Build(due));
    }

    private static TransactionRequest Build(decimal due) => new TransactionRequest { Amount = due, OrderId = "x" };
}
namespace Braintree
{
    public class TransactionRequest { public decimal Amount { get; set; } public string CustomerId { get; set; } = ""; public string OrderId { get; set; } = ""; }
    public class Result { }
    public interface ITransactionGateway { Result Sale(TransactionRequest request); Task<Result> SaleAsync(TransactionRequest request); }
    public interface IBraintreeGateway { ITransactionGateway Transaction { get; } }
}
""");

    // Held-out set 9: a subscription billed at once is a charge (as Stripe's SubscriptionService.Create in FG2001); its
    // duplicate guard is a merchant-chosen subscription Id. Trials, later first billing dates and requests with an Id
    // or from a helper are not reported.
    [Fact]
    public Task Braintree_subscription_billed_at_once_without_an_id_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Threading.Tasks;
using Braintree;
public class Plans
{
    private readonly IBraintreeGateway _gateway = null!;
    public async Task Subscribe(string token, string customerId, DateTime start)
    {
        {|FG2003:_gateway.Subscription.Create(new SubscriptionRequest { PaymentMethodToken = token, PlanId = "team" })|};
        var request = new SubscriptionRequest { PaymentMethodToken = token, PlanId = "team", TrialPeriod = false };
        await {|FG2003:_gateway.Subscription.CreateAsync(request)|};
        _gateway.Subscription.Create(new SubscriptionRequest { PaymentMethodToken = token, PlanId = "team", Id = $"sub-{customerId}-team" });
        _gateway.Subscription.Create(new SubscriptionRequest { PaymentMethodToken = token, PlanId = "team", TrialPeriod = true });
        _gateway.Subscription.Create(new SubscriptionRequest { PaymentMethodToken = token, PlanId = "team", FirstBillingDate = start });
        _gateway.Subscription.Create(Build(token));
    }

    private static SubscriptionRequest Build(string token) => new SubscriptionRequest { PaymentMethodToken = token };
}
public class Newsletter
{
    public object Subscription { get; } = new object();
}
namespace Braintree
{
    public class SubscriptionRequest
    {
        public string Id { get; set; } = "";
        public string PaymentMethodToken { get; set; } = "";
        public string PlanId { get; set; } = "";
        public bool TrialPeriod { get; set; }
        public DateTime? FirstBillingDate { get; set; }
    }
    public class Result { }
    public interface ISubscriptionGateway { Result Create(SubscriptionRequest request); Task<Result> CreateAsync(SubscriptionRequest request); }
    public interface IBraintreeGateway { ISubscriptionGateway Subscription { get; } }
}
""");

    [Fact]
    public Task PayPal_checkout_sdk_capture_without_request_id_is_reported_before_restore() => VerifyCS.VerifyUnresolvedWithPackagesAsync(@"
using System.Threading.Tasks;
using PayPalCheckoutSdk.Orders;
public class Settlement
{
    public async Task Settle(PayPalHttp.HttpClient http, string paypalOrder, string attemptKey)
    {
        var capture = new OrdersCaptureRequest(paypalOrder);
        await {|#0:http.Execute(capture)|};

        var safe = new OrdersCaptureRequest(paypalOrder);
        safe.PayPalRequestId(attemptKey);
        await http.Execute(safe);

        await http.Execute(new OrdersGetRequest(paypalOrder));
    }
}", new DiagnosticResult("FG2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("OrdersCaptureRequest executed", "a PayPal-Request-Id (request.PayPalRequestId)"));

    [Fact]
    public Task PayPal_classic_capture_without_msg_sub_id_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class LegacyPayPal
{
    public void Capture(SoapApi api, string authorization, string attempt)
    {
        var req = new DoCaptureReq { DoCaptureRequest = new DoCaptureRequestType { AuthorizationID = authorization } };
        {|FG2003:api.DoCapture(req)|};
    }

    public void CaptureOnce(SoapApi api, string authorization, string attempt)
    {
        var req = new DoCaptureReq { DoCaptureRequest = new DoCaptureRequestType { AuthorizationID = authorization, MsgSubID = attempt } };
        api.DoCapture(req);
    }

    public void Lookalike(Warehouse store, string sku) => store.DoCapture(sku);
}
public class DoCaptureRequestType { public string AuthorizationID { get; set; } = ""; public string MsgSubID { get; set; } = ""; }
public class DoCaptureReq { public DoCaptureRequestType DoCaptureRequest { get; set; } = new(); }
public class SoapApi { public object DoCapture(DoCaptureReq request) => request; }
public class Warehouse { public void DoCapture(string sku) { } }
""");

    // Held-out set 4 (issue 18): the classic API's other money-moving or billable calls (merchant-initiated charges,
    // credits to a card, payouts, UATP payments, recurring profiles) take the same MsgSubID guard.
    [Fact]
    public Task PayPal_classic_billing_payout_and_credit_calls_without_msg_sub_id_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class Billing
{
    public void Run(PayPalAPIInterfaceServiceService service, string id, string attempt)
    {
        {|FG2003:service.MassPay(new MassPayReq())|};
        {|FG2003:service.BillUser(new BillUserReq())|};
        {|FG2003:service.BillOutstandingAmount(new BillOutstandingAmountReq())|};
        {|FG2003:service.DoNonReferencedCredit(new DoNonReferencedCreditReq())|};
        {|FG2003:service.DoUATPExpressCheckoutPayment(new DoUATPExpressCheckoutPaymentReq())|};
        var profile = new CreateRecurringPaymentsProfileReq();
        {|FG2003:service.CreateRecurringPaymentsProfile(profile)|};
    }

    public void Guarded(PayPalAPIInterfaceServiceService service, string attempt)
    {
        var req = new MassPayReq { MsgSubID = attempt };
        service.MassPay(req);
    }

    public void Lookalikes(PayrollService payroll, PayPalAPIInterfaceServiceService service)
    {
        payroll.MassPay("batch-1");
        payroll.BillUser(new BillUserRequest());
        service.ManageRecurringPaymentsProfileStatus(new ManageRecurringPaymentsProfileStatusReq());
    }
}
public class MassPayReq { public string MsgSubID { get; set; } = ""; }
public class BillUserReq { }
public class BillOutstandingAmountReq { }
public class DoNonReferencedCreditReq { }
public class DoUATPExpressCheckoutPaymentReq { }
public class CreateRecurringPaymentsProfileReq { }
public class ManageRecurringPaymentsProfileStatusReq { }
public class BillUserRequest { }
public class PayPalAPIInterfaceServiceService
{
    public object MassPay(MassPayReq r) => r;
    public object BillUser(BillUserReq r) => r;
    public object BillOutstandingAmount(BillOutstandingAmountReq r) => r;
    public object DoNonReferencedCredit(DoNonReferencedCreditReq r) => r;
    public object DoUATPExpressCheckoutPayment(DoUATPExpressCheckoutPaymentReq r) => r;
    public object CreateRecurringPaymentsProfile(CreateRecurringPaymentsProfileReq r) => r;
    public object ManageRecurringPaymentsProfileStatus(ManageRecurringPaymentsProfileStatusReq r) => r;
}
public class PayrollService { public void MassPay(string batch) { } public void BillUser(BillUserRequest r) { } }
""");

    // Authorize.Net AIM: a name/value form posted with WebClient.UploadValues. Charges, authorizations, captures and
    // credits without x_duplicate_window are reported; voids, a set duplicate window and forms that are not AIM are not.
    [Fact]
    public Task Authorize_net_aim_posts_that_move_money_without_a_duplicate_window_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Specialized;
using System.Net;
#pragma warning disable SYSLIB0014
public class AimGateway
{
    public byte[] Charge(string url, string amount, bool captureNow)
    {
        var client = new WebClient();
        var form = new NameValueCollection();
        form.Add("x_type", captureNow ? "AUTH_CAPTURE" : "AUTH_ONLY");
        form.Add("x_amount", amount);
        return {|FG2003:client.UploadValues(url, form)|};
    }

    public byte[] Capture(string url, string transactionId)
    {
        var form = new NameValueCollection { { "x_type", "PRIOR_AUTH_CAPTURE" }, { "x_trans_id", transactionId } };
        return {|FG2003:new WebClient().UploadValues(url, form)|};
    }

    public byte[] ChargeOnce(string url, string amount)
    {
        var form = new NameValueCollection();
        form.Add("x_type", "AUTH_CAPTURE");
        form.Add("x_duplicate_window", "600");
        form.Add("x_amount", amount);
        return new WebClient().UploadValues(url, form);
    }

    public byte[] Void(string url, string transactionId)
    {
        var form = new NameValueCollection { { "x_type", "VOID" }, { "x_trans_id", transactionId } };
        return new WebClient().UploadValues(url, form);
    }

    // Not AIM: a form with an unrelated type field.
    public byte[] Newsletter(string url)
    {
        var form = new NameValueCollection { { "type", "AUTH_ONLY" }, { "email", "a@b.c" } };
        return new WebClient().UploadValues(url, form);
    }
}
""");

    // PayPal REST API v1 (PayPal.Api) before restore: a card-funded payment.Create(apiContext) without a request id on
    // the context; look-alikes: a context built with a request id or given one, a header set by hand, a PayPal-wallet
    // payment (the buyer approves it later; nothing is charged at Create), another Payment type's Create.
    [Fact]
    public Task PayPal_rest_v1_payment_create_without_request_id_is_reported_before_restore() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using PayPal.Api;
public class PayPalDirect
{
    public Payment Sale(Payment payment, CreditCard card)
    {
        var apiContext = Configuration.GetAPIContext();
        payment.payer = new Payer { payment_method = "credit_card", funding_instruments = new List<FundingInstrument> { new FundingInstrument { credit_card = card } } };
        return {|#0:payment.Create(apiContext)|};
    }

    public Payment ApprovalOnly(Payment payment)
    {
        var apiContext = Configuration.GetAPIContext();
        payment.payer = new Payer { payment_method = "paypal" };
        return payment.Create(apiContext);
    }

    public Payment SaleOnce(Payment payment, string token, string orderId)
    {
        var apiContext = new APIContext(token, orderId);
        return payment.Create(apiContext);
    }

    public Payment SaleWithHeader(Payment payment, string orderId)
    {
        var apiContext = Configuration.GetAPIContext();
        apiContext.HTTPHeaders["PayPal-Request-Id"] = orderId;
        return payment.Create(apiContext);
    }

    public Payment SaleWithId(Payment payment, string orderId)
    {
        var apiContext = Configuration.GetAPIContext();
        apiContext.RequestId = orderId;
        return payment.Create(apiContext);
    }
}
public static class Configuration { public static APIContext GetAPIContext() => new APIContext("token"); }
""", new DiagnosticResult("FG2003", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Payment.Create", "a PayPal-Request-Id (new APIContext(accessToken, requestId))"));

    [Fact]
    public Task Other_payment_types_create_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

namespace Shop
{
    public class APIContext { }
    public class Payment { public Payment Create(APIContext context) => this; }
    public class Orders
    {
        public Payment Save(Payment payment) => payment.Create(new APIContext());
    }
}
""");
}
