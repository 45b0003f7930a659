using System.Threading.Tasks;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer, FinGuard.CodeFixes.DataProtection.WeakEncryptionFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    public class WeakEncryptionFixerTests
    {
        [Fact]
        public Task One_shot_cbc_and_ecb_encryption_move_to_FieldEncryption_and_other_shapes_stay()
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

    public byte[] Legacy(Aes aes, byte[] data) => {|FG3003:aes.EncryptEcb(data, PaddingMode.PKCS7)|};

    public SymmetricAlgorithm Old() => {|FG3003:DES.Create()|};
}",
                FixedCode = @"
using System.Security.Cryptography;
using FinGuard.Security;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv)
    {
        byte[] stored = FieldEncryption.Default.EncryptBytes(statement);
        return stored;
    }

    public byte[] Legacy(Aes aes, byte[] data) => FieldEncryption.Default.EncryptBytes(data);

    public SymmetricAlgorithm Old() => DES.Create();
}",
            };
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("FG3003", DiagnosticSeverity.Warning).WithSpan(14, 40, 14, 52).WithArguments("DES is a broken or deprecated cipher"));
            test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
            test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
            return test.RunAsync();
        }
    
        [Fact]
        public Task Encrypt_and_decrypt_methods_with_weak_instances_are_rewritten_together()
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
        using var des = {|FG3003:TripleDES.Create()|};
        des.Key = _key;
        des.Mode = {|FG3003:CipherMode.ECB|};
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
                FixedCode = @"
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
        // FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag and the key id in
        // every value; keys come from FieldEncryption.Configure(...) or the FINGUARD_FIELD_KEY_* environment variables.
        // Values written by the previous code do not decrypt with Decrypt: re-encrypt stored data once
        // with the old implementation (docs/rules/FG3003.md). Equal values now encrypt differently: look rows up by a
        // keyed hash (HMAC) column, not by comparing ciphertexts.
        return FieldEncryption.Default.Encrypt(plaintext);
    }

    public string Decrypt(string ciphertext)
    {
        // FinGuard FG3003: reads what Encrypt writes (FieldEncryption, AES-256-GCM); fails closed with a
        // CryptographicException on tampering, a wrong key or a value written by the previous code.
        return FieldEncryption.Default.Decrypt(ciphertext);
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
        // FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag and the key id in
        // every value; keys come from FieldEncryption.Configure(...) or the FINGUARD_FIELD_KEY_* environment variables.
        // Values written by the previous code do not decrypt with DecryptStatement: re-encrypt stored data once
        // with the old implementation (docs/rules/FG3003.md). Equal values now encrypt differently: look rows up by a
        // keyed hash (HMAC) column, not by comparing ciphertexts.
        return FieldEncryption.Default.EncryptBytes(global::System.Text.Encoding.UTF8.GetBytes(statement));
    }

    public string DecryptStatement(byte[] stored)
    {
        // FinGuard FG3003: reads what EncryptStatement writes (FieldEncryption, AES-256-GCM); fails closed with a
        // CryptographicException on tampering, a wrong key or a value written by the previous code.
        return global::System.Text.Encoding.UTF8.GetString(FieldEncryption.Default.DecryptBytes(stored));
    }

    public byte[] EncryptBlob(byte[] blob)
    {
        // FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag and the key id in
        // every value; keys come from FieldEncryption.Configure(...) or the FINGUARD_FIELD_KEY_* environment variables.
        // Values written by the previous code do not decrypt with the code that reads these values: re-encrypt stored data once
        // with the old implementation (docs/rules/FG3003.md). Equal values now encrypt differently: look rows up by a
        // keyed hash (HMAC) column, not by comparing ciphertexts.
        return FieldEncryption.Default.EncryptBytes(blob);
    }
}",
            };
            test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
            test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
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

    public string Describe(FieldEncryption settings) => settings.ToString()!;
}
namespace Shop.Crypto { public class FieldEncryption { } }",
                FixedCode = @"
using System.Security.Cryptography;
using Shop.Crypto;
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv) => global::FinGuard.Security.FieldEncryption.Default.EncryptBytes(statement);

    public string Describe(FieldEncryption settings) => settings.ToString()!;
}
namespace Shop.Crypto { public class FieldEncryption { } }",
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
}
