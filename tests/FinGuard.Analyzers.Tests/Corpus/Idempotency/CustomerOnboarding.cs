using System;
using System.Threading;
using System.Threading.Tasks;
using Stripe;
using Stripe.Checkout;

namespace Shop.Onboarding
{
    public sealed class SignupRequest
    {
        public Guid SignupId { get; set; }
        public string Email { get; set; } = "";
    }

    public sealed class CustomerOnboarding
    {
        private readonly CustomerService _customers = new CustomerService();
        private readonly SetupIntentService _setupIntents = new SetupIntentService();
        private readonly SessionService _sessions = new SessionService();

        public Task<Customer> CreateCustomerAsync(SignupRequest signup, CancellationToken ct)
            => _customers.CreateAsync(new CustomerCreateOptions { Email = signup.Email }, cancellationToken: ct); // expect: FG2002

        public Task<Customer> CreateCustomerSafelyAsync(SignupRequest signup, CancellationToken ct)
            => _customers.CreateAsync(new CustomerCreateOptions { Email = signup.Email }, new RequestOptions { IdempotencyKey = $"signup-{signup.SignupId}-customer" }, ct);

        public SetupIntent SaveCard(string customerId)
        {
            return _setupIntents.Create(new SetupIntentCreateOptions { Customer = customerId, Usage = "off_session" }); // expect: FG2002
        }

        public Session StartCheckout(string customerId, string priceId, Guid cartId)
        {
            var options = new SessionCreateOptions { Customer = customerId, Mode = "payment", SuccessUrl = "https://shop.example/done" };
            return _sessions.Create(options, new RequestOptions { IdempotencyKey = $"cart-{cartId}-checkout" });
        }

        public Session StartCheckoutQuickly(string customerId)
        {
            var options = new SessionCreateOptions { Customer = customerId, Mode = "setup", SuccessUrl = "https://shop.example/done" };
            return _sessions.Create(options); // expect: FG2002
        }

        public Customer Lookup(string customerId) => _customers.Get(customerId);

        public Customer Rename(string customerId, string name) => _customers.Update(customerId, new CustomerUpdateOptions { Name = name });

        // Look-alike: a local "CustomerService" in another namespace.
        public void Audit(Shop.Crm.CustomerService crm) => crm.Create("audit");
    }
}

namespace Shop.Crm
{
    public sealed class CustomerService
    {
        public void Create(string name) { }
    }

    public sealed class PaymentIntentService
    {
        public void Create(object options) { }

        public void Capture(string id) { }
    }

    public sealed class CrmSync
    {
        public void Run()
        {
            new PaymentIntentService().Create(new object());
            new PaymentIntentService().Capture("pi_local");
        }
    }
}
