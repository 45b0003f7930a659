using VerifyFix = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Secrets.DeprecatedTlsVersionAnalyzer, FinGuard.CodeFixes.Secrets.DeprecatedTlsVersionFixer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class DeprecatedTlsVersionFixerTests
{
    // Several findings in one document: the harness also applies Fix All (document, project, solution) and compares.
    [Fact]
    public Task Deprecated_members_are_removed_and_a_value_of_only_old_versions_becomes_tls12()
    {
        const string source = """

using System.Net;
using System.Net.Http;
using System.Security.Authentication;
public class WalletClient
{
    public void OneLine()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | {|FG4006:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls;
    }

    public void Wrapped()
    {
        ServicePointManager.SecurityProtocol =
            {|FG4006:System.Net.SecurityProtocolType.Tls|} | System.Net.SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
    }

    public void OnlyOld()
    {
        ServicePointManager.SecurityProtocol |= {|FG4006:SecurityProtocolType.Tls11|} | SecurityProtocolType.Tls;
    }

#pragma warning disable SYSLIB0039
    public HttpClientHandler Handler() => new HttpClientHandler { SslProtocols = ({|FG4006:SslProtocols.Tls11|} | SslProtocols.Tls12) };
#pragma warning restore SYSLIB0039
}
""";
        const string fixedSource = """

using System.Net;
using System.Net.Http;
using System.Security.Authentication;
public class WalletClient
{
    public void OneLine()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12;
    }

    public void Wrapped()
    {
        ServicePointManager.SecurityProtocol =
            System.Net.SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
    }

    public void OnlyOld()
    {
        ServicePointManager.SecurityProtocol |= SecurityProtocolType.Tls12;
    }

#pragma warning disable SYSLIB0039
    public HttpClientHandler Handler() => new HttpClientHandler { SslProtocols = SslProtocols.Tls12 };
#pragma warning restore SYSLIB0039
}
""";
        return VerifyFix.VerifyCodeFixAsync(source, fixedSource);
    }

    [Fact]
    public Task An_sslstream_argument_keeps_its_modern_versions() => VerifyFix.VerifyCodeFixAsync("""

using System.Net.Security;
using System.Security.Authentication;
public class BankLink
{
#pragma warning disable SYSLIB0039
    public void Open(SslStream stream) => stream.AuthenticateAsClient("bank.example", null, {|FG4006:SslProtocols.Tls|} | SslProtocols.Tls12 | SslProtocols.Tls13, false);
#pragma warning restore SYSLIB0039
}
""", """

using System.Net.Security;
using System.Security.Authentication;
public class BankLink
{
#pragma warning disable SYSLIB0039
    public void Open(SslStream stream) => stream.AuthenticateAsClient("bank.example", null, SslProtocols.Tls12 | SslProtocols.Tls13, false);
#pragma warning restore SYSLIB0039
}
""");

    // Numeric casts, ?: and a chain that reads the current setting are left for a person: no fix is offered.
    [Fact]
    public Task Casts_conditionals_and_reads_of_the_setting_are_not_rewritten()
    {
        const string source = """

using System.Net;
public class LegacyFramework
{
    public void Configure(bool legacy)
    {
        ServicePointManager.SecurityProtocol = {|FG4006:(SecurityProtocolType)768|} | (SecurityProtocolType)3072;
        ServicePointManager.SecurityProtocol = legacy ? {|FG4006:SecurityProtocolType.Tls|} : SecurityProtocolType.Tls12;
        ServicePointManager.SecurityProtocol = ServicePointManager.SecurityProtocol | {|FG4006:SecurityProtocolType.Tls11|};
    }
}
""";
        return VerifyFix.VerifyCodeFixAsync(source, source);
    }
}
