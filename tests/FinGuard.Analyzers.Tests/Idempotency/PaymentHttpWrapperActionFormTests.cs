using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 through the project's own HTTP helper when an MVC action posts the form it was bound to (held-out set 13:
/// withdrawal and transfer forms posted to the bank's own API). The model binder fills the form from the browser, so no
/// caller forwards a reference through it; a form that carries a reference or idempotency key, and a helper method of the
/// controller or a service that forwards its caller's request, stay silent.
/// </summary>
public class PaymentHttpWrapperActionFormTests
{
    // Stand-ins for the project's helper and ASP.NET's base classes (by name: the evaluation compiles before restore).
    private const string Helper = """

using System.Net.Http;
using System.Threading.Tasks;
public interface IHttpClient { Task<T> PostAsync<T>(string relativeUrl, object body); }
public class HttpClientWrapper : IHttpClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task<T> PostAsync<T>(string relativeUrl, object body)
    {
        var response = await _http.PostAsync(relativeUrl, new StringContent(body.ToString()));
        return default!;
    }
}
public abstract class Controller { }
public abstract class ControllerBase { }
public class TransferForm { public int AccountId { get; set; } public string ToAccount { get; set; } = ""; public decimal Amount { get; set; } }
public class WithdrawalForm { public int AccountId { get; set; } public decimal Amount { get; set; } }
""";

    [Fact]
    public Task Actions_posting_their_bound_form_through_the_helper_are_reported() => VerifyCS.VerifyAnalyzerAsync(Helper + """
public class TransactionsController : Controller
{
    private readonly IHttpClient _client;
    public TransactionsController(IHttpClient client) => _client = client;
    public async Task<object> Transfer(TransferForm form) => await {|FG2004:_client.PostAsync<object>("api/Transaction/Transfer", form)|};
    public async Task<object> Withdraw(WithdrawalForm form) => await {|FG2004:_client.PostAsync<object>("api/Transaction/Withdraw", form)|};
}
public class PayoutsApiController : ControllerBase
{
    private readonly IHttpClient _client;
    public PayoutsApiController(IHttpClient client) => _client = client;
    public Task<object> Create(WithdrawalForm form) => {|FG2004:_client.PostAsync<object>("api/payouts", form)|};
}
""");

    [Fact]
    public Task Forms_with_a_reference_controller_helpers_and_services_that_forward_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Helper + """
public class KeyedTransferForm { public string IdempotencyKey { get; set; } = ""; public decimal Amount { get; set; } }
public class ReferencedPayoutForm { public string TransactionReference { get; set; } = ""; public decimal Amount { get; set; } }
public class TransfersController : Controller
{
    private readonly IHttpClient _client;
    public TransfersController(IHttpClient client) => _client = client;
    public Task<object> Keyed(KeyedTransferForm form) => _client.PostAsync<object>("api/Transaction/Transfer", form);
    public Task<object> Referenced(ReferencedPayoutForm form) => _client.PostAsync<object>("api/payouts", form);
    public Task<object> Read(TransferForm form) => _client.PostAsync<object>("api/Transaction/History", form);
    private Task<object> Send(TransferForm form) => _client.PostAsync<object>("api/Transaction/Transfer", form);
    public static Task<object> Static(IHttpClient client, TransferForm form) => client.PostAsync<object>("api/Transaction/Transfer", form);
}
public class TransferService
{
    private readonly IHttpClient _client;
    public TransferService(IHttpClient client) => _client = client;
    public Task<object> Transfer(TransferForm form) => _client.PostAsync<object>("api/Transaction/Transfer", form);
}
public class TransferPresenter : Controller
{
    private readonly IHttpClient _client;
    public TransferPresenter(IHttpClient client) => _client = client;
    public Task<object> Transfer(TransferForm form) => _client.PostAsync<object>("api/Transaction/Transfer", form);
}
""");
}
