using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.StripeIdempotencyKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2001/FG2002 before restore: no Stripe.net reference, so the service types are error types that keep their names
/// (UnresolvedStripeCalls). Look-alikes: keys that are there, options handed in from elsewhere, reads and updates,
/// types of the same name without a Stripe import, the user's own resolved services, Billing Portal sessions.
/// </summary>
public class StripeUnresolvedCallsTests
{
    private static DiagnosticResult MovesMoney(int location, string call)
        => new DiagnosticResult("FG2001", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(call);

    private static DiagnosticResult CreatesObject(int location, string call)
        => new DiagnosticResult("FG2002", DiagnosticSeverity.Info).WithLocation(location).WithArguments(call);

    [Fact]
    public Task Service_calls_without_a_key_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading.Tasks;
using Stripe;
using Stripe.Checkout;
public class CheckoutController
{
    public async Task<string> Pay(long cents, string customerId)
    {
        var options = new PaymentIntentCreateOptions { Amount = cents, Currency = ""usd"", Customer = customerId };
        var service = new PaymentIntentService();
        var intent = await {|#0:service.CreateAsync(options)|};
        return intent.ClientSecret;
    }

    public string StartSession(string priceId)
    {
        var options = new SessionCreateOptions { Mode = ""payment"" };
        var session = {|#1:new SessionService().Create(options)|};
        return session.Url;
    }

    public void CaptureLater(string intentId)
    {
        var service = new PaymentIntentService();
        {|#2:service.Capture(intentId)|};
        {|#3:service.Capture(intentId, new PaymentIntentCaptureOptions { AmountToCapture = 500 }, new RequestOptions { StripeAccount = ""acct_1"" })|};
    }

    public Customer SignUp(string email)
    {
        var service = new CustomerService();
        return {|#4:service.Create(new CustomerCreateOptions { Email = email }, null)|};
    }
}",
        MovesMoney(0, "PaymentIntentService.CreateAsync"),
        CreatesObject(1, "SessionService.Create"),
        MovesMoney(2, "PaymentIntentService.Capture"),
        MovesMoney(3, "PaymentIntentService.Capture"),
        CreatesObject(4, "CustomerService.Create"));

    [Fact]
    public Task Stripe_client_v1_accessors_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using Stripe;
using Stripe.Checkout;
public class SubscriptionsApi
{
    private readonly StripeClient _client;
    public SubscriptionsApi(StripeClient client) { _client = client; }

    public void Start(string customerId, string priceId)
    {
        var session = {|#0:_client.V1.Checkout.Sessions.Create(new SessionCreateOptions { Customer = customerId })|};
        var subscription = {|#1:_client.V1.Subscriptions.Create(new SubscriptionCreateOptions { Customer = customerId })|};
        var refund = {|#2:_client.V1.Refunds.Create(new RefundCreateOptions { PaymentIntent = ""pi_1"" })|};
    }
}",
        CreatesObject(0, "SessionService.Create"),
        MovesMoney(1, "SubscriptionService.Create"),
        MovesMoney(2, "RefundService.Create"));

    [Fact]
    public Task Calls_with_a_key_or_options_from_elsewhere_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Stripe;
public class Payments
{
    private readonly RequestOptions _sharedOptions;
    private readonly StripeClient _client;

    public async Task Charge(PaymentIntentCreateOptions options, RequestOptions requestOptions, string orderId, CancellationToken ct)
    {
        var service = new PaymentIntentService();
        await service.CreateAsync(options, new RequestOptions { IdempotencyKey = ""order-"" + orderId }, ct);
        await service.CreateAsync(options, requestOptions, ct);
        await service.CreateAsync(options, _sharedOptions);
        await service.CreateAsync(options, Build(orderId));
        await service.CreateAsync(options, requestOptions: requestOptions);
        await _client.V1.PaymentIntents.CreateAsync(options, new RequestOptions { IdempotencyKey = orderId });
    }

    private static RequestOptions Build(string orderId) => new RequestOptions { IdempotencyKey = orderId };
}");

    [Fact]
    public Task Reads_updates_and_cancellations_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using Stripe;
using Stripe.Checkout;
public class Lookups
{
    public void Run(string id, StripeClient client)
    {
        var intents = new PaymentIntentService();
        intents.Get(id);
        intents.Update(id, new PaymentIntentUpdateOptions { Description = ""x"" });
        intents.Cancel(id);
        new CustomerService().List(new CustomerListOptions { Limit = 3 });
        client.V1.Checkout.Sessions.Get(id);
        client.V1.Customers.Delete(id);
    }
}");

    [Fact]
    public Task Same_names_without_a_stripe_import_or_resolved_user_types_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using Acme.Billing;
namespace Shop
{
    public class OrderFlow
    {
        public void Run(string id)
        {
            // An unrestored package of another vendor with Stripe-like names: no Stripe import, no finding.
            new PaymentIntentService().Create(new PaymentIntentCreateOptions());
            new SessionService().Create(new SessionCreateOptions());
        }
    }
}
namespace Shop.Stripeless
{
    using Stripe;
    // The application's own CustomerService binds: it is not Stripe's, whatever the imports.
    public class CustomerCreateOptions { public string Email { get; set; } = """"; }
    public class CustomerService { public object Create(CustomerCreateOptions options) => options; }
    public class SignUp
    {
        public object Run(string email) => new CustomerService().Create(new CustomerCreateOptions { Email = email });
    }
}");

    // Held-out set 11: the namespace written out instead of imported, a global using kept in another file, and a file
    // copied without its using directives whose options carry Stripe.net's own name for the call.
    [Fact]
    public Task Qualified_globally_imported_and_unimported_checkout_sessions_are_reported()
    {
        var test = new VerifyCS.UnresolvedTest { TestCode = @"
namespace Billing
{
    public static class Checkout
    {
        public static string CreateSession()
        {
            var options = new Stripe.Checkout.SessionCreateOptions { Mode = ""payment"", SuccessUrl = ""https://shop.example/ok"" };
            var service = new Stripe.Checkout.SessionService();
            Stripe.Checkout.Session session = {|#0:service.Create(options)|};
            return session.Id;
        }
    }
}
namespace Reservations
{
    public class CheckoutService
    {
        public string CreateSession(string domain, decimal total)
        {
            var options = new SessionCreateOptions
            {
                LineItems = new System.Collections.Generic.List<SessionLineItemOptions> { new SessionLineItemOptions { Quantity = 1 } },
                Mode = ""payment"",
                SuccessUrl = domain + ""/paid"",
            };
            var service = new SessionService();
            Session session = {|#1:service.Create(options)|};
            return session.Id;
        }
    }
}" };
        test.TestState.Sources.Add(("Orders.cs", @"
namespace Orders
{
    public class OrderPayments
    {
        public object Pay(long cents) => {|#2:new PaymentIntentService().Create(new PaymentIntentCreateOptions { Amount = cents })|};
    }
}"));
        test.TestState.Sources.Add(("GlobalUsings.cs", "global using Stripe;\n"));
        test.ExpectedDiagnostics.Add(CreatesObject(0, "SessionService.Create"));
        test.ExpectedDiagnostics.Add(CreatesObject(1, "SessionService.Create"));
        test.ExpectedDiagnostics.Add(MovesMoney(2, "PaymentIntentService.Create"));
        return test.RunAsync();
    }

    [Fact]
    public Task Qualified_portal_sessions_and_unimported_look_alikes_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
namespace Portal
{
    public class Links
    {
        public string Open(string customerId)
        {
            var service = new Stripe.BillingPortal.SessionService();
            var session = service.Create(new Stripe.BillingPortal.SessionCreateOptions { Customer = customerId });
            return session.Url;
        }
    }
}
namespace Kiosk
{
    public class Sessions
    {
        // No import, but neither line items nor a mode: a login or kiosk session of some other package.
        public object Start(string user) => new SessionService().Create(new SessionCreateOptions { User = user });

        // The options do not carry the service's own name.
        public object Pay(long cents) => new PaymentIntentService().Create(new ChargeRequestOptions { Amount = cents });
    }
}");

    [Fact]
    public Task Billing_portal_sessions_are_not_checkout_sessions() => VerifyCS.VerifyUnresolvedAsync(@"
using Stripe;
using Stripe.BillingPortal;
public class Portal
{
    public string Open(string customerId)
    {
        var session = new SessionService().Create(new SessionCreateOptions { Customer = customerId });
        return session.Url;
    }
}");

    // The old Stripe.net API (before version 20: StripeChargeService, StripeCustomerService, StripeRequestOptions),
    // unresolved, or its source copied into the project under a namespace of its own ending in "Stripe".
    [Fact]
    public Task Old_api_services_unresolved_or_copied_into_the_project_are_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using Acme.Gateways.Stripe;
using Stripe;
namespace Acme.Gateways.Stripe
{
    public class StripeChargeCreateOptions { public int Amount { get; set; } }
    public class StripeRequestOptions { public string IdempotencyKey { get; set; } }
    public class StripeCharge { }
    public class StripeChargeService
    {
        public virtual StripeCharge Create(StripeChargeCreateOptions createOptions, StripeRequestOptions requestOptions = null) => new StripeCharge();
        public virtual StripeCharge Capture(string chargeId, StripeRequestOptions requestOptions = null) => new StripeCharge();
    }
}
namespace Acme.Gateways
{
    public class Gateway
    {
        public void Sale(int amount, string chargeId, string email)
        {
            var chargeService = new StripeChargeService();
            {|#0:chargeService.Create(new StripeChargeCreateOptions { Amount = amount })|};
            {|#1:chargeService.Capture(chargeId)|};
            var customers = new StripeCustomerService();
            {|#2:customers.Create(new StripeCustomerCreateOptions { Email = email })|};
        }
    }
}",
        MovesMoney(0, "StripeChargeService.Create"),
        MovesMoney(1, "StripeChargeService.Capture"),
        CreatesObject(2, "StripeCustomerService.Create"));

    // Look-alikes: an old-API call with request options that carry a key or come from elsewhere, reads, and a
    // StripeChargeService of the project's own that is not in a Stripe namespace.
    [Fact]
    public Task Old_api_calls_with_a_key_reads_and_own_services_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
namespace Acme.Gateways.Stripe
{
    public class StripeChargeCreateOptions { public int Amount { get; set; } }
    public class StripeRequestOptions { public string IdempotencyKey { get; set; } }
    public class StripeCharge { }
    public class StripeChargeService
    {
        public virtual StripeCharge Create(StripeChargeCreateOptions createOptions, StripeRequestOptions requestOptions = null) => new StripeCharge();
        public virtual StripeCharge Get(string chargeId) => new StripeCharge();
    }
}
namespace Acme.Billing
{
    public class StripeChargeService { public void Create(ChargeCreateOptions options) { } }
    public class ChargeCreateOptions { }
    public class Gateway
    {
        public void Sale(int amount, string orderId, Acme.Gateways.Stripe.StripeRequestOptions fromCaller)
        {
            var chargeService = new Acme.Gateways.Stripe.StripeChargeService();
            chargeService.Create(new Acme.Gateways.Stripe.StripeChargeCreateOptions { Amount = amount }, new Acme.Gateways.Stripe.StripeRequestOptions { IdempotencyKey = orderId });
            chargeService.Create(new Acme.Gateways.Stripe.StripeChargeCreateOptions { Amount = amount }, fromCaller);
            chargeService.Get(orderId);
            new StripeChargeService().Create(new ChargeCreateOptions());
        }
    }
}");

    // Held-out set 15: request options built in a local of the calling member without a key (the old API's
    // StripeRequestOptions carrying only the connected account) are a missing key; a local that gets its key later in
    // the member, and a local from elsewhere, are not.
    [Fact]
    public Task Request_options_locals_without_a_key_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using Stripe;
public class ConnectedCharges
{
    private readonly StripeChargeService _charges;
    private readonly StripeRefundService _refunds;
    public ConnectedCharges(StripeChargeService charges, StripeRefundService refunds) { _charges = charges; _refunds = refunds; }
    public StripeCharge Charge(string account, string source, int amount)
    {
        var requestOptions = new StripeRequestOptions() { StripeConnectAccountId = account };
        var options = new StripeChargeCreateOptions { Amount = amount, SourceTokenOrExistingSourceId = source };
        return {|#0:_charges.Create(options, requestOptions)|};
    }
    public StripeRefund Refund(string account, string chargeId)
    {
        var requestOptions = new StripeRequestOptions { StripeConnectAccountId = account };
        return {|#1:_refunds.Create(chargeId, new StripeRefundCreateOptions(), requestOptions)|};
    }
    public StripeCharge Keyed(string account, string orderId, int amount)
    {
        var requestOptions = new StripeRequestOptions { StripeConnectAccountId = account };
        requestOptions.IdempotencyKey = ""charge-"" + orderId;
        return _charges.Create(new StripeChargeCreateOptions { Amount = amount }, requestOptions);
    }
    public StripeCharge Handed(StripeRequestOptions fromCaller, int amount)
    {
        var requestOptions = fromCaller;
        return _charges.Create(new StripeChargeCreateOptions { Amount = amount }, requestOptions);
    }
}",
        MovesMoney(0, "StripeChargeService.Create"),
        MovesMoney(1, "StripeRefundService.Create"));

    // Held-out set 4 (issue 18): request options from the project's own helper or read-only field that sets only
    // StripeAccount carry no key; a transfer reversal keyed by an id read from an unresolved Stripe object.
    [Fact]
    public Task Options_from_helpers_without_a_key_and_reversals_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading.Tasks;
using Stripe;
using Stripe.Checkout;
public class Connect
{
    private readonly RequestOptions _platform = new RequestOptions { StripeAccount = ""acct_platform"" };
    private readonly SubscriptionService _subscriptions = new SubscriptionService();
    private readonly InvoiceService _invoices = new InvoiceService();

    public RequestOptions GetStandardAccountRequestOption(string accountId)
    {
        if (string.IsNullOrEmpty(accountId))
        {
            return null;
        }
        return new RequestOptions { StripeAccount = accountId };
    }

    private static RequestOptions ForAccount(string accountId) => new RequestOptions { StripeAccount = accountId, ApiKey = ""sk"" };

    public async Task Run(SubscriptionCreateOptions options, InvoiceCreateOptions invoice, string accountId, Charge charge)
    {
        await {|#0:_subscriptions.CreateAsync(options, GetStandardAccountRequestOption(accountId))|};
        await {|#1:_invoices.CreateAsync(invoice, ForAccount(accountId))|};
        await {|#2:_subscriptions.CreateAsync(options, _platform)|};
        var reversal = new TransferReversalService();
        {|#3:reversal.Create(charge.TransferId, new TransferReversalCreateOptions { Amount = 100 })|};
    }
}",
        MovesMoney(0, "SubscriptionService.CreateAsync"),
        CreatesObject(1, "InvoiceService.CreateAsync"),
        MovesMoney(2, "SubscriptionService.CreateAsync"),
        MovesMoney(3, "TransferReversalService.Create"));

    // Look-alikes: a helper that sets a key or hands back what it was given, a field whose type sets a key later, a
    // Billing Portal session named by its namespace next to a Checkout import, and calls in an integration-test project.
    [Fact]
    public Task Helpers_with_a_key_portal_sessions_and_test_projects_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading.Tasks;
using Stripe;
using Stripe.Checkout;
public class Connect
{
    private readonly SubscriptionService _subscriptions = new SubscriptionService();

    private static RequestOptions Keyed(string accountId, string key) => new RequestOptions { StripeAccount = accountId, IdempotencyKey = key };

    private static RequestOptions Later(string accountId, string key)
    {
        var options = new RequestOptions { StripeAccount = accountId };
        options.IdempotencyKey = key;
        return options;
    }

    private static RequestOptions Given(RequestOptions options) => options;

    public async Task Run(SubscriptionCreateOptions options, string accountId, string key, RequestOptions fromCaller)
    {
        await _subscriptions.CreateAsync(options, Keyed(accountId, key));
        await _subscriptions.CreateAsync(options, Later(accountId, key));
        await _subscriptions.CreateAsync(options, Given(fromCaller));
        var portal = new Stripe.BillingPortal.SessionService();
        var session = await portal.CreateAsync(new Stripe.BillingPortal.SessionCreateOptions { Customer = accountId });
        await new Stripe.BillingPortal.SessionService().CreateAsync(new Stripe.BillingPortal.SessionCreateOptions());
    }
}");

    [Fact]
    public Task Calls_in_integration_test_projects_are_not_reported()
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add(("/repo/tests/Shop.Api.IntegrationTests/Controllers/ContributionActions.cs", @"
using System.Threading.Tasks;
using Stripe;
public class ContributionActions
{
    private readonly PaymentIntentService _paymentIntentService = new PaymentIntentService();
    public Task<PaymentIntent> Confirm(string id) => _paymentIntentService.ConfirmAsync(id, new PaymentIntentConfirmOptions { PaymentMethod = ""pm_card_visa"" });
}"));
        return test.RunAsync();
    }

    [Fact]
    public Task Target_typed_options_without_a_key_are_reported_and_with_a_key_or_from_the_caller_are_not() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using Stripe;
public class CustomerDirectory
{
    private CustomerService customers = new();
    private PaymentIntentService intents = new();

    public async Task<Customer> Ensure(string userId, string email)
    {
        var metadata = new Dictionary<string, string> { [""user""] = userId };
        return await {|#0:customers.CreateAsync(new() { Email = email, Metadata = metadata })|};
    }

    public Task<PaymentIntent> Pay(long cents, string orderId)
        => {|#1:intents.CreateAsync(new() { Amount = cents, Currency = ""eur"" }, new() { StripeAccount = ""acct_1"" })|};

    public async Task Keyed(string userId, string email, RequestOptions fromCaller)
    {
        await customers.CreateAsync(new() { Email = email }, new() { IdempotencyKey = ""customer-"" + userId });
        await customers.CreateAsync(new() { Email = email }, fromCaller);
        await customers.UpdateAsync(userId, new() { Email = email });
    }
}", CreatesObject(0, "CustomerService.CreateAsync"), MovesMoney(1, "PaymentIntentService.CreateAsync"));

    // Held-out set 10: Confirm and Capture take the intent's own id, read from an unresolved PaymentIntent (intent.Id).
    // Look-alikes: the same call with a key in its request options, and a read of the intent by that id.
    [Fact]
    public Task Confirm_and_capture_with_the_intents_own_id_are_reported_unless_keyed() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading.Tasks;
using Stripe;
public class SubscriptionCheckout
{
    public PaymentIntent Finish(Subscription subscription, string paymentMethodId, string returnUrl)
    {
        PaymentIntent intent = subscription.LatestInvoice.PaymentIntent;
        var service = new PaymentIntentService();
        var options = new PaymentIntentConfirmOptions { PaymentMethod = paymentMethodId, ReturnUrl = returnUrl };
        return {|#0:service.Confirm(intent.Id, options)|};
    }

    public Task<PaymentIntent> Settle(PaymentIntent intent)
        => {|#1:new PaymentIntentService().CaptureAsync(intent.Id)|};

    public PaymentIntent Keyed(PaymentIntent intent, string orderId)
    {
        var service = new PaymentIntentService();
        service.Get(intent.Id);
        return service.Confirm(intent.Id, new PaymentIntentConfirmOptions(), new RequestOptions { IdempotencyKey = ""order-"" + orderId + ""-confirm"" });
    }
}", MovesMoney(0, "PaymentIntentService.Confirm"), MovesMoney(1, "PaymentIntentService.CaptureAsync"));
}
