using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class KeyInCodeAnalyzerTests
{
    [Fact]
    public Task Keys_from_literals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class Signer
{
    private const string Secret = "super-secret-signing-key";
    private static readonly byte[] StaticKey = { 1, 2, 3, 4, 5, 6, 7, 8 };
    private static readonly byte[] EncodedKey = Encoding.UTF8.GetBytes("another hard-coded key");

    public byte[] Sign(byte[] data)
    {
        using var hmac = new HMACSHA256({|FG3005:Encoding.UTF8.GetBytes(Secret)|});
        return hmac.ComputeHash(data);
    }

    public byte[] Sign2(byte[] data) => HMACSHA256.HashData({|FG3005:StaticKey|}, data);

    public byte[] Sign3(byte[] data) => HMACSHA512.HashData({|FG3005:EncodedKey|}, data);

    public void Encrypt(byte[] nonce, byte[] plain, byte[] cipher, byte[] tag)
    {
        var key = Convert.FromBase64String("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
        using var gcm = new AesGcm({|FG3005:key|}, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
    }

    public ICryptoTransform Legacy(byte[] iv)
    {
        var aes = Aes.Create();
        aes.Key = {|FG3005:new byte[] { 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70, 0x80 }|};
        return aes.CreateEncryptor({|FG3005:"0123456789abcdef"u8.ToArray()|}, iv);
    }

    public byte[] Zero(byte[] data) => new HMACSHA256({|FG3005:new byte[32]|}).ComputeHash(data);

    private const string Passphrase = "correct horse battery staple";
    public byte[] Derived(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2({|FG3005:Passphrase|}, salt, 600000, HashAlgorithmName.SHA256, 32);
    public byte[] Derived2(byte[] salt) => new Rfc2898DeriveBytes({|FG3005:"legacy-passphrase"|}, salt, 100000, HashAlgorithmName.SHA256).GetBytes(32);
    public byte[] UserPassword(string password, byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(password, salt, 600000, HashAlgorithmName.SHA256, 32);
}
""");

    [Fact]
    public Task Keys_from_configuration_providers_and_random_bytes_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public interface IKeyProvider { byte[] GetKey(string id); }
public class Signer
{
    private readonly byte[] _key;
    private static readonly byte[] Generated = RandomNumberGenerator.GetBytes(32);
    public Signer(IKeyProvider keys) => _key = keys.GetKey("hmac");

    public byte[] Sign(byte[] data, string configuredKey)
    {
        using var hmac = new HMACSHA256(_key);
        var fromEnv = Convert.FromBase64String(Environment.GetEnvironmentVariable("HMAC_KEY") ?? "");
        var fromConfig = Encoding.UTF8.GetBytes(configuredKey);
        var random = new byte[32];
        RandomNumberGenerator.Fill(random);
        HMACSHA256.HashData(fromEnv, data);
        HMACSHA256.HashData(fromConfig, data);
        HMACSHA256.HashData(Generated, data);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("not a key"));
        var label = Encoding.UTF8.GetBytes("context label");
        return HMACSHA256.HashData(_key, label);
    }
}
""");
}
