using System.Collections.Immutable;
using System.IO;
using System.Threading;
using FinGuard.Analyzers.Tests.DataProtection;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit.Abstractions;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Fix All as <c>dotnet format analyzers</c> starts it (SolutionCodeFixApplier), with the one host analyzer that
/// reports every ID: for each fixer and each of its IDs, the fixer is asked about the first diagnostic of ANOTHER ID,
/// the equivalence key of whatever it offers (null; or another fixer's key, or a stranger's) goes into a
/// <c>FixAllContext</c> of solution scope with <c>diagnosticIds = { id }</c> and a provider that serves every
/// diagnostic of the project, of every ID. Every diagnostic of the ID that the lightbulb offers a fix for must be fixed.
/// Runs on the labelled corpus, one project per family, so new rules and fixes are covered.
/// </summary>
public class DotnetFormatFixAllTests
{
    private const string StrangerKey = "SomeOtherAnalyzer.IDE9999.Fix";

    private readonly ITestOutputHelper _output;

    public DotnetFormatFixAllTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Every_fixer_fixes_all_its_diagnostics_when_dotnet_format_hands_it_another_ids_key()
    {
        ImmutableArray<MetadataReference> references = await TestCompilation.ReferencesAsync();
        string corpus = CorpusTests.CorpusRoot;
        var stubs = Directory.GetFiles(Path.Combine(corpus, "Stubs"), "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        var failures = new List<string>();
        var exercised = new SortedSet<string>(StringComparer.Ordinal);
        var projects = Directory.GetDirectories(corpus).Where(d => Path.GetFileName(d) != "Stubs").OrderBy(d => d, StringComparer.Ordinal)
            .Select(folder => (Name: Path.GetFileName(folder), Sources: Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList()))
            .ToList();

        // Issue #25's program: static IVs and nonces (FG3004) beside weak encryption (FG3003), which the corpus lacks fixably.
        projects.Add(("ThreeMistakesProgram", new List<(string, string)> { ("/ThreeMistakes/Mistakes.cs", ThreeMistakesProgram.Source) }));
        foreach ((string name, List<(string, string)> files) in projects)
        {
            var sources = files.Concat(stubs).ToList();
            Project project = CodeFixRunner.CreateProject(sources, references);
            ImmutableArray<Diagnostic> diagnostics = await AnalyzeWithHostAsync(project);
            foreach (CodeFixProvider fixer in FinGuardComponents.CodeFixes)
            {
                foreach (string id in fixer.FixableDiagnosticIds)
                {
                    int fixable = await CountFixableAsync(project, diagnostics, fixer, id);
                    Diagnostic? foreign = diagnostics.FirstOrDefault(d => d.Id != id && d.Location.SourceTree != null);
                    if (fixable == 0 || foreign == null)
                    {
                        continue;
                    }

                    Document document = project.GetDocument(foreign.Location.SourceTree!)!;
                    CodeAction? offered = null;
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, foreign, (action, _) => offered ??= action, CancellationToken.None));
                    string? otherFixersKey = FinGuardComponents.CodeFixes.OfType<FinGuardCodeFixProvider>().First(f => f != fixer && !f.FixableDiagnosticIds.Contains(id)).EquivalenceKeys[0];
                    foreach (string? key in new[] { offered?.EquivalenceKey, otherFixersKey, StrangerKey })
                    {
                        string what = $"{name}: {fixer.GetType().Name} on {id} ({fixable} fixable), first diagnostic {foreign.Id}, key '{key ?? "null"}'";
                        var context = new FixAllContext(document, fixer, FixAllScope.Solution, key!, new[] { id }, new PrecomputedDiagnostics(diagnostics), CancellationToken.None);
                        CodeAction? fixAll = await fixer.GetFixAllProvider()!.GetFixAsync(context);
                        ApplyChangesOperation? apply = fixAll == null ? null : (await fixAll.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().SingleOrDefault();
                        if (apply == null)
                        {
                            failures.Add($"{what}: no change");
                            continue;
                        }

                        Project fixedProject = apply.ChangedSolution.GetProject(project.Id)!;
                        int left = await CountFixableAsync(fixedProject, await AnalyzeWithHostAsync(fixedProject), fixer, id);
                        if (left != 0)
                        {
                            failures.Add($"{what}: {left} still offer a fix");
                        }
                    }

                    exercised.Add(id);
                }
            }
        }

        _output.WriteLine($"exercised: {string.Join(", ", exercised)}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        string[] fixableIds = FinGuardComponents.CodeFixes.SelectMany(f => f.FixableDiagnosticIds).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();
        Assert.Equal(fixableIds, exercised);
    }

    [Fact]
    public void Every_fixer_uses_the_shared_opening_and_names_its_keys_by_its_rule()
    {
        foreach (CodeFixProvider fixer in FinGuardComponents.CodeFixes)
        {
            var finGuardFixer = Assert.IsAssignableFrom<FinGuardCodeFixProvider>(fixer);
            Assert.NotEmpty(finGuardFixer.EquivalenceKeys);
            Assert.All(finGuardFixer.EquivalenceKeys, key => Assert.Contains(fixer.FixableDiagnosticIds, id => key.StartsWith("FinGuard." + id + ".", StringComparison.Ordinal)));
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeWithHostAsync(Project project)
    {
        var crashes = new List<string>();
        ImmutableArray<Diagnostic> diagnostics = await CodeFixRunner.AnalyzeAsync((await project.GetCompilationAsync())!, FinGuardComponents.Host, crashes, CancellationToken.None);
        Assert.Empty(crashes);
        return diagnostics;
    }

    /// <summary>The diagnostics of <paramref name="id"/> the lightbulb offers at least one action for.</summary>
    private static async Task<int> CountFixableAsync(Project project, ImmutableArray<Diagnostic> diagnostics, CodeFixProvider fixer, string id)
    {
        int count = 0;
        foreach (Diagnostic diagnostic in diagnostics.Where(d => d.Id == id && d.Location.SourceTree != null))
        {
            Document? document = project.GetDocument(diagnostic.Location.SourceTree!);
            if (document == null)
            {
                continue;
            }

            bool offered = false;
            await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (_, _) => offered = true, CancellationToken.None));
            count += offered ? 1 : 0;
        }

        return count;
    }

    /// <summary>dotnet format's provider: the diagnostics computed once before fixing, of every ID the analyzer reported.</summary>
    private sealed class PrecomputedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public PrecomputedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return _diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree == null));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
