using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using static FinGuard.Analyzers.Tests.DataProtection.CryptoFixHarness;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Behaviour of the crypto fixes, run as code: issue #25's three-mistakes program is compiled, run once to store
/// values, fixed the way <c>dotnet format analyzers --diagnostics FG3003 FG3004</c> fixes it (Fix All at solution
/// scope, in every ID order and whichever diagnostic picks the action), compiled again with FinGuard's generated
/// helpers and run again: every stored value still reads back as itself (or fails loudly), new values round-trip,
/// and every order gives the same source.
/// </summary>
public class CryptoFixRoundTripTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] FieldKey = Enumerable.Range(60, 32).Select(i => (byte)i).ToArray();
    private static readonly string[][] Orders = { new[] { "FG3003", "FG3004" }, new[] { "FG3004", "FG3003" } };

    [Fact]
    public async Task The_three_mistakes_program_gets_the_same_fixes_in_every_order_and_keeps_every_stored_value_readable()
    {
        Project original = await ProjectAsync(("/0/Program.cs", ThreeMistakesProgram.Source));

        // Run 1: the program as written stores its values.
        Assembly before = await LoadAsync(original);
        byte[] envelope = (byte[])Call(before, "Envelope", "Seal", Key, Bytes("IBAN DE89370400440532013000"))!;
        byte[][] batch = (byte[][])Call(before, "Envelope", "SealAll", Key, new[] { Bytes("first"), Bytes("second") })!;
        byte[] messages = (byte[])Call(before, "Messages", "SealBoth", Key, Bytes("one"), Bytes("two"))!;
        byte[] vaulted = (byte[])Call(Activator.CreateInstance(before.GetType("Vault")!, Key)!, "Protect", Bytes("routing 021000021"))!;
        string statement = (string)Call(Activator.CreateInstance(before.GetType("StatementCipher")!, Key)!, "Encrypt", "Statement 2026-11: balance 1042.10")!;
        string reference = (string)Call(Activator.CreateInstance(before.GetType("ReferenceCipher")!, Key)!, "Seal", "INV-2026-0042")!;
        byte[] wrapped = (byte[])Call(before, "WrappedEnvelope", "Seal", Key, Bytes("sort 20-00-00 acct 55779911"))!;
        byte[][] wrappedBatch = (byte[][])Call(before, "WrappedEnvelope", "SealAll", Key, new[] { Bytes("third"), Bytes("fourth") })!;

        // dotnet format, every ID order and either diagnostic first: one result.
        var results = new List<string>();
        foreach (string[] order in Orders)
        {
            foreach (Pick pick in new[] { Pick.First, Pick.Last })
            {
                results.Add(await TextAsync(await FormatAsync(original, order, pick)));
            }
        }

        Assert.All(results, text => Assert.Equal(results[0], text));
        Project fixedProject = await FormatAsync(original, Orders[0]);
        string fixedText = await TextAsync(fixedProject);
        Assert.NotEqual(ThreeMistakesProgram.Source, fixedText);

        // The data-losing nonce fix is not applied to mistake 1 (one stored nonce for two ciphertexts): the finding stays.
        Assert.Contains(await AnalyzeAsync(fixedProject), d => d.Id == "FG3004" && d.GetMessage().Contains("reused for a second encryption"));

        // Run 2: the fixed program reads what run 1 stored, and round-trips new values.
        Assembly after = await LoadAsync(fixedProject);
        ConfigureFieldEncryption(after, FieldKey);

        Assert.Equal("IBAN DE89370400440532013000", Text((byte[])Call(after, "Envelope", "Open", Key, envelope)!));
        byte[] fresh1 = (byte[])Call(after, "Envelope", "Seal", Key, Bytes("IBAN"))!;
        byte[] fresh2 = (byte[])Call(after, "Envelope", "Seal", Key, Bytes("IBAN"))!;
        Assert.False(fresh1.Take(12).SequenceEqual(fresh2.Take(12)));
        Assert.Equal("IBAN", Text((byte[])Call(after, "Envelope", "Open", Key, fresh2)!));

        Assert.Equal(new[] { "first", "second" }, batch.Select(b => Text((byte[])Call(after, "Envelope", "Open", Key, b)!)));
        byte[][] newBatch = (byte[][])Call(after, "Envelope", "SealAll", Key, new[] { Bytes("a"), Bytes("b") })!;
        Assert.False(newBatch[0].Take(12).SequenceEqual(newBatch[1].Take(12)));
        Assert.Equal(new[] { "a", "b" }, newBatch.Select(b => Text((byte[])Call(after, "Envelope", "Open", Key, b)!)));

        Assert.Equal("two", Text((byte[])Call(after, "Messages", "OpenSecond", Key, messages)!));

        // Buffers in parentheses and casts: fixed like the plain cousins, old values readable, new ones round-trip.
        Assert.Equal("sort 20-00-00 acct 55779911", Text((byte[])Call(after, "WrappedEnvelope", "Open", Key, wrapped)!));
        Assert.Equal(new[] { "third", "fourth" }, wrappedBatch.Select(b => Text((byte[])Call(after, "WrappedEnvelope", "Open", Key, b)!)));
        byte[] wrapped1 = (byte[])Call(after, "WrappedEnvelope", "Seal", Key, Bytes("acct"))!;
        byte[] wrapped2 = (byte[])Call(after, "WrappedEnvelope", "Seal", Key, Bytes("acct"))!;
        Assert.False(wrapped1.Take(12).SequenceEqual(wrapped2.Take(12)));
        Assert.Equal("acct", Text((byte[])Call(after, "WrappedEnvelope", "Open", Key, wrapped2)!));
        byte[][] newWrappedBatch = (byte[][])Call(after, "WrappedEnvelope", "SealAll", Key, new[] { Bytes("c"), Bytes("d") })!;
        Assert.False(newWrappedBatch[0].Take(12).SequenceEqual(newWrappedBatch[1].Take(12)));
        Assert.Equal(new[] { "c", "d" }, newWrappedBatch.Select(b => Text((byte[])Call(after, "WrappedEnvelope", "Open", Key, b)!)));

        object vault = Activator.CreateInstance(after.GetType("Vault")!, Key)!;
        Assert.Equal("routing 021000021", Text((byte[])Call(vault, "Unprotect", vaulted)!));
        byte[] newVaulted = (byte[])Call(vault, "Protect", Bytes("routing 021000021"))!;
        Assert.Equal("routing 021000021", Text((byte[])Call(vault, "Unprotect", newVaulted)!));
        Assert.NotEqual(newVaulted, (byte[])Call(vault, "Protect", Bytes("routing 021000021"))!);
        byte[] tampered = (byte[])newVaulted.Clone();
        tampered[^1] ^= 1;
        Assert.Throws<CryptographicException>(() => Call(vault, "Unprotect", tampered));

        object statements = Activator.CreateInstance(after.GetType("StatementCipher")!, Key)!;
        Assert.Equal("Statement 2026-11: balance 1042.10", Call(statements, "Decrypt", statement));
        string newStatement = (string)Call(statements, "Encrypt", "Statement 2026-12")!;
        Assert.Equal("Statement 2026-12", Call(statements, "Decrypt", newStatement));
        byte[] tamperedStatement = Convert.FromBase64String(newStatement);
        tamperedStatement[^1] ^= 1;
        Assert.Throws<CryptographicException>(() => Call(statements, "Decrypt", Convert.ToBase64String(tamperedStatement)));

        object references = Activator.CreateInstance(after.GetType("ReferenceCipher")!, Key)!;
        Assert.Equal("INV-2026-0042", Call(references, "Open", reference));
        string newReference = (string)Call(references, "Seal", "INV-2026-0042")!;
        Assert.NotEqual(newReference, Call(references, "Seal", "INV-2026-0042"));
        Assert.Equal(8 + 16 + 16, Convert.FromBase64String(newReference).Length);
        Assert.Equal("INV-2026-0042", Call(references, "Open", newReference));
        byte[] truncated = Convert.FromBase64String(newReference)[..^1];
        Assert.Throws<CryptographicException>(() => Call(references, "Open", Convert.ToBase64String(truncated)));
    }

    [Theory]
    [InlineData("FinGuard.FG3003.UseFieldEncryption")]
    [InlineData("FinGuard.FG3003.RewriteWithFieldEncryption")]
    [InlineData("FinGuard.FG3004.FillWithRandomBytes")]
    [InlineData("FinGuard.FG3004.GenerateAndStoreIv")]
    public async Task Each_lightbulb_fix_alone_keeps_old_values_readable_and_round_trips_new_ones(string equivalenceKey)
    {
        Project original = await ProjectAsync(("/0/Program.cs", ThreeMistakesProgram.Source));
        Assembly before = await LoadAsync(original);
        Project fixedProject = await ApplyOneAsync(original, equivalenceKey);
        Assert.NotEqual(ThreeMistakesProgram.Source, await TextAsync(fixedProject));
        Assembly after = await LoadAsync(fixedProject);
        ConfigureFieldEncryption(after, FieldKey);

        foreach ((string type, string write, string read, object value) in Cases)
        {
            object oldInstance = Instance(before, type);
            object newInstance = Instance(after, type);
            object stored = Call(oldInstance, write, value)!;
            Assert.Equal(Show(value), Show(Call(newInstance, read, stored)!));
            object fresh = Call(newInstance, write, value)!;
            Assert.Equal(Show(value), Show(Call(newInstance, read, fresh)!));
        }
    }

    [Fact]
    public async Task The_FG3005_fix_reads_the_same_key_from_the_environment_so_old_values_still_decrypt()
    {
        const string Source = """
using System;
using System.Security.Cryptography;
public static class Sealer
{
    private static readonly byte[] _vaultKey = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 };

    public static byte[] Seal(byte[] nonce, byte[] plain)
    {
        using var gcm = new AesGcm(_vaultKey, 16);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        gcm.Encrypt(nonce, plain, cipher, tag);
        return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Concat(cipher, tag));
    }

    public static byte[] Open(byte[] nonce, byte[] stored)
    {
        using var gcm = new AesGcm(_vaultKey, 16);
        var plain = new byte[stored.Length - 16];
        gcm.Decrypt(nonce, stored.AsSpan(0, plain.Length), stored.AsSpan(plain.Length), plain);
        return plain;
    }
}
""";
        Project original = await ProjectAsync(("/0/Program.cs", Source));
        Assembly before = await LoadAsync(original);
        byte[] nonce = Enumerable.Range(200, 12).Select(i => (byte)i).ToArray();
        byte[] stored = (byte[])Call(before, "Sealer", "Seal", nonce, Bytes("payout 2026-11"))!;

        Project fixedProject = await FormatAsync(original, new[] { "FG3005" });
        string fixedText = await TextAsync(fixedProject);
        Assert.Contains("FieldEncryptionKeys.FromEnvironment(\"VAULT_KEY\")", fixedText);
        Assembly after = await LoadAsync(fixedProject);

        // The key moves to the environment (the same bytes): what the old code sealed still opens; a missing key fails loudly.
        Environment.SetEnvironmentVariable("VAULT_KEY", null);
        Assert.ThrowsAny<Exception>(() => Call(after, "Sealer", "Open", nonce, stored));
        Environment.SetEnvironmentVariable("VAULT_KEY", Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        try
        {
            Assembly reloaded = await LoadAsync(fixedProject);
            Assert.Equal("payout 2026-11", Text((byte[])Call(reloaded, "Sealer", "Open", nonce, stored)!));
            byte[] fresh = (byte[])Call(reloaded, "Sealer", "Seal", nonce, Bytes("new"))!;
            Assert.Equal("new", Text((byte[])Call(reloaded, "Sealer", "Open", nonce, fresh)!));
        }
        finally
        {
            Environment.SetEnvironmentVariable("VAULT_KEY", null);
        }
    }

    [Fact]
    public async Task The_FG3001_converter_fails_loudly_on_old_plaintext_rows_and_reads_them_after_the_re_encryption_job()
    {
        const string Source = """
using Microsoft.EntityFrameworkCore;
public class BankAccount { public int Id { get; set; } public string Iban { get; set; } = ""; }
public class BankDb : DbContext
{
    public DbSet<BankAccount> Accounts => Set<BankAccount>();
}
""";
        Project original = await ProjectAsync(("/0/Program.cs", Source));
        Project fixedProject = await FormatAsync(original, new[] { "FG3001" });
        Assert.Contains("HasConversion(new EncryptedStringConverter(\"BankAccount.Iban\"))", await TextAsync(fixedProject));
        Assembly after = await LoadAsync(fixedProject);
        ConfigureFieldEncryption(after, FieldKey);

        // The converter the fixed OnModelCreating wires, taken from the model it builds.
        Type db = after.GetType("BankDb")!;
        var builder = new Microsoft.EntityFrameworkCore.ModelBuilder();
        db.GetMethod("OnModelCreating", BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(db), new object[] { builder });
        var converter = builder.Model.FindEntityType(after.GetType("BankAccount")!)!.FindProperty("Iban")!.GetValueConverter()!;

        // A row written before the fix (plaintext) fails loudly instead of reading as something else.
        Assert.Throws<CryptographicException>(() => converter.ConvertFromProvider("DE89370400440532013000"));

        // The re-encryption job (FieldReEncryption with legacyDecrypt: plaintext => plaintext) makes it readable.
        Type keysType = after.GetType("FinGuard.Security.ConfigurationFieldEncryptionKeyProvider")!;
        var settings = new Dictionary<string, string?> { ["FinGuard:FieldEncryption:CurrentKeyId"] = "k1", ["FinGuard:FieldEncryption:Keys:k1"] = Convert.ToBase64String(FieldKey) };
        object keys = Activator.CreateInstance(keysType, new Func<string, string?>(k => settings.TryGetValue(k, out string? v) ? v : null))!;
        object encryption = Activator.CreateInstance(after.GetType("FinGuard.Security.FieldEncryption")!, keys)!;
        object migration = Activator.CreateInstance(after.GetType("FinGuard.Security.FieldReEncryption")!, encryption, keys, "BankAccount.Iban", new Func<string, string>(plaintext => plaintext))!;
        string migrated = (string)Call(migration, "ReEncrypt", "DE89370400440532013000")!;
        Assert.Equal("DE89370400440532013000", converter.ConvertFromProvider(migrated));
        Assert.Equal("NL91ABNA0417164300", converter.ConvertFromProvider(converter.ConvertToProvider("NL91ABNA0417164300")));
    }

    // Instance wrappers over the program's types: (type, write method, read method, value).
    private static readonly (string Type, string Write, string Read, object Value)[] Cases =
    {
        ("Vault", "Protect", "Unprotect", Bytes("routing 021000021")),
        ("StatementCipher", "Encrypt", "Decrypt", "Statement 2026-11"),
        ("ReferenceCipher", "Seal", "Open", "INV-2026-0042"),
        ("EnvelopeBox", "Seal", "Open", Bytes("IBAN DE89370400440532013000")),
    };

    private static object Instance(Assembly assembly, string type)
        => type == "EnvelopeBox" ? new EnvelopeBox(assembly) : Activator.CreateInstance(assembly.GetType(type)!, Key)!;

    private static string Show(object value) => value is byte[] bytes ? Convert.ToBase64String(bytes) : (string)value;

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The static Envelope methods as an instance with Seal/Open, so the case table can treat every type alike.</summary>
    public sealed class EnvelopeBox
    {
        private readonly Assembly _assembly;

        public EnvelopeBox(Assembly assembly) => _assembly = assembly;

        public byte[] Seal(byte[] plaintext) => (byte[])Call(_assembly, "Envelope", "Seal", Key, plaintext)!;

        public byte[] Open(byte[] stored) => (byte[])Call(_assembly, "Envelope", "Open", Key, stored)!;
    }
}
