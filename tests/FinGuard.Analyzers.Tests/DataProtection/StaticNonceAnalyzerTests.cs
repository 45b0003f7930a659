using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class StaticNonceAnalyzerTests
{
    [Fact]
    public Task Static_zero_constant_and_reused_nonces_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public class Sealer
{
    private static readonly byte[] SharedNonce = RandomNumberGenerator.GetBytes(12);
    private static readonly byte[] {|FG3004:ZeroIv = new byte[16]|};

    public void A(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:SharedNonce|}, p, c, t);

    public void B(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:new byte[12]|}, p, c, t);

    public void C(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:Encoding.ASCII.GetBytes("nonce-123456")|}, p, c, t);

    public byte[] D(AesGcm gcm, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p, c, t);
        return nonce;
    }

    public void E(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        gcm.Encrypt(nonce, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
    }

    public void F(AesGcm gcm, byte[][] items, byte[] t)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:nonce|}, item, item, t);
        }
    }

    public ICryptoTransform G(Aes aes)
    {
        aes.IV = {|FG3004:ZeroIv|};
        return aes.CreateEncryptor(aes.Key, {|FG3004:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|});
    }
}
""");

    [Fact]
    public Task Random_nonces_decryption_and_nonces_read_from_the_ciphertext_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
public class GoodSealer
{
    public byte[] Seal(AesGcm gcm, byte[] plain)
    {
        var nonce = new byte[AesGcm.NonceByteSizes.MaxSize];
        RandomNumberGenerator.Fill(nonce);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        gcm.Encrypt(nonce, plain, cipher, tag);
        return nonce;
    }

    public void Many(AesGcm gcm, byte[][] items, byte[] t)
    {
        var nonce = new byte[12];
        foreach (var item in items)
        {
            RandomNumberGenerator.Fill(nonce);
            gcm.Encrypt(nonce, item, item, t);
        }
    }

    public byte[] Open(AesGcm gcm, byte[] stored)
    {
        var nonce = new byte[12];
        var zero = new byte[12];
        Buffer.BlockCopy(stored, 0, nonce, 0, 12);
        var plain = new byte[stored.Length - 28];
        gcm.Decrypt(nonce, stored.AsSpan(28), stored.AsSpan(12, 16), plain);
        return plain;
    }

    public byte[] FromStream(AesGcm gcm, Stream input, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        input.ReadExactly(nonce);
        gcm.Encrypt(nonce, p, c, t);
        return c;
    }

    public ICryptoTransform Cbc(Aes aes)
    {
        aes.GenerateIV();
        byte[] iv = aes.IV;
        return aes.CreateEncryptor(aes.Key, iv);
    }

    public void Counter(AesGcm gcm, long counter, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(nonce.AsSpan(4), counter);
        gcm.Encrypt(nonce, p, c, t);
    }
}");

    [Fact]
    public Task Nonces_from_in_memory_counters_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Threading;
public class CounterSealer
{
    private static long _counter;
    private ulong _sequence = 0;
    private int _messages;
    private readonly AesGcm _gcm;

    public CounterSealer(AesGcm gcm) => _gcm = gcm;

    public void Interlocked(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        long value = System.Threading.Interlocked.Increment(ref _counter);
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), value);
        _gcm.Encrypt({|FG3004:nonce|}, plain, cipher, tag);
    }

    public void PostIncrement(byte[] plain, byte[] cipher, byte[] tag)
    {
        Span<byte> nonce = stackalloc byte[12];
        BinaryPrimitives.WriteUInt64LittleEndian(nonce, _sequence++);
        _gcm.Encrypt({|FG3004:nonce|}, plain, cipher, tag);
    }

    public void BitConverterCopy(ChaCha20Poly1305 chacha, byte[] plain, byte[] cipher, byte[] tag)
    {
        _messages += 1;
        var nonce = new byte[12];
        BitConverter.GetBytes(_messages).CopyTo(nonce, 8);
        chacha.Encrypt({|FG3004:nonce|}, plain, cipher, tag);
    }
}");

    [Fact]
    public Task Counters_with_a_random_part_restored_from_storage_or_for_decryption_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Threading;
public class GoodCounterSealer
{
    private static long _counter;
    private long _restored;
    private readonly byte[] _prefix = RandomNumberGenerator.GetBytes(4);
    private readonly AesGcm _gcm;

    public GoodCounterSealer(AesGcm gcm, long lastUsed)
    {
        _gcm = gcm;
        _restored = lastUsed;
    }

    public void RandomPrefix(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce.AsSpan(0, 4));
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }

    public void InstancePrefix(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        _prefix.CopyTo(nonce, 0);
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }

    public void Restored(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _restored));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }

    public void Decrypt(byte[] cipher, byte[] tag, byte[] plain)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Decrypt(nonce, cipher, tag, plain);
    }

    public void Logged(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        Console.WriteLine(Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }
}");

    [Fact]
    public Task Counters_under_a_per_instance_random_key_or_prefix_or_restored_by_reference_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Threading;
public sealed class SessionSealer
{
    private readonly AesGcm _gcm = new AesGcm(RandomNumberGenerator.GetBytes(32), 16);
    private long _counter;

    public void Seal(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }
}

public sealed class PrefixSealer
{
    private readonly AesGcm _gcm;
    private readonly uint _prefix;
    private long _counter;

    public PrefixSealer(AesGcm gcm)
    {
        _gcm = gcm;
        _prefix = (uint)RandomNumberGenerator.GetInt32(int.MaxValue);
    }

    public void Seal(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(nonce, _prefix);
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }
}

public interface ICounterStore { long Load(); void Load(out long value); }

public sealed class RestoredSealer
{
    private readonly AesGcm _gcm;
    private long _counter;
    private long _sequence;

    public RestoredSealer(AesGcm gcm, ICounterStore store)
    {
        _gcm = gcm;
        Interlocked.Exchange(ref _counter, store.Load());
        store.Load(out _sequence);
    }

    public void Seal(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _counter));
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }

    public void SealNext(byte[] plain, byte[] cipher, byte[] tag)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), _sequence++);
        _gcm.Encrypt(nonce, plain, cipher, tag);
    }
}");

    // Held-out set 6 (issue 18): the project's own crypto helper takes the IV as text or bytes, and its callers pass
    // one written in the source: a private static field never written again (reported once, at the field), a literal,
    // a constant. Look-alikes: IV sizes and names, blank text (the helper's default), an IV made at run time, a field
    // the type also assigns elsewhere, and helpers not named as encryption.
    // One finding per fixed IV: the encrypting method is reported, its decrypting twin (which must read what was
    // written with that IV) is not; a method that decrypts and re-encrypts with the zero IV is reported.
    [Fact]
    public Task A_zero_iv_is_reported_where_it_encrypts_not_in_the_decrypting_twin() => VerifyCS.VerifyAnalyzerAsync("""
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public static class AesText
{
    public static string EncryptString(byte[] key, string plain)
    {
        var iv = new byte[16];
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:iv|};
        var encryptor = aes.CreateEncryptor(aes.Key, aes.IV);
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(encryptor.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    public static string DecryptString(byte[] key, string cipherText)
    {
        var iv = new byte[16];
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = iv;
        var decryptor = aes.CreateDecryptor(aes.Key, aes.IV);
        var buffer = Convert.FromBase64String(cipherText);
        return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(buffer, 0, buffer.Length));
    }

    public static byte[] Open(byte[] key, byte[] sealedValue)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = new byte[16];
        using var stream = new CryptoStream(new MemoryStream(sealedValue), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    public static byte[] Rewrap(byte[] key, byte[] sealedValue)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:new byte[16]|};
        var plain = aes.CreateDecryptor().TransformFinalBlock(sealedValue, 0, sealedValue.Length);
        return aes.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length);
    }
}
""");

    [Fact]
    public Task Fixed_ivs_passed_to_home_made_crypto_helpers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
internal class Cryptography
{
    public Cryptography(int iterations, int keySize, string salt, string vector) { }
    public string Encrypt(string value, string password) => value;
    public string Decrypt(string value, string password) => value;
}
public static class TokenSecurity
{
    private static int _iterations = 2;
    private static string _salt = "aselrias38490a32";
    private static string {|FG3004:_vector = "8947az34awl34kjq"|};

    public static string Encrypt(string value) => new Cryptography(_iterations, 256, _salt, _vector).Encrypt(value, "p");
    public static string Decrypt(string value) => new Cryptography(_iterations, 256, _salt, _vector).Decrypt(value, "p");
}
public static class AesHelper
{
    private const string {|FG3004:InitVector = "0123456789abcdef"|};
    public static string EncryptString(string text, string key, string iv) => text;
    public static byte[] EncryptBytes(byte[] data, byte[] key, byte[] ivBytes) => data;

    public static string A(string text, string key) => EncryptString(text, key, {|FG3004:"fedcba9876543210"|});
    public static string B(string text, string key) => EncryptString(text, key, InitVector);
    public static string B2(string text, string key) => EncryptString(text, key, InitVector);
    public static byte[] C(byte[] data, byte[] key) => EncryptBytes(data, key, {|FG3004:new byte[16]|});
}
""");

    [Fact]
    public Task Iv_sizes_blank_run_time_and_reassigned_ivs_and_other_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class CipherHelper
{
    private static string _vector = "8947az34awl34kjq";
    public static string Current = "0123456789abcdef";
    public CipherHelper(string vector) { }
    public static void Rotate(string next) => _vector = next;
    public static string EncryptString(string text, string iv) => text;
    public static string EncryptSized(string text, int ivSize, string ivName) => text;
    public static string Format(string text, string vector) => text;

    public string A(string text) => EncryptString(text, _vector);
    public string B(string text) => EncryptString(text, Current);
    public string C(string text) => EncryptString(text, "");
    public string D(string text) => EncryptString(text, System.Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    public string E(string text) => EncryptSized(text, 16, "iv-2024");
    public string F(string text) => Format(text, "0123456789abcdef");
    public CipherHelper G() => new CipherHelper(System.Guid.NewGuid().ToString("N").Substring(0, 16));
}
""");

    // Held-out set 7 (issue 18): an IV read from configuration (or its literal fallback) in a method that encrypts is one
    // IV for every record. The decrypting twin reads the same IV and is not reported, nor is a random IV beside a
    // configured key.
    [Fact]
    public Task An_iv_read_from_configuration_for_every_record_is_reused() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
public class RegisterModel
{
    private readonly IConfiguration _configuration;
    public RegisterModel(IConfiguration configuration) => _configuration = configuration;

    public byte[] EncryptNric(byte[] plain, byte[] key)
    {
        var ivString = _configuration["Encryption:IV"] ?? "MySecureIV123456";
        var iv = Encoding.UTF8.GetBytes(ivString.PadRight(16).Substring(0, 16));
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:iv|};
        using var encryptor = aes.CreateEncryptor(aes.Key, aes.IV);
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }

    public byte[] EncryptWithConfiguredIv(byte[] plain, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:Encoding.UTF8.GetBytes(_configuration.GetSection("Encryption")["IV"]!)|};
        using var encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }

    private byte[] DecryptNric(byte[] cipher, byte[] key)
    {
        var ivString = _configuration["Encryption:IV"] ?? "MySecureIV123456";
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = Encoding.UTF8.GetBytes(ivString);
        using var decryptor = aes.CreateDecryptor();
        return decryptor.TransformFinalBlock(cipher, 0, cipher.Length);
    }

    private byte[] EncryptRandomIv(byte[] plain)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(_configuration["Encryption:Key"]!);
        aes.GenerateIV();
        using var encryptor = aes.CreateEncryptor();
        return encryptor.TransformFinalBlock(plain, 0, plain.Length);
    }
}
""");

    // Held-out set 8 (issue 18): an IV written as a bare array initializer (byte[] iv = { 18, 52, ... }) is a constant
    // like new byte[] { ... }; it is reported where it is written, once for the encryptions that use it.
    [Fact]
    public Task An_iv_written_as_a_bare_array_initializer_is_reported_where_it_is_written() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public static class ConnectionCipher
{
    public static string Encrypt(string content, string keyText)
    {
        byte[] key = { };
        byte[] iv = {|FG3004:{ 18, 52, 86, 120, 144, 171, 205, 239 }|};
        key = Encoding.UTF8.GetBytes(keyText.Substring(0, 8));
        using DES des = DES.Create();
        byte[] input = Encoding.UTF8.GetBytes(content);
        var ms = new MemoryStream();
        var cs = new CryptoStream(ms, des.CreateEncryptor(key, iv), CryptoStreamMode.Write);
        cs.Write(input, 0, input.Length);
        cs.FlushFinalBlock();
        var second = des.CreateEncryptor(key, iv);
        return Convert.ToBase64String(ms.ToArray());
    }
}
""");

    [Fact]
    public Task Empty_and_filled_array_initializers_and_decryption_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class ConnectionCipher
{
    public static ICryptoTransform Encryptor(DES des, byte[] key)
    {
        byte[] iv = { 0, 0, 0, 0, 0, 0, 0, 0 };
        RandomNumberGenerator.Fill(iv);
        return des.CreateEncryptor(key, iv);
    }

    public static ICryptoTransform Decryptor(DES des, byte[] key, byte[] stored)
    {
        byte[] iv = { 18, 52, 86, 120, 144, 171, 205, 239 };
        return des.CreateDecryptor(key, iv);
    }
}
""");

    // Held-out set 17: ECB uses no IV, so an IV set on an ECB cipher is ignored (ECB is FG3003's finding); the same IV on
    // a CBC cipher, or on another object than the ECB one, is still reported.
    [Fact]
    public Task An_iv_set_on_an_ecb_cipher_is_not_reported_but_one_on_a_cbc_cipher_is() => VerifyCS.VerifyAnalyzerAsync("""
using System.Security.Cryptography;
public static class BlockCiphers
{
    public static byte[] EncryptEcb(byte[] key, byte[] data)
    {
        using var des = DES.Create();
        des.Key = key;
        des.Mode = CipherMode.ECB;
        des.IV = new byte[8];
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptEcbInitializer(byte[] key, byte[] data)
    {
        using var aes = new AesManaged { Key = key, Mode = CipherMode.ECB, IV = new byte[16] };
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptCbc(byte[] key, byte[] data)
    {
        using var des = DES.Create();
        des.Key = key;
        des.Mode = CipherMode.CBC;
        des.IV = {|FG3004:new byte[8]|};
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptOther(byte[] key, byte[] data)
    {
        using var probe = DES.Create();
        probe.Mode = CipherMode.ECB;
        using var des = DES.Create();
        des.Key = key;
        des.IV = {|FG3004:new byte[8]|};
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");
}
