using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CertificateValidationAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets
{
    public class CertificateValidationAnalyzerTests
    {
        [Fact]
        public Task Validators_that_accept_everything_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Net;
using System.Net.Http;
using System.Net.Security;
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
        ServerCertificateCustomValidationCallback = {|FG4004:(message, cert, chain, errors) => true|},
    });

    public void Global()
    {
        ServicePointManager.ServerCertificateValidationCallback = {|FG4004:delegate { return true; }|};
        ServicePointManager.ServerCertificateValidationCallback += {|FG4004:(sender, cert, chain, errors) => { System.Console.WriteLine(errors); return true; }|};
        ServicePointManager.ServerCertificateValidationCallback = new RemoteCertificateValidationCallback({|FG4004:AcceptAll|});
    }

    public SocketsHttpHandler Sockets() => new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = {|FG4004:(s, c, ch, e) => (true)|} },
    };

    private static bool AcceptAll(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate, System.Security.Cryptography.X509Certificates.X509Chain? chain, SslPolicyErrors errors) => true;
}");

        [Fact]
        public Task Validators_that_check_the_certificate_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
public class Clients
{
    private const string PinnedThumbprint = ""A1B2C3"";
    public HttpClient Pinned() => new HttpClient(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None && cert?.GetCertHashString() == PinnedThumbprint,
    });

    public void Strict()
    {
        ServicePointManager.ServerCertificateValidationCallback = (sender, cert, chain, errors) =>
        {
            if (errors == SslPolicyErrors.None) return true;
            return false;
        };
        ServicePointManager.ServerCertificateValidationCallback = null;
        Func<bool> unrelated = () => true;
        var handler = new HttpClientHandler { CheckCertificateRevocationList = true, UseCookies = false };
    }
}");
    }
}
