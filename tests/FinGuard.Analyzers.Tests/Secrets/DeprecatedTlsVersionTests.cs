using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.DeprecatedTlsVersionAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class DeprecatedTlsVersionTests
{
    // Set 20: a mobile-money client that turns on TLS 1.0 and 1.1 beside 1.2 before every call, on one line or with
    // the value wrapped to the next; reported once per assignment, where the first deprecated version is written.
    [Fact]
    public Task Security_protocol_with_tls10_or_tls11_is_reported_at_the_first_deprecated_version() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net;
public class WalletClient
{
    public void OneLine()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | {|FG4006:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls;
    }

    public void Wrapped()
    {
        ServicePointManager.SecurityProtocol =
            SecurityProtocolType.Tls12 | {|FG4006:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls;
    }

    public void Qualified()
    {
        System.Net.ServicePointManager.SecurityProtocol = {|FG4006:System.Net.SecurityProtocolType.Tls11|} | System.Net.SecurityProtocolType.Tls12;
    }

    public void OnlyOld()
    {
#pragma warning disable CS0618 // Ssl3 is obsolete
        ServicePointManager.SecurityProtocol = {|FG4006:SecurityProtocolType.Ssl3|};
#pragma warning restore CS0618
    }

    public void Added()
    {
        ServicePointManager.SecurityProtocol |= {|FG4006:SecurityProtocolType.Tls|};
        ServicePointManager.SecurityProtocol = ServicePointManager.SecurityProtocol | {|FG4006:SecurityProtocolType.Tls11|};
    }

    public void Either(bool legacy)
    {
        ServicePointManager.SecurityProtocol = legacy ? {|FG4006:SecurityProtocolType.Tls|} : SecurityProtocolType.Tls12;
    }
}
""");

    // The numbers that .NET Framework 4.0 code casts because its enum lacks the names: 768 (TLS 1.1), 192 (TLS 1.0), 48 (SSL 3.0).
    [Fact]
    public Task Numeric_casts_with_deprecated_bits_are_reported_at_the_number() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net;
public class LegacyFramework
{
    public void Casts()
    {
        ServicePointManager.SecurityProtocol = {|FG4006:(SecurityProtocolType)768|} | (SecurityProtocolType)3072;
        ServicePointManager.SecurityProtocol = (SecurityProtocolType)(3072 | {|FG4006:768|} | 192);
        ServicePointManager.SecurityProtocol = {|FG4006:(SecurityProtocolType)48|};
        ServicePointManager.SecurityProtocol = {|FG4006:(SecurityProtocolType)192|};
    }
}
""");

    [Fact]
    public Task Ssl_protocols_with_old_versions_on_tls_settings_and_sslstream_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading.Tasks;
public class BankConnections
{
#pragma warning disable SYSLIB0039, CS0618 // the old versions are obsolete
    public HttpClient Handler() => new HttpClient(new HttpClientHandler
    {
        SslProtocols = {|FG4006:SslProtocols.Tls11|} | SslProtocols.Tls12,
    });

    public HttpClient Sockets() => new HttpClient(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions { EnabledSslProtocols = SslProtocols.Tls12 | {|FG4006:SslProtocols.Tls|} },
    });

    public SslServerAuthenticationOptions Server() => new SslServerAuthenticationOptions { EnabledSslProtocols = {|FG4006:SslProtocols.Default|} };

    public void Client(SslStream stream) => stream.AuthenticateAsClient("bank.example", null, {|FG4006:SslProtocols.Ssl3|} | SslProtocols.Tls12, false);

    public Task ServerAsync(SslStream stream, System.Security.Cryptography.X509Certificates.X509Certificate certificate)
        => stream.AuthenticateAsServerAsync(certificate, false, {|FG4006:SslProtocols.Tls11|}, true);
#pragma warning restore SYSLIB0039, CS0618
}
""");

    // Kestrel's options declared by the project (no ASP.NET Core reference in the test): recognised by the type's name.
    [Fact]
    public Task Kestrel_https_options_with_tls11_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Authentication;
namespace Microsoft.AspNetCore.Server.Kestrel.Https
{
    public class HttpsConnectionAdapterOptions { public SslProtocols SslProtocols { get; set; } }
}

namespace Shop
{
    using Microsoft.AspNetCore.Server.Kestrel.Https;
    public class Startup
    {
#pragma warning disable SYSLIB0039
        public Action<HttpsConnectionAdapterOptions> Https = o => o.SslProtocols = SslProtocols.Tls12 | {|FG4006:SslProtocols.Tls11|};
#pragma warning restore SYSLIB0039
    }
}
""");

    [Fact]
    public Task Message_names_the_setting_and_every_deprecated_version()
    {
        var test = new VerifyCS.Test
        {
            TestCode = """

using System.Net;
public class Client
{
    public void Configure()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | {|#0:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls;
    }
}
""",
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG4006", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("'ServicePointManager.SecurityProtocol'", "TLS 1.0 and TLS 1.1"));
        return test.RunAsync();
    }

    // Look-alikes: modern versions, the system default, removing a version, reads, comparisons, switches and display code.
    [Fact]
    public Task Modern_versions_removals_reads_and_comparisons_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Authentication;
public class ModernClient
{
    public void Configure()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
        ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
        ServicePointManager.SecurityProtocol = (SecurityProtocolType)3072;
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
        ServicePointManager.SecurityProtocol &= ~SecurityProtocolType.Tls;
        ServicePointManager.SecurityProtocol &= ~(SecurityProtocolType.Tls11 | SecurityProtocolType.Tls);
        ServicePointManager.SecurityProtocol = ServicePointManager.SecurityProtocol & ~SecurityProtocolType.Tls11;
        var handler = new HttpClientHandler { SslProtocols = SslProtocols.None };
        handler.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
    }

    public bool StillOld() => ServicePointManager.SecurityProtocol == (SecurityProtocolType.Tls | SecurityProtocolType.Tls11)
        || (ServicePointManager.SecurityProtocol & SecurityProtocolType.Tls11) != 0
        || ServicePointManager.SecurityProtocol.HasFlag(SecurityProtocolType.Tls);

    public string Name(SecurityProtocolType protocol)
    {
        switch (protocol)
        {
            case SecurityProtocolType.Tls: return "TLS 1.0";
            case SecurityProtocolType.Tls11: return "TLS 1.1";
            default: return protocol.ToString();
        }
    }

    public Dictionary<SslProtocols, string> Labels = new Dictionary<SslProtocols, string>
    {
#pragma warning disable SYSLIB0039
        [SslProtocols.Tls] = "TLS 1.0",
        [SslProtocols.Tls11] = "TLS 1.1",
#pragma warning restore SYSLIB0039
    };

    public string Shown = SecurityProtocolType.Tls11.ToString();
}

// A project's own settings row for a display list carries the value but configures no connection.
public class ProtocolChoice { public SslProtocols Value { get; set; } public string Text { get; set; } = ""; }
public class ProtocolList
{
#pragma warning disable SYSLIB0039
    public ProtocolChoice Old = new ProtocolChoice { Value = SslProtocols.Tls11, Text = "TLS 1.1 (insecure)" };
#pragma warning restore SYSLIB0039
}
""");

    // A test that talks to a local server with an old protocol is not a transport risk to customers (as FG4004).
    [Theory]
    [InlineData("/repo/tests/Bank.Tests/LegacyServerTests.cs")]
    [InlineData("/repo/src/Bank.IntegrationTests/TlsFixture.cs")]
    public Task Test_code_is_not_reported(string path)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add((path, """

using System.Net;
public class LegacyServerTests
{
    public void Setup() => ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;
}
"""));
        return test.RunAsync();
    }
}
