using System.Collections.Immutable;
using System.Composition.Hosting;
using System.Reflection;
using System.Threading;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit.Abstractions;

namespace FinGuard.Compatibility.Tests;

/// <summary>
/// The packaged fixers discovered the way MEF hosts discover them (Visual Studio's and Roslyn's
/// <c>MefHostServices</c> compose <c>[ExportCodeFixProvider]</c> parts with System.Composition), on Roslyn 4.8.
/// A fixer assembly whose System.Composition reference the host cannot bind yields no part at all, so no
/// lightbulb: here every fixer must come out of the container, with its metadata, and one must fix a document.
/// The registry serves System.Composition 8.0 at the lowest, so this host runs 8.0; that the package references
/// nothing above the 4.8 host's 7.0 is checked on the metadata (<see cref="RoslynFloorTests"/>).
/// </summary>
[Collection(PackedCollection.Name)]
public class MefHostTests
{
    private const string BypassedCertificateCheck = @"using System.Net.Http;
public class PaymentClients
{
    public HttpClient Stripe()
    {
        var handler = new HttpClientHandler();
        handler.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
        return new HttpClient(handler);
    }
}
";

    private readonly PackedFinGuard _package;
    private readonly ITestOutputHelper _output;

    public MefHostTests(PackedFinGuard package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Every_packaged_fixer_is_a_MEF_part_with_its_metadata()
    {
        using CompositionHost container = Compose();
        var parts = container.GetExports<Lazy<CodeFixProvider, IDictionary<string, object>>>().ToList();
        var exportedTypes = FixesAssembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), false).Length > 0)
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(exportedTypes);
        Assert.Equal(exportedTypes, parts.Select(p => p.Value.GetType().FullName!).OrderBy(n => n, StringComparer.Ordinal).ToArray());
        foreach (Lazy<CodeFixProvider, IDictionary<string, object>> part in parts)
        {
            Assert.Equal(part.Value.GetType().Name, part.Metadata["Name"]);
            Assert.Contains(LanguageNames.CSharp, (IEnumerable<string>)part.Metadata["Languages"]);
        }

        _output.WriteLine($"{parts.Count} code fix parts from {FixesAssembly.GetName().Name} through System.Composition {typeof(ContainerConfiguration).Assembly.GetName().Version}");
    }

    [Fact]
    public async Task A_fixer_from_the_MEF_host_fixes_a_document()
    {
        using CompositionHost container = Compose();
        Project project = CodeFixRunner.CreateProject(new[] { ("PaymentClients.cs", BypassedCertificateCheck) }, RoslynFloorTests.References.Value);
        Compilation compilation = (await project.GetCompilationAsync())!;
        var crashes = new List<string>();
        Diagnostic diagnostic = Assert.Single(await CodeFixRunner.AnalyzeAsync(compilation, _package.Analyzers, crashes, default), d => d.Id == "FG4004");
        Assert.Empty(crashes);

        CodeFixProvider fixer = container.GetExports<CodeFixProvider>().Single(f => f.FixableDiagnosticIds.Contains("FG4004"));
        Document document = project.Documents.Single();
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        CodeAction fix = Assert.Single(actions);
        ImmutableArray<CodeActionOperation> operations = await fix.GetOperationsAsync(CancellationToken.None);
        Solution fixedSolution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;
        string fixedText = (await fixedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();

        Assert.DoesNotContain("DangerousAcceptAnyServerCertificateValidator", fixedText);
        Assert.Contains("return new HttpClient(handler);", fixedText);
        Compilation after = (await fixedSolution.GetProject(project.Id)!.GetCompilationAsync())!;
        Assert.Empty(after.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain(await CodeFixRunner.AnalyzeAsync(after, _package.Analyzers, crashes, default), d => d.Id == "FG4004");
    }

    private Assembly FixesAssembly => _package.CodeFixes[0].GetType().Assembly;

    /// <summary>A System.Composition container over the packaged fixer assembly, as MefHostServices.Create builds one.</summary>
    private CompositionHost Compose() => new ContainerConfiguration().WithAssembly(FixesAssembly).CreateContainer();
}
