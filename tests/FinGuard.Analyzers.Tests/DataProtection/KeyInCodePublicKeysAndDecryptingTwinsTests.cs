using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 18: a public key (a PEM block stored base64-encoded) handed to an encrypting helper is not a
/// secret; a key hashed from a constant is reported where it encrypts, not again in the decrypting twin; a decrypting
/// helper call repeats the key its encrypting call already reports.
/// </summary>
public class KeyInCodePublicKeysAndDecryptingTwinsTests
{
    [Fact]
    public Task Base64_pem_public_key_passed_to_an_encrypting_helper_is_not_reported_but_a_secret_key_is() => VerifyCS.VerifyAnalyzerAsync("""

public static class CardSealer
{
    public static string Encrypt(string plainText, string key) => plainText + key;
}
public class Client
{
    // "-----BEGIN PUBLIC KEY-----" in base64.
    const string ProcessorKey = "LS0tLS1CRUdJTiBQVUJMSUMgS0VZLS0tLS0KTUlJQklqQU5CZ2txaGtpRzl3MEJBUUVGQUFPQ0FROEFNSUlCQ2dLQ0FRRUF0ZXN0a2V5Ym9keQotLS0tLUVORCBQVUJMSUMgS0VZLS0tLS0K";
    const string PemKey = "-----BEGIN PUBLIC KEY-----MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtestkeybodytestkeybody-----END PUBLIC KEY-----";
    const string {|FG3005:SharedKey = "Zx81-Kq92!mBv7Lw0pQ4"|};

    public string A(string pan) => CardSealer.Encrypt(pan, ProcessorKey);
    public string B(string pan) => CardSealer.Encrypt(pan, PemKey);
    public string C(string pan) => CardSealer.Encrypt(pan, SharedKey);
}
""");

    [Fact]
    public Task Wrapped_encrypted_and_public_keys_handed_to_an_encryption_type_are_not_reported_but_a_plain_key_is() => VerifyCS.VerifyAnalyzerAsync("""

public class KeyPairEncryptionData
{
    public KeyPairEncryptionData(string wrappedPrivateKey, string publicKey, string signedPublicKey = null) { }
}
public class FieldEncryptor
{
    public FieldEncryptor(string encryptedDataKey) { }
    public FieldEncryptor(string secretKey, int rounds) { }
    public string Encrypt(string value) => value;
}
public class Fixtures
{
    // A key pair record filled in a test: the private key is wrapped (ciphertext), the public key is public.
    public KeyPairEncryptionData Pair() => new KeyPairEncryptionData("wrappedPrivateKey", "publicKey", "signedPublicKey");
    public FieldEncryptor Enveloped() => new FieldEncryptor("2.q7KxHc0pWm9Lr1tZ|aV3nB8sD");
    public FieldEncryptor Plain() => new FieldEncryptor({|FG3005:"Zx81-Kq92!mBv7Lw0pQ4"|}, 3);
}
""");

    [Fact]
    public Task Hashed_constant_key_is_reported_where_it_encrypts_and_not_in_the_decrypting_twin() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0021
public static class TokenCipher
{
    private const string Passphrase = "Orchard-Lantern-4471-Quartz";

    public static string EncryptText(string plain)
    {
        byte[] data = Encoding.UTF8.GetBytes(plain);
        using var md5 = MD5.Create();
        byte[] keyBytes = {|FG3005:md5.ComputeHash(Encoding.UTF8.GetBytes(Passphrase))|};
        using var aes = Aes.Create();
        aes.Key = keyBytes;
        return Convert.ToBase64String(aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public static string DecryptText(string cipher)
    {
        byte[] data = Convert.FromBase64String(cipher);
        using var md5 = MD5.Create();
        byte[] keyBytes = md5.ComputeHash(Encoding.UTF8.GetBytes(Passphrase));
        using var aes = Aes.Create();
        aes.Key = keyBytes;
        return Encoding.UTF8.GetString(aes.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
    }
}
""");

    [Fact]
    public Task Decrypting_helper_call_is_not_reported_where_the_helper_also_encrypts_but_a_decrypt_only_helper_is() => VerifyCS.VerifyAnalyzerAsync("""

public static class PassSecurity
{
    public static string Encrypt(string text, string key) => text + key;
    public static string Decrypt(string text, string key) => text + key;
}
public static class LegacyReader
{
    public static string Decrypt(string text, string key) => text + key;
}
public class Ids
{
    public string Hide(int id) => PassSecurity.Encrypt(id.ToString(), {|FG3005:"vq83-Lm20*Xr5Tz9"|});
    public string Show(string token) => PassSecurity.Decrypt(token, "vq83-Lm20*Xr5Tz9");
    public string Read(string token) => LegacyReader.Decrypt(token, {|FG3005:"Pw71-Ns44*Qc8Jd2"|});
}
""");
    // Held-out set 24: a private field that only ever holds one literal, passed to the helper's Encrypt and Decrypt: the
    // key is reported at the encrypting calls; a field the type only ever decrypts with is still reported.
    [Fact]
    public Task A_fixed_text_key_field_is_reported_where_it_encrypts_and_not_again_where_it_decrypts() => VerifyCS.VerifyAnalyzerAsync("""

public static class Licences
{
    private static string Seal = "Qm7-Tr40-Xw";
    private static string Legacy = "Zp3-Kc18-Vb";

    public static string Issue(string serial) => Encrypt(serial + ";365", {|FG3005:Seal|});
    public static string Renew(string code)
    {
        string days = Decrypt(code, Seal);
        return Encrypt(days + ";renewed", {|FG3005:Seal|});
    }
    public static string Import(string old) => Decrypt(old, {|FG3005:Legacy|});

    public static string Encrypt(string text, string key) => text + key;
    public static string Decrypt(string text, string key) => text + key;
}
""");
}
