using System.IO;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
namespace FinGuard.Analyzers.Tests.Idempotency;

/// <summary>The idempotency corpus must compile (with the stand-ins): rules judge operations, and broken code would hide findings.</summary>
public class IdempotencyCorpusCompilesTests
{
    private readonly ITestOutputHelper _o;
    public IdempotencyCorpusCompilesTests(ITestOutputHelper o) => _o = o;
    [Fact]
    public async Task Idempotency_corpus_compiles_without_errors()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusTests.CorpusRoot, "Idempotency")).Concat(Directory.GetFiles(Path.Combine(CorpusTests.CorpusRoot, "Stubs"), "*.cs")).ToArray();
        var c = await TestCompilation.CreateAsync(files.Select(f => (f, File.ReadAllText(f))).ToArray());
        var errs = c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        foreach (var e in errs) _o.WriteLine(e.ToString());
        Assert.Empty(errs);
    }
}
