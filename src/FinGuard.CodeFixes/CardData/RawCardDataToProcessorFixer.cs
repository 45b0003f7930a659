using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1005 fixes, offered on the finding for the card number (<c>Number = x</c>):
/// <list type="bullet">
/// <item><b>Take the client-side token</b> where the SDK type has a token field: Stripe <c>PaymentMethodCardOptions</c>
/// (<c>Token</c>), Braintree <c>CreditCardRequest</c> (<c>PaymentMethodNonce</c>), Adyen checkout <c>CardDetails</c>
/// (<c>EncryptedCardNumber</c>, <c>EncryptedSecurityCode</c>, <c>EncryptedExpiryMonth</c>/<c>Year</c> from Adyen Web).
/// The number's value moves to the token field with a comment saying what it must now be (then FG1001's fix
/// renames the variable); the other raw card fields go. Both the object-initializer form and the statement form
/// (<c>var o = new PaymentMethodCardOptions(); o.Number = pan; o.ExpMonth = m;</c>) are rewritten.</item>
/// <item><b>Use ICardTokenizer</b> where the code tokenizes server-side with Stripe (<c>TokenService.CreateAsync</c>
/// with <c>TokenCardOptions</c>, <c>PaymentMethodService.CreateAsync</c> with <c>PaymentMethodCardOptions</c>): the call
/// becomes <c>await tokenizer.TokenizeAsync(pan, month, year, ct)</c> on the generated <c>ICardTokenizer</c> (or the
/// type named by <c>finguard.tokenizer_type</c>), taken from a field of the class or injected through its
/// constructors. Offered only when the result is used as its id (<c>.Id</c> becomes <c>.Value</c>) or not at all,
/// and the class can take a constructor parameter without breaking a caller.</item>
/// </list>
/// Checkout.com's <c>RequestCardSource</c> (a different source type) and Braintree's <c>TransactionCreditCardRequest</c>
/// (the nonce belongs on the parent request) need edits beyond the flagged object, so nothing is offered there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RawCardDataToProcessorFixer))]
public sealed class RawCardDataToProcessorFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG1005.UseStripeToken";
    internal const string TokenizerEquivalenceKey = "FinGuard.FG1005.UseCardTokenizer";

    private static readonly FixAllProvider FixAll = new SequentialFixAllProvider(
        key => key == TokenizerEquivalenceKey ? "Tokenize cards through ICardTokenizer" : "Take client-side tokens instead of card numbers",
        ApplyAsync);

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.RawCardDataToProcessor);

    public RawCardDataToProcessorFixer()
        : base(EquivalenceKey, TokenizerEquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAll;

    protected override bool NeedsSemanticModel => true;

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        if (site.Node is not AssignmentExpressionSyntax assignment)
        {
            return;
        }

        Document document = site.Document;
        SyntaxNode root = site.Root;
        TokenFieldEdit? edit = ProcessorTokenFields.Find(site.Model, assignment, site.CancellationToken);
        if (edit != null)
        {
            site.Register(CodeAction.Create(edit.Title, ct => Task.FromResult(edit.Apply(document, root)), EquivalenceKey));
        }

        TokenizerEdit? tokenizer = await TokenizerEdit.FindAsync(document, site.Model, assignment, site.CancellationToken).ConfigureAwait(false);
        if (tokenizer != null)
        {
            site.Register(CodeAction.Create($"Tokenize through {tokenizer.TypeDisplay} instead of {tokenizer.ServiceDisplay}", ct => tokenizer.ApplyAsync(document, ct), TokenizerEquivalenceKey));
        }
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || target is not AssignmentExpressionSyntax assignment)
        {
            return document;
        }

        if (equivalenceKey == TokenizerEquivalenceKey)
        {
            TokenizerEdit? tokenizer = await TokenizerEdit.FindAsync(document, model, assignment, cancellationToken).ConfigureAwait(false);
            return tokenizer == null ? document : await tokenizer.ApplyAsync(document, cancellationToken).ConfigureAwait(false);
        }

        TokenFieldEdit? edit = ProcessorTokenFields.Find(model, assignment, cancellationToken);
        return edit == null ? document : edit.Apply(document, root);
    }

    /// <summary>An edit of the flagged object only: nodes replaced (or removed, when the replacement is null), in one document.</summary>
    internal sealed class TokenFieldEdit
    {
        private readonly List<(SyntaxNode Node, SyntaxNode? Replacement)> _edits;

        public TokenFieldEdit(string title, List<(SyntaxNode Node, SyntaxNode? Replacement)> edits)
        {
            Title = title;
            _edits = edits;
        }

        public string Title { get; }

        public Document Apply(Document document, SyntaxNode root)
        {
            SyntaxNode tracked = root.TrackNodes(_edits.Select(e => e.Node));
            foreach ((SyntaxNode node, SyntaxNode? replacement) in _edits)
            {
                SyntaxNode? current = tracked.GetCurrentNode(node);
                if (current == null)
                {
                    continue;
                }

                tracked = replacement == null
                    ? tracked.RemoveNode(current, SyntaxRemoveOptions.KeepNoTrivia | SyntaxRemoveOptions.KeepUnbalancedDirectives) ?? tracked
                    : tracked.ReplaceNode(current, replacement);
            }

            return document.WithSyntaxRoot(tracked);
        }
    }
}
