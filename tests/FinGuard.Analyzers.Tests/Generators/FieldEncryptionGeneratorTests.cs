using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FinGuard.Analyzers.Tests.Generators;

/// <summary>The FieldEncryption helper is emitted where used; its EF Core converters only where EF Core is referenced.</summary>
public class FieldEncryptionGeneratorTests
{
    private const string ConverterUse = """

using Microsoft.EntityFrameworkCore;
public class BankAccount { public int Id { get; set; } public string Iban { get; set; } = ""; }
public class BankDb : DbContext
{
    public DbSet<BankAccount> Accounts => Set<BankAccount>();
    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<BankAccount>().Property(e => e.Iban).HasConversion(new FinGuard.Security.EncryptedStringConverter());
}
""";

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

    [Fact]
    public async Task Nothing_field_encryption_is_emitted_where_AesGcm_does_not_exist()
    {
        // .NET Framework and netstandard2.0 have no AesGcm: an emitted FieldEncryption would not compile there.
        Compilation compilation = await TestCompilation.CreateAsync(("Code.cs", "public class Vault { public object Seal(string iban) => FinGuard.Security.FieldEncryption.Default.Encrypt(iban); }"));
        compilation = compilation.RemoveReferences(compilation.References.Where(r => System.IO.Path.GetFileName(r.Display) == "System.Security.Cryptography.dll"));
        Assert.Null(compilation.GetTypeByMetadataName("System.Security.Cryptography.AesGcm"));
        var (_, generated) = await RunAsync(compilation);
        Assert.Empty(generated);
    }

    [Fact]
    public async Task The_dependency_injection_configuration_point_is_emitted_with_DI_and_configuration_and_compiles()
    {
        Compilation compilation = (await TestCompilation.CreateAsync(("Code.cs", @"
public static class Startup
{
    public static void Configure(Microsoft.Extensions.DependencyInjection.IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
        => FinGuard.Security.FieldEncryptionServiceCollectionExtensions.AddFinGuardFieldEncryption(services, configuration);
}")))
            .AddReferences(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location));
        var (output, generated) = await RunAsync(compilation);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(new[] { "FinGuard.Security.FieldEncryption.g.cs", "FinGuard.Security.FieldEncryptionServiceCollectionExtensions.g.cs" }, generated.Where(g => !g.Contains("Converters")));
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
