using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Idempotency.ConstantOrSharedKeyAnalyzer>;

namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>
/// FG2006 on set 20: an integration test that fixes the idempotency key on its per-test client, on purpose, to check that
/// the service answers a repeat with the first result, is test code and is not reported; the same code in a product file is.
/// </summary>
public class ConstantOrSharedKeyInTestCodeTests
{
    private const string Source = """

using System.Net.Http;
using System.Threading.Tasks;
public class CheckoutFlow
{
    public async Task Checkout_is_idempotent(HttpClient client)
    {
        const string idempotencyKey = "integration-checkout-idempotency";
        client.DefaultRequestHeaders.Remove("Idempotency-Key");
        client.DefaultRequestHeaders.Add("Idempotency-Key", idempotencyKey);
        await client.PostAsync("/api/orders/checkout", new StringContent("{}"));
    }
}
""";

    [Fact]
    public Task A_fixed_key_in_an_integration_test_file_is_not_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/tests/Shop.IntegrationTests/Tests/OrdersControllerTests.cs", Source));
        return test.RunAsync();
    }

    [Fact]
    public Task The_same_fixed_key_in_product_code_is_reported()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/CheckoutFlow.cs", Source.Replace(
            "client.DefaultRequestHeaders.Add(\"Idempotency-Key\", idempotencyKey);",
            "{|FG2006:client.DefaultRequestHeaders.Add(\"Idempotency-Key\", idempotencyKey)|};")));
        return test.RunAsync();
    }
}
