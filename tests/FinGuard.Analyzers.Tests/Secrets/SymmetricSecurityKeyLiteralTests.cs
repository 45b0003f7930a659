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
