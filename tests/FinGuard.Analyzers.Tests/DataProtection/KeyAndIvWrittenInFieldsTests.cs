using KeyVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;
using IvVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;
using WeakVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 23 (and sets 17, 18, 20): a key or IV written in a field of a cipher helper
/// (<c>private static readonly string key = "..."; aes.Key = Encoding.UTF8.GetBytes(key);</c>) is reported at each
/// encrypting use and once at the field's declaration, where it is written. A helper whose only used member decrypts
/// manages no key, so its unused encrypt method stays reported.
/// </summary>
public class KeyAndIvWrittenInFieldsTests
{
    private const string DecryptOnlyCaller = """

public class SettingsForm
{
    public string Connection(string stored) => VaultText.Open(stored);
}
""";

    [Fact]
    public Task Key_field_is_reported_at_its_declaration_once_and_at_each_encrypting_use() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
internal class VaultText
{
    private static readonly string {|FG3005:secret = "Q7f2Lm9Xc4Rt8Vb1Nw6Hs3Jd5Kp0Ye2U"|};

    public static string Seal(string plain)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = {|FG3005:Encoding.UTF8.GetBytes(secret)|};
            byte[] data = Encoding.UTF8.GetBytes(plain);
            return Convert.ToBase64String(aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
        }
    }

    public static byte[] SealBytes(byte[] data)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = {|FG3005:Encoding.UTF8.GetBytes(secret)|};
            return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }
    }

    public static string Open(string stored)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = Encoding.UTF8.GetBytes(secret);
            byte[] data = Convert.FromBase64String(stored);
            return Encoding.UTF8.GetString(aes.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
        }
    }
}
""" + DecryptOnlyCaller);

    [Fact]
    public Task Byte_key_field_is_reported_at_its_declaration_and_its_use() => KeyVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class ReceiptSigner
{
    private static readonly byte[] {|FG3005:SigningKey = { 0x41, 0x9C, 0x07, 0xE2, 0x5B, 0x13, 0xD8, 0x6F, 0x20, 0xA4, 0x3E, 0x91, 0xC5, 0x7A, 0x0D, 0xB6 }|};

    public byte[] Sign(byte[] body) => HMACSHA256.HashData({|FG3005:SigningKey|}, body);
}
""");

    // Look-alikes: a field that names the setting holding the key, a key field made at run time, a field written in
    // the constructor from configuration: no key is written in the code.
    [Fact]
    public Task Key_fields_that_hold_no_written_key_are_not_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
public class TenantVault
{
    private static readonly string KeySetting = "Vault:DataKey";
    private static readonly byte[] SessionKey = RandomNumberGenerator.GetBytes(32);
    private readonly string _key;
    private readonly IDictionary<string, string> _settings;

    public TenantVault(IDictionary<string, string> settings)
    {
        _settings = settings;
        _key = settings["Vault:Key"];
    }

    public byte[] Seal(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromBase64String(_settings[KeySetting]);
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] SealSession(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = SessionKey;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] SealTenant(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(_key);
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");

    [Fact]
    public Task Iv_field_is_reported_at_its_declaration_once_and_at_each_encrypting_use() => IvVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
internal class VaultText
{
    private static readonly string {|FG3004:vector = "0123456789abcdef"|};

    public static string Seal(string plain, byte[] key)
    {
        using (Aes aes = Aes.Create())
        {
            aes.Key = key;
            aes.IV = {|FG3004:Encoding.UTF8.GetBytes(vector)|};
            byte[] data = Encoding.UTF8.GetBytes(plain);
            return Convert.ToBase64String(aes.CreateEncryptor(aes.Key, aes.IV).TransformFinalBlock(data, 0, data.Length));
        }
    }

    public static byte[] SealBytes(byte[] data, byte[] key)
    {
        using (Aes aes = Aes.Create())
        {
            return aes.CreateEncryptor(key, {|FG3004:Encoding.UTF8.GetBytes(vector)|}).TransformFinalBlock(data, 0, data.Length);
        }
    }

    public static string Open(string stored, byte[] key)
    {
        using (Aes aes = Aes.Create())
        {
            byte[] data = Convert.FromBase64String(stored);
            return Encoding.UTF8.GetString(aes.CreateDecryptor(key, Encoding.UTF8.GetBytes(vector)).TransformFinalBlock(data, 0, data.Length));
        }
    }
}
""" + DecryptOnlyCaller.Replace("Open(stored)", "Open(stored, new byte[32])"));

    // Look-alikes: a field that holds the IV's size, and an IV made fresh for each value and stored with it.
    [Fact]
    public Task Iv_size_fields_and_fresh_ivs_are_not_reported() => IvVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class FreshVault
{
    private static readonly int IvLength = 16;

    public byte[] Seal(byte[] data, byte[] key)
    {
        byte[] iv = new byte[IvLength];
        RandomNumberGenerator.Fill(iv);
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        byte[] cipher = aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        byte[] stored = new byte[iv.Length + cipher.Length];
        iv.CopyTo(stored, 0);
        cipher.CopyTo(stored, iv.Length);
        return stored;
    }
}
""");

    // The helper's Encrypt is not called, its Decrypt is: the values it reads were stored with this cipher.
    [Fact]
    public Task Unused_encrypt_of_a_helper_used_only_to_decrypt_is_reported() => WeakVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
internal static class LegacyCipher
{
    public static byte[] Encrypt(byte[] data, byte[] key)
    {
        using var des = {|FG3003:DES.Create()|};
        des.Key = key;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] Decrypt(byte[] data, byte[] key)
    {
        using var des = DES.Create();
        des.Key = key;
        return des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public class ProfileReader
{
    public byte[] Read(byte[] stored, byte[] key) => LegacyCipher.Decrypt(stored, key);
}
""");

    // Look-alike: an internal key-management toolkit whose used member derives the IPEK; its unused encrypt is not data encryption.
    [Fact]
    public Task Unused_encrypt_of_an_internal_key_management_toolkit_is_not_reported() => WeakVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
internal static class ReaderToolkit
{
    public static byte[] EncryptBlock(byte[] data, byte[] key)
    {
        using var des = TripleDES.Create();
        des.Key = key;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] GetIpek(byte[] bdk, byte[] ksn)
    {
        using var des = TripleDES.Create();
        des.Key = bdk;
        des.Mode = CipherMode.ECB;
        return des.CreateEncryptor().TransformFinalBlock(ksn, 0, 8);
    }
}
public class DukptTerminal
{
    public byte[] LoadIpek(byte[] bdk, byte[] ksn) => ReaderToolkit.GetIpek(bdk, ksn);
}
""");

    // Held-out set 23: a private cipher whose every result is a field of an anonymous request body posted with
    // HttpClient encrypts in transit, as the receiving processor's protocol prescribes.
    [Fact]
    public Task Private_cipher_only_filling_posted_request_fields_is_not_reported() => WeakVerify.VerifyAnalyzerAsync("""

using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
public class MandateGateway
{
    private readonly HttpClient _http = new HttpClient();
    private readonly byte[] _key = new byte[24];

    public async Task Start(string nationalId, string reference)
    {
        var body = new
        {
            reference,
            auth = new { kind = "bank.account", secure = Seal(nationalId) },
        };
        await _http.PostAsJsonAsync("/transact", body);
    }

    public Task Debit(string mandate) => _http.PostAsJsonAsync("/debit", new { secure = Seal(mandate) });

    private string Seal(string value)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = _key;
        tdes.Mode = CipherMode.ECB;
        byte[] input = Encoding.UTF8.GetBytes(value);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(input, 0, input.Length));
    }
}
""");

    // Look-alikes: the same private cipher filling an anonymous object that is also logged, or Dapper-style parameters
    // that are written to a table: the ciphertext may be kept, so it stays reported.
    [Fact]
    public Task Private_cipher_filling_anonymous_objects_that_are_kept_is_reported() => WeakVerify.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
public class MandateStore
{
    private readonly HttpClient _http = new HttpClient();
    private readonly byte[] _key = new byte[24];
    public List<object> Journal { get; } = new List<object>();

    public async Task Start(string nationalId)
    {
        var body = new { secure = Seal(nationalId) };
        Journal.Add(body);
        await _http.PostAsJsonAsync("/transact", body);
    }

    public void Save(string nationalId) => Execute("INSERT INTO Mandates (Secure) VALUES (@Secure)", new { Secure = Seal(nationalId) });

    private void Execute(string sql, object parameters) => Journal.Add(parameters);

    private string Seal(string value)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = _key;
        tdes.Mode = {|FG3003:CipherMode.ECB|};
        byte[] input = Encoding.UTF8.GetBytes(value);
        return Convert.ToBase64String(tdes.CreateEncryptor().TransformFinalBlock(input, 0, input.Length));
    }
}
""");

    // Held-out set 23: key and IV read from one derivation over a salt written in the code, handed to the project's
    // own cipher helper: the same IV for every value encrypted with that password.
    [Fact]
    public Task Iv_derived_with_the_key_and_passed_to_a_helper_is_reported() => IvVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public class FileSealer
{
    private static readonly byte[] Salt = { 0x49, 0x76, 0x61, 0x6e, 0x20, 0x4d, 0x65, 0x64 };

    public byte[] Encrypt(byte[] clear, string password)
    {
        var derive = new Rfc2898DeriveBytes(password, Salt, 100000, HashAlgorithmName.SHA256);
        return EncryptBytes(clear, derive.GetBytes(32), {|FG3004:derive.GetBytes(16)|});
    }

    // The decrypting twin derives the same IV to read what Encrypt wrote: reported once, where it encrypts.
    public byte[] Decrypt(byte[] sealedBytes, string password)
    {
        var derive = new Rfc2898DeriveBytes(password, Salt, 100000, HashAlgorithmName.SHA256);
        return DecryptBytes(sealedBytes, derive.GetBytes(32), derive.GetBytes(16));
    }

    private static byte[] EncryptBytes(byte[] clear, byte[] key, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        return aes.CreateEncryptor().TransformFinalBlock(clear, 0, clear.Length);
    }

    private static byte[] DecryptBytes(byte[] sealedBytes, byte[] key, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        return aes.CreateDecryptor().TransformFinalBlock(sealedBytes, 0, sealedBytes.Length);
    }
}
""");

    // Look-alikes: a fresh salt per value (key and IV differ for every record), and a random IV next to a derived key.
    [Fact]
    public Task Iv_from_a_fresh_salt_or_random_bytes_passed_to_a_helper_is_not_reported() => IvVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class FileSealer
{
    public byte[] Encrypt(byte[] clear, string password)
    {
        byte[] salt = RandomNumberGenerator.GetBytes(16);
        var derive = new Rfc2898DeriveBytes(password, salt, 100000, HashAlgorithmName.SHA256);
        return EncryptBytes(clear, derive.GetBytes(32), derive.GetBytes(16));
    }

    public byte[] EncryptRandom(byte[] clear, byte[] key)
    {
        return EncryptBytes(clear, key, RandomNumberGenerator.GetBytes(16));
    }

    private static byte[] EncryptBytes(byte[] clear, byte[] key, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        return aes.CreateEncryptor().TransformFinalBlock(clear, 0, clear.Length);
    }
}
""");
}
