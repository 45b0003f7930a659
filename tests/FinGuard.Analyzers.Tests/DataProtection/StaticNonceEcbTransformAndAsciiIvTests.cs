using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 18: an IV handed to CreateEncryptor of an object set to ECB is ignored (ECB uses no IV); a
/// static IV read from an ASCII literal and handed to CreateEncryptor of a CBC object is the same IV for every encryption.
/// </summary>
public class StaticNonceEcbTransformAndAsciiIvTests
{
    [Fact]
    public Task Zero_iv_passed_to_the_encryptor_of_an_ecb_object_is_not_reported_but_on_a_cbc_object_it_is() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class GatewaySigner
{
    public byte[] Sign(byte[] key, byte[] data)
    {
        using var des = TripleDES.Create();
        des.Mode = CipherMode.ECB;
        des.Padding = PaddingMode.PKCS7;
        var encryptor = des.CreateEncryptor(key, new byte[8]);
        return encryptor.TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] Seal(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        var encryptor = aes.CreateEncryptor(key, {|FG3004:new byte[16]|});
        return encryptor.TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] SealOther(byte[] key, byte[] data)
    {
        using var probe = Aes.Create();
        probe.Mode = CipherMode.ECB;
        using var aes = Aes.Create();
        var encryptor = aes.CreateEncryptor(key, {|FG3004:new byte[16]|});
        return encryptor.TransformFinalBlock(data, 0, data.Length);
    }
}
""");
}
