using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001: the text of <c>new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))</c> is the key tokens are signed with,
/// however it reads, from 16 characters; stand-ins, short values, configuration reads and other GetBytes calls are not.
/// </summary>
public class SymmetricSecurityKeyLiteralTests
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
    public Task Word_shaped_signing_keys_in_code_are_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    public object Key() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|FG4001:"ThisIsMySuperSecretKeyForJwtTokens"|}));
    public object Other() => new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Encoding.ASCII.GetBytes({|FG4001:"idm criptocurrency"|}));
}
""" + Stub,
    }.RunAsync();

    // Tuning pass 3 on set 8: the key bytes also come from hex or base64 text, and reach the key through a local.
    [Fact]
    public Task Hex_base64_and_local_key_bytes_are_reported() => new VerifyCS.Test
    {
        TestCode = """
using System;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    public object Hex()
    {
        byte[] keyBytes = Convert.FromHexString({|FG4001:"8c1f3a9e27d04b6c5e9a7f1302d8b4c6e1a9f7530b2d4c6e8f1a3b5c7d9e0f21"|});
        var signingKey = new SymmetricSecurityKey(keyBytes);
        return signingKey;
    }

    public object Base64() => new SymmetricSecurityKey(Convert.FromBase64String({|FG4001:"q3Zt8VbN1xLr5Pc9WmK2yTj6HdFs0GaE4uQi7ROo+Yw="|}));

    public object Local()
    {
        var key = Encoding.ASCII.GetBytes({|FG4001:"ThisIsTheSigningKeyOfTheWallet"|});
        return new SymmetricSecurityKey(key);
    }
}
""" + Stub,
    }.RunAsync();

    [Fact]
    public Task Locals_that_never_become_the_key_are_not_reported() => new VerifyCS.Test
    {
        TestCode = """
using System;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    public object Other(string secret)
    {
        var banner = Encoding.UTF8.GetBytes("Welcome to the merchant portal of the bank");
        var nonce = Convert.FromHexString("8c1f3a9e27d04b6c5e9a7f1302d8b4c6");
        var key = Encoding.UTF8.GetBytes(secret);
        return new SymmetricSecurityKey(key);
    }

    public object StandIn()
    {
        var key = Encoding.UTF8.GetBytes("your-256-bit-secret-goes-here");
        return new SymmetricSecurityKey(key);
    }
}
""" + Stub,
    }.RunAsync();

    [Fact]
    public Task Stand_ins_short_values_and_other_bytes_are_not_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Collections.Generic;
using System.Text;
using Microsoft.IdentityModel.Tokens;

public class TokenService
{
    private readonly IDictionary<string, string> _config = new Dictionary<string, string>();

    public object FromConfig() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_config["Jwt:Key"]));
    public object StandIn() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("your-256-bit-secret-goes-here"));
    public object Mine() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("my-signing-key-here"));
    public object Short() => new SymmetricSecurityKey(Encoding.UTF8.GetBytes("shortkey"));
    public byte[] Body() => Encoding.UTF8.GetBytes("This is the request body text for the API");
}
""" + Stub,
    }.RunAsync();
}
