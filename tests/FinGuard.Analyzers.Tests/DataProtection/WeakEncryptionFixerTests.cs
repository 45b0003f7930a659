using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer, FinGuard.CodeFixes.DataProtection.WeakEncryptionFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class WeakEncryptionFixerTests
{
    [Fact]
    public Task One_shot_cbc_and_ecb_calls_move_to_FieldEncryption_with_their_decrypt_calls_and_other_shapes_stay()
    {
        var test = new VerifyCS.Test
        {
            TestCode = @"
using System.Security.Cryptography;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv)
    {
        byte[] stored = {|FG3003:aes.EncryptCbc(statement, iv)|};
        return stored;
    }

    public byte[] Open(Aes aes, byte[] stored, byte[] iv) => aes.DecryptCbc(stored, iv);

    public byte[] Protect(Aes aes, byte[] data) => {|FG3003:aes.EncryptEcb(data, PaddingMode.PKCS7)|};

    public byte[] Unprotect(Aes aes, byte[] data) => aes.DecryptEcb(data, PaddingMode.PKCS7);

    public SymmetricAlgorithm Old() => {|FG3003:DES.Create()|};
}",
            FixedCode = """

using System.Security.Cryptography;
using FinGuard.Security;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv)
    {
        byte[] stored = FieldEncryption.Default.EncryptBytes(statement, "StatementStore");
        return stored;
    }

    public byte[] Open(Aes aes, byte[] stored, byte[] iv) => FieldEncryption.Default.DecryptBytes(stored, "StatementStore", legacyValue => aes.DecryptCbc(legacyValue, iv));

    public byte[] Protect(Aes aes, byte[] data) => FieldEncryption.Default.EncryptBytes(data, "StatementStore");

    public byte[] Unprotect(Aes aes, byte[] data) => FieldEncryption.Default.DecryptBytes(data, "StatementStore", legacyValue => aes.DecryptEcb(legacyValue, PaddingMode.PKCS7));

    public SymmetricAlgorithm Old() => DES.Create();
}
""",
        };
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("FG3003", DiagnosticSeverity.Warning).WithSpan(18, 40, 18, 52).WithArguments("DES is a broken or deprecated cipher"));
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }

    [Fact]
    public Task No_one_shot_fix_when_the_decrypt_side_is_out_of_sight()
    {
        const string Source = @"
using System.Security.Cryptography;
public class StatementStore
{
    // Whoever decrypts these values is elsewhere: new FieldEncryption values would be unreadable there.
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv)
    {
        byte[] stored = {|FG3003:aes.EncryptCbc(statement, iv)|};
        return stored;
    }

    public byte[] Legacy(Aes aes, byte[] data) => {|FG3003:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
}";
        var test = new VerifyCS.Test { TestCode = Source, FixedCode = Source };
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }

    [Fact]
    public Task Encrypt_and_decrypt_methods_are_rewritten_together_and_the_old_decrypt_stays_for_old_values()
    {
        var test = new VerifyCS.Test
        {
            TestCode = @"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0021
public class ReferenceCipher
{
    private readonly byte[] _key;

    public ReferenceCipher(byte[] key) => _key = key;

    public string Encrypt(string plaintext)
    {
        using var des = {|FG3003:TripleDES.Create()|};
        des.Key = _key;
        des.Mode = {|FG3003:CipherMode.ECB|};
        byte[] data = Encoding.UTF8.GetBytes(plaintext);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public string Decrypt(string ciphertext)
    {
        using var des = TripleDES.Create();
        des.Key = _key;
        des.Mode = CipherMode.ECB;
        byte[] data = Convert.FromBase64String(ciphertext);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
    }
}

public class StatementCipher
{
    private readonly byte[] _key;
    private readonly byte[] _iv;

    public StatementCipher(byte[] key, byte[] iv)
    {
        _key = key;
        _iv = iv;
    }

    public byte[] EncryptStatement(string statement)
    {
        using var aes = Aes.Create();
        using ICryptoTransform encryptor = {|FG3003:aes.CreateEncryptor(_key, _iv)|};
        using var buffer = new MemoryStream();
        using (var crypto = new CryptoStream(buffer, encryptor, CryptoStreamMode.Write))
        using (var writer = new StreamWriter(crypto))
        {
            writer.Write(statement);
        }

        return buffer.ToArray();
    }

    public string DecryptStatement(byte[] stored)
    {
        using var aes = Aes.Create();
        using var crypto = new CryptoStream(new MemoryStream(stored), aes.CreateDecryptor(_key, _iv), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto);
        return reader.ReadToEnd();
    }

    public byte[] EncryptBlob(byte[] blob) => {|FG3003:DES.Create()|}.CreateEncryptor(_key, _iv).TransformFinalBlock(blob, 0, blob.Length);
}",
            FixedCode = """

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using FinGuard.Security;
#pragma warning disable SYSLIB0021
public class ReferenceCipher
{
    private readonly byte[] _key;

    public ReferenceCipher(byte[] key) => _key = key;

    public string Encrypt(string plaintext)
    {
        // FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag, the key id and
        // the purpose "ReferenceCipher" bound to every value; keys come from services.AddFinGuardFieldEncryption(...)
        // or FieldEncryption.Configure(...) at startup. Values written before the fix stay readable through
        // DecryptLegacy until re-encrypted (docs/rules/FG3003.md). Equal values now encrypt differently:
        // look rows up by a keyed hash (FieldLookupHash), not by comparing ciphertexts.
        return FieldEncryption.Default.Encrypt(plaintext, "ReferenceCipher");
    }

    public string Decrypt(string ciphertext)
    {
        // FinGuard FG3003: reads what Encrypt writes (FieldEncryption, AES-256-GCM) and fails closed with a
        // CryptographicException on tampering, a wrong key or a value moved from elsewhere. Values without FinGuard's
        // format prefix were written before the fix: the previous code reads them (chosen by format, not by catching).
        if (!FieldEncryption.IsEncryptedValue(ciphertext))
        {
            return DecryptLegacy(ciphertext);
        }

        return FieldEncryption.Default.Decrypt(ciphertext, "ReferenceCipher");
    }

    // FinGuard FG3003: the previous Decrypt, kept only to read values written before the fix. Re-encrypt them
    // (FieldReEncryption, docs/rules/FG3003.md), then delete this method: it does not authenticate what it reads.
    private string DecryptLegacy(string ciphertext)
    {
        using var des = TripleDES.Create();
        des.Key = _key;
        des.Mode = CipherMode.ECB;
        byte[] data = Convert.FromBase64String(ciphertext);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(data, 0, data.Length));
    }
}

public class StatementCipher
{
    private readonly byte[] _key;
    private readonly byte[] _iv;

    public StatementCipher(byte[] key, byte[] iv)
    {
        _key = key;
        _iv = iv;
    }

    public byte[] EncryptStatement(string statement)
    {
        // FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag, the key id and
        // the purpose "StatementCipher.Statement" bound to every value; keys come from services.AddFinGuardFieldEncryption(...)
        // or FieldEncryption.Configure(...) at startup. Values written before the fix stay readable through
        // DecryptStatementLegacy until re-encrypted (docs/rules/FG3003.md). Equal values now encrypt differently:
        // look rows up by a keyed hash (FieldLookupHash), not by comparing ciphertexts.
        return FieldEncryption.Default.EncryptBytes(global::System.Text.Encoding.UTF8.GetBytes(statement), "StatementCipher.Statement");
    }

    public string DecryptStatement(byte[] stored)
    {
        // FinGuard FG3003: reads what EncryptStatement writes (FieldEncryption, AES-256-GCM) and fails closed with a
        // CryptographicException on tampering, a wrong key or a value moved from elsewhere. Values without FinGuard's
        // format prefix were written before the fix: the previous code reads them (chosen by format, not by catching).
        if (!FieldEncryption.IsEncryptedValue(stored))
        {
            return DecryptStatementLegacy(stored);
        }

        return global::System.Text.Encoding.UTF8.GetString(FieldEncryption.Default.DecryptBytes(stored, "StatementCipher.Statement"));
    }

    // FinGuard FG3003: the previous DecryptStatement, kept only to read values written before the fix. Re-encrypt them
    // (FieldReEncryption, docs/rules/FG3003.md), then delete this method: it does not authenticate what it reads.
    private string DecryptStatementLegacy(byte[] stored)
    {
        using var aes = Aes.Create();
        using var crypto = new CryptoStream(new MemoryStream(stored), aes.CreateDecryptor(_key, _iv), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto);
        return reader.ReadToEnd();
    }

    public byte[] EncryptBlob(byte[] blob) => DES.Create().CreateEncryptor(_key, _iv).TransformFinalBlock(blob, 0, blob.Length);
}
""",
        };
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        // The previous decrypt stays until the stored values are re-encrypted; it only decrypts, so it has no finding
        // of its own (decryption-only code is not reported). EncryptBlob has no visible decrypt side.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("FG3003", DiagnosticSeverity.Warning).WithSpan(93, 47, 93, 59).WithArguments("DES is a broken or deprecated cipher"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_user_type_named_FieldEncryption_keeps_the_helper_fully_qualified()
    {
        var test = new VerifyCS.Test
        {
            TestCode = @"
using System.Security.Cryptography;
using Shop.Crypto;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv) => {|FG3003:aes.EncryptCbc(statement, iv)|};

    public byte[] Open(Aes aes, byte[] stored, byte[] iv) => aes.DecryptCbc(stored, iv);

    public string Describe(FieldEncryption settings) => settings.ToString()!;
}
namespace Shop.Crypto { public class FieldEncryption { } }",
            FixedCode = """

using System.Security.Cryptography;
using Shop.Crypto;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv) => global::FinGuard.Security.FieldEncryption.Default.EncryptBytes(statement, "StatementStore");

    public byte[] Open(Aes aes, byte[] stored, byte[] iv) => global::FinGuard.Security.FieldEncryption.Default.DecryptBytes(stored, "StatementStore", legacyValue => aes.DecryptCbc(legacyValue, iv));

    public string Describe(FieldEncryption settings) => settings.ToString()!;
}
namespace Shop.Crypto { public class FieldEncryption { } }
""",
        };
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }

    [Fact]
    public Task No_rewrite_when_the_decrypt_side_has_another_shape_or_the_method_is_not_an_encrypt_method()
    {
        const string Source = @"
using System;
using System.Security.Cryptography;
using System.Text;
public class PassphraseCipher
{
    public string Encrypt(string plaintext)
    {
        using var des = {|FG3003:DES.Create()|};
        byte[] data = Encoding.UTF8.GetBytes(plaintext);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    // The counterpart takes a passphrase: rewriting one side only would break the round trip.
    public string Decrypt(string ciphertext, string passphrase) => ciphertext;

    public byte[] EncryptChunk(byte[] chunk, byte[] key)
    {
        using var des = {|FG3003:DES.Create()|};
        return des.CreateEncryptor(key, new byte[8]).TransformFinalBlock(chunk, 0, chunk.Length);
    }

    public SymmetricAlgorithm Legacy() => {|FG3003:RC2.Create()|};

    public byte[] EncryptOverload(byte[] data) => {|FG3003:DES.Create()|}.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);

    public byte[] EncryptOverload(byte[] data, int offset) => data;
}";
        var test = new VerifyCS.Test { TestCode = Source, FixedCode = Source };
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }

    [Fact]
    public Task No_rewrite_when_another_implementation_in_the_hierarchy_reads_or_writes_the_old_format()
    {
        const string Source = @"
using System;
using System.Security.Cryptography;
using System.Text;
public abstract class CardCipherBase
{
    // Reads what every subclass's EncryptPan writes: rewriting EncryptPan alone would make its output undecryptable.
    public virtual string DecryptPan(string ciphertext) => ciphertext;
}

public class LegacyCardCipher : CardCipherBase
{
    public string EncryptPan(string plaintext)
    {
        using var des = {|FG3003:DES.Create()|};
        byte[] data = Encoding.UTF8.GetBytes(plaintext);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }
}

public class VirtualCardCipher
{
    // A subclass may override one side only.
    public virtual byte[] EncryptTrack(byte[] data)
    {
        using var des = {|FG3003:TripleDES.Create()|};
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public virtual byte[] DecryptTrack(byte[] data) => data;
}";
        var test = new VerifyCS.Test { TestCode = Source, FixedCode = Source };
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }
}
