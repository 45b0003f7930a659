using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Threading;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.CodeFixes.DataProtection;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// The FG3003 method rewrite and the FG3004 IV rewrite are run, compiled with the generated helpers and executed:
/// new values round-trip through the rewritten encrypt and decrypt methods, equal plaintexts encrypt differently,
/// and a value written by the old code still decrypts to its plaintext (read by the legacy path the format selects).
/// </summary>
public class CipherRewriteRoundTripTests
{
    private const string WeakPair = @"
using System;
using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0021
public class ReferenceCipher
{
    private readonly byte[] _key;

    public ReferenceCipher(byte[] key) => _key = key;

    public string Encrypt(string plaintext)
    {
        using var des = TripleDES.Create();
        des.Key = _key;
        des.Mode = CipherMode.ECB;
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
}";

    private const string StaticIv = @"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
public class ReferenceCipher
{
    private static readonly byte[] StaticIv = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
    private readonly byte[] _key;

    public ReferenceCipher(byte[] key) => _key = key;

    public string Seal(string reference)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = StaticIv;
        using var buffer = new MemoryStream();
        using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
        {
            byte[] plain = Encoding.UTF8.GetBytes(reference);
            crypto.Write(plain, 0, plain.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    public string Open(string stored)
    {
        byte[] data = Convert.FromBase64String(stored);
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.IV = StaticIv;
        using var crypto = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(), CryptoStreamMode.Read);
        using var reader = new StreamReader(crypto, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}";

    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    // The old 3DES code takes a 24-byte key (the rewritten code ignores it: FieldEncryption's provider has its own).
    private static readonly byte[] TripleDesKey = Enumerable.Range(101, 24).Select(i => (byte)i).ToArray();

    [Fact]
    public async Task The_FG3003_rewrite_round_trips_new_values_and_still_reads_old_ones()
    {
        string old = Run(await CompileAsync(WeakPair, null, null), TripleDesKey, cipher => Invoke(cipher, "Encrypt", "DE89370400440532013000"), out _);
        Assembly rewritten = await CompileAsync(WeakPair, new WeakEncryptionFixer(), "FinGuard.FG3003.RewriteWithFieldEncryption");
        ConfigureFieldEncryption(rewritten);

        string first = Run(rewritten, TripleDesKey, cipher => Invoke(cipher, "Encrypt", "DE89370400440532013000"), out object instance);
        string second = (string)Invoke(instance, "Encrypt", "DE89370400440532013000");
        Assert.NotEqual(first, second);
        Assert.Equal("DE89370400440532013000", Invoke(instance, "Decrypt", first));
        Assert.Equal("DE89370400440532013000", Invoke(instance, "Decrypt", second));
        Assert.Equal("DE89370400440532013000", Invoke(instance, "Decrypt", old));
        byte[] tampered = Convert.FromBase64String(first);
        tampered[^1] ^= 1;
        Assert.Throws<CryptographicException>(() => Invoke(instance, "Decrypt", Convert.ToBase64String(tampered)));
    }

    [Fact]
    public async Task The_FG3004_rewrite_round_trips_with_a_fresh_iv_per_value_and_still_reads_old_values()
    {
        string old = Run(await CompileAsync(StaticIv, null, null), Key, cipher => Invoke(cipher, "Seal", "INV-2026-0042"), out object oldInstance);
        Assert.Equal(old, Invoke(oldInstance, "Seal", "INV-2026-0042"));

        Assembly rewritten = await CompileAsync(StaticIv, new StaticNonceFixer(), "FinGuard.FG3004.GenerateAndStoreIv");
        string first = Run(rewritten, Key, cipher => Invoke(cipher, "Seal", "INV-2026-0042"), out object instance);
        // An old value (fixed IV, no marker, 16n bytes) is told apart by its format and read with the old IV.
        Assert.Equal("INV-2026-0042", Invoke(instance, "Open", old));
        string second = (string)Invoke(instance, "Seal", "INV-2026-0042");
        Assert.NotEqual(first, second);
        Assert.Equal(8 + 16 + 16, Convert.FromBase64String(first).Length);
        Assert.Equal("INV-2026-0042", Invoke(instance, "Open", first));
        Assert.Equal("INV-2026-0042", Invoke(instance, "Open", second));
        Assert.Throws<CryptographicException>(() => Invoke(instance, "Open", Convert.ToBase64String(Convert.FromBase64String(first)[..^3])));
    }

    private static string Run(Assembly assembly, byte[] key, Func<object, object> call, out object instance)
    {
        instance = Activator.CreateInstance(assembly.GetType("ReferenceCipher")!, key)!;
        return (string)call(instance);
    }

    private static object Invoke(object instance, string method, string argument)
    {
        try
        {
            return instance.GetType().GetMethod(method)!.Invoke(instance, new object[] { argument })!;
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw e.InnerException;
        }
    }

    // FieldEncryption.Default with a key from a lookup instead of the process environment (tests share the process).
    private static void ConfigureFieldEncryption(Assembly assembly)
    {
        var keys = new Dictionary<string, string?>
        {
            ["FinGuard:FieldEncryption:CurrentKeyId"] = "v1",
            ["FinGuard:FieldEncryption:Keys:v1"] = Convert.ToBase64String(Key),
        };
        Type providerType = assembly.GetType("FinGuard.Security.ConfigurationFieldEncryptionKeyProvider")!;
        object provider = Activator.CreateInstance(providerType, new object[] { new Func<string, string?>(name => keys.TryGetValue(name, out string? value) ? value : null) })!;
        assembly.GetType("FinGuard.Security.FieldEncryption")!.GetMethod("Configure")!.Invoke(null, new[] { provider });
    }

    private static async Task<Assembly> CompileAsync(string source, CodeFixProvider? fixer, string? equivalenceKey)
    {
        ImmutableArray<MetadataReference> references = await TestCompilation.ReferencesAsync();
        Project project = CodeFixRunner.CreateProject(new[] { ("/0/ReferenceCipher.cs", source) }, references);
        if (fixer != null)
        {
            Compilation before = (await project.GetCompilationAsync())!;
            ImmutableArray<Diagnostic> diagnostics = await before.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new WeakEncryptionAnalyzer(), new StaticNonceAnalyzer())).GetAnalyzerDiagnosticsAsync();
            Document document = project.Documents.Single();
            CodeAction? chosen = null;
            foreach (Diagnostic diagnostic in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                chosen ??= actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey);
            }

            Assert.NotNull(chosen);
            ApplyChangesOperation apply = (await chosen!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            project = apply.ChangedSolution.GetProject(project.Id)!;
        }

        Compilation compilation = CodeFixRunner.WithGenerators((await project.GetCompilationAsync())!, ImmutableArray.Create(new HelperGenerator().AsSourceGenerator()));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return new AssemblyLoadContext("FinGuardRoundTrip", isCollectible: true).LoadFromStream(image);
    }
}
