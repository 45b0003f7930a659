using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CertificateValidationAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

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
    public Task Validators_that_check_the_certificate_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Net;
using System.Net.Http;
using System.Net.Security;
public class Clients
{
    private const string PinnedThumbprint = "A1B2C3";
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
}
""");

    // MailKit's MailService.ServerCertificateValidationCallback, resolved (a stand-in with MailKit's names) or not
    // restored yet; a validator that checks the errors, and System.Net.Mail (no such property), are not reported.
    [Fact]
    public Task MailKit_validators_that_accept_everything_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Net.Security;
namespace MailKit
{
    public abstract class MailService { public RemoteCertificateValidationCallback? ServerCertificateValidationCallback { get; set; } }
    namespace Net.Smtp { public class SmtpClient : MailService { } }
}
namespace Shop
{
    public class Mailer
    {
        public MailKit.Net.Smtp.SmtpClient Create(bool disableCheck)
        {
            var client = new MailKit.Net.Smtp.SmtpClient();
            if (disableCheck)
            {
                client.ServerCertificateValidationCallback = {|FG4004:(s, c, h, e) => true|};
            }

            return client;
        }

        public MailKit.Net.Smtp.SmtpClient Checked()
        {
            var client = new MailKit.Net.Smtp.SmtpClient();
            client.ServerCertificateValidationCallback = (s, c, h, e) => e == SslPolicyErrors.None;
            return client;
        }
    }
}");

    [Fact]
    public Task MailKit_validators_are_reported_before_restore()
    {
        var test = new VerifyCS.UnresolvedTest(withPackages: true)
        {
            TestCode = @"
using MailKit.Net.Smtp;
public class Mailer
{
    public SmtpClient Create()
    {
        var client = new SmtpClient();
        client.ServerCertificateValidationCallback = {|FG4004:(s, c, h, e) => { return true; }|};
        return client;
    }

    public void Other(Unknown thing) => thing.ServerCertificateValidationCallback = (s, c, h, e) => true;
}",
        };
        return test.RunAsync();
    }

    // A validator type of the application's own (an interface or base class that takes the policy errors) whose
    // method always says yes accepts every certificate wherever it is plugged in; one that looks is not reported,
    // nor a bool method with those parameters that implements nothing (reported where it is assigned, if ever).
    [Fact]
    public Task Validator_types_that_accept_everything_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
public interface IServerCertificateValidator { bool IsOk(object state, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors); }
public abstract class CertificatePolicy { public abstract bool Accept(X509Certificate cert, SslPolicyErrors errors); }
public class AcceptAllValidator : IServerCertificateValidator
{
    public bool {|FG4004:IsOk|}(object state, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => true;
}
public class LaxPolicy : CertificatePolicy
{
    public override bool {|FG4004:Accept|}(X509Certificate cert, SslPolicyErrors errors) { return true; }
}
public class StrictValidator : IServerCertificateValidator
{
    public bool IsOk(object state, X509Certificate? cert, X509Chain? chain, SslPolicyErrors errors) => errors == SslPolicyErrors.None;
}
public class Helpers
{
    public bool Unused(object state, X509Certificate cert, X509Chain chain, SslPolicyErrors errors) => true;
    public bool IsEnabled(string feature) => true;
}");

    // The legacy ICertificatePolicy (.NET Framework 1.x, still compiled by Web Forms code): a policy whose
    // CheckValidationResult always returns true, and each ServicePointManager.CertificatePolicy = new ThatPolicy().
    // .NET reference assemblies no longer declare the interface or the property, so both are recognised by name.
    [Fact]
    public Task Legacy_certificate_policies_that_accept_everything_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net;
using System.Security.Cryptography.X509Certificates;
public class MyPolicy : {|CS0246:ICertificatePolicy|}
{
    public bool CheckValidationResult(ServicePoint srvPoint, X509Certificate certificate, WebRequest request, int certificateProblem)
    {
        //Return True to force the certificate to be accepted.
        return {|FG4004:true|};
    }
}
public class PaymentPage
{
    public void Pay()
    {
        ServicePointManager.{|CS0117:CertificatePolicy|} = {|FG4004:new MyPolicy()|};
        System.Net.ServicePointManager.{|CS0117:CertificatePolicy|} = {|FG4004:new MyPolicy()|};
    }
}
""");

    // A policy that looks at the problem code, a commented-out bypass, a method of that name that implements nothing,
    // and a policy assigned to something else are not reported.
    [Fact]
    public Task Legacy_certificate_policies_that_check_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net;
using System.Security.Cryptography.X509Certificates;
public class StrictPolicy : {|CS0246:ICertificatePolicy|}
{
    public bool CheckValidationResult(ServicePoint srvPoint, X509Certificate certificate, WebRequest request, int certificateProblem)
        => certificateProblem == 0;
}
public class Checker
{
    public bool CheckValidationResult(ServicePoint srvPoint, X509Certificate certificate, WebRequest request, int certificateProblem) => true;
}
public class Settings { public object? CertificatePolicy { get; set; } }
public class PaymentPage
{
    public void Pay(Settings settings)
    {
        ServicePointManager.{|CS0117:CertificatePolicy|} = new StrictPolicy();
        //ServicePointManager.CertificatePolicy = new MyPolicy();
        settings.CertificatePolicy = new Checker();
    }
}
""");
}
