using CipherVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;
using KeyVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;
using NonceVerify = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, session 17 (sets 8-12): a key written in a local of the method is reported where it is written, once per
/// local; CBC set on an algorithm passed in as SymmetricAlgorithm; an IV argument derived with the key from one
/// derivation over a fixed salt.
/// </summary>
public class KeyAndIvWrittenInMethodTests
{
    // A pass phrase hashed into a 3DES key (string phrase = "..."; key = MD5(phrase); des.Key = key), a decrypt-only
    // helper with its own phrase, a key local used by two key slots, and a password local of a KDF.
    [Fact]
    public Task Key_material_in_a_local_is_reported_where_it_is_written_once() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class ResetTokenCipher
{
    public string Protect(string message)
    {
        string phrase = {|FG3005:"Qe7!rT9#pL2@vX5$"|};
        var utf8 = new UTF8Encoding();
        using var md5 = MD5.Create();
        byte[] desKey = md5.ComputeHash(utf8.GetBytes(phrase));
        using var des = TripleDES.Create();
        des.Key = desKey;
        using var encryptor = des.CreateEncryptor(desKey, new byte[8]);
        return message;
    }

    public byte[] Seal(byte[] data)
    {
        using var sha = SHA256.Create();
        byte[] sealKey = {|FG3005:sha.ComputeHash(Encoding.UTF8.GetBytes("9d1c0e7a55b34f2e8c1a"))|};
        using var aes = Aes.Create();
        aes.Key = sealKey;
        return aes.EncryptCbc(data, new byte[16]);
    }
}
public class LinkReader
{
    public string Open(string token)
    {
        string passphrase = {|FG3005:"Lk2#Wq8!Zr5@Yt1%"|};
        using var md5 = MD5.Create();
        using var des = TripleDES.Create();
        des.Key = md5.ComputeHash(Encoding.UTF8.GetBytes(passphrase));
        using var decryptor = des.CreateDecryptor();
        return token;
    }
}
public class StatementVault
{
    public byte[] Key(byte[] salt)
    {
        string vaultPassword = {|FG3005:"statement-vault-2021!"|};
        using var kdf = new Rfc2898DeriveBytes(vaultPassword, salt, 100000, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }
}
""");

    // Look-alikes: a phrase read from configuration or a parameter, a local reassigned before use, a hash of a literal that
    // is data (not a key), a KDF over the user's password.
    [Fact]
    public Task Locals_that_do_not_hold_written_key_material_are_not_reported() => KeyVerify.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class SafeCiphers
{
    public string Protect(string message, string configuredPhrase)
    {
        string phrase = configuredPhrase;
        using var md5 = MD5.Create();
        using var des = TripleDES.Create();
        des.Key = md5.ComputeHash(Encoding.UTF8.GetBytes(phrase));
        return message;
    }

    public string Rotated(string message)
    {
        string phrase = "placeholder-until-loaded";
        phrase = Environment.GetEnvironmentVariable("TOKEN_PHRASE") ?? throw new InvalidOperationException();
        using var md5 = MD5.Create();
        using var des = TripleDES.Create();
        des.Key = md5.ComputeHash(Encoding.UTF8.GetBytes(phrase));
        return message;
    }

    public byte[] Fingerprint(byte[] key, byte[] data)
    {
        string label = "statement-export-v2";
        byte[] context = SHA256.HashData(Encoding.UTF8.GetBytes(label));
        using var hmac = new HMACSHA256(key);
        hmac.TransformBlock(context, 0, context.Length, null, 0);
        return hmac.ComputeHash(data);
    }

    public byte[] UserKey(string password, byte[] salt)
    {
        string userPassword = password.Trim();
        return Rfc2898DeriveBytes.Pbkdf2(userPassword, salt, 600000, HashAlgorithmName.SHA256, 32);
    }
}
""");

    // GetCryptoTransform(SymmetricAlgorithm csp, ...) { csp.Mode = CipherMode.CBC; ... CreateEncryptor() }: the caller hands
    // in AES; CBC without a MAC is malleable whichever block cipher it is.
    [Fact]
    public Task Cbc_on_an_algorithm_passed_as_SymmetricAlgorithm_is_reported() => CipherVerify.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class CardFieldCipher
{
    public ICryptoTransform Transform(SymmetricAlgorithm csp, bool encrypting, byte[] key, byte[] iv)
    {
        csp.Mode = {|FG3003:CipherMode.CBC|};
        csp.Key = key;
        csp.IV = iv;
        return encrypting ? csp.CreateEncryptor() : csp.CreateDecryptor();
    }
}
");

    // Look-alikes: the decrypt-only path, and the same helper with an HMAC over the ciphertext.
    [Fact]
    public Task Cbc_on_a_SymmetricAlgorithm_that_only_decrypts_or_is_authenticated_is_not_reported() => CipherVerify.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class LegacyReader
{
    public ICryptoTransform DecryptorFor(SymmetricAlgorithm csp, byte[] key, byte[] iv)
    {
        csp.Mode = CipherMode.CBC;
        return csp.CreateDecryptor(key, iv);
    }
}
public class SealedCipher
{
    public byte[] Seal(SymmetricAlgorithm csp, byte[] macKey, byte[] data)
    {
        csp.Mode = CipherMode.CBC;
        byte[] cipher = csp.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        using var hmac = new HMACSHA256(macKey);
        byte[] tag = hmac.ComputeHash(cipher);
        return tag;
    }
}
");

    // CreateEncryptor(key, iv) with key and IV read from one Rfc2898DeriveBytes over a salt written in the code: one IV
    // for every value encrypted under the password (the argument form of aes.IV = pdb.GetBytes(16)).
    [Fact]
    public Task An_iv_argument_derived_with_the_key_over_a_fixed_salt_is_reported() => NonceVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public static class SettingsCipher
{
    public static ICryptoTransform Encryptor(string password)
    {
        using var aes = Aes.Create();
        byte[] salt = Encoding.UTF8.GetBytes("settings-cipher-salt");
        using var derivation = new Rfc2898DeriveBytes(password, salt, 10000, HashAlgorithmName.SHA256);
        byte[] key = derivation.GetBytes(aes.KeySize / 8);
        byte[] iv = derivation.GetBytes(aes.BlockSize / 8);
        return aes.CreateEncryptor(key, {|FG3004:iv|});
    }
}
""");

    // Look-alikes: a fresh random salt per value (key and IV differ per record), the decrypting side, and key and IV from
    // different sources that are only sized by the same algorithm (aes.KeySize, aes.BlockSize).
    [Fact]
    public Task Iv_arguments_with_a_fresh_salt_or_only_sized_by_the_algorithm_are_not_reported() => NonceVerify.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class RecordCipher
{
    public static ICryptoTransform Encryptor(string password, out byte[] salt)
    {
        using var aes = Aes.Create();
        salt = RandomNumberGenerator.GetBytes(16);
        byte[] freshSalt = RandomNumberGenerator.GetBytes(16);
        using var derivation = new Rfc2898DeriveBytes(password, freshSalt, 10000, HashAlgorithmName.SHA256);
        byte[] key = derivation.GetBytes(aes.KeySize / 8);
        byte[] iv = derivation.GetBytes(aes.BlockSize / 8);
        return aes.CreateEncryptor(key, iv);
    }

    public static ICryptoTransform Decryptor(string password, byte[] salt)
    {
        using var aes = Aes.Create();
        using var derivation = new Rfc2898DeriveBytes(password, salt, 10000, HashAlgorithmName.SHA256);
        byte[] key = derivation.GetBytes(aes.KeySize / 8);
        byte[] iv = derivation.GetBytes(aes.BlockSize / 8);
        return aes.CreateDecryptor(key, iv);
    }

    public static ICryptoTransform Sized(byte[] masterKey)
    {
        using var aes = Aes.Create();
        byte[] key = new byte[aes.KeySize / 8];
        System.Array.Copy(masterKey, key, key.Length);
        byte[] iv = RandomNumberGenerator.GetBytes(aes.BlockSize / 8);
        return aes.CreateEncryptor(key, iv);
    }
}
""");
}
