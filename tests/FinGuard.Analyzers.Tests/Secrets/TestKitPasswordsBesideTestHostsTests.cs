using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 (held-out set 24): a typed (not random-looking) password beside a test, sandbox or UAT host in the same object
/// initializer or method is a processor's published test-kit password, shared by every integrator, and is left alone.
/// Still reported: a generated secret beside a sandbox host (the owner's key), and a typed password beside a live host
/// or with no host at all.
/// </summary>
public class TestKitPasswordsBesideTestHostsTests
{
    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Pos/Banks.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Typed_passwords_beside_test_hosts_are_not_reported() => VerifyAsync("""
public class PosSettings { public string Mode = ""; public string BaseUrl = ""; public string Password = ""; }
public class TestKitBanks
{
    public PosSettings Provision = new PosSettings
    {
        Mode = "Test",
        BaseUrl = "https://vposprovtest.examplebank.com/VPServlet",
        Password = "123qweASD/",
    };

    public string Enroll(string pan)
    {
        string merchantId = "000100000013506";
        string merchantPassword = "Kx81!mqa";
        string body = "Pan=" + pan + "&MerchantId=" + merchantId + "&Password=" + merchantPassword;
        return Post("https://3dsecuretest.examplebank.com:4443/MPIAPI/MPI_Enrollment.aspx", body);
    }

    public PosSettings Sandbox() => new PosSettings { BaseUrl = "https://sandbox-api.examplepay.com", Password = "Kx81!mqa" };

    private static string Post(string url, string body) => url + body;
}
""");

    [Fact]
    public Task Generated_secrets_beside_sandbox_hosts_and_typed_passwords_beside_live_hosts_are_reported() => VerifyAsync("""
public class PosSettings { public string BaseUrl = ""; public string Password = ""; public string SecretKey = ""; }
public class LiveBanks
{
    public PosSettings Sandbox = new PosSettings
    {
        BaseUrl = "https://sandbox-api.examplepay.com",
        SecretKey = {|FG4001:"sandbox-30uaEn94Ma92HpfvVuaXy52aokBweJG2"|},
    };

    public PosSettings Live = new PosSettings
    {
        BaseUrl = "https://vpos.examplebank.com/VPServlet",
        Password = {|FG4001:"123qweASD/"|},
    };

    public string Enroll(string pan)
    {
        string merchantPassword = {|FG4001:"Kx81!mqa"|};
        return "https://vpos.examplebank.com/enroll?pan=" + pan + "&pw=" + merchantPassword;
    }
}
""");
}
