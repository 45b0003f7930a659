using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 23): a UTF-8 literal ("…"u8.ToArray()) made into a SymmetricSecurityKey is the signing key, as
/// Encoding.UTF8.GetBytes("…") is; a value added under a plural secrets name ("ClientSecrets") is a client secret.
/// Short or stand-in keys, UTF-8 literals used for anything else and other plural names are not reported.
/// </summary>
public class Utf8KeyAndPluralSecretNameTests
{
    private const string Stub = """

namespace Microsoft.IdentityModel.Tokens
{
    public class SymmetricSecurityKey
    {
        public SymmetricSecurityKey(byte[] key) { }
    }
}
""";

    [Fact]
    public Task Utf8_literal_signing_keys_are_reported() => new VerifyCS.Test
    {
        TestCode = """
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    public object Direct() => new SymmetricSecurityKey({|FG4001:"7f3a9c2e1b5d4e6f8a0b2c4d6e8f0a1b3c5d7e9f"u8|}.ToArray());

    public object Local()
    {
        var bytes = {|FG4001:"ThisIsTheSigningKeyOfTheWallet"u8|}.ToArray();
        return new SymmetricSecurityKey(bytes);
    }
}
""" + Stub,
    }.RunAsync();

    [Fact]
    public Task Short_stand_in_and_other_utf8_literals_are_not_reported() => new VerifyCS.Test
    {
        TestCode = """
using System;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    public object Short() => new SymmetricSecurityKey("k7Qx9vLm2Tz"u8.ToArray());
    public object StandIn() => new SymmetricSecurityKey("your-secret-key-here-change-me"u8.ToArray());
    public byte[] Header() => "7f3a9c2e1b5d4e6f8a0b2c4d6e8f0a1b3c5d7e9f"u8.ToArray();
    public int Length() => "7f3a9c2e1b5d4e6f8a0b2c4d6e8f0a1b3c5d7e9f"u8.Length;
}
""" + Stub,
    }.RunAsync();

    [Fact]
    public Task Client_secrets_added_under_a_plural_name_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Collections.Generic;

public class OidcSetup
{
    public void Configure(IDictionary<string, string> parameters)
    {
        parameters.Add("ClientSecrets", {|FG4001:"4c8e2a71-9b3d-4f6e-a05c-d17b93e2f8a4"|});
        parameters.Add("client_secrets", {|FG4001:"Zr8pLq2Vn5Tx7Kc3Wm9Bd4Hj"|});
    }
}
""");

    [Fact]
    public Task Other_plural_names_and_stand_ins_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Collections.Generic;

public class OidcSetup
{
    public void Configure(IDictionary<string, string> parameters)
    {
        parameters.Add("ClientSecrets", "client-secret");
        parameters.Add("Scopes", "4c8e2a71-9b3d-4f6e-a05c-d17b93e2f8a4");
        parameters.Add("SecretsPath", "4c8e2a71-9b3d-4f6e-a05c-d17b93e2f8a4");
        parameters.Add("UserSecretsId", "4c8e2a71-9b3d-4f6e-a05c-d17b93e2f8a4");
    }
}
""");
}
