using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003: the key an API signs its tokens with ("Jwt:Key", "JWT:SecKey", "JwtSettings:Secret", "JwtTokenSecretKey") is a
/// secret however it reads, words and spaces included, from 16 characters; stand-ins and other token settings are not.
/// </summary>
public class TokenSigningKeySettingsTests
{
    private static Task VerifyAsync(string path, string text)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Fact]
    public Task Word_shaped_signing_keys_are_reported() => VerifyAsync("/api/appsettings.json", """
{
  "JWT": { "key": {|FG4003:"idm criptocurrency"|}, "Issuer": "https://wallet.example.org/api/", "Audience": "https://wallet.example.org/api/" },
  "Jwt": { "SecKey": {|FG4003:"ThisIsMySuperSecretKeyForJwtTokens"|} },
  "JwtSettings": { "Secret": {|FG4003:"This Is My Random Secret Key Which Is At Least Sixteen Characters"|}, "ExpiryMinutes": 60 },
  "JwtTokenSecretKey": {|FG4003:"asdasdasdasdjadasjlsajdasjdlksajdaslk"|},
  "TokenOptions": { "SecurityKey": {|FG4003:"!z2x3C4v5B*_*!z2x3C4v5B*_*"|} }
}
""");

    [Fact]
    public Task Stand_ins_short_values_and_other_token_settings_are_not_reported() => VerifyAsync("/api/appsettings.Production.json", """
{
  "Jwt": { "Key": "your-super-secret-key-at-least-32-characters-long", "Issuer": "https://id.example.org/issuer/path" },
  "JwtSettings": { "Secret": "my-secret-signing-key-goes-here", "SecretKey": "change this secret in production please" },
  "JWT": { "SigningKey": "<set-via-azure-app-settings>", "Key": "replace_with_secure_key", "PublicKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" },
  "Bearer": { "Key": "Enter the signing key from the vault" },
  "Token": { "CacheKey": "tokens:signing:current:v2", "HeaderKey": "Authorization-Bearer-Token", "ExpiryKey": "expires-after-one-hour" },
  "Jwt2": { "Key": "short key" },
  "Search": { "Key": "orders by customer name" }
}
""");
}
