using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Applies FinGuard's crypto fixes the way <c>dotnet format analyzers --diagnostics ...</c> does (SDK 8-10,
/// <c>AnalyzerFormatter.FixDiagnosticsAsync</c> and <c>SolutionCodeFixApplier</c>): for each diagnostic ID in turn it
/// re-analyzes the project, takes ONE diagnostic, registers its fixes, keeps the equivalence key of the first action
/// (or null when the diagnostic has none), and runs the provider's Fix All at solution scope with that key over all the
/// ID's diagnostics. The ID order (a hash set in the SDK: it changes from process to process) and the chosen diagnostic
/// (analysis order) are parameters, so tests can try every order and prove the result never depends on them.
/// Compiles and loads the result with FinGuard's generated helpers.
/// </summary>
internal static class CryptoFixHarness
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer(),
        new FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer(),
        new FinGuard.Analyzers.DataProtection.KeyInCodeAnalyzer(),
        new FinGuard.Analyzers.DataProtection.UnencryptedFinancialFieldAnalyzer());

    public static readonly ImmutableArray<CodeFixProvider> Fixers = ImmutableArray.Create<CodeFixProvider>(
        new FinGuard.CodeFixes.DataProtection.WeakEncryptionFixer(),
        new FinGuard.CodeFixes.DataProtection.StaticNonceFixer(),
        new FinGuard.CodeFixes.DataProtection.KeyInCodeFixer(),
        new FinGuard.CodeFixes.DataProtection.UnencryptedFinancialFieldFixer());

    /// <summary>How the one diagnostic that picks the equivalence key is chosen (the SDK takes the first it gets).</summary>
    public enum Pick
    {
        First,
        Last,
    }

    public static async Task<Project> ProjectAsync(params (string Path, string Text)[] sources)
        => CodeFixRunner.CreateProject(sources, await TestCompilation.ReferencesAsync());

    /// <summary>Runs the fixes for <paramref name="ids"/> in that order; returns the changed project.</summary>
    public static async Task<Project> FormatAsync(Project project, IEnumerable<string> ids, Pick pick = Pick.First)
    {
        foreach (string id in ids)
        {
            ImmutableArray<Diagnostic> diagnostics = (await AnalyzeAsync(project)).Where(d => d.Id == id).ToImmutableArray();
            if (diagnostics.IsEmpty)
            {
                continue;
            }

            foreach (CodeFixProvider fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(id)))
            {
                Diagnostic chosen = pick == Pick.First ? diagnostics[0] : diagnostics[diagnostics.Length - 1];
                Document document = project.GetDocument(chosen.Location.SourceTree)!;
                CodeAction? action = null;
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, chosen, (a, _) => action ??= a, CancellationToken.None));
                var context = new FixAllContext(document, fixer, FixAllScope.Solution, action?.EquivalenceKey!, new[] { id }, new Provider(diagnostics), CancellationToken.None);
                CodeAction? fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                if (fixAll == null)
                {
                    continue;
                }

                ApplyChangesOperation apply = (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                project = apply.ChangedSolution.GetProject(project.Id)!;
            }
        }

        return project;
    }

    /// <summary>Applies the one action with <paramref name="equivalenceKey"/> offered for the first diagnostic that has it (a lightbulb click).</summary>
    public static async Task<Project> ApplyOneAsync(Project project, string equivalenceKey)
    {
        foreach (Diagnostic diagnostic in await AnalyzeAsync(project))
        {
            foreach (CodeFixProvider fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                Document document = project.GetDocument(diagnostic.Location.SourceTree)!;
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                if (actions.FirstOrDefault(a => a.EquivalenceKey == equivalenceKey) is { } action)
                {
                    ApplyChangesOperation apply = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                    return apply.ChangedSolution.GetProject(project.Id)!;
                }
            }
        }

        throw new Xunit.Sdk.XunitException("No fix with equivalence key " + equivalenceKey + " was offered");
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        Compilation compilation = (await project.GetCompilationAsync())!;
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        return all.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    public static async Task<string> TextAsync(Project project, string fileName = "Program.cs")
        => (await project.Documents.Single(d => d.Name == fileName).GetTextAsync()).ToString();

    /// <summary>Compiles with the helper generator (as a real build does) and loads the assembly into its own context.</summary>
    public static async Task<Assembly> LoadAsync(Project project)
    {
        Compilation compilation = CodeFixRunner.WithGenerators((await project.GetCompilationAsync())!, ImmutableArray.Create(new HelperGenerator().AsSourceGenerator()));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        image.Position = 0;
        return new AssemblyLoadContext("FinGuardCryptoFix", isCollectible: true).LoadFromStream(image);
    }

    /// <summary>FieldEncryption.Configure in a loaded assembly, with keys from a dictionary (never the process environment).</summary>
    public static void ConfigureFieldEncryption(Assembly assembly, byte[] key, string keyId = "k1")
    {
        var keys = new Dictionary<string, string?>
        {
            ["FinGuard:FieldEncryption:CurrentKeyId"] = keyId,
            ["FinGuard:FieldEncryption:Keys:" + keyId] = Convert.ToBase64String(key),
        };
        Type? providerType = assembly.GetType("FinGuard.Security.ConfigurationFieldEncryptionKeyProvider");
        if (providerType == null)
        {
            return;
        }

        object provider = Activator.CreateInstance(providerType, new object[] { new Func<string, string?>(name => keys.TryGetValue(name, out string? value) ? value : null) })!;
        assembly.GetType("FinGuard.Security.FieldEncryption")!.GetMethod("Configure")!.Invoke(null, new[] { provider });
    }

    public static object? Call(Assembly assembly, string type, string method, params object?[] arguments)
    {
        try
        {
            return assembly.GetType(type)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw e.InnerException;
        }
    }

    public static object? Call(object instance, string method, params object?[] arguments)
    {
        try
        {
            return instance.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!.Invoke(instance, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException != null)
        {
            throw e.InnerException;
        }
    }

    private sealed class Provider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath).ToArray());

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
