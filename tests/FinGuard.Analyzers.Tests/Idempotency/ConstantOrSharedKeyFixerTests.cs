using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Idempotency.ConstantOrSharedKeyAnalyzer, FinGuard.CodeFixes.Idempotency.ConstantOrSharedKeyFixer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

public class ConstantOrSharedKeyFixerTests
{
    [Fact]
    public Task Shared_header_is_removed_from_default_request_headers() => VerifyCS.VerifyCodeFixAsync("""

using System;
using System.Net.Http;
public class PspClient
{
    private readonly HttpClient _http;
    public PspClient(HttpClient http)
    {
        _http = http;
        {|FG2006:_http.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString())|};
        _http.DefaultRequestHeaders.Add("Accept", "application/json");
    }
}
""", """

using System;
using System.Net.Http;
public class PspClient
{
    private readonly HttpClient _http;
    public PspClient(HttpClient http)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("Accept", "application/json");
    }
}
""");

    [Fact]
    public Task Literal_keys_get_no_fix() => VerifyCS.VerifyCodeFixAsync("""

using Stripe;
public class Checkout
{
    public void Pay() => new ChargeService().Create(new ChargeCreateOptions(), new RequestOptions { IdempotencyKey = {|FG2006:"charge"|} });
}
""", """

using Stripe;
public class Checkout
{
    public void Pay() => new ChargeService().Create(new ChargeCreateOptions(), new RequestOptions { IdempotencyKey = {|FG2006:"charge"|} });
}
""");
}
