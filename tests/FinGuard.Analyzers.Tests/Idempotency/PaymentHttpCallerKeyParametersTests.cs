using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.PaymentHttpRequestAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2004 on set 21: a request parameter whose type has an idempotency member is the processor's key only where the
/// method sends it (the parameter serialized or forwarded whole, or its key member read). A refund that copies only the
/// amount and reference of such a parameter into a new body posts no key. Look-alikes: the parameter serialized whole,
/// its key read into the body or a header.
/// </summary>
public class PaymentHttpCallerKeyParametersTests
{
    private const string Types = """

public class RefundOrder
{
    public string Reference { get; set; } = "";
    public decimal Amount { get; set; }
    public string? IdempotencyKey { get; set; }
}
""";

    [Fact]
    public Task A_parameter_whose_key_is_never_read_does_not_stand_for_the_header() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
public class RefundClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task RefundAsync(RefundOrder order)
    {
        var form = new Dictionary<string, string> { ["charge"] = order.Reference, ["amount"] = ((int)(order.Amount * 100)).ToString() };
        await {|FG2004:_http.PostAsync("/v1/refunds", new FormUrlEncodedContent(form))|};
    }
}
""" + Types, null);

    [Fact]
    public Task A_parameter_sent_whole_or_whose_key_is_read_stands_for_the_header() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
public class RefundClient
{
    private readonly HttpClient _http = new HttpClient();
    public async Task RefundWholeAsync(RefundOrder order)
    {
        await _http.PostAsync("/v1/refunds", new StringContent(JsonSerializer.Serialize(order)));
    }

    public async Task RefundWithKeyAsync(RefundOrder order)
    {
        var body = new Dictionary<string, string?> { ["amount"] = order.Amount.ToString(), ["key"] = order.IdempotencyKey };
        await _http.PostAsync("/v1/refunds", new StringContent(JsonSerializer.Serialize(body)));
    }
}
""" + Types, null);
}
