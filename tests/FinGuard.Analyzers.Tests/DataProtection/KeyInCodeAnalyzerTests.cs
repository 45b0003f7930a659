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

    // A home-made helper (not .NET's crypto types) named as encryption, called with a key written in the source: a
    // constant is reported once at its declaration, a literal at the call.
    [Fact]
    public Task Keys_passed_to_home_made_crypto_helpers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public class Security
{
    public string StringEnCrypt(string value, string key) => value;
    public string StringDeCrypt(string value, string key) => value;
    public static byte[] Encrypt(byte[] data, byte[] secretKey) => data;
}
public class CheckoutPage
{
    const string {|FG3005:EnDekey = "SHOP@PayPal@dm1n@123"|};
    private readonly Security _security = new Security();

    public string Token(string orderId) => _security.StringEnCrypt(_security.StringEnCrypt(orderId, EnDekey), EnDekey);
    public string Merchant(string stored) => _security.StringDeCrypt(stored, EnDekey);
    public string Inline(string stored) => _security.StringDeCrypt(stored, {|FG3005:"inline-secret-key"|});
    public byte[] Bytes(byte[] data) => Security.Encrypt(data, {|FG3005:Encoding.UTF8.GetBytes("bytes-key-1234")|});
}
""");

    [Fact]
    public Task Key_handles_empty_keys_run_time_keys_and_other_methods_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
public class Crypto
{
    public string Encrypt(string value, string keyName) => value;
    public string Decrypt(string value, string key) => value;
    public string EncryptWithKeyId(string value, string keyId) => value;
}
public class Cache { public string Get(string key) => key; }
public class Service
{
    private const string VaultKeyName = "payments-key";
    private const string CacheKey = "orders";
    private readonly Crypto _crypto = new Crypto();
    private readonly Cache _cache = new Cache();

    // A vault key's name or id is a handle, not the key.
    public string Stored(string value) => _crypto.Encrypt(value, VaultKeyName);
    public string ById(string value) => _crypto.EncryptWithKeyId(value, "k-2024");
    // Empty text means "the configured key"; a key read at run time is not in the code.
    public string Default(string value) => _crypto.Decrypt(value, "");
    public string FromEnvironment(string value) => _crypto.Decrypt(value, Environment.GetEnvironmentVariable("KEY") ?? "");
    // A cache key is not an encryption key.
    public string Cached() => _cache.Get(CacheKey);
}
""");

    // Held-out set 4 (issue 18): a pass phrase constant of a token cipher whose library does not bind, an HMAC key read
    // from a literal local, and the decryption twin of an encryption path that already reports the same key field.
    [Fact]
    public Task Pass_phrase_constants_literal_locals_and_decrypt_only_types_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class AppConsts
{
    public const string {|FG3005:DefaultPassPhrase = "gsKxGZ012HLL3MI5"|};
    public static readonly string {|FG3005:TOKEN_PASS_PHRASE = "x7Qp2LmN9rTz"|};
}
public class WebhookController
{
    public string Validate(string plainToken)
    {
        var encoding = new ASCIIEncoding();
        string secretToken = "hk237nSrSLaYp0EWTK03gA";
        var hmac = new HMACSHA256();
        hmac.Key = {|FG3005:encoding.GetBytes(secretToken)|};
        return Convert.ToHexString(hmac.ComputeHash(encoding.GetBytes(plainToken)));
    }
}
public class ConfigReader
{
    private static readonly string Secret = "eid729-config";
    // Only a decryption path: the key in the code is reported here.
    public static string Decrypt(string cipherText)
    {
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes({|FG3005:Secret|}, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var decryptor = aes.CreateDecryptor();
        return cipherText;
    }
}
""");

    [Fact]
    public Task Pass_phrase_look_alikes_reassigned_locals_and_decryption_twins_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class AppConsts
{
    public const string PassPhraseHint = "Use at least twelve characters";
    public const string DefaultPassPhrase = "";
    public const int MinPassPhrase = 12;
    public const string ShortPassPhrase = "todo";
}
public class WebhookController
{
    public string Validate(string plainToken, string configured)
    {
        string secretToken = "placeholder-token";
        secretToken = configured;
        var hmac = new HMACSHA256();
        hmac.Key = Encoding.ASCII.GetBytes(secretToken);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes(plainToken)));
    }
}
public class Vault
{
    private static readonly string _EncryptionKey = "eid729";
    private static readonly byte[] Salt = { 0x49, 0x76, 0x61, 0x6e, 0x20, 0x4d, 0x65, 0x64 };
    public static string Encrypt(string clearText)
    {
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes({|FG3005:_EncryptionKey|}, Salt, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var encryptor = aes.CreateEncryptor();
        return clearText;
    }

    // The same key field on the way back: reported once, on the encryption path.
    public static string Decrypt(string cipherText)
    {
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(_EncryptionKey, Salt, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var decryptor = aes.CreateDecryptor();
        return cipherText;
    }
}
""");
}
