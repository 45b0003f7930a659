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
    private const string {|FG3005:Secret = "super-secret-signing-key"|};
    private static readonly byte[] {|FG3005:StaticKey = { 1, 2, 3, 4, 5, 6, 7, 8 }|};
    private static readonly byte[] {|FG3005:EncodedKey = Encoding.UTF8.GetBytes("another hard-coded key")|};

    public byte[] Sign(byte[] data)
    {
        using var hmac = new HMACSHA256({|FG3005:Encoding.UTF8.GetBytes(Secret)|});
        return hmac.ComputeHash(data);
    }

    public byte[] Sign2(byte[] data) => HMACSHA256.HashData({|FG3005:StaticKey|}, data);

    public byte[] Sign3(byte[] data) => HMACSHA512.HashData({|FG3005:EncodedKey|}, data);

    public void Encrypt(byte[] nonce, byte[] plain, byte[] cipher, byte[] tag)
    {
        var key = {|FG3005:Convert.FromBase64String("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=")|};
        using var gcm = new AesGcm(key, 16);
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
        string secretToken = {|FG3005:"hk237nSrSLaYp0EWTK03gA"|};
        var hmac = new HMACSHA256();
        hmac.Key = encoding.GetBytes(secretToken);
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

    // Held-out set 6 (issue 18): keys that are not constants but only ever hold one literal: a private static field
    // never written again, passed as the pass phrase of a generic helper that derives its key from it
    // (Encrypt<AesManaged>(value, _password)), and a read-only field set to a literal in the constructor and passed as
    // the key of an EncryptString helper. Reported where the key is used to encrypt; the decrypting twin adds nothing.
    [Fact]
    public Task Fields_that_only_ever_hold_a_literal_are_followed_as_keys() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0041, SYSLIB0021
internal class Cryptography
{
    public string Encrypt<T>(string value, string password) where T : SymmetricAlgorithm, new()
    {
        using T cipher = new T();
        byte[] key = new PasswordDeriveBytes(password, new byte[8], "SHA1", 2).GetBytes(32);
        return System.Convert.ToBase64String(cipher.CreateEncryptor(key, new byte[16]).TransformFinalBlock(Encoding.UTF8.GetBytes(value), 0, value.Length));
    }

    public string Decrypt<T>(string value, string password) where T : SymmetricAlgorithm, new()
    {
        using T cipher = new T();
        byte[] key = new PasswordDeriveBytes(password, new byte[8], "SHA1", 2).GetBytes(32);
        return Encoding.UTF8.GetString(cipher.CreateDecryptor(key, new byte[16]).TransformFinalBlock(System.Convert.FromBase64String(value), 0, 16));
    }
}
public static class AESSecurity
{
    private static string _password = "VisaNet_Pagos_Password";

    public static string Encrypt(string value) => new Cryptography().Encrypt<AesManaged>(value, {|FG3005:_password|});
    public static string Decrypt(string value) => new Cryptography().Decrypt<AesManaged>(value, _password);
}
public class AddBankCardModel
{
    private readonly string _encryptionKey;

    public AddBankCardModel()
    {
        _encryptionKey = "YourSecureEncryptionKey123!";
    }

    public string OnPost(string cvv) => EncryptString(cvv, {|FG3005:_encryptionKey|});

    private string EncryptString(string text, string key)
    {
        using Aes aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key.PadRight(32).Substring(0, 32));
        return text;
    }
}
""");

    // Look-alikes: a field written again (a setter, a rotation method), set from configuration in the constructor, or
    // public and writable from anywhere; and a helper whose password parameter is the value it encrypts, not its key.
    [Fact]
    public Task Written_configured_or_public_fields_and_encrypted_passwords_are_not_followed() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class Cryptor
{
    public string EncryptString(string text, string key) => text;
    public string EncryptPassword(string password) => password;
    public string Encrypt(string value, string password) => value + password;
}
public class Service
{
    private static string _rotated = "first-key-1234567";
    private readonly string _configured;
    private string _set = "initial-key-12345";
    public static string PublicKey = "public-writable-key";
    private readonly Cryptor _cryptor = new Cryptor();

    public Service(string configured)
    {
        _configured = configured;
    }

    public static void Rotate(string next) => _rotated = next;
    public string Key { set => _set = value; }

    public string A(string v) => _cryptor.EncryptString(v, _rotated);
    public string B(string v) => _cryptor.EncryptString(v, _configured);
    public string C(string v) => _cryptor.EncryptString(v, _set);
    public string D(string v) => _cryptor.EncryptString(v, PublicKey);
    // The password is the value encrypted: the helper derives no key from it.
    public string E() => _cryptor.EncryptPassword("initial-password");
    public string F(string v) => _cryptor.Encrypt(v, "not-a-key-here");
}
""");

    // Held-out set 7 (issue 18): a mapper lambda whose parameter has no type before restore (AutoMapper unresolved) makes
    // the helper call invalid; its one candidate still says which argument is the key. Its decrypting twin, a
    // non-key argument and a call with several candidates are not reported.
    [Fact]
    public Task Keys_in_helper_calls_that_do_not_bind_are_found_by_their_candidate() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public static class AesOperation
{
    public static string EncryptString(string key, string plainText)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToBase64String(aes.EncryptCbc(Encoding.UTF8.GetBytes(plainText), new byte[16]));
    }
    public static string DecryptString(string key, string cipherText) => key + cipherText;
    public static string EncryptLabel(string plainText, string label) => plainText + label;
    public static string EncryptWith(string key, string plainText) => plainText;
    public static string EncryptWith(string key, string plainText, int rounds) => plainText;
}
public class Card { public string Pin { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class CardDto { public string Pin { get; set; } = ""; }
public static class MapperConfig
{
    private static void Configure({|CS0246:IMapperConfigurationExpression|} cfg)
    {
        cfg.CreateMap<CardDto, Card>()
            .ForMember(dest => dest.Pin, act => act.MapFrom(src => AesOperation.EncryptString({|FG3005:"cOtaCSQZGwhAZx3afFShMyNtuEiammK"|}, src.Pin)))
            .ForMember(dest => dest.Cvv, act => act.MapFrom(src => AesOperation.EncryptLabel(src.Cvv, "not-a-key-value")))
            .ForMember(dest => dest.Cvv, act => act.MapFrom(src => AesOperation.EncryptWith("ambiguous-key-value", src.Cvv)));
        cfg.CreateMap<Card, CardDto>()
            .ForMember(dest => dest.Pin, act => act.MapFrom(src => AesOperation.DecryptString("cOtaCSQZGwhAZx3afFShMyNtuEiammK", src.Pin)));
    }
}
""");

    // Held-out set 7 (issue 18): a key read from configuration with a literal fallback is in the code wherever the setting
    // is missing: reported at the literal. A key read from configuration alone, a blank fallback and the decrypting
    // twin's fallback are not.
    [Fact]
    public Task A_literal_fallback_of_a_configured_key_is_a_key_in_code() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
public class RegisterModel
{
    private readonly IConfiguration _configuration;
    public RegisterModel(IConfiguration configuration) => _configuration = configuration;

    private byte[] EncryptNric(byte[] plain, byte[] iv)
    {
        var keyString = _configuration["Encryption:Key"] ?? {|FG3005:"MySecureKey12345MySecureKey12345"|};
        var key = Encoding.UTF8.GetBytes(keyString.PadRight(32).Substring(0, 32));
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptCbc(plain, iv);
    }

    private byte[] DecryptNric(byte[] cipher, byte[] iv)
    {
        var keyString = _configuration["Encryption:Key"] ?? "MySecureKey12345MySecureKey12345";
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(keyString);
        return aes.DecryptCbc(cipher, iv);
    }

    private byte[] EncryptConfigured(byte[] plain, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(_configuration["Encryption:Key"]!);
        return aes.EncryptCbc(plain, iv);
    }

    private byte[] EncryptBlankFallback(byte[] plain, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(_configuration.GetSection("Encryption")["Key"] ?? "");
        return aes.EncryptCbc(plain, iv);
    }
}
""");

    // Held-out set 8 (issue 18): the pass phrase written again as a local of the decrypting twin is reported once, where
    // it encrypts; a decryption method with a literal of its own (no twin writes it) is still reported.
    [Fact]
    public Task A_literal_local_repeated_in_the_decrypting_twin_is_reported_once() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class UtilityHelper
{
    private static readonly byte[] Salt = { 0x49, 0x76, 0x61, 0x6e, 0x20, 0x4d, 0x65, 0x64 };

    public static string Encrypt(string clearText)
    {
        string encryptionKey = {|FG3005:"abc123"|};
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(encryptionKey, Salt, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var encryptor = aes.CreateEncryptor();
        return clearText;
    }

    public static string Decrypt(string cipherText)
    {
        string encryptionKey = "abc123";
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(encryptionKey, Salt, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var decryptor = aes.CreateDecryptor();
        return cipherText;
    }

    public static string DecryptLegacy(string cipherText)
    {
        string legacyKey = {|FG3005:"legacy-key-2019"|};
        using Aes aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(legacyKey, Salt, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        using var decryptor = aes.CreateDecryptor();
        return cipherText;
    }
}
""");

    [Fact]
    public Task A_key_written_as_a_bare_array_initializer_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class TokenSigner
{
    public static byte[] Sign(byte[] body)
    {
        byte[] key = {|FG3005:{ 0x10, 0x22, 0x35, 0x47, 0x59, 0x6a, 0x7b, 0x8c }|};
        byte[] empty = { };
        using var hmac = new HMACSHA256(key);
        using var other = new HMACSHA256(empty);
        return hmac.ComputeHash(body);
    }
}
""");

    // Held-out set 17: a test project signs a webhook as the processor would, with a secret made up for the test; an
    // encryption key written there, and the same signature outside a test project, stay reported.
    private const string WebhookSigning = """
using System;
using System.Security.Cryptography;
using System.Text;
public static class WebhookSignatures
{
    private const string MARK_WebhookSecret = "whsec-test-0123456789abcdef0123456789"MARK_END;

    public static string Sign(string body) => Convert.ToHexString(HMACSHA512.HashData(MARK_Encoding.UTF8.GetBytes(WebhookSecret)MARK_END, Encoding.UTF8.GetBytes(body)));

    public static byte[] Seal(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = {|FG3005:Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef")|};
        return aes.EncryptCbc(data, new byte[16]);
    }
}
""";

    [Fact]
    public Task A_webhook_signing_secret_in_a_test_project_is_not_reported_but_an_encryption_key_there_is()
    {
        var test = new VerifyCS.Test { TestCode = WebhookSigning.Replace("MARK_END", "").Replace("MARK_", "") };
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectAssemblyName(projectId, "Payments.IntegrationTests"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_webhook_signing_secret_outside_a_test_project_is_reported()
        => VerifyCS.VerifyAnalyzerAsync(WebhookSigning.Replace("MARK_END", "|}").Replace("MARK_", "{|FG3005:"));
}
