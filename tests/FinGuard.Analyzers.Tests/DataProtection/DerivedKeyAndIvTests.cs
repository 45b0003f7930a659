using KeyVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;
using NonceVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>Keys derived from text in the source (FG3005) and IVs fixed for an object or taken from the key (FG3004).</summary>
public class DerivedKeyAndIvTests
{
    [Fact]
    public Task Keys_hashed_from_literals_are_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public static class LedgerCipher
{
    private static readonly string Passphrase = "correct horse battery staple";
    private static string Pepper { get; } = "p3pp3r-value";

    private static byte[] Stretch(string text)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(Encoding.UTF8.GetBytes(text));
    }

    public static void Protect(Aes aes, TripleDES legacy, byte[] fromVault, string fromCaller)
    {
        aes.Key = {|FG3005:Stretch(Passphrase)|};
        legacy.Key = {|FG3005:MD5.HashData(Encoding.UTF8.GetBytes(Pepper))|};
        aes.Key = SHA256.HashData(fromVault);
        aes.Key = Stretch(fromCaller);
        aes.Key = RandomNumberGenerator.GetBytes(32);
    }
}
""");

    [Fact]
    public Task Ivs_fixed_for_the_object_or_taken_from_the_key_are_reported() => NonceVerify.VerifyAnalyzerAsync(@"
using System;
using System.Security.Cryptography;
using System.Text;
public sealed class VaultCipher
{
    private readonly byte[] _key;
    private readonly byte[] _sharedIv;
    private readonly string _ivHex;
    private readonly byte[] _ivBuffer;

    public VaultCipher(byte[] key, byte[] iv, string ivHex) { _key = key; _sharedIv = iv; _ivHex = ivHex; _ivBuffer = new byte[iv.Length]; }

    public ICryptoTransform EncryptorA()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:_sharedIv|};
        return aes.CreateEncryptor();
    }

    public ICryptoTransform EncryptorB()
    {
        byte[] iv = Convert.FromHexString(_ivHex);
        var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:iv|};
        return aes.CreateEncryptor();
    }

    public ICryptoTransform EncryptorC(string secret)
    {
        var des = TripleDES.Create();
        des.Key = Encoding.ASCII.GetBytes(secret.Substring(0, 24));
        des.IV = {|FG3004:Encoding.ASCII.GetBytes(secret.Substring(8, 8))|};
        return des.CreateEncryptor();
    }

    public ICryptoTransform EncryptorD()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:aes.Key|};
        return aes.CreateEncryptor();
    }

    public ICryptoTransform Fresh()
    {
        var aes = Aes.Create();
        aes.Key = _key;
        RandomNumberGenerator.Fill(_ivBuffer);
        aes.IV = _ivBuffer;
        aes.GenerateIV();
        return aes.CreateEncryptor();
    }

    public ICryptoTransform Decryptor(byte[] storedIv)
    {
        var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = _sharedIv;
        aes.IV = storedIv;
        return aes.CreateDecryptor();
    }
}");

    // A private settable auto-property that its type never assigns is as fixed as a get-only one; one that is
    // assigned (configured at startup) or publicly settable is not.
    [Fact]
    public Task Keys_hashed_from_never_assigned_private_properties_are_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0021
static class PasswordCipher
{
    static string Key { get; set; } = "A!9HHhi%XjjYY4YP2@Nob009X";

    public static void Use(TripleDES tdes)
    {
        using var md5 = new MD5CryptoServiceProvider();
        tdes.Key = {|FG3005:md5.ComputeHash(Encoding.UTF8.GetBytes(Key))|};
    }
}
static class ConfiguredCipher
{
    static string Key { get; set; } = "placeholder-overwritten";
    public static void Configure(string key) => Key = key;
    public static void Use(TripleDES tdes) => tdes.Key = MD5.HashData(Encoding.UTF8.GetBytes(Key));
}
public class PublicCipher
{
    public static string Key { get; set; } = "set-by-the-host";
    public static void Use(TripleDES tdes) => tdes.Key = MD5.HashData(Encoding.UTF8.GetBytes(Key));
}
""");

    // Held-out set 4 (issue 18): key and IV derived from a pass phrase with a salt made fresh for each record (stored
    // with the ciphertext) differ per record; with a salt written in the source they are the same every time.
    [Fact]
    public Task Ivs_derived_with_a_fresh_salt_are_not_reported_and_with_a_fixed_salt_are() => NonceVerify.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public static class RecordCipher
{
    public static string EncryptionKey { get; set; } = """";

    private static byte[] CreateSalt(int size) => RandomNumberGenerator.GetBytes(size);

    public static ICryptoTransform EncryptPerRecord(out byte[] salt)
    {
        salt = CreateSalt(13);
        var fresh = CreateSalt(16);
        var aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(EncryptionKey, fresh, 100000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        aes.IV = pdb.GetBytes(16);
        return aes.CreateEncryptor();
    }

    // The salt declared outside the using block that derives the key and IV.
    public static byte[] EncryptNested(byte[] clear)
    {
        var salt = CreateSalt(13);
        using (var aes = Aes.Create())
        {
            var pdb = new Rfc2898DeriveBytes(EncryptionKey, salt, 100000, HashAlgorithmName.SHA256);
            aes.Key = pdb.GetBytes(32);
            aes.IV = pdb.GetBytes(16);
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(clear, 0, clear.Length);
        }
    }

    public static ICryptoTransform EncryptFixedSalt()
    {
        var aes = Aes.Create();
        var pdb = new Rfc2898DeriveBytes(EncryptionKey, new byte[] { 0x49, 0x76, 0x61, 0x6e, 0x20, 0x4d, 0x65, 0x64 }, 1000, HashAlgorithmName.SHA256);
        aes.Key = pdb.GetBytes(32);
        aes.IV = {|FG3004:pdb.GetBytes(16)|};
        return aes.CreateEncryptor();
    }
}");

    // Issue 18, held-out set 16: a password padded into a key buffer that serves as the IV too.
    [Fact]
    public Task An_iv_that_is_the_key_buffer_is_reported() => NonceVerify.VerifyAnalyzerAsync(@"
using System;
using System.Security.Cryptography;
using System.Text;
public static class TokenCipher
{
#pragma warning disable SYSLIB0022
    public static string Encrypt(string textToEncrypt, string key)
    {
        RijndaelManaged rijndaelCipher = new RijndaelManaged();
        rijndaelCipher.Mode = CipherMode.CBC;
        byte[] pwdBytes = Encoding.UTF8.GetBytes(key);
        byte[] keyBytes = new byte[0x10];
        int len = pwdBytes.Length;
        if (len > keyBytes.Length)
        {
            len = keyBytes.Length;
        }
        Array.Copy(pwdBytes, keyBytes, len);
        rijndaelCipher.Key = keyBytes;
        rijndaelCipher.IV = {|FG3004:keyBytes|};
        ICryptoTransform transform = rijndaelCipher.CreateEncryptor();
        byte[] plainText = Encoding.UTF8.GetBytes(textToEncrypt);
        return Convert.ToBase64String(transform.TransformFinalBlock(plainText, 0, plainText.Length));
    }

    // A fresh IV beside the key buffer is not the key.
    public static byte[] EncryptFresh(byte[] clear, byte[] keyBytes)
    {
        using var aes = Aes.Create();
        aes.Key = keyBytes;
        aes.GenerateIV();
        using var encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(clear, 0, clear.Length);
    }
#pragma warning restore SYSLIB0022
}");
}
