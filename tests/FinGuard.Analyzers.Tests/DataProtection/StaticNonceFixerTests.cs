using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer, FinGuard.CodeFixes.DataProtection.StaticNonceFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    public class StaticNonceFixerTests
    {
        [Fact]
        public Task Never_filled_and_reused_nonces_get_fresh_random_bytes() => VerifyCS.VerifyCodeFixAsync(@"
using System.Security.Cryptography;
public class Sealer
{
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
        return nonce;
    }

    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:iv|}, item, item, t);
        }
    }
}", @"
using System.Security.Cryptography;
public class Sealer
{
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        gcm.Encrypt(nonce, p1, c1, t1);
        RandomNumberGenerator.Fill(nonce);
        gcm.Encrypt(nonce, p2, c2, t2);
        return nonce;
    }

    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            RandomNumberGenerator.Fill(iv);
            gcm.Encrypt(iv, item, item, t);
        }
    }
}");
    
        [Fact]
        public Task A_static_iv_field_becomes_a_random_iv_stored_in_front_of_the_ciphertext_on_both_sides() => VerifyCS.VerifyCodeFixAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class PayoutReferenceCipher
{
    private static readonly byte[] StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    private readonly byte[] _key;

    public PayoutReferenceCipher(byte[] key) => _key = key;

    public string Encrypt(string reference)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:StaticIv|};
        using var buffer = new MemoryStream();
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(reference);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public byte[] EncryptBytes(byte[] data)
    {
        using var aes = Aes.Create();
        using var output = new MemoryStream();
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(_key, {|FG3004:StaticIv|}), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    public string Decrypt(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:StaticIv|};
        using var crypto = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}", @"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class PayoutReferenceCipher
{
    private readonly byte[] _key;

    public PayoutReferenceCipher(byte[] key) => _key = key;

    public string Encrypt(string reference)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.GenerateIV();
        using var buffer = new MemoryStream();
        // FinGuard FG3004: a fresh IV per call, stored in front of the ciphertext; the decrypt side reads it back. Re-encrypt values written with the fixed IV first (docs/rules/FG3004.md).
        buffer.Write(aes.IV, 0, aes.IV.Length);
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(reference);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public byte[] EncryptBytes(byte[] data)
    {
        using var aes = Aes.Create();
        using var output = new MemoryStream();
        aes.GenerateIV();
        // FinGuard FG3004: a fresh IV per call, stored in front of the ciphertext; the decrypt side reads it back. Re-encrypt values written with the fixed IV first (docs/rules/FG3004.md).
        output.Write(aes.IV, 0, aes.IV.Length);
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(_key, aes.IV), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    public string Decrypt(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = data.AsSpan(0, 16).ToArray();
        using var crypto = new CryptoStream(new MemoryStream(data, 16, data.Length - 16), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}");

        [Fact]
        public Task No_iv_rewrite_without_a_visible_decrypt_side_or_with_a_shape_it_cannot_follow() => VerifyCS.VerifyCodeFixAsync(@"
using System.IO;
using System.Security.Cryptography;
public class ExportCipher
{
    private static readonly byte[] ExportIv = new byte[16];
    private static readonly byte[] SharedIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    internal static readonly byte[] PublicIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    // Encrypt only: whoever decrypts expects the fixed IV, so a prefixed IV would break them.
    public byte[] Export(Aes aes, byte[] data)
    {
        aes.IV = {|FG3004:ExportIv|};
        using var output = new MemoryStream();
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    // TransformFinalBlock: the output is not a stream the IV can be written to.
    public byte[] Seal(Aes aes, byte[] data) => aes.CreateEncryptor(aes.Key, {|FG3004:SharedIv|}).TransformFinalBlock(data, 0, data.Length);

    public byte[] Open(Aes aes, byte[] data) => aes.CreateDecryptor(aes.Key, SharedIv).TransformFinalBlock(data, 0, data.Length);

    // Visible to other types: their decryption is out of sight.
    public ICryptoTransform Other(Aes aes) => aes.CreateEncryptor(aes.Key, {|FG3004:PublicIv|});
}", @"
using System.IO;
using System.Security.Cryptography;
public class ExportCipher
{
    private static readonly byte[] ExportIv = new byte[16];
    private static readonly byte[] SharedIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    internal static readonly byte[] PublicIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    // Encrypt only: whoever decrypts expects the fixed IV, so a prefixed IV would break them.
    public byte[] Export(Aes aes, byte[] data)
    {
        aes.IV = {|FG3004:ExportIv|};
        using var output = new MemoryStream();
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    // TransformFinalBlock: the output is not a stream the IV can be written to.
    public byte[] Seal(Aes aes, byte[] data) => aes.CreateEncryptor(aes.Key, {|FG3004:SharedIv|}).TransformFinalBlock(data, 0, data.Length);

    public byte[] Open(Aes aes, byte[] data) => aes.CreateDecryptor(aes.Key, SharedIv).TransformFinalBlock(data, 0, data.Length);

    // Visible to other types: their decryption is out of sight.
    public ICryptoTransform Other(Aes aes) => aes.CreateEncryptor(aes.Key, {|FG3004:PublicIv|});
}");
    }
}
