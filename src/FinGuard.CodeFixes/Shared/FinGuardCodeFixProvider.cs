namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// What every FinGuard fixer starts with (issue #22): the document's root (and semantic model when the fixer needs
/// one), then each diagnostic of the fixer's own IDs whose span lies in that root, with the node at its span. The
/// fixer only decides what to offer for one diagnostic (<see cref="RegisterFixesAsync"/>). It also gives every fixer
/// the Fix All that does not depend on the equivalence key it is handed (<see cref="KeyIndependentFixAllProvider"/>),
/// around the fixer's own provider (<see cref="CreateFixAllProvider"/>).
/// </summary>
public abstract class FinGuardCodeFixProvider : CodeFixProvider
{
    private FixAllProvider? _fixAll;

    /// <param name="equivalenceKeys">Every equivalence key the fixer's actions carry, the preferred one first; each is <c>FinGuard.FGnnnn.What</c> with one of the fixer's IDs, so Fix All can tell the fixer's own keys from another fixer's.</param>
    protected FinGuardCodeFixProvider(params string[] equivalenceKeys)
    {
        EquivalenceKeys = ImmutableArray.Create(equivalenceKeys);
    }

    /// <summary>The equivalence keys of this fixer's actions, preferred first.</summary>
    public ImmutableArray<string> EquivalenceKeys { get; }

    /// <summary>
    /// Whether the fixer's own Fix All already gives each diagnostic its preferred fix whatever key it is handed
    /// (it plans every diagnostic's edit together); then a Fix All started without one of its keys runs it as it is,
    /// on the diagnostics of its IDs only.
    /// </summary>
    protected internal virtual bool FixAllChoosesPerDiagnostic => false;

    /// <summary>Whether the opening loads the semantic model (and offers nothing when there is none).</summary>
    protected virtual bool NeedsSemanticModel => false;

    public sealed override FixAllProvider GetFixAllProvider() => _fixAll ??= new KeyIndependentFixAllProvider(this, CreateFixAllProvider());

    /// <summary>The fixer's own Fix All (the batch fixer unless the fixer needs its edits planned together).</summary>
    protected virtual FixAllProvider CreateFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = NeedsSemanticModel ? await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false) : null;
        if (root == null || (NeedsSemanticModel && model == null))
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            // dotnet format asks a fixer about the first diagnostic its analyzer reported, of whatever ID (one host
            // analyzer reports every ID): offering nothing for another rule's diagnostic keeps that diagnostic's
            // shape from choosing this fixer's Fix All action.
            if (!FixableDiagnosticIds.Contains(diagnostic.Id) || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                continue;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            await RegisterFixesAsync(new FixSite(context, root, model, diagnostic, node)).ConfigureAwait(false);
        }
    }

    /// <summary>Registers the fixer's actions for one diagnostic, the preferred action first (Fix All started without one of this fixer's keys applies each diagnostic's first action).</summary>
    protected abstract Task RegisterFixesAsync(FixSite site);

    /// <summary>One diagnostic to fix, with what the opening found for it.</summary>
    protected readonly struct FixSite
    {
        private readonly CodeFixContext _context;
        private readonly SemanticModel? _model;

        internal FixSite(CodeFixContext context, SyntaxNode root, SemanticModel? model, Diagnostic diagnostic, SyntaxNode node)
        {
            _context = context;
            _model = model;
            Root = root;
            Diagnostic = diagnostic;
            Node = node;
        }

        public Document Document => _context.Document;

        public CancellationToken CancellationToken => _context.CancellationToken;

        public SyntaxNode Root { get; }

        /// <summary>The semantic model; only for fixers that set <see cref="NeedsSemanticModel"/>.</summary>
        public SemanticModel Model => _model ?? throw new InvalidOperationException("The fixer reads the semantic model without setting NeedsSemanticModel.");

        public Diagnostic Diagnostic { get; }

        /// <summary>The node at the diagnostic's span (<c>FindNode(span, getInnermostNodeForTie: true)</c>).</summary>
        public SyntaxNode Node { get; }

        public void Register(CodeAction action) => _context.RegisterCodeFix(action, Diagnostic);
    }
}
