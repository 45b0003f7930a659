using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs every registered code fix on every FinGuard diagnostic of a project, one at a time and then as Fix All
/// (solution scope), and records for each: whether the provider or its action threw, whether the result still
/// compiles (no compiler error that was not there before, with the helper generator run as in a real build), and
/// whether it cleared the diagnostic. Shared (linked) by CodeFixRobustnessTests and the benchmark tool.
/// </summary>
public static class CodeFixRunner
{
    public sealed class FixResult
    {
        public FixResult(string diagnosticId, string where, string title)
        {
            DiagnosticId = diagnosticId;
            Where = where;
            Title = title;
        }

        public string DiagnosticId { get; }

        public string Where { get; }

        public string Title { get; }

        /// <summary>The exception the provider's action threw, if any.</summary>
        public string? Exception { get; set; }

        /// <summary>The action ran but returned no solution change (offered, yet a no-op).</summary>
        public bool NoChange { get; set; }

        public bool Compiles { get; set; }

        public bool Cleared { get; set; }

        public List<string> NewErrors { get; } = new List<string>();

        public override string ToString()
            => $"{DiagnosticId} at {Where} '{Title}': " + (Exception ?? (NoChange ? "no change" : $"compiles={Compiles} cleared={Cleared} {string.Join(" | ", NewErrors)}"));
    }

    public sealed class Report
    {
        public int Diagnostics { get; set; }

        /// <summary>Analyzer exceptions (what would be AD0001) while producing or re-checking diagnostics.</summary>
        public List<string> AnalyzerCrashes { get; } = new List<string>();

        /// <summary>Exceptions from a provider's RegisterCodeFixesAsync or its FixAllProvider.</summary>
        public List<string> ProviderCrashes { get; } = new List<string>();

        public List<FixResult> Fixes { get; } = new List<FixResult>();
    }

    /// <summary>A one-project ad-hoc solution holding <paramref name="sources"/>.</summary>
    public static Project CreateProject(IEnumerable<(string Path, string Text)> sources, IEnumerable<MetadataReference> references)
    {
        var workspace = new AdhocWorkspace();
        ProjectId id = ProjectId.CreateNewId();
        Solution solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            id,
            VersionStamp.Default,
            "FixTarget",
            "FixTarget",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: references));
        foreach ((string path, string text) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(id), System.IO.Path.GetFileName(path), SourceText.From(text), filePath: path);
        }

        return solution.GetProject(id)!;
    }

    /// <summary>
    /// Applies each fix action to each FinGuard diagnostic (capped at <paramref name="maxDiagnostics"/>), then each
    /// provider's Fix All once per rule. Nothing here throws: every failure is recorded in the report.
    /// </summary>
    public static async Task<Report> RunAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixers,
        ImmutableArray<ISourceGenerator> generators,
        int maxDiagnostics = int.MaxValue,
        bool fixAll = true,
        CancellationToken cancellationToken = default)
    {
        var report = new Report();
        Compilation? before = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (before == null)
        {
            return report;
        }

        HashSet<string> errorsBefore = Errors(WithGenerators(before, generators));
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(before, analyzers, report.AnalyzerCrashes, cancellationToken).ConfigureAwait(false);
        report.Diagnostics = diagnostics.Length;

        int checkedCount = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (checkedCount++ >= maxDiagnostics)
            {
                break;
            }

            Document? document = diagnostic.Location.SourceTree == null ? null : project.GetDocument(diagnostic.Location.SourceTree);
            if (document == null)
            {
                continue;
            }

            foreach (CodeFixProvider fixer in fixers)
            {
                if (!fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    continue;
                }

                var actions = new List<CodeAction>();
                try
                {
                    var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
                    await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    report.ProviderCrashes.Add($"{fixer.GetType().Name}.RegisterCodeFixesAsync on {diagnostic.Id} at {Where(diagnostic)}: {e}");
                    continue;
                }

                foreach (CodeAction action in actions)
                {
                    var result = new FixResult(diagnostic.Id, Where(diagnostic), action.Title);
                    report.Fixes.Add(result);
                    await ApplyAsync(project, action, diagnostic.Id, CountOf(diagnostics, diagnostic.Id), errorsBefore, analyzers, generators, result, report, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (fixAll)
        {
            await FixAllAsync(project, diagnostics, analyzers, fixers, generators, errorsBefore, report, cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    private static async Task FixAllAsync(
        Project project,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<CodeFixProvider> fixers,
        ImmutableArray<ISourceGenerator> generators,
        HashSet<string> errorsBefore,
        Report report,
        CancellationToken cancellationToken)
    {
        foreach (CodeFixProvider fixer in fixers)
        {
            FixAllProvider? fixAll = fixer.GetFixAllProvider();
            if (fixAll == null)
            {
                continue;
            }

            foreach (string id in fixer.FixableDiagnosticIds)
            {
                Diagnostic? first = diagnostics.FirstOrDefault(d => d.Id == id && d.Location.SourceTree != null);
                Document? document = first == null ? null : project.GetDocument(first.Location.SourceTree!);
                if (first == null || document == null)
                {
                    continue;
                }

                try
                {
                    var actions = new List<CodeAction>();
                    await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, first, (action, _) => actions.Add(action), cancellationToken)).ConfigureAwait(false);
                    if (actions.Count == 0)
                    {
                        continue;
                    }

                    var context = new FixAllContext(document, fixer, FixAllScope.Solution, actions[0].EquivalenceKey, new[] { id }, new DiagnosticProvider(analyzers), cancellationToken);
                    CodeAction? action = await fixAll.GetFixAsync(context).ConfigureAwait(false);
                    if (action == null)
                    {
                        continue;
                    }

                    var result = new FixResult(id, "Fix All (solution)", action.Title);
                    report.Fixes.Add(result);
                    await ApplyAsync(project, action, id, CountOf(diagnostics, id), errorsBefore, analyzers, generators, result, report, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    report.ProviderCrashes.Add($"{fixer.GetType().Name} Fix All on {id}: {e}");
                }
            }
        }
    }

    private static async Task ApplyAsync(
        Project project,
        CodeAction action,
        string id,
        int countBefore,
        HashSet<string> errorsBefore,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ImmutableArray<ISourceGenerator> generators,
        FixResult result,
        Report report,
        CancellationToken cancellationToken)
    {
        try
        {
            Solution? changed = null;
            foreach (CodeActionOperation operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    changed = apply.ChangedSolution;
                }
            }

            Project? fixedProject = changed?.GetProject(project.Id);
            if (fixedProject == null)
            {
                result.NoChange = true;
                return;
            }

            if (fixedProject.DocumentIds.Count != project.DocumentIds.Count)
            {
                result.NewErrors.Add("the fix added or removed a document");
            }

            Compilation? after = await fixedProject.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (after == null)
            {
                result.NewErrors.Add("no compilation after the fix");
                return;
            }

            foreach (string error in Errors(WithGenerators(after, generators)))
            {
                if (!errorsBefore.Contains(error))
                {
                    result.NewErrors.Add(error);
                }
            }

            result.Compiles = result.NewErrors.Count == 0;
            ImmutableArray<Diagnostic> remaining = await AnalyzeAsync(after, analyzers, report.AnalyzerCrashes, cancellationToken).ConfigureAwait(false);
            result.Cleared = CountOf(remaining, id) < countBefore;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            result.Exception = e.ToString();
        }
    }

    public static Compilation WithGenerators(Compilation compilation, ImmutableArray<ISourceGenerator> generators)
    {
        if (generators.IsDefaultOrEmpty)
        {
            return compilation;
        }

        CSharpGeneratorDriver.Create(generators, parseOptions: (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation updated, out _, CancellationToken.None);
        return updated;
    }

    /// <summary>Errors as "CSnnnn: message" without locations (a fix moves code; what matters is a new kind of error).</summary>
    private static HashSet<string> Errors(Compilation compilation)
        => new HashSet<string>(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + ": " + d.GetMessage()), StringComparer.Ordinal);

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, List<string> crashes, CancellationToken cancellationToken)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) =>
            {
                lock (crashes)
                {
                    crashes.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}");
                }
            },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        ImmutableArray<Diagnostic> all = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (Diagnostic d in all)
        {
            if (d.Id == "AD0001")
            {
                lock (crashes)
                {
                    crashes.Add(d.GetMessage());
                }
            }
        }

        return all.Where(d => d.Id.StartsWith("FG", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    private static int CountOf(ImmutableArray<Diagnostic> diagnostics, string id)
    {
        int count = 0;
        foreach (Diagnostic d in diagnostics)
        {
            if (d.Id == id)
            {
                count++;
            }
        }

        return count;
    }

    private static string Where(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}:{span.StartLinePosition.Line + 1}";
    }

    /// <summary>Diagnostics for Fix All, computed with the same analyzers on the solution Fix All is given.</summary>
    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

        public DiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            _analyzers = analyzers;
        }

        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
        {
            Compilation? compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            return compilation == null ? Array.Empty<Diagnostic>() : await AnalyzeAsync(compilation, _analyzers, new List<string>(), cancellationToken).ConfigureAwait(false);
        }

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return (await GetAllDiagnosticsAsync(document.Project, cancellationToken).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
