using Microsoft.CodeAnalysis.Text;

namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// Fix All that fixes every diagnostic of its IDs in scope whatever equivalence key it is handed. Started from one of
/// the fixer's own keys (the IDE's "Fix all occurrences" of a chosen action) it is the fixer's own provider, unchanged.
/// Started with no key or another fixer's, it gives each diagnostic the action a user pressing the lightbulb would
/// get, the fixer's first: <c>dotnet format analyzers</c> (SolutionCodeFixApplier) learns the key from the first
/// diagnostic its analyzer reported, of any ID, and FinGuard's one host analyzer reports every ID, so that key is
/// usually null or another rule's, and a key-filtering provider (the batch fixer) would fix nothing.
/// </summary>
internal sealed class KeyIndependentFixAllProvider : FixAllProvider
{
    private readonly FinGuardCodeFixProvider _fixer;
    private readonly FixAllProvider _inner;

    public KeyIndependentFixAllProvider(FinGuardCodeFixProvider fixer, FixAllProvider inner)
    {
        _fixer = fixer;
        _inner = inner;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => _inner.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        string? key = fixAllContext.CodeActionEquivalenceKey;
        if (key != null && _fixer.EquivalenceKeys.Contains(key))
        {
            return await _inner.GetFixAsync(fixAllContext).ConfigureAwait(false);
        }

        if (_fixer.EquivalenceKeys.Length == 1 || _fixer.FixAllChoosesPerDiagnostic)
        {
            // One action: every diagnostic with a fix prefers it, so the fixer's own Fix All of that action is the
            // answer; a Fix All that plans each diagnostic's preferred edit itself needs no grouping either.
            var all = await FixAllDiagnostics.CollectAsync(fixAllContext).ConfigureAwait(false);
            return await _inner.GetFixAsync(Narrow(fixAllContext, fixAllContext.Solution, _fixer.EquivalenceKeys[0], all)).ConfigureAwait(false);
        }

        List<(string Key, List<(Document Document, Diagnostic Diagnostic)> Diagnostics)> groups = await GroupByPreferredActionAsync(fixAllContext).ConfigureAwait(false);
        if (groups.Count == 0)
        {
            return null;
        }

        if (groups.Count == 1)
        {
            return await _inner.GetFixAsync(Narrow(fixAllContext, fixAllContext.Solution, groups[0].Key, groups[0].Diagnostics)).ConfigureAwait(false);
        }

        return CodeAction.Create(
            "Fix all FinGuard findings with their preferred fix",
            ct => ApplyInTurnAsync(fixAllContext, groups, ct),
            key);
    }

    /// <summary>The diagnostics in scope grouped by the key of the first action the fixer offers each (those it offers nothing for are left out), groups in source order.</summary>
    private async Task<List<(string, List<(Document, Diagnostic)>)>> GroupByPreferredActionAsync(FixAllContext context)
    {
        var groups = new List<(string Key, List<(Document, Diagnostic)> Diagnostics)>();
        foreach ((Document document, Diagnostic diagnostic) in await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false))
        {
            CodeAction? first = null;
            await _fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => first ??= action, context.CancellationToken)).ConfigureAwait(false);
            if (first?.EquivalenceKey is not string preferred)
            {
                continue;
            }

            int index = groups.FindIndex(g => g.Key == preferred);
            if (index < 0)
            {
                groups.Add((preferred, new List<(Document, Diagnostic)>()));
                index = groups.Count - 1;
            }

            groups[index].Diagnostics.Add((document, diagnostic));
        }

        return groups;
    }

    /// <summary>
    /// Several preferred actions: the fixer's Fix All of each action in turn, each on the solution the previous one
    /// produced, with the remaining diagnostics moved through the text edits made so far (a diagnostic whose code an
    /// earlier action rewrote is left for the next run, as a user would find it).
    /// </summary>
    private async Task<Solution> ApplyInTurnAsync(FixAllContext context, List<(string Key, List<(Document Document, Diagnostic Diagnostic)> Diagnostics)> groups, CancellationToken cancellationToken)
    {
        Solution original = context.Solution;
        Solution solution = original;
        foreach ((string key, List<(Document Document, Diagnostic Diagnostic)> diagnostics) in groups)
        {
            var moved = new List<(Document, Diagnostic)>();
            var edits = new Dictionary<DocumentId, (SyntaxTree Tree, List<TextChange> Changes)?>();
            foreach ((Document document, Diagnostic diagnostic) in diagnostics)
            {
                if (await MoveAsync(original, solution, diagnostic, edits, cancellationToken).ConfigureAwait(false) is Diagnostic current
                    && solution.GetDocument(document.Id) is Document currentDocument)
                {
                    moved.Add((currentDocument, current));
                }
            }

            if (moved.Count == 0)
            {
                continue;
            }

            CodeAction? action = await _inner.GetFixAsync(Narrow(context, solution, key, moved)).ConfigureAwait(false);
            if (action == null)
            {
                continue;
            }

            foreach (CodeActionOperation operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    solution = apply.ChangedSolution;
                }
            }
        }

        return solution;
    }

    /// <summary>The diagnostic at its place in <paramref name="current"/>, or null when an earlier edit touched its span.</summary>
    private static async Task<Diagnostic?> MoveAsync(Solution original, Solution current, Diagnostic diagnostic, Dictionary<DocumentId, (SyntaxTree Tree, List<TextChange> Changes)?> edits, CancellationToken cancellationToken)
    {
        Location? location = await MoveAsync(original, current, diagnostic.Location, edits, cancellationToken).ConfigureAwait(false);
        if (location == null)
        {
            return null;
        }

        var additional = new List<Location>();
        foreach (Location extra in diagnostic.AdditionalLocations)
        {
            Location? moved = await MoveAsync(original, current, extra, edits, cancellationToken).ConfigureAwait(false);
            if (moved == null)
            {
                return null;
            }

            additional.Add(moved);
        }

        if (location == diagnostic.Location && additional.SequenceEqual(diagnostic.AdditionalLocations))
        {
            return diagnostic;
        }

        // The same finding at its new place (not a new finding, never reported): this overload keeps the message,
        // severity and properties the fixer reads.
        return Diagnostic.Create(
            diagnostic.Id,
            diagnostic.Descriptor.Category,
            diagnostic.GetMessage(),
            diagnostic.Severity,
            diagnostic.DefaultSeverity,
            diagnostic.Descriptor.IsEnabledByDefault,
            diagnostic.WarningLevel,
            diagnostic.Descriptor.Title,
            diagnostic.Descriptor.Description,
            diagnostic.Descriptor.HelpLinkUri,
            location,
            additional,
            diagnostic.Descriptor.CustomTags,
            diagnostic.Properties);
    }

    private static async Task<Location?> MoveAsync(Solution original, Solution current, Location location, Dictionary<DocumentId, (SyntaxTree Tree, List<TextChange> Changes)?> edits, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not SyntaxTree tree || original.GetDocumentId(tree) is not DocumentId id)
        {
            return location;
        }

        if (!edits.TryGetValue(id, out var edit))
        {
            edit = null;
            if (original.GetDocument(id) is Document before && current.GetDocument(id) is Document after && before != after
                && await after.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is SyntaxTree afterTree)
            {
                var changes = (await after.GetTextChangesAsync(before, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Span.Start).ToList();
                edit = (afterTree, changes);
            }

            edits[id] = edit;
        }

        if (edit is not (SyntaxTree newTree, List<TextChange> textChanges))
        {
            return location;
        }

        TextSpan span = location.SourceSpan;
        int delta = 0;
        foreach (TextChange change in textChanges)
        {
            if (change.Span.End <= span.Start && !(change.Span.Length == 0 && change.Span.Start == span.Start))
            {
                delta += (change.NewText?.Length ?? 0) - change.Span.Length;
            }
            else if (change.Span.Start < span.End || (change.Span.Length == 0 && change.Span.Start == span.Start))
            {
                return null;
            }
        }

        return Location.Create(newTree, new TextSpan(span.Start + delta, span.Length));
    }

    /// <summary>A Fix All context on <paramref name="solution"/> for one action and only the given diagnostics.</summary>
    private static FixAllContext Narrow(FixAllContext context, Solution solution, string key, IReadOnlyCollection<(Document Document, Diagnostic Diagnostic)> diagnostics)
    {
        var provider = new ChosenDiagnostics(diagnostics.Select(d => (d.Document.Project.Id, d.Diagnostic)).ToImmutableArray());
        Document? document = context.Document == null ? null : solution.GetDocument(context.Document.Id);
        return document != null
            ? new FixAllContext(document, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, provider, context.CancellationToken)
            : new FixAllContext(solution.GetProject(context.Project.Id) ?? context.Project, context.CodeFixProvider, context.Scope, key, context.DiagnosticIds, provider, context.CancellationToken);
    }

    /// <summary>Serves exactly the diagnostics chosen for one action.</summary>
    private sealed class ChosenDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<(ProjectId Project, Diagnostic Diagnostic)> _diagnostics;

        public ChosenDiagnostics(ImmutableArray<(ProjectId, Diagnostic)> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => GetDocumentDiagnosticsCoreAsync(document, cancellationToken);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics.Where(d => d.Project == project.Id).Select(d => d.Diagnostic).ToList());

        private async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsCoreAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return _diagnostics.Where(d => d.Project == document.Project.Id && d.Diagnostic.Location.SourceTree == tree).Select(d => d.Diagnostic).ToList();
        }
    }
}
