using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FinGuard.Analyzers.Tests.Generators
{
    /// <summary>The FieldEncryption helper is emitted where used; its EF Core converters only where EF Core is referenced.</summary>
    public class FieldEncryptionGeneratorTests
    {
        private const string ConverterUse = @"
using Microsoft.EntityFrameworkCore;
public class BankAccount { public int Id { get; set; } public string Iban { get; set; } = """"; }
public class BankDb : DbContext
{
    public DbSet<BankAccount> Accounts => Set<BankAccount>();
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<BankAccount>().Property(e => e.Iban).HasConversion(new FinGuard.Security.EncryptedStringConverter());
}";

        [Fact]
        public async Task Converter_use_with_ef_core_emits_helper_and_converters_and_compiles()
        {
            var (output, generated) = await RunAsync(await TestCompilation.CreateAsync(("Code.cs", ConverterUse)));
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal(new[] { "FinGuard.Security.FieldEncryption.g.cs", "FinGuard.Security.FieldEncryptionConverters.g.cs" }, generated);
        }

        [Fact]
        public async Task Without_ef_core_only_the_core_helper_is_emitted_and_compiles()
        {
            Compilation compilation = await TestCompilation.CreateAsync(("Code.cs", @"
public class Vault
{
    private readonly FinGuard.Security.FieldEncryption _encryption = new FinGuard.Security.FieldEncryption(FinGuard.Security.ConfigurationFieldEncryptionKeyProvider.FromEnvironment());
    public string Seal(string iban) => _encryption.Encrypt(iban);
}"));
            compilation = compilation.RemoveReferences(compilation.References.Where(r => r.Display?.Contains("EntityFrameworkCore") == true));
            var (output, generated) = await RunAsync(compilation);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal(new[] { "FinGuard.Security.FieldEncryption.g.cs" }, generated);
        }

        private static async Task<(Compilation Output, string[] Generated)> RunAsync(Compilation compilation)
        {
            await Task.Yield();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new HelperGenerator().AsSourceGenerator() }, parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            string[] generated = driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).OrderBy(s => s).ToArray();
            return (output, generated);
        }
    }
}
