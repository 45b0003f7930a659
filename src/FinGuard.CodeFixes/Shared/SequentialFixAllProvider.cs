namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// Fix All that applies a fix to one diagnostic after another, each on the document the previous one produced.
/// The batch fixer computes every fix against the original document and merges the text changes, so two fixes
/// that each add a local named <c>idempotencyKey</c> to the same block, or each add <c>using FinGuard.Security;</c>
/// or a tokenizer field, would merge into code that does not compile or adds them twice; applied in turn, each fix
/// sees what the previous one wrote. The flagged nodes are tracked with annotations, so earlier edits never shift
/// later targets. The fix can also receive the diagnostic (for its properties) and the equivalence key of the
/// action Fix All was started from, so one fixer can offer several actions and Fix All applies the chosen one.
/// </summary>
internal sealed class SequentialFixAllProvider : FixAllProvider
{
    public delegate Task<Document> Apply(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken);

    private readonly Func<string?, string> _title;
    private readonly Apply _apply;

    /// <param name="apply">Applies the fix to the node found at a diagnostic's span (as <c>FindNode(span, getInnermostNodeForTie: true)</c> finds it).</param>
    public SequentialFixAllProvider(string title, Func<Document, SyntaxNode, CancellationToken, Task<Document>> apply)
        : this(_ => title, (document, target, _, _, cancellationToken) => apply(document, target, cancellationToken))
    {
    }

    public SequentialFixAllProvider(Func<string?, string> title, Apply apply)
    {
        _title = title;
        _apply = apply;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        => Task.FromResult<CodeAction?>(CodeAction.Create(
            _title(fixAllContext.CodeActionEquivalenceKey),
            ct => FixAllAsync(fixAllContext, ct),
            fixAllContext.CodeActionEquivalenceKey));

    private async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        Solution solution = context.Solution;
        var diagnostics = await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false);
        foreach (IGrouping<DocumentId, (Document Document, Diagnostic Diagnostic)> group in diagnostics.GroupBy(d => d.Document.Id))
        {
            Document? document = solution.GetDocument(group.Key);
            SyntaxNode? root = document == null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (document == null || root == null)
            {
                continue;
            }

            var targets = new Dictionary<SyntaxNode, (SyntaxAnnotation Annotation, Diagnostic Diagnostic)>();
            foreach ((Document _, Diagnostic diagnostic) in group.OrderBy(d => d.Diagnostic.Location.SourceSpan.Start))
            {
                if (context.DiagnosticIds.Contains(diagnostic.Id)
                    && root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                    && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is SyntaxNode node
                    && !targets.ContainsKey(node))
                {
                    targets.Add(node, (new SyntaxAnnotation("FinGuard.FixAllTarget"), diagnostic));
                }
            }

            var order = targets.OrderBy(t => t.Key.SpanStart).Select(t => t.Value).ToList();
            document = document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(targets[original].Annotation)));
            foreach ((SyntaxAnnotation annotation, Diagnostic diagnostic) in order)
            {
                SyntaxNode? current = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                SyntaxNode? target = current?.GetAnnotatedNodes(annotation).FirstOrDefault();
                if (target != null)
                {
                    document = await _apply(document, target, diagnostic, context.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                }
            }

            solution = document.Project.Solution;
        }

        return solution;
    }
}
