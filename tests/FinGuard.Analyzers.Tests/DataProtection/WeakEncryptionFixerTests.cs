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
public class StatementStore
{
    public byte[] Seal(Aes aes, byte[] statement, byte[] iv)
    {
        byte[] stored = global::FinGuard.Security.FieldEncryption.Default.EncryptBytes(statement);
        return stored;
    }

    public byte[] Legacy(Aes aes, byte[] data) => global::FinGuard.Security.FieldEncryption.Default.EncryptBytes(data);

    public SymmetricAlgorithm Old() => DES.Create();
}",
            };
            test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("FG3003", DiagnosticSeverity.Warning).WithSpan(13, 40, 13, 52).WithArguments("DES is a broken or deprecated cipher"));
            test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
            test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
            return test.RunAsync();
        }
    }
}
