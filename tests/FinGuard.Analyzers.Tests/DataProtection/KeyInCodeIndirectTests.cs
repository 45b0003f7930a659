using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3005 for keys that reach the cipher indirectly (issue 18, session 14): key getters, key settings and constants
/// passed to a helper whose call does not bind. A key field used by a cipher is reported at the use only (one finding per
/// problem, where the fix applies), never also at its declaration.
/// </summary>
public class KeyInCodeIndirectTests
{
    // A field whose literal reaches a key slot is reported at each encrypting use (the use's diagnostic points at the
    // declaration as an additional location, and carries the fix) and, since held-out set 23, once at its declaration
    // (where the key is written, without a fix); the decrypting twin adds nothing.
    [Fact]
    public Task Key_fields_are_reported_at_their_uses_and_once_at_their_declaration() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public static class CvvProtector
{
    private static readonly string MasterSecret = "k7Gq2LpX9wZ4rT1m";

    public static byte[] Seal(byte[] cvv)
    {
        using var aes = Aes.Create();
        aes.Key = {|FG3005:Encoding.UTF8.GetBytes(MasterSecret.PadRight(32))|};
        return aes.CreateEncryptor().TransformFinalBlock(cvv, 0, cvv.Length);
    }

    public static byte[] Open(byte[] sealedCvv)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(MasterSecret.PadRight(32));
        return aes.CreateDecryptor().TransformFinalBlock(sealedCvv, 0, sealedCvv.Length);
    }
}
public class StatementCipher
{
    private static readonly byte[] {|FG3005:LedgerKey = Encoding.ASCII.GetBytes("p0Q9w8E7r6T5y4U3i2O1p0Q9w8E7r6T5")|};

    public byte[] Encrypt(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = {|FG3005:LedgerKey|};
        aes.GenerateIV();
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public byte[] EncryptAgain(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = {|FG3005:LedgerKey|};
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public class TokenVault
{
    private static readonly string _vaultPassword = "tv-2024";
    private static readonly byte[] Salt = { 1, 2, 3, 4, 5, 6, 7, 8 };

    public byte[] DeriveKey() => new Rfc2898DeriveBytes({|FG3005:_vaultPassword|}, Salt, 100000, HashAlgorithmName.SHA256).GetBytes(32);
}
""");

    // Look-alikes: fields read from the environment, and fields that never reach a key slot (a key's name, a greeting).
    [Fact]
    public Task Fields_read_at_run_time_or_not_used_as_keys_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Text;
public class RuntimeKeys
{
    private static readonly string FromEnvironment = Environment.GetEnvironmentVariable("LEDGER_KEY") ?? string.Empty;
    private const string KeyName = "ledger-key-2024-primary";
    private static readonly string Greeting = "hello-world-1234567890";

    public byte[] Encrypt(byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(FromEnvironment);
        Console.WriteLine(KeyName + Greeting);
        return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
""");

    // A key getter whose every return is text written here: the key store whose cipher lives in another project or
    // behind an interface. Literals are reported where they are returned, a field where it is declared.
    [Fact]
    public Task Key_getters_returning_literals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public interface ISecretSource { string GetKey(string keyName, int version); }
public class InMemorySecretSource : ISecretSource
{
    public string GetKey(string keyName, int version)
    {
        switch (keyName)
        {
            case "ssn":
                return {|FG3005:"9B4E21A7C03D58F6E1B2A49C7D30E85F"|};
            case "email":
                return {|FG3005:"4f1c7a9e2b8d6035c1e7f9a2b4d6e8f0"|};
            default:
                throw new NotSupportedException(keyName);
        }
    }
}
public class LegacyKeyHolder
{
    private static readonly string {|FG3005:key = "Zx!9q#Lm2$Wv7&Rt4*Pn"|};

    public static string GetKey()
    {
        return key;
    }

    public static string GetEncryptionKey() => {|FG3005:"q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ"|};
}
""");

    // Look-alikes: key names, ids, cache keys, API keys, public keys, placeholders, short values, and getters that read
    // the key from somewhere (a lookup in any return makes it a key store's reader).
    [Fact]
    public Task Key_names_lookups_public_keys_and_placeholders_from_getters_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
public class KeyCatalogue
{
    private readonly Dictionary<string, string> _keys = new Dictionary<string, string>();
    public string GetKeyName() => "CreditApplication_SocialSecurityNumber";
    public string GetCacheKey(int id) => "orders-by-customer-2024";
    public string GetApiKey() => "a1b2c3d4e5f6a7b8c9d0e1f2";
    public string GetPublicKey() => "<RSAKeyValue><Modulus>q6tP3Fndiq5x</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>";
    public string GetKey() => "CreditApplication_SocialSecurityNumber";
    public string GetSigningKey() => "your-signing-key-goes-here-123";
    public string GetSecret() => "abc123";
    public string GetEncryptionKey(string name)
    {
        if (name == "default")
        {
            return "9B4E21A7C03D58F6E1B2A49C7D30E85F";
        }

        return _keys[name];
    }

    public string GetAesKey(string name) => Environment.GetEnvironmentVariable(name) ?? string.Empty;
}
""");

    // Members named as keys are found by one walk of each file's member declarations (issue 18's cost budget): nested
    // types, file-scoped namespaces, structs, records and interfaces, and the second declarator of a field declaration.
    [Fact]
    public Task Key_members_of_nested_types_structs_records_and_interfaces_are_found() => VerifyCS.VerifyAnalyzerAsync("""

namespace Shop.Security;

public static class TokenCipher
{
    public static class Defaults
    {
        public const string Salt = "salt-2024", {|FG3005:DefaultPassPhrase = "gsKxGZ012HLL3MI5"|};
    }

    public struct Legacy
    {
        public static string GetEncryptionKey() => {|FG3005:"q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ"|};
    }
}
public record CipherSettings
{
    public string AesKey { get; init; } = {|FG3005:"Qm9vdHN0cmFwS2V5MjAyNCE="|};
    public string AesKeyName { get; init; } = "Qm9vdHN0cmFwS2V5MjAyNCE=";
}
public interface IKeySource
{
    internal const string {|FG3005:SharedPassPhrase = "Zx9qLm2Wv7Rt4Pn8"|};
    string GetKey() => {|FG3005:"9B4E21A7C03D58F6E1B2A49C7D30E85F"|};
    string GetKeyVersion() => "9B4E21A7C03D58F6E1B2A49C7D30E85F";
}
""");

    // A key setting given its value in the code: an installer's default, a settings class's initializer.
    [Fact]
    public Task Encryption_key_settings_given_literals_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class SecuritySettings
{
    public string EncryptionKey { get; set; }
    public bool ForceSsl { get; set; }
}
public class CipherOptions
{
    public string AesKey { get; set; } = {|FG3005:"Qm9vdHN0cmFwS2V5MjAyNCE="|};
}
public class Installer
{
    public SecuritySettings Defaults() => new SecuritySettings
    {
        ForceSsl = false,
        EncryptionKey = {|FG3005:"5d1f0a9c84e2b736"|},
    };

    // The settings class of another project that does not bind before restore.
    public object Unbound() => new {|CS0246:ShopSecuritySettings|}
    {
        CipherKey = {|FG3005:"8e0b6c2f41d7a953"|},
        KeyName = "8e0b6c2f41d7a953",
    };
}
""");

    // Look-alikes: key ids and names, wrapped (encrypted) keys, API keys, placeholders, blank values, configured values.
    [Fact]
    public Task Key_ids_wrapped_keys_placeholders_and_configured_settings_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class KeySettings
{
    public string EncryptionKey { get; set; } = "";
    public string EncryptionKeyId { get; set; } = "2f1c9a7e-4b3d-11ee-be56";
    public string EncryptedSymmetricKey { get; set; }
    public string ApiKey { get; set; }
    public string CipherKeyName { get; set; }
}
public class Setup
{
    public KeySettings Build() => new KeySettings
    {
        EncryptionKey = Environment.GetEnvironmentVariable("ENCRYPTION_KEY") ?? string.Empty,
        EncryptedSymmetricKey = "2.AbCdEfGh1234|IjKlMnOp5678",
        ApiKey = "a1b2c3d4e5f6a7b8c9d0e1f2",
        CipherKeyName = "payments-2024-primary",
    };

    public KeySettings Placeholder() => new KeySettings { EncryptionKey = "your-encryption-key-here" };
}
""");

    // A helper call that binds to nothing (its receiver's type is missing): the constant's own name says it is a key.
    [Fact]
    public Task Key_constants_passed_to_an_unbound_encryption_helper_are_reported_at_their_declaration() => VerifyCS.VerifyAnalyzerAsync("""

public class CheckoutPage
{
    private readonly {|CS0246:LegacySecurity|} _security = new {|CS0246:LegacySecurity|}();
    private const string {|FG3005:OrderKey = "SHOP@Pay@dm1n@2020"|};
    private const string OrderPrefix = "ORD-2020-0001";

    public string Link(string orderId) => _security.StringEnCrypt(orderId, OrderKey);
    public string Link2(string orderId) => _security.StringEnCrypt(OrderPrefix + orderId, OrderKey);
}
""");

    // A page whose backup copy is compiled with it (the same partial class declared twice): every member is ambiguous,
    // so the key constant is found among the candidates, the one written in each file.
    [Fact]
    public Task Key_constants_of_a_type_declared_twice_are_reported_in_each_copy()
    {
        const string Page = """
public partial class CheckoutPage
{
    private readonly LegacySecurity _security = new LegacySecurity();
    private const string {|FG3005:OrderKey = "SHOP@Pay@dm1n@2020"|};
    private const string OrderPrefix = "ORD-2020-0001";

    public string Link(string orderId) => _security.StringEnCrypt(OrderPrefix + orderId, OrderKey);
}
""";
        var test = new VerifyCS.UnresolvedTest(withPackages: true);
        test.TestState.Sources.Add(("Checkout.aspx.cs", Page));
        test.TestState.Sources.Add(("Checkout_backup.aspx.cs", Page));
        test.TestState.Sources.Add(("LegacySecurity.cs", "public class LegacySecurity { public string StringEnCrypt(string value, string key) => value; public string StringDeCrypt(string value, string key) => value; }"));
        return test.RunAsync();
    }

    // Look-alikes: the decrypting call alone, a method not named as encryption, a constant not named as a key.
    [Fact]
    public Task Unbound_decryption_calls_and_non_key_constants_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class ReturnPage
{
    private readonly {|CS0246:LegacySecurity|} _security = new {|CS0246:LegacySecurity|}();
    private const string ReturnKey = "SHOP@Pay@dm1n@2020";
    private const string Channel = "web-checkout-2020";
    private const string CacheKey = "orders-2020-cache";

    public string Read(string token) => _security.StringDeCrypt(token, ReturnKey);
    public string Tag(string orderId) => _security.StringEnCrypt(orderId, Channel);
    public string Cached(string orderId) => _security.Store(orderId, CacheKey);
}
""");
}
