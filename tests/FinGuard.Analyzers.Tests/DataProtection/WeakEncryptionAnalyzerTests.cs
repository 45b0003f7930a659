using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    public class WeakEncryptionAnalyzerTests
    {
        [Fact]
        public Task Weak_ciphers_ecb_unauthenticated_cbc_and_short_keys_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
#pragma warning disable SYSLIB0021
public class LegacyVault
{
    public SymmetricAlgorithm A() => {|FG3003:DES.Create()|};
    public SymmetricAlgorithm B() => {|FG3003:TripleDES.Create()|};
    public SymmetricAlgorithm C() => {|FG3003:new RC2CryptoServiceProvider()|};
    public SymmetricAlgorithm D() => {|FG3003:new TripleDESCryptoServiceProvider()|};

    public byte[] Ecb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = {|FG3003:CipherMode.ECB|};
        return {|FG3003:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
    }

    public byte[] Cbc(byte[] key, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = {|FG3003:128|};
        aes.Mode = {|FG3003:CipherMode.CBC|};
        return {|FG3003:aes.EncryptCbc(data, iv)|};
    }

    public ICryptoTransform DefaultMode(byte[] key, byte[] iv)
    {
        var aes = Aes.Create();
        return {|FG3003:aes.CreateEncryptor(key, iv)|};
    }
}");

        [Fact]
        public Task Gcm_authenticated_cbc_decryption_and_configured_algorithms_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class GoodVault
{
    public byte[] Gcm(byte[] key, byte[] plain)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return cipher;
    }

    public byte[] CbcThenHmac(byte[] key, byte[] macKey, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = 256;
        aes.Mode = CipherMode.CBC;
        byte[] cipher = aes.EncryptCbc(data, iv);
        byte[] mac = HMACSHA256.HashData(macKey, cipher);
        return cipher;
    }

    public byte[] LegacyRead(Aes aes, byte[] data, byte[] iv) => aes.DecryptCbc(data, iv);

    public ICryptoTransform Injected(Aes configured, byte[] key, byte[] iv) => configured.CreateEncryptor(key, iv);

    public ICryptoTransform Ctr(byte[] key, byte[] iv)
    {
        var aes = Aes.Create();
        aes.Mode = CipherMode.CFB;
        return aes.CreateEncryptor(key, iv);
    }

    public byte[] Hash(byte[] data) => SHA256.HashData(data);
}");
    }
}
