namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue #25's console program with the three classic mistakes (and their fixable cousins), shared by the
/// behavioural round-trip tests and the <c>dotnet format</c> end-to-end test's copy of it.
/// </summary>
internal static class ThreeMistakesProgram
{
    public const string Source = """
using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

// Mistake 1: two messages sealed under one AES-GCM nonce; only one nonce is stored, so no fix can keep both readable.
public static class Messages
{
    public static byte[] SealBoth(byte[] key, byte[] first, byte[] second)
    {
        using var gcm = new AesGcm(key, 16);
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        var c1 = new byte[first.Length];
        var t1 = new byte[16];
        var c2 = new byte[second.Length];
        var t2 = new byte[16];
        gcm.Encrypt(nonce, first, c1, t1);
        gcm.Encrypt(nonce, second, c2, t2);
        return nonce.Concat(BitConverter.GetBytes(first.Length)).Concat(c1).Concat(t1).Concat(c2).Concat(t2).ToArray();
    }

    public static byte[] OpenSecond(byte[] key, byte[] stored)
    {
        using var gcm = new AesGcm(key, 16);
        int firstLength = BitConverter.ToInt32(stored, 12);
        int at = 16 + firstLength + 16;
        var plain = new byte[stored.Length - at - 16];
        gcm.Decrypt(stored.AsSpan(0, 12), stored.AsSpan(at, plain.Length), stored.AsSpan(stored.Length - 16), plain);
        return plain;
    }
}

// The fixable cousins: each nonce is stored with its own ciphertext.
public static class Envelope
{
    public static byte[] Seal(byte[] key, byte[] plaintext)
    {
        using var gcm = new AesGcm(key, 16);
        var nonce = new byte[12];
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
        return nonce.Concat(ciphertext).Concat(tag).ToArray();
    }

    public static byte[][] SealAll(byte[] key, byte[][] items)
    {
        using var gcm = new AesGcm(key, 16);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var sealedItems = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var ciphertext = new byte[items[i].Length];
            var tag = new byte[16];
            gcm.Encrypt(nonce, items[i], ciphertext, tag);
            sealedItems[i] = nonce.Concat(ciphertext).Concat(tag).ToArray();
        }

        return sealedItems;
    }

    public static byte[] Open(byte[] key, byte[] stored)
    {
        using var gcm = new AesGcm(key, 16);
        var plain = new byte[stored.Length - 28];
        gcm.Decrypt(stored.AsSpan(0, 12), stored.AsSpan(12, plain.Length), stored.AsSpan(stored.Length - 16), plain);
        return plain;
    }
}

// The same cousins with their buffers written in parentheses and through casts: the fixes must find the stored
// nonce and ciphertext the same way (session 15 made the buffer search look through parentheses too).
public static class WrappedEnvelope
{
    public static byte[] Seal(byte[] key, byte[] plaintext)
    {
        using var gcm = new AesGcm(key, 16);
        var nonce = new byte[12];
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, plaintext, (ciphertext), ((Span<byte>)tag));
        return nonce.Concat(ciphertext).Concat(tag).ToArray();
    }

    public static byte[][] SealAll(byte[] key, byte[][] items)
    {
        using var gcm = new AesGcm(key, 16);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var sealedItems = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var ciphertext = new byte[items[i].Length];
            var tag = new byte[16];
            gcm.Encrypt(nonce, items[i], (ciphertext).AsSpan(), (tag));
            sealedItems[i] = nonce.Concat(ciphertext).Concat(tag).ToArray();
        }

        return sealedItems;
    }

    public static byte[] Open(byte[] key, byte[] stored)
    {
        using var gcm = new AesGcm(key, 16);
        var plain = new byte[stored.Length - 28];
        gcm.Decrypt(stored.AsSpan(0, 12), stored.AsSpan(12, plain.Length), stored.AsSpan(stored.Length - 16), plain);
        return plain;
    }
}

// Mistake 2: one-shot ECB helpers.
public sealed class Vault
{
    private readonly byte[] _key;

    public Vault(byte[] key) => _key = key;

    public byte[] Protect(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public byte[] Unprotect(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        return aes.DecryptEcb(data, PaddingMode.PKCS7);
    }
}

// Mistake 3: a CBC stream cipher with a static IV, as an Encrypt/Decrypt pair.
public sealed class StatementCipher
{
    private static readonly byte[] StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    private readonly byte[] _key;

    public StatementCipher(byte[] key) => _key = key;

    public string Encrypt(string text)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = StaticIv;
        using var buffer = new MemoryStream();
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(text);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public string Decrypt(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = StaticIv;
        using var crypto = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

// The same static IV in methods that are not an Encrypt/Decrypt pair: FG3004's IV rewrite.
public sealed class ReferenceCipher
{
    private static readonly byte[] ReferenceIv = { 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 };
    private readonly byte[] _key;

    public ReferenceCipher(byte[] key) => _key = key;

    public string Seal(string reference)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = ReferenceIv;
        using var buffer = new MemoryStream();
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(reference);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public string Open(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = ReferenceIv;
        using var crypto = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
""";
}
