using FinGuard.Analyzers;
using FinGuard.Analyzers.CardData;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1004 fixes. A string card number that flows into a serializer, a Dapper or ADO.NET parameter, a cache, a session
/// or a response is wrapped in the generated <c>CardMasking.Mask(x, keepFirstSix: true)</c>: what is written is then
/// the truncated form PCI DSS 3.4.1/3.5.1 allows (first six and last four; the BIN stays usable for routing and
/// support), so the call keeps compiling and keeps its shape. An EF Core entity's PAN property gets FG1001's fix
/// instead (the member becomes a processor-token member, renamed everywhere): masking a column would silently
/// destroy the data the application reads back, while a token member states the real change.
/// Nothing is offered for security codes or PINs (they may not be kept in any form: remove them, FG1002) or for
/// whole objects (DTOs) and controller actions, whose fix is a different type that only the author can design.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CardDataPersistedFixer))]
public sealed class CardDataPersistedFixer : FinGuardCodeFixProvider
{
    internal const string MaskEquivalenceKey = "FinGuard.FG1004.Mask";
    internal const string TokenEquivalenceKey = "FinGuard.FG1004.ReplaceWithToken";

    private static readonly SequentialFixAllProvider MaskFixAll =
        new SequentialFixAllProvider(_ => "Mask stored and returned card numbers with CardMasking.Mask", ApplyMaskAsync);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.CardDataPersisted);

    public CardDataPersistedFixer()
        : base(MaskEquivalenceKey, TokenEquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAllByKey.Instance;

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        Diagnostic diagnostic = site.Diagnostic;
        Document document = site.Document;
        if (HasProperty(diagnostic, CardDataPersistedAnalyzer.MaskableProperty))
        {
            if (MaskTarget(site.Node) != null)
            {
                SyntaxNode node = site.Node;
                site.Register(CodeAction.Create(
                    "Mask the card number with CardMasking.Mask (first six, last four)",
                    ct => MaskAsync(document, node, ct),
                    MaskEquivalenceKey));
            }
        }
        else if (HasProperty(diagnostic, CardDataPersistedAnalyzer.EntityMemberProperty))
        {
            (ISymbol Symbol, string NewName)? rename = await PanMemberFixer.FindRenameAsync(document, diagnostic, site.CancellationToken).ConfigureAwait(false);
            if (rename == null)
            {
                return;
            }

            (ISymbol symbol, string newName) = rename.Value;
            Solution solution = document.Project.Solution;
            site.Register(CodeAction.Create(
                $"Replace '{symbol.Name}' with processor token '{newName}'",
                ct => SolutionRenamer.RenameAsync(solution, new[] { (symbol, newName) }, ct),
                TokenEquivalenceKey));
        }
    }

    private static bool HasProperty(Diagnostic diagnostic, string name)
        => diagnostic.Properties.TryGetValue(name, out string? value) && value == "true";

    /// <summary>
    /// The expression to wrap: the flagged value itself, or the value of an anonymous-object member
    /// (<c>new { CardNumber = pan }</c>, the Dapper parameter shape). Null when there is nothing safe to wrap.
    /// </summary>
    private static ExpressionSyntax? MaskTarget(SyntaxNode node) => Member(node) switch
    {
        AnonymousObjectMemberDeclaratorSyntax { NameEquals: not null } member => member.Expression,
        // "new { request.CardNumber }": the member's name comes from the expression, so it must be spelled out.
        AnonymousObjectMemberDeclaratorSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax { Name: IdentifierNameSyntax } } member => member.Expression,
        AnonymousObjectMemberDeclaratorSyntax => null,
        ExpressionSyntax expression => expression,
        _ => null,
    };

    // "new { request.CardNumber }": the flagged span is the expression, but the member must get an explicit name.
    private static SyntaxNode Member(SyntaxNode node)
        => node is ExpressionSyntax && node.Parent is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } member ? member : node;

    private static Task<Document> ApplyMaskAsync(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
        => HasProperty(diagnostic, CardDataPersistedAnalyzer.MaskableProperty) ? MaskAsync(document, target, cancellationToken) : Task.FromResult(document);

    private static async Task<Document> MaskAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        ExpressionSyntax? target = MaskTarget(node);
        if (target == null)
        {
            return document;
        }

        if (Member(node) is AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } member)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            string name = target is MemberAccessExpressionSyntax access ? access.Name.Identifier.ValueText : ((IdentifierNameSyntax)target).Identifier.ValueText;
            AnonymousObjectMemberDeclaratorSyntax named = member.WithNameEquals(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)).WithTrailingTrivia(SyntaxFactory.Space))
                .WithLeadingTrivia(member.GetLeadingTrivia());
            named = named.WithExpression(named.Expression.WithoutLeadingTrivia());
            if (root == null)
            {
                return document;
            }

            var marker = new SyntaxAnnotation();
            document = document.WithSyntaxRoot(root.ReplaceNode(member, named.WithAdditionalAnnotations(marker)));
            root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SyntaxNode? renamed = null;
            foreach (SyntaxNode annotated in root!.GetAnnotatedNodes(marker))
            {
                renamed = annotated;
            }

            if (renamed is not AnonymousObjectMemberDeclaratorSyntax declarator)
            {
                return document;
            }

            target = declarator.Expression;
        }

        return await CardMaskingEdits.WrapAsync(document, target, keepFirstSix: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fix All: masking applies one fix after another (each may add the using); the token rename is planned for all members at once.</summary>
    private sealed class FixAllByKey : FixAllProvider
    {
        public static readonly FixAllByKey Instance = new FixAllByKey();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            if (fixAllContext.CodeActionEquivalenceKey != TokenEquivalenceKey)
            {
                return MaskFixAll.GetFixAsync(fixAllContext);
            }

            return Task.FromResult<CodeAction?>(CodeAction.Create(
                "Replace stored card numbers with processor tokens",
                ct => RenameAllAsync(fixAllContext, ct),
                TokenEquivalenceKey));
        }

        private static async Task<Solution> RenameAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var renames = new List<(ISymbol, string)>();
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach ((Document document, Diagnostic diagnostic) in await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false))
            {
                if (!HasProperty(diagnostic, CardDataPersistedAnalyzer.EntityMemberProperty))
                {
                    continue;
                }

                (ISymbol Symbol, string NewName)? rename = await PanMemberFixer.FindRenameAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (rename != null && seen.Add(rename.Value.Symbol))
                {
                    renames.Add(rename.Value);
                }
            }

            return await SolutionRenamer.RenameAsync(context.Solution, renames, cancellationToken).ConfigureAwait(false);
        }
    }
}
