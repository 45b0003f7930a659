using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on held-out set 22's shape: a project's own copy of <c>PostAsJsonAsync(this HttpClient, Uri, T)</c> is judged as
/// the framework's is (by its URL, else by its body's type), and a body type that starts a transaction
/// (<c>CreateBankTransactionRequest</c>, <c>ProcessTransactionDto</c>) names a payment when the URL has no constant path.
/// Look-alikes: a copy that adds an idempotency header, a copy sent to a routed path, transactions that are added,
/// imported or read, a lone <c>TransactionDto</c>, a project method by another name.
/// </summary>
public class ProjectJsonCopiesAndTransactionBodiesTests
{
    private const string Copy = """
namespace Acquiring.Http
{
    using System;
    using System.Net.Http;
    using System.Threading.Tasks;
    public static class JsonPosting
    {
        public static Task<HttpResponseMessage> PostAsJsonAsync<T>(this HttpClient client, Uri url, T data)
            => client.PostAsync(url, new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(data)));
        public static Task<HttpResponseMessage> PutAsJsonAsync<T>(this HttpClient client, Uri url, T data)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(data!.ToString()!) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return client.SendAsync(request);
        }
        public static Task<HttpResponseMessage> SendJson<T>(this HttpClient client, Uri url, T data) => client.PostAsync(url, new StringContent(""));
    }
}
namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object? o) => ""; } }
""";

    [Fact]
    public Task A_project_copy_of_PostAsJsonAsync_with_a_transaction_starting_body_is_reported() => VerifyCS.VerifyAnalyzerAsync(Copy + """
namespace Acquiring
{
    using System;
    using System.Net.Http;
    using System.Threading.Tasks;
    using Acquiring.Http;
    public class CreateBankTransactionRequest { public decimal Amount { get; set; } }
    public class ProcessTransactionDto { public decimal Amount { get; set; } }
    public class BankOptions { public string Url { get; set; } = ""; }
    public class BankClient
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly BankOptions _options = new BankOptions();
        public async Task Pay(CreateBankTransactionRequest request) => await {|FG2004:_http.PostAsJsonAsync(new Uri(_options.Url), request)|};
        public async Task Process(Uri endpoint, ProcessTransactionDto dto) => await {|FG2004:_http.PostAsJsonAsync(endpoint, dto)|};
    }
}
""");

    [Fact]
    public Task Keyed_copies_routed_paths_and_recorded_or_read_transactions_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(Copy + """
namespace Ledger
{
    using System;
    using System.Net.Http;
    using System.Threading.Tasks;
    using Acquiring.Http;
    public class CreateBankTransactionRequest { }
    public class AddBankTransactionRequest { }
    public class ImportTransactionDto { }
    public class GetTransactionRequest { }
    public class TransactionDto { }
    public class BankStatementClient
    {
        private readonly HttpClient _http = new HttpClient();
        public async Task Keyed(Uri url, CreateBankTransactionRequest r) => await _http.PutAsJsonAsync(url, r);
        public async Task Routed(CreateBankTransactionRequest r) => await _http.PostAsJsonAsync(new Uri("https://ledger.example/api/notes"), r);
        public async Task Add(Uri url, AddBankTransactionRequest r) => await _http.PostAsJsonAsync(url, r);
        public async Task Import(Uri url, ImportTransactionDto r) => await _http.PostAsJsonAsync(url, r);
        public async Task Read(Uri url, GetTransactionRequest r) => await _http.PostAsJsonAsync(url, r);
        public async Task Lone(Uri url, TransactionDto r) => await _http.PostAsJsonAsync(url, r);
        public async Task Other(Uri url, CreateBankTransactionRequest r) => await _http.SendJson(url, r);
    }
}
""");
}
