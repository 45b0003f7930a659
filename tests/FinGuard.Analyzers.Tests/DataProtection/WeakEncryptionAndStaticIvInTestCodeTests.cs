using WeakCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;
using NonceCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out sets 10 and 11: FG3003 and FG3004 are about how stored data is encrypted. Test code (a test
/// project, a file in a test folder, a file named like a test class) encrypts fixtures: a test helper that rebuilds a PIN
/// cryptogram, a scratch console that encrypts hand-made sample links. Neither rule reports there; the same code in a
/// product folder, or in a folder whose name only contains "test" inside a word, stays reported. Keys written in test
/// code (FG3005) are not affected.
/// </summary>
public class WeakEncryptionAndStaticIvInTestCodeTests
{
    private const string WeakCipher = """
using System.Security.Cryptography;
#pragma warning disable SYSLIB0021
public class PinCryptogram
{
    public SymmetricAlgorithm Engine() => MARK_TripleDES.Create()MARK_END;
    public SymmetricAlgorithm Legacy() => MARK_new TripleDESCryptoServiceProvider()MARK_END;

    public byte[] Ecb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return MARK_aes.EncryptEcb(data, PaddingMode.PKCS7)MARK_END;
    }
}
""";

    private const string FixedNonce = """
using System.Security.Cryptography;
public class PinCryptogram
{
    private static readonly byte[] SharedNonce = RandomNumberGenerator.GetBytes(12);
    public void Seal(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt(MARK_SharedNonceMARK_END, p, c, t);
    public void SealZero(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt(MARK_new byte[12]MARK_END, p, c, t);
}
""";

    private static string Silent(string code) => code.Replace("MARK_END", "").Replace("MARK_", "");

    private static string Marked(string code, string id) => code.Replace("MARK_END", "|}").Replace("MARK_", "{|" + id + ":");

    [Theory]
    [InlineData("/0/AtmSim.Tests/PinCryptogram.cs")]
    [InlineData("/0/AtmSimTests/Helpers/PinCryptogram.cs")]
    [InlineData("/0/Api.Test/PinCryptogram.cs")]
    [InlineData("/0/Switch/AuthorizerTests.cs")]
    public Task A_weak_cipher_in_a_test_file_is_not_reported(string path)
    {
        var test = new WeakCS.Test();
        test.TestState.Sources.Add((path, Silent(WeakCipher)));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/0/AtmSim.Tests/PinCryptogram.cs")]
    [InlineData("/0/Switch/AuthorizerTests.cs")]
    public Task A_fixed_iv_in_a_test_file_is_not_reported(string path)
    {
        var test = new NonceCS.Test();
        test.TestState.Sources.Add((path, Silent(FixedNonce)));
        return test.RunAsync();
    }

    [Fact]
    public Task A_weak_cipher_and_a_fixed_iv_in_a_test_project_are_not_reported()
    {
        var weak = new WeakCS.Test { TestCode = Silent(WeakCipher) };
        weak.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "AtmSim.UnitTests"));
        var nonce = new NonceCS.Test { TestCode = Silent(FixedNonce) };
        nonce.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "AtmSim.UnitTests"));
        return Task.WhenAll(weak.RunAsync(), nonce.RunAsync());
    }

    [Theory]
    [InlineData("/0/AtmSim/PinCryptogram.cs")]
    [InlineData("/0/Latest/Attestation/PinCryptogram.cs")]
    [InlineData("/0/Contest.Api/PinCryptogramTester.cs")]
    public Task A_weak_cipher_in_product_code_is_reported(string path)
    {
        var test = new WeakCS.Test();
        test.TestState.Sources.Add((path, Marked(WeakCipher, "FG3003")));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/0/AtmSim/PinCryptogram.cs")]
    [InlineData("/0/Latest/Attestation/PinCryptogram.cs")]
    public Task A_fixed_iv_in_product_code_is_reported(string path)
    {
        var test = new NonceCS.Test();
        test.TestState.Sources.Add((path, Marked(FixedNonce, "FG3004")));
        return test.RunAsync();
    }
}
