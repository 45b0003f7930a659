using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer, FinGuard.CodeFixes.DataProtection.StaticNonceFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class StaticNonceFixerTests
{
    [Fact]
    public Task No_fill_where_a_fresh_nonce_would_not_be_stored_with_its_own_ciphertext() => VerifyCS.VerifyCodeFixAsync(@"
using System.Security.Cryptography;
public class Sealer
{
    // One nonce returned for two ciphertexts: a fresh nonce before the second would make the first undecryptable.
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
        return nonce;
    }

    // Every item's nonce is discarded: filling it would make every item undecryptable.
    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:iv|}, item, item, t);
        }
    }

    // The nonce is stored in a tuple by reference: refilling the array on the next iteration would change it.
    public System.Collections.Generic.List<(byte[], byte[], byte[])> Aliased(AesGcm gcm, byte[][] items)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var stored = new System.Collections.Generic.List<(byte[], byte[], byte[])>();
        foreach (var item in items)
        {
            var ciphertext = new byte[item.Length];
            var tag = new byte[16];
            gcm.Encrypt({|FG3004:nonce|}, item, ciphertext, tag);
            stored.Add((nonce, ciphertext, tag));
        }

        return stored;
    }
}", @"
using System.Security.Cryptography;
public class Sealer
{
    // One nonce returned for two ciphertexts: a fresh nonce before the second would make the first undecryptable.
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
        return nonce;
    }

    // Every item's nonce is discarded: filling it would make every item undecryptable.
    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:iv|}, item, item, t);
        }
    }

    // The nonce is stored in a tuple by reference: refilling the array on the next iteration would change it.
    public System.Collections.Generic.List<(byte[], byte[], byte[])> Aliased(AesGcm gcm, byte[][] items)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var stored = new System.Collections.Generic.List<(byte[], byte[], byte[])>();
        foreach (var item in items)
        {
            var ciphertext = new byte[item.Length];
            var tag = new byte[16];
            gcm.Encrypt({|FG3004:nonce|}, item, ciphertext, tag);
            stored.Add((nonce, ciphertext, tag));
        }

        return stored;
    }
}");

    [Fact]
    public Task Nonces_stored_with_their_ciphertext_get_fresh_random_bytes() => VerifyCS.VerifyCodeFixAsync(@"
using System.Linq;
using System.Security.Cryptography;
public class Sealer
{
    public byte[] SealOne(AesGcm gcm, byte[] plaintext)
    {
        var nonce = new byte[12];
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        gcm.Encrypt({|FG3004:nonce|}, plaintext, ciphertext, tag);
        return nonce.Concat(ciphertext).Concat(tag).ToArray();
    }

    public byte[][] SealAll(AesGcm gcm, byte[][] items)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var sealedItems = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var ciphertext = new byte[items[i].Length];
            var tag = new byte[16];
            gcm.Encrypt({|FG3004:nonce|}, items[i], ciphertext, tag);
            sealedItems[i] = nonce.Concat(ciphertext).Concat(tag).ToArray();
        }

        return sealedItems;
    }

    public byte[][] SealTwo(AesGcm gcm, byte[] p1, byte[] p2)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        byte[] c1 = new byte[p1.Length], t1 = new byte[16], c2 = new byte[p2.Length], t2 = new byte[16];
        gcm.Encrypt(nonce, p1, c1, t1);
        byte[] first = nonce.Concat(c1).Concat(t1).ToArray();
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
        return new[] { first, nonce.Concat(c2).Concat(t2).ToArray() };
    }
}", @"
using System.Linq;
using System.Security.Cryptography;
public class Sealer
{
    public byte[] SealOne(AesGcm gcm, byte[] plaintext)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
        return nonce.Concat(ciphertext).Concat(tag).ToArray();
    }

    public byte[][] SealAll(AesGcm gcm, byte[][] items)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var sealedItems = new byte[items.Length][];
        for (int i = 0; i < items.Length; i++)
        {
            var ciphertext = new byte[items[i].Length];
            var tag = new byte[16];
            RandomNumberGenerator.Fill(nonce);
            gcm.Encrypt(nonce, items[i], ciphertext, tag);
            sealedItems[i] = nonce.Concat(ciphertext).Concat(tag).ToArray();
        }

        return sealedItems;
    }

    public byte[][] SealTwo(AesGcm gcm, byte[] p1, byte[] p2)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        byte[] c1 = new byte[p1.Length], t1 = new byte[16], c2 = new byte[p2.Length], t2 = new byte[16];
        gcm.Encrypt(nonce, p1, c1, t1);
        byte[] first = nonce.Concat(c1).Concat(t1).ToArray();
        RandomNumberGenerator.Fill(nonce);
        gcm.Encrypt(nonce, p2, c2, t2);
        return new[] { first, nonce.Concat(c2).Concat(t2).ToArray() };
    }
}");

    [Fact]
    public Task A_static_iv_field_becomes_a_random_iv_stored_behind_a_format_marker_and_old_values_keep_the_old_iv() => VerifyWithIvFieldAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class PayoutReferenceCipher
{
    private static readonly byte[] {|FG3004:StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
    private readonly byte[] _key;

    public PayoutReferenceCipher(byte[] key) => _key = key;

    public string Seal(string reference)
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

    public byte[] SealBytes(byte[] data)
    {
        using var aes = Aes.Create();
        using var output = new MemoryStream();
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(_key, {|FG3004:StaticIv|}), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    public string Open(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = {|FG3004:StaticIv|};
        using var crypto = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}", """

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class PayoutReferenceCipher
{
    private static readonly byte[] StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

    // FinGuard FG3004: written in front of every value encrypted since the fix ("FGIV" 1 0 0 0), then the value's own IV.
    private static readonly byte[] FinGuardIvMarker = { 0x46, 0x47, 0x49, 0x56, 0x01, 0x00, 0x00, 0x00 };

    // FinGuard FG3004: where the ciphertext starts. Values written since the fix are marker + IV + 16n bytes; values written
    // before it are 16n bytes under the old fixed IV; any other shape is damaged and fails loudly instead of decrypting wrongly.
    private static int FinGuardIvOffset(byte[] stored)
    {
        if (stored.Length % 16 == 0)
        {
            return 0;
        }

        if (stored.Length % 16 != 8 || stored.Length < 40)
        {
            throw new global::System.Security.Cryptography.CryptographicException("The stored value has neither the previous format nor the IV-prefixed one.");
        }

        for (int i = 0; i < 8; i++)
        {
            if (stored[i] != FinGuardIvMarker[i])
            {
                throw new global::System.Security.Cryptography.CryptographicException("The stored value has neither the previous format nor the IV-prefixed one.");
            }
        }

        return 24;
    }

    private readonly byte[] _key;

    public PayoutReferenceCipher(byte[] key) => _key = key;

    public string Seal(string reference)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.GenerateIV();
        using var buffer = new MemoryStream();
        // FinGuard FG3004: a fresh IV per call, stored after a format marker in front of the ciphertext; the decrypt side tells it from values written before (docs/rules/FG3004.md).
        buffer.Write(FinGuardIvMarker, 0, FinGuardIvMarker.Length);
        buffer.Write(aes.IV, 0, aes.IV.Length);
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(reference);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public byte[] SealBytes(byte[] data)
    {
        using var aes = Aes.Create();
        using var output = new MemoryStream();
        aes.GenerateIV();
        // FinGuard FG3004: a fresh IV per call, stored after a format marker in front of the ciphertext; the decrypt side tells it from values written before (docs/rules/FG3004.md).
        output.Write(FinGuardIvMarker, 0, FinGuardIvMarker.Length);
        output.Write(aes.IV, 0, aes.IV.Length);
        using var crypto = new CryptoStream(output, aes.CreateEncryptor(_key, aes.IV), CryptoStreamMode.Write);
        crypto.Write(data, 0, data.Length);
        crypto.FlushFinalBlock();
        return output.ToArray();
    }

    public string Open(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        // FinGuard FG3004: the format selects the IV: values written since the fix carry their own, older ones use the old fixed IV.
        int ivOffset = FinGuardIvOffset(data);
        aes.IV = ivOffset == 0 ? StaticIv : data.AsSpan(8, 16).ToArray();
        using var crypto = new CryptoStream(new MemoryStream(data, ivOffset, data.Length - ivOffset), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
""");

    [Fact]
    public Task An_Encrypt_Decrypt_pair_is_left_to_FG3003s_rewrite_so_the_two_fixes_never_overlap() => VerifyWithIvFieldAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class PayoutReferenceCipher
{
    private static readonly byte[] {|FG3004:StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
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
    private static readonly byte[] {|FG3004:StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
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
}");

    [Fact]
    public Task No_iv_rewrite_without_a_visible_decrypt_side_or_with_a_shape_it_cannot_follow() => VerifyWithIvFieldAsync(@"
using System.IO;
using System.Security.Cryptography;
public class ExportCipher
{
    private static readonly byte[] {|FG3004:ExportIv = new byte[16]|};
    private static readonly byte[] {|FG3004:SharedIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
    internal static readonly byte[] {|FG3004:PublicIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};

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
    private static readonly byte[] {|FG3004:ExportIv = new byte[16]|};
    private static readonly byte[] {|FG3004:SharedIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
    internal static readonly byte[] {|FG3004:PublicIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};

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

    // An IV field is also reported once at its declaration, from the encrypting use's callback: a non-local diagnostic
    // without a fix (the uses carry the rewrite), as a helper's IV field is.
    private static Task VerifyWithIvFieldAsync(string source, string fixedSource)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        return test.RunAsync();
    }
}
