using NonceVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, session 20 (held-out sets 14 and 15): FG3004 on an IV read from a settings object (an options class bound
/// from configuration once) in the argument and assignment forms, in a factory that builds the algorithm, and on a static
/// IV field copied into a local before the encryption.
/// </summary>
public class ConfiguredAndSharedIvTests
{
    // Microsoft.Extensions.Options is not among the test references: its interfaces under their real names.
    private const string OptionsStubs = """

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
    public interface IOptionsMonitor<out TOptions> { TOptions CurrentValue { get; } }
}

public sealed class CardCipherSettings
{
    public string Passphrase { get; set; } = "";
    public string InitVectorText { get; set; } = "";
    public string IvBase64 { get; set; } = "";
    public int IvLength { get; set; }
}

public sealed class VaultConfig
{
    public byte[] Iv { get; set; } = new byte[0];
    public byte[] Key { get; set; } = new byte[0];
}
""";

    // The IV of every record comes from the options: through locals into CreateEncryptor (inside a lazily built
    // encryptor too), assigned to IV in a factory that returns the algorithm, and from a settings object kept in a field.
    [Fact]
    public Task An_iv_read_from_a_settings_object_is_reported_where_it_encrypts() => NonceVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

public sealed class CardVault
{
    private readonly IOptions<CardCipherSettings> _options;
    private Lazy<ICryptoTransform>? _encryptor;
    public CardVault(IOptions<CardCipherSettings> options) => _options = options;

    public void Prepare(byte[] key)
    {
        var ivBytes = Encoding.ASCII.GetBytes(_options.Value.InitVectorText);
        var algorithm = Aes.Create();
        _encryptor = new Lazy<ICryptoTransform>(() => algorithm.CreateEncryptor(key, {|FG3004:ivBytes|}));
    }

    public Aes CreateAes(byte[] key)
    {
        var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:Convert.FromBase64String(_options.Value.IvBase64)|};
        return aes;
    }
}

public sealed class TokenSealer
{
    private readonly VaultConfig _config;
    public TokenSealer(VaultConfig config) => _config = config;

    public byte[] Seal(byte[] plain)
    {
        using var aes = Aes.Create();
        using var encryptor = aes.CreateEncryptor(_config.Key, {|FG3004:_config.Iv|});
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }
}

public sealed class MonitoredVault
{
    private readonly IOptionsMonitor<CardCipherSettings> _monitor;
    public MonitoredVault(IOptionsMonitor<CardCipherSettings> monitor) => _monitor = monitor;

    public byte[] EncryptCard(byte[] plain, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:Encoding.UTF8.GetBytes(_monitor.CurrentValue.InitVectorText)|};
        using var encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }
}
""" + OptionsStubs);

    // Look-alikes: the decrypting twin that reads the same setting, an IV stored with each record (a member of the
    // record, not of a settings type), an IV size taken from the settings beside a random IV, and a factory named for
    // decryption.
    [Fact]
    public Task Decryption_ivs_stored_with_the_record_and_iv_sizes_from_settings_stay_silent() => NonceVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

public sealed class StoredCipherText
{
    public byte[] Iv { get; set; } = new byte[0];
    public byte[] Data { get; set; } = new byte[0];
}

public sealed class CardReader
{
    private readonly IOptions<CardCipherSettings> _options;
    public CardReader(IOptions<CardCipherSettings> options) => _options = options;

    public byte[] DecryptCard(byte[] cipher, byte[] key)
    {
        var ivBytes = Encoding.ASCII.GetBytes(_options.Value.InitVectorText);
        using var aes = Aes.Create();
        using var decryptor = aes.CreateDecryptor(key, ivBytes);
        return decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
    }

    public Aes CreateDecryptingAes(byte[] key)
    {
        var aes = Aes.Create();
        aes.Key = key;
        aes.IV = Convert.FromBase64String(_options.Value.IvBase64);
        return aes;
    }

    public byte[] Reencrypt(StoredCipherText stored, byte[] key)
    {
        using var aes = Aes.Create();
        using var encryptor = aes.CreateEncryptor(key, stored.Iv);
        return encryptor.TransformFinalBlock(stored.Data, 0, stored.Data.Length);
    }

    public byte[] EncryptWithFreshIv(byte[] plain, byte[] key)
    {
        var iv = new byte[_options.Value.IvLength];
        RandomNumberGenerator.Fill(iv);
        using var aes = Aes.Create();
        using var encryptor = aes.CreateEncryptor(key, iv);
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }
}
""" + OptionsStubs);

    // A static IV field copied into a local (byte[] keys = Keys) before a DES or AES encryption is the static field under
    // another name: one IV for every call. Reported at the encryption; the decryption that copies it is not.
    [Fact]
    public Task A_static_iv_field_copied_into_a_local_is_shared_by_every_encryption() => NonceVerify.VerifyAnalyzerAsync("""

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

public static class LegacyDes
{
    private static byte[] Vector = new byte[] { 0x21, 0x43, 0x65, 0x87, 0x09, 0xba, 0xdc, 0xfe };
    private static byte[] SharedIv { get; } = RandomNumberGenerator.GetBytes(16);

    public static string Encrypt(string text, string secret)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret.PadRight(8).Substring(0, 8));
        byte[] vector = Vector;
        var provider = DES.Create();
        using var stream = new MemoryStream();
        using (var crypto = new CryptoStream(stream, provider.CreateEncryptor(key, {|FG3004:vector|}), CryptoStreamMode.Write))
        {
            byte[] data = Encoding.UTF8.GetBytes(text);
            crypto.Write(data, 0, data.Length);
        }

        return Convert.ToBase64String(stream.ToArray());
    }

    public static byte[] Seal(byte[] plain, byte[] key)
    {
        var iv = SharedIv;
        using var aes = Aes.Create();
        using var encryptor = aes.CreateEncryptor(key, {|FG3004:iv|});
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }

    public static string Decrypt(string cipher, string secret)
    {
        byte[] key = Encoding.UTF8.GetBytes(secret.PadRight(8).Substring(0, 8));
        byte[] vector = Vector;
        var provider = DES.Create();
        using var decryptor = provider.CreateDecryptor(key, vector);
        byte[] data = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(data, 0, data.Length));
    }
}
""");

    // Look-alike: a local that starts as the static field but is replaced with fresh random bytes before the encryption.
    [Fact]
    public Task A_local_copied_from_a_static_field_and_refilled_stays_silent() => NonceVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;

public static class RefilledIv
{
    private static byte[] Template = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    public static byte[] Seal(byte[] plain, byte[] key, out byte[] usedIv)
    {
        byte[] iv = Template;
        iv = RandomNumberGenerator.GetBytes(16);
        usedIv = iv;
        using var aes = Aes.Create();
        using var encryptor = aes.CreateEncryptor(key, iv);
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }
}
""");
}
