using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 and FG4003 on a signed JSON Web Token committed as a bearer credential: the value of an Authorization header
/// in code (with its scheme word) and a token-named setting or field. Look-alikes: jwt.io's front-page sample, an unsigned
/// token, a JWT-like text with too few parts, a JWT under a name that is not a token's or a header's, and placeholders.
/// </summary>
public class BearerJwtCredentialTests
{
    // Made up: a standard HS256 header, a payload written for this test and a signature typed at random.
    private const string Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAic2hvcC1pbnRlZ3JhdGlvbiIsICJzY29wZSI6ICJvcmRlcnMgc2hpcHBpbmciLCAiaWF0IjogMTcxNjIwMDAwMH0.q7Lr2VxN0aTzYp4KcW9mB3sHdE6uJfG1oR8iXnQ5tUk";

    private static Task VerifyConfigAsync(string text)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/api/appsettings.json", text));
        return test.RunAsync();
    }

    private static Task VerifyCodeAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/ShippingClient.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Signed_tokens_in_authorization_headers_and_token_fields_are_reported() => VerifyCodeAsync($$"""
using System.Net.Http;

public class ShippingClient
{
    private const string ServiceToken = {|FG4001:"{{Token}}"|};

    public ShippingClient(HttpClient http)
    {
        http.DefaultRequestHeaders.Add("Authorization", {|FG4001:"Bearer {{Token}}"|});
        http.DefaultRequestHeaders.Add("Authorization", {|FG4001:"Basic {{Token}}"|});
    }
}
""");

    [Fact]
    public Task Samples_unsigned_and_other_values_are_not_reported() => VerifyCodeAsync("""
using System.Net.Http;

public class ShippingClient
{
    public ShippingClient(HttpClient http)
    {
        http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yQcQssw5c");
        http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiAic2hvcC1pbnRlZ3JhdGlvbiJ9.");
        http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAic2hvcC1pbnRlZ3JhdGlvbiJ9");
        http.DefaultRequestHeaders.Add("Authorization", "Bearer <your-token>");
        http.DefaultRequestHeaders.Add("X-Trace", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAic2hvcC1pbnRlZ3JhdGlvbiJ9.q7Lr2VxN0aTzYp4KcW9mB3sHdE6uJfG1oR8iXnQ5tUk");
    }
}
""");

    [Fact]
    public Task Signed_tokens_in_token_settings_are_reported() => VerifyConfigAsync($$"""
{
  "Shipping": { "Token": {|FG4003:"{{Token}}"|}, "BaseUrl": "https://shipping.example.org/api" },
  "Docs": { "Token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yQcQssw5c" },
  "Trace": { "Sample": "{{Token}}", "Token": "eyJhbGciOiJub25lIn0.eyJzdWIiOiAic2hvcC1pbnRlZ3JhdGlvbiJ9." }
}
""");
}
