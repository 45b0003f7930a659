using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.StripeIdempotencyKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2002 before restore (held-out set 16): the project's own subclass of a Stripe service (registered for dependency
/// injection) makes that service's calls, and <c>AccountService.Create</c> creates a Connect account. Look-alikes: a
/// subclass of the project's own resolved type, a read through the subclass, and a call with a key.
/// </summary>
public class StripeSubclassAndAccountCallsTests
{
    private static DiagnosticResult CreatesObject(int location, string call)
        => new DiagnosticResult("FG2002", DiagnosticSeverity.Info).WithLocation(location).WithArguments(call);

    [Fact]
    public Task Calls_through_a_subclass_of_a_service_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Stripe;
using Stripe.Checkout;
public class ShopCustomerService : CustomerService { }
public class ShopSessionService : SessionService { }
public class CustomerBroker
{
    private readonly ShopCustomerService _customers;
    public CustomerBroker(ShopCustomerService customers) => _customers = customers;
    public async Task<Customer> Create(CustomerCreateOptions options, CancellationToken cancellationToken)
        => await {|#0:_customers.CreateAsync(options, cancellationToken: cancellationToken)|};
    public async Task<Customer> Read(string id, CancellationToken cancellationToken)
        => await _customers.GetAsync(id, cancellationToken: cancellationToken);
    public async Task<Customer> Keyed(CustomerCreateOptions options, string orderId)
        => await _customers.CreateAsync(options, new RequestOptions { IdempotencyKey = ""customer-"" + orderId });
}
public class SessionBroker
{
    private readonly ShopSessionService _sessions;
    public SessionBroker(ShopSessionService sessions) => _sessions = sessions;
    public Task<Session> Start(SessionCreateOptions options) => {|#1:_sessions.CreateAsync(options)|};
}
", CreatesObject(0, "ShopCustomerService.CreateAsync"), CreatesObject(1, "ShopSessionService.CreateAsync"));

    [Fact]
    public Task Subclasses_of_own_types_are_not_read_as_stripe_services() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading.Tasks;
using Stripe;
public class CrmCustomerService { public Task<object> CreateAsync(object options) => Task.FromResult(options); }
public class LoyaltyCustomerService : CrmCustomerService { }
public class Signup
{
    private readonly LoyaltyCustomerService _customers = new LoyaltyCustomerService();
    public Task<object> Join(object options) => _customers.CreateAsync(options);
}
");

    [Fact]
    public Task Connect_accounts_created_without_a_key_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using System.Threading;
using System.Threading.Tasks;
using Stripe;
public class Onboarding
{
    private readonly AccountService _accounts = new AccountService();
    public async Task<string> Open(string email, CancellationToken cancellationToken)
    {
        var options = new AccountCreateOptions { Type = ""express"", Email = email };
        var account = await {|#0:_accounts.CreateAsync(options, cancellationToken: cancellationToken)|};
        return account.Id;
    }

    public Task<Account> Read(string id) => _accounts.GetAsync(id);
}
", CreatesObject(0, "AccountService.CreateAsync"));
}
