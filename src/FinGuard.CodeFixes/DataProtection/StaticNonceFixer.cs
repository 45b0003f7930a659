using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3004 fix for an AEAD nonce local (<c>AesGcm</c>, <c>AesCcm</c>, <c>ChaCha20Poly1305</c>): inserts
/// <c>RandomNumberGenerator.Fill(nonce);</c> after its declaration (never filled) or right before the encryption that
/// reuses it. A fresh nonce loses the data unless it is stored with its own ciphertext, so the fix is offered only
/// where the code visibly does that: after the encryption, before the nonce is used again, one statement (a return,
/// a write, an assignment) takes both the nonce and the ciphertext (and the tag, when it is a separate buffer). When the
/// nonce will be refilled later (a loop, a second encryption), that statement must copy it (<c>Concat</c>, <c>ToArray</c>,
/// <c>CopyTo</c>, <c>Convert.ToBase64String</c>, a stream <c>Write</c>, a spread), since refilling the array would change a
/// stored reference. Otherwise there is no fix: the diagnostic stays and FG3004.md says what to change by hand.
/// Non-AEAD IVs (CBC, <c>CreateEncryptor</c>) are FG3003's to fix (AES-GCM), so the two fixes never edit the same call.
/// A private static or hard-coded IV field on AES instance code gets <see cref="StaticIvRewrite"/> where the encrypt
/// and decrypt methods that use it are all visible, of a recognised shape and not taken by FG3003's method-pair rewrite.
/// Fix All (and <c>dotnet format</c>) applies every one of these fixes in a document, whichever action started it,
/// so the result does not depend on which diagnostic arrives first.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaticNonceFixer))]
public sealed class StaticNonceFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG3004.FillWithRandomBytes";
    internal const string IvEquivalenceKey = "FinGuard.FG3004.GenerateAndStoreIv";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StaticOrReusedNonce);

    public StaticNonceFixer()
        : base(IvEquivalenceKey, EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    // FixDocumentAsync plans every diagnostic's rewrite or fill together, as the lightbulb would offer it first.
    protected internal override bool FixAllChoosesPerDiagnostic => true;

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        Document document = site.Document;
        if (IvRewrite(site.Model, site.Root, site.Diagnostic, site.CancellationToken) is { } rewrite)
        {
            site.Register(CodeAction.Create(rewrite.Title, ct => ApplyAsync(document, new[] { rewrite }, System.Array.Empty<Fill>(), ct), IvEquivalenceKey));
        }
        else if (PlanFill(site.Model, site.Root, site.Diagnostic, site.CancellationToken) is { } fill)
        {
            site.Register(CodeAction.Create($"Fill '{fill.Variable}' with random bytes before each encryption", ct => ApplyAsync(document, System.Array.Empty<StaticIvRewrite>(), new[] { fill }, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static StaticIvRewrite? IvRewrite(SemanticModel model, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
        => !diagnostic.Properties.ContainsKey(StaticNonceAnalyzer.FixProperty) && root.FullSpan.Contains(diagnostic.Location.SourceSpan)
            ? StaticIvRewrite.Create(model, root, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), cancellationToken)
            : null;

    private static Fill? PlanFill(SemanticModel model, SyntaxNode root, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(StaticNonceAnalyzer.FixProperty, out string? fix) || fix == null
            || !diagnostic.Properties.TryGetValue(StaticNonceAnalyzer.VariableProperty, out string? variable) || variable == null
            || diagnostic.AdditionalLocations.Count != 1 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree
            || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxNode anchor = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
        StatementSyntax? statement = anchor.FirstAncestorOrSelf<StatementSyntax>();
        if (statement?.Parent is not BlockSyntax
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } nonceNode
            || nonceNode.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } encryption
            || model.GetOperation(encryption, cancellationToken) is not IInvocationOperation invocation
            || !NonceStorage.IsAead(invocation.TargetMethod)
            || model.GetSymbolInfo(nonceNode is ArgumentSyntax argument ? argument.Expression : nonceNode, cancellationToken).Symbol is not ILocalSymbol nonce
            || !NonceStorage.StoredWithCiphertext(model, invocation, nonce, fix == StaticNonceAnalyzer.FillBeforeUse, cancellationToken))
        {
            return null;
        }

        string type = BindsToRandomNumberGenerator(model, statement.SpanStart)
            ? "RandomNumberGenerator"
            : "global::System.Security.Cryptography.RandomNumberGenerator";
        return new Fill(statement, type + ".Fill(" + variable + ");", fix == StaticNonceAnalyzer.FillAfterDeclaration, variable);
    }

    // Write the short name when a using directive already brings it in; the simplifier does not reduce global:: in every context.
    private static bool BindsToRandomNumberGenerator(SemanticModel model, int position)
    {
        foreach (ISymbol symbol in model.LookupNamespacesAndTypes(position, name: "RandomNumberGenerator"))
        {
            if (symbol is INamedTypeSymbol type && type.ToDisplayString() == "System.Security.Cryptography.RandomNumberGenerator")
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<StaticIvRewrite> rewrites, IReadOnlyList<Fill> fills, CancellationToken cancellationToken)
    {
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        foreach (StaticIvRewrite rewrite in rewrites)
        {
            rewrite.Apply(editor);
        }

        foreach (Fill fill in fills)
        {
            StatementSyntax statement = SyntaxFactory.ParseStatement(fill.Text)
                .WithLeadingTrivia(fill.Anchor.GetLeadingTrivia())
                .WithTrailingTrivia(fill.Anchor.GetTrailingTrivia().Count > 0 ? fill.Anchor.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            if (fill.After)
            {
                editor.InsertAfter(fill.Anchor, statement);
            }
            else
            {
                editor.InsertBefore(fill.Anchor, statement);
            }
        }

        return editor.GetChangedDocument();
    }

    // Every fix of the document, planned together whatever the equivalence key (dotnet format passes the key of the
    // first action of whichever diagnostic comes first, or none): one rewrite per IV field, one fill per statement.
    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null || model == null)
        {
            return document;
        }

        var rewrites = new List<StaticIvRewrite>();
        var fields = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var fills = new List<Fill>();
        var filled = new HashSet<(int, bool, string)>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End))
        {
            if (IvRewrite(model, root, diagnostic, context.CancellationToken) is { } rewrite)
            {
                if (fields.Add(rewrite.Field))
                {
                    rewrites.Add(rewrite);
                }
            }
            else if (PlanFill(model, root, diagnostic, context.CancellationToken) is { } fill && filled.Add((fill.Anchor.SpanStart, fill.After, fill.Text)))
            {
                fills.Add(fill);
            }
        }

        return rewrites.Count == 0 && fills.Count == 0 ? document : await ApplyAsync(document, rewrites, fills, context.CancellationToken).ConfigureAwait(false);
    }

    private sealed record Fill(StatementSyntax Anchor, string Text, bool After, string Variable);
}
