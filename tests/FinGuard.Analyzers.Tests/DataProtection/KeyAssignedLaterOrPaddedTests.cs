using KeyVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 21: a key local declared without a value and assigned once (<c>byte[] k; ... k = md5.ComputeHash(...)</c>),
/// a pass phrase padded to the key size by copying it into a <c>new byte[16]</c>, and the decrypting twin whose key text
/// sits one local further (<c>string key = "..."; byte[] k = Encoding.ASCII.GetBytes(key)</c>).
/// </summary>
public class KeyAssignedLaterOrPaddedTests
{
    [Fact]
    public Task Key_local_assigned_once_from_a_hashed_literal_is_reported_at_the_key_slot() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class VoucherCipher
{
    public static string Seal(string text)
    {
        byte[] derived;
        string phrase = "7C1E0B52-93AF-4D1B-A0E7-55D2C3B8F901";
        using (var md5 = MD5.Create())
        {
            derived = md5.ComputeHash(Encoding.UTF8.GetBytes(phrase));
        }

        var des = TripleDES.Create();
        des.Key = {|FG3005:derived|};
        byte[] data = Encoding.UTF8.GetBytes(text);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }
}
""");

    [Fact]
    public Task Key_local_assigned_twice_or_from_a_parameter_is_not_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class TenantCipher
{
    public static byte[] Seal(byte[] data, bool legacy, string tenantSecret)
    {
        byte[] derived;
        using var md5 = MD5.Create();
        if (legacy)
        {
            derived = md5.ComputeHash(Encoding.UTF8.GetBytes("legacy-tenant-phrase-01"));
        }
        else
        {
            derived = md5.ComputeHash(Encoding.UTF8.GetBytes(tenantSecret));
        }

        var des = TripleDES.Create();
        des.Key = derived;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] SealWith(byte[] data, string tenantSecret)
    {
        byte[] derived;
        using var md5 = MD5.Create();
        derived = md5.ComputeHash(Encoding.UTF8.GetBytes(tenantSecret));
        var des = TripleDES.Create();
        des.Key = derived;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");

    [Fact]
    public Task Pass_phrase_copied_into_a_key_sized_buffer_is_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class CouponCodec
{
    private static string Phrase = "kq7!Tz2@";

    public static byte[] Encode(byte[] data)
    {
        using var aes = Aes.Create();
        byte[] phraseBytes = Encoding.UTF8.GetBytes(CouponCodec.Phrase);
        byte[] keyBuffer = new byte[16];
        int n = Math.Min(phraseBytes.Length, keyBuffer.Length);
        Array.Copy(phraseBytes, keyBuffer, n);
        aes.Key = {|FG3005:keyBuffer|};
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncodeBlock(byte[] data)
    {
        using var aes = Aes.Create();
        byte[] keyBuffer = new byte[32];
        Buffer.BlockCopy(Encoding.ASCII.GetBytes("block-copied-pass-phrase"), 0, keyBuffer, 0, 24);
        aes.Key = {|FG3005:keyBuffer|};
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");

    // Look-alikes: a buffer padded from the caller's secret, one filled from a constant and then with random bytes,
    // one handed to another method after the copy.
    [Fact]
    public Task Buffers_filled_from_run_time_values_are_not_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class CouponCodec
{
    public static byte[] Encode(byte[] data, string secret)
    {
        using var aes = Aes.Create();
        byte[] secretBytes = Encoding.UTF8.GetBytes(secret);
        byte[] keyBuffer = new byte[16];
        Array.Copy(secretBytes, keyBuffer, Math.Min(secretBytes.Length, 16));
        aes.Key = keyBuffer;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncodeRandom(byte[] data)
    {
        using var aes = Aes.Create();
        byte[] keyBuffer = new byte[16];
        Array.Copy(Encoding.ASCII.GetBytes("placeholder-bytes"), keyBuffer, 16);
        RandomNumberGenerator.Fill(keyBuffer);
        aes.Key = keyBuffer;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncodeMixed(byte[] data, byte[] salt)
    {
        using var aes = Aes.Create();
        byte[] keyBuffer = new byte[16];
        Array.Copy(Encoding.ASCII.GetBytes("prefix-of-the-key"), keyBuffer, 8);
        Mix(keyBuffer, salt);
        aes.Key = keyBuffer;
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    private static void Mix(byte[] target, byte[] salt) => Array.Copy(salt, 0, target, 8, 8);
}
""");

    // The decrypting twin writes the same key text in a local one step before the key bytes: reported where it encrypts.
    // A decrypt-only type with its own text stays reported.
    [Fact]
    public Task Decrypting_twin_with_the_same_text_one_local_further_is_not_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public static class TicketDes
{
    public static byte[] Encrypt(byte[] data)
    {
        string key = {|FG3005:"_Tk#9Lm!"|};
        byte[] keyBytes = Encoding.ASCII.GetBytes(key);
        var des = DES.Create();
        des.Key = keyBytes;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] Decrypt(byte[] data)
    {
        string key = "_Tk#9Lm!";
        byte[] keyBytes = Encoding.ASCII.GetBytes(key);
        var des = DES.Create();
        des.Key = keyBytes;
        return des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public static class LegacyTicketReader
{
    public static byte[] Decrypt(byte[] data)
    {
        string key = {|FG3005:"_Lg#4Qw!"|};
        byte[] keyBytes = Encoding.ASCII.GetBytes(key);
        var des = DES.Create();
        des.Key = keyBytes;
        return des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");
}
