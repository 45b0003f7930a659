using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.Secrets.CertificateValidationAnalyzer, FinGuard.CodeFixes.Secrets.CertificateValidationFixer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class CertificateValidationFixerTests
{
    [Fact]
    public Task Bypass_statements_and_initializer_members_are_removed() => VerifyCS.VerifyCodeFixAsync(@"
using System.Net;
using System.Net.Http;
public class Clients
{
    public HttpClient Stripe()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = {|FG4004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
        return new HttpClient(handler);
    }

    public HttpClient Bank() => new HttpClient(new HttpClientHandler
    {
        UseCookies = false,
        ServerCertificateCustomValidationCallback = {|FG4004:(message, cert, chain, errors) => true|},
    });

    public void Global()
    {
        ServicePointManager.ServerCertificateValidationCallback += {|FG4004:(sender, cert, chain, errors) => true|};
        ServicePointManager.Expect100Continue = false;
    }
}", @"
using System.Net;
using System.Net.Http;
public class Clients
{
    public HttpClient Stripe()
    {
        var handler = new HttpClientHandler();
        return new HttpClient(handler);
    }

    public HttpClient Bank() => new HttpClient(new HttpClientHandler
    {
        UseCookies = false,
    });

    public void Global()
    {
        ServicePointManager.Expect100Continue = false;
    }
}");

    [Fact]
    public Task No_fix_when_the_bypass_is_not_assigned_directly()
    {
        const string source = @"
using System;
using System.Net.Http;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
public class Clients
{
    public Func<HttpRequestMessage, X509Certificate2?, X509Chain?, SslPolicyErrors, bool> Callback = {|FG4004:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|};
}";
        return VerifyCS.VerifyCodeFixAsync(source, source);
    }
}
