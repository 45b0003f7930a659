using FinGuard.Generators;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer, FinGuard.CodeFixes.DataProtection.KeyInCodeFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class KeyInCodeFixerTests
{
    [Fact]
    public Task Hard_coded_keys_are_read_from_the_environment() => RunAsync("""

using System.Security.Cryptography;
using System.Text;
public class WebhookSigner
{
    private const string {|FG3005:Secret = "whsec_test_1234"|};
    private static readonly byte[] {|FG3005:_signingKey = { 1, 2, 3, 4 }|};

    public byte[] Sign(byte[] data) => HMACSHA256.HashData({|FG3005:_signingKey|}, data);

    public byte[] Verify(byte[] data)
    {
        using var hmac = new HMACSHA256({|FG3005:Encoding.UTF8.GetBytes(Secret)|});
        return hmac.ComputeHash(data);
    }

    public byte[] Seal(byte[] plain, byte[] nonce, byte[] cipher, byte[] tag)
    {
        var dataKey = {|FG3005:Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef")|};
        using var gcm = new AesGcm(dataKey, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return cipher;
    }
}
""", """

using System.Security.Cryptography;
using System.Text;
using FinGuard.Security;
public class WebhookSigner
{
    private const string Secret = "whsec_test_1234";
    private static readonly byte[] _signingKey = FieldEncryptionKeys.FromEnvironment("SIGNING_KEY");

    public byte[] Sign(byte[] data) => HMACSHA256.HashData(_signingKey, data);

    public byte[] Verify(byte[] data)
    {
        using var hmac = new HMACSHA256(FieldEncryptionKeys.FromEnvironment("WEBHOOK_SIGNER_KEY"));
        return hmac.ComputeHash(data);
    }

    public byte[] Seal(byte[] plain, byte[] nonce, byte[] cipher, byte[] tag)
    {
        var dataKey = FieldEncryptionKeys.FromEnvironment("DATA_KEY");
        using var gcm = new AesGcm(dataKey, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return cipher;
    }
}
""");

    [Fact]
    public Task A_field_used_twice_is_fixed_once() => RunAsync(@"
using System.Security.Cryptography;
public class Signer
{
    private static readonly byte[] {|FG3005:HmacKey = new byte[] { 9, 8, 7 }|};
    public byte[] A(byte[] d) => HMACSHA256.HashData({|FG3005:HmacKey|}, d);
    public byte[] B(byte[] d) => HMACSHA512.HashData({|FG3005:HmacKey|}, d);
}", """

using System.Security.Cryptography;
using FinGuard.Security;
public class Signer
{
    private static readonly byte[] HmacKey = FieldEncryptionKeys.FromEnvironment("HMAC_KEY");
    public byte[] A(byte[] d) => HMACSHA256.HashData(HmacKey, d);
    public byte[] B(byte[] d) => HMACSHA512.HashData(HmacKey, d);
}
""");

    [Fact]
    public Task A_derived_key_from_a_literal_password_reads_the_secret_from_the_environment() => RunAsync("""

using System.Security.Cryptography;
public class ExportKeys
{
    public byte[] Derive(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2({|FG3005:"export-passphrase"|}, salt, 600000, HashAlgorithmName.SHA256, 32);
}
""", """

using System.Security.Cryptography;
using FinGuard.Security;
public class ExportKeys
{
    public byte[] Derive(byte[] salt) => Rfc2898DeriveBytes.Pbkdf2(FieldEncryptionKeys.FromEnvironment("EXPORT_KEYS_KEY"), salt, 600000, HashAlgorithmName.SHA256, 32);
}
""");

    [Fact]
    public Task A_user_type_named_FieldEncryptionKeys_keeps_the_helper_fully_qualified() => RunAsync(@"
using System.Security.Cryptography;
public class Signer
{
    private static readonly byte[] {|FG3005:HmacKey = new byte[] { 9, 8, 7 }|};
    public byte[] A(byte[] d) => HMACSHA256.HashData({|FG3005:HmacKey|}, d);
}
public static class FieldEncryptionKeys { public const int Version = 2; }", """

using System.Security.Cryptography;
public class Signer
{
    private static readonly byte[] HmacKey = global::FinGuard.Security.FieldEncryptionKeys.FromEnvironment("HMAC_KEY");
    public byte[] A(byte[] d) => HMACSHA256.HashData(HmacKey, d);
}
public static class FieldEncryptionKeys { public const int Version = 2; }
""");

    [Fact]
    public Task Fix_all_adds_the_using_once_per_document() => RunAsync(@"
using System.Security.Cryptography;
public class Signer
{
    private static readonly byte[] {|FG3005:HmacKey = new byte[] { 9, 8, 7 }|};
    private static readonly byte[] {|FG3005:OtherKey = new byte[] { 1, 2, 3 }|};
    public byte[] A(byte[] d) => HMACSHA256.HashData({|FG3005:HmacKey|}, d);
    public byte[] B(byte[] d) => HMACSHA512.HashData({|FG3005:OtherKey|}, d);
    public byte[] C(byte[] d) => HMACSHA384.HashData({|FG3005:new byte[] { 4, 5, 6 }|}, d);
}", """

using System.Security.Cryptography;
using FinGuard.Security;
public class Signer
{
    private static readonly byte[] HmacKey = FieldEncryptionKeys.FromEnvironment("HMAC_KEY");
    private static readonly byte[] OtherKey = FieldEncryptionKeys.FromEnvironment("OTHER_KEY");
    public byte[] A(byte[] d) => HMACSHA256.HashData(HmacKey, d);
    public byte[] B(byte[] d) => HMACSHA512.HashData(OtherKey, d);
    public byte[] C(byte[] d) => HMACSHA384.HashData(FieldEncryptionKeys.FromEnvironment("SIGNER_KEY"), d);
}
""");

    [Fact]
    public Task A_key_field_in_another_document_is_fixed_where_it_is_written()
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("Keys.cs", "public static class Keys { public static readonly byte[] PartnerKey = { 4, 5, 6 }; }"));
        test.TestState.Sources.Add(("Signer.cs", "using System.Security.Cryptography; public class Signer { public byte[] Sign(byte[] d) => HMACSHA256.HashData({|FG3005:Keys.PartnerKey|}, d); }"));
        test.FixedState.Sources.Add(("Keys.cs", "using FinGuard.Security;\r\n\r\npublic static class Keys { public static readonly byte[] PartnerKey = FieldEncryptionKeys.FromEnvironment(\"PARTNER_KEY\"); }"));
        test.FixedState.Sources.Add(("Signer.cs", "using System.Security.Cryptography; public class Signer { public byte[] Sign(byte[] d) => HMACSHA256.HashData(Keys.PartnerKey, d); }"));
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }

    private static Task RunAsync(string source, string fixedSource)
    {
        var test = new VerifyCS.Test { TestCode = source, FixedCode = fixedSource };

        // A key field is also reported once at its declaration, from the encrypting use's callback: a non-local
        // diagnostic without a fix (the use's diagnostic carries it), as FG3004 reports a helper's IV field.
        test.CodeFixTestBehaviors |= Microsoft.CodeAnalysis.Testing.CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        test.TestState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        test.FixedState.Sources.Add(("/0/Generated/FieldEncryption.cs", HelperGenerator.ReadHelper("FieldEncryption.cs")));
        return test.RunAsync();
    }
}
