using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (tuning pass 3 on set 8): the text of <c>new Secret("…".Sha256())</c> in an IdentityServer client's or API's
/// secrets is the client secret, hashed only at start-up: reported when it looks generated, with or without the
/// IdentityServer reference; the quick-start stand-in <c>"secret"</c> and hashes of other values are not.
/// </summary>
public class IdentityServerClientSecretTests
{
    private const string Stub = """

namespace Duende.IdentityServer.Models
{
    public class Secret
    {
        public Secret(string value, string description = null) { }
    }

    public static class HashExtensions
    {
        public static string Sha256(this string input) => input;
        public static string Sha512(this string input) => input;
    }

    public class Client
    {
        public string ClientId { get; set; }
        public System.Collections.Generic.ICollection<Secret> ClientSecrets { get; set; } = new System.Collections.Generic.List<Secret>();
    }
}
""";

    [Fact]
    public Task Generated_client_secrets_are_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Collections.Generic;
using Duende.IdentityServer.Models;

public static class Config
{
    public static IEnumerable<Client> Clients => new[]
    {
        new Client { ClientId = "merchant", ClientSecrets = { new Secret({|FG4001:"5b2e91c4-7d3a-4f08-9e61-c2a7b05d8f13"|}.Sha256()) } },
        new Client { ClientId = "backoffice", ClientSecrets = { new Secret({|FG4001:"Qm7rT2vLx9pK4wZ8"|}.Sha512(), "back office") } },
    };
}
""" + Stub,
    }.RunAsync();

    [Fact]
    public Task Unbound_identity_server_secrets_are_reported() => new VerifyCS.Test
    {
        TestCode = """
public static class Config
{
    public static object Client() => new { ClientSecrets = new[] { new {|CS0246:Secret|}({|FG4001:"5b2e91c4-7d3a-4f08-9e61-c2a7b05d8f13"|}.{|CS1061:Sha256|}()) } };
}
""",
    }.RunAsync();

    [Fact]
    public Task Stand_ins_and_other_hashes_are_not_reported() => new VerifyCS.Test
    {
        TestCode = """
using System.Collections.Generic;
using Duende.IdentityServer.Models;

public static class Config
{
    public static IEnumerable<Client> Clients => new[]
    {
        new Client { ClientId = "quickstart", ClientSecrets = { new Secret("secret".Sha256()) } },
    };

    public static string Fingerprint(string value) => value.Sha256();
    public static string Etag() => "5b2e91c4-7d3a-4f08-9e61-c2a7b05d8f13".Sha256();
}
""" + Stub,
    }.RunAsync();
}
