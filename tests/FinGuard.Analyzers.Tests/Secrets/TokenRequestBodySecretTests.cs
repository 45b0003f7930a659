using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001: a secret written into a token request's body, an anonymous object or a dictionary index initializer
/// (<c>new { client_secret = "…" }</c>, <c>{ ["client_secret"] = "…" }</c>), is named by its member or key as a field is.
/// </summary>
public class TokenRequestBodySecretTests
{
    [Fact]
    public Task Secrets_in_token_request_bodies_are_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Collections.Generic;

public class TokenClient
{
    public object Body() => new
    {
        client_id = "Gt3jDgpqE4UApbjFcof4q0aaG4ihXglU",
        client_secret = {|FG4001:"Qm7vR2xL9pT4kW8zN3cY6bH1jD5fG0sAeU2iO9rXqZ"|},
        audience = "https://api.example.org",
        grant_type = "client_credentials",
    };

    public object Refresh() => new { access_token = {|FG4001:"Rk8Lm2Qz9Xv4Bn7Ct1Wy5Hj3Pd6Fs0Ag"|} };

    public Dictionary<string, string> Form() => new Dictionary<string, string>
    {
        ["client_id"] = "Gt3jDgpqE4UApbjFcof4q0aaG4ihXglU",
        ["client_secret"] = {|FG4001:"Qm7vR2xL9pT4kW8zN3cY6bH1jD5fG0sAeU2iO9rXqZ"|},
        ["grant_type"] = "client_credentials",
    };

    public KeyValuePair<string, string> Pair() => new KeyValuePair<string, string>("client_secret", {|FG4001:"Qm7vR2xL9pT4kW8zN3cY6bH1jD5fG0sAeU2iO9rXqZ"|});
}
""",
    }.RunAsync();

    [Fact]
    public Task Identifiers_placeholders_and_other_members_are_not_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Collections.Generic;

public class TokenClient
{
    private readonly IDictionary<string, string> _config = new Dictionary<string, string>();

    public object Body() => new
    {
        client_id = "Gt3jDgpqE4UApbjFcof4q0aaG4ihXglU",
        client_secret = "your-client-secret",
        scope = "payments:write refunds:read",
        grant_type = "client_credentials",
        state = "Hq8vT3kR9mW2xL5z",
    };

    public object Confirm() => new { action_token = "e34356383-363377svd-47432883293293" };

    public Dictionary<string, string> Form() => new Dictionary<string, string>
    {
        ["client_id"] = "Gt3jDgpqE4UApbjFcof4q0aaG4ihXglU",
        ["client_secret"] = _config["Auth:ClientSecret"],
        ["redirect_uri"] = "https://shop.example.org/callback",
    };
}
""",
    }.RunAsync();
}
