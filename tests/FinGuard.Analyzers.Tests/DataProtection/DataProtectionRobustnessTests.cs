using FinGuard.Analyzers.Tests.Infrastructure;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>Half-typed crypto and EF Core code, as the IDE shows it to the data-protection analyzers mid-edit.</summary>
public class DataProtectionRobustnessTests
{
    [Theory]
    [InlineData("using System.Security.Cryptography; class C { void M(Aes aes) { aes.Key = } }")]
    [InlineData("using System.Security.Cryptography; class C { void M() { var g = new AesGcm( } }")]
    [InlineData("using System.Security.Cryptography; class C { void M(AesGcm g, byte[] p) { var nonce = new byte[]; g.Encrypt(nonce, p, } }")]
    [InlineData("using System.Security.Cryptography; class C { void M(Aes a) { a.Mode = CipherMode.; a.EncryptCbc( } }")]
    [InlineData("using System.Security.Cryptography; class C { static readonly byte[] K = { 1, 2, ; byte[] M(byte[] d) => HMACSHA256.HashData(K, d); }")]
    [InlineData("using System.Security.Cryptography; class C { byte[] M(byte[] s) => Rfc2898DeriveBytes.Pbkdf2(\"p\" + , s, 1, HashAlgorithmName.SHA256, 32); }")]
    [InlineData("using Microsoft.EntityFrameworkCore; class A { public string Iban { get; set; } } class D : DbContext { DbSet<A> X { get; set; } protected override void OnModelCreating(ModelBuilder b) { b.Entity<A>().Property(e => e.).HasConversion( } }")]
    [InlineData("using Microsoft.EntityFrameworkCore; class A { public string Iban { get; set; } } class D : DbContext { DbSet<> X; void M(ModelBuilder b) => b.Entity<>().Property(\"\").HasConversion<>(); }")]
    [InlineData("using Dapper; using System.Data; class R { int M(IDbConnection c, string iban) => c.Execute(\"\", new { Iban = , iban }); }")]
    [InlineData("using System.Security.Cryptography; class C { void M(AesGcm g, byte[][] items, byte[] t) { var n = RandomNumberGenerator.GetBytes(12); foreach (var i in items) g.Encrypt(n, i, i, t) } }")]
    [InlineData("class C { byte[] Encrypt(byte[] d, byte[] key) { for (int i = 0; i < d.Length; i++) d[i] ^= key[i % ]; return d; } }")]
    [InlineData("class C { void M(byte[] k) { var s = new byte[256]; int j = (j + s[] + k[0]) % 256; (s[0], s[j]) = (s[j], ); } }")]
    [InlineData("using System.Security.Cryptography; using System.Threading; class C { static long _c; void M(AesGcm g, byte[] p) { var n = new byte[12]; System.BitConverter.TryWriteBytes(n, Interlocked.Increment(ref )); g.Encrypt(n, p, } }")]
    public async Task Half_typed_code_does_not_crash_the_analyzers(string source)
    {
        var compilation = await TestCompilation.CreateAsync(("Partial.cs", source));
        var diagnostics = await TestCompilation.AnalyzeAsync(compilation);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
