using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3003 fixes, both onto FinGuard's generated <c>FieldEncryption</c> (AES-256-GCM, a fresh 96-bit nonce and a
/// 128-bit tag per value, the key id and the value's purpose bound to the output, keys from the configured provider).
/// A fix is offered only where FinGuard sees and rewrites both sides, and values written before it stay readable
/// through the previous code, chosen by FinGuard's format prefix (never by catching an exception):
/// <list type="bullet">
/// <item>one-shot <c>aes.EncryptEcb/EncryptCbc(bytes, ...)</c> calls, with the matching <c>DecryptEcb/DecryptCbc</c> calls
/// of the same type, as one plan (see <see cref="OneShotCipherPlan"/>);</item>
/// <item>an <c>EncryptX</c>/<c>DecryptX</c> method pair of a recognised shape (see <see cref="CipherMethodPair"/>: DES/3DES/RC2
/// instances, <c>Mode = ECB</c>, AES-CBC through <c>CreateEncryptor</c>/<c>CryptoStream</c>, XOR ciphers), whose previous
/// decrypt body is kept as a private <c>DecryptXLegacy</c>.</item>
/// </list>
/// Shapes outside these (streams passed in, a decrypt side out of sight, overloads) get no fix, and neither does a
/// project without <c>AesGcm</c> (.NET Framework, netstandard2.0), where the helper is not emitted.
/// Fix All (and <c>dotnet format</c>) plans every document the same way whichever action or diagnostic started it:
/// all method pairs first, then the one-shot plans that do not touch them, so the result never depends on the order
/// in which diagnostics arrive. The helper is named <c>FieldEncryption</c> with <c>using FinGuard.Security;</c> added
/// once per file, fully qualified only where that name would clash (<see cref="SecurityHelperNames"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakEncryptionFixer))]
public sealed class WeakEncryptionFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG3003.UseFieldEncryption";
    internal const string RewriteEquivalenceKey = "FinGuard.FG3003.RewriteWithFieldEncryption";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WeakEncryption);

    public WeakEncryptionFixer()
        : base(RewriteEquivalenceKey, EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

    // FixDocumentAsync plans every diagnostic's pair rewrite or one-shot plan together, as the lightbulb would offer it first.
    protected internal override bool FixAllChoosesPerDiagnostic => true;

    protected override bool NeedsSemanticModel => true;

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (!HasAesGcm(site.Model.Compilation))
        {
            return Task.CompletedTask;
        }

        Document document = site.Document;
        CipherMethodPair? pair = CipherMethodPair.Find(site.Model, site.Node, site.CancellationToken);
        if (pair != null)
        {
            site.Register(CodeAction.Create(pair.Title, ct => ReplaceAsync(document, new[] { pair }, System.Array.Empty<OneShotCipherPlan>(), ct), RewriteEquivalenceKey));
        }

        // A one-shot inside a method pair is rewritten with the pair.
        if (pair == null && OneShot(site.Root, site.Diagnostic) is { } invocation && OneShotCipherPlan.Find(site.Model, invocation, site.CancellationToken) is { } plan)
        {
            site.Register(CodeAction.Create(plan.Title, ct => ReplaceAsync(document, System.Array.Empty<CipherMethodPair>(), new[] { plan }, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    // FieldEncryption needs System.Security.Cryptography.AesGcm (.NET Core 3.0+, netstandard2.1); the generator emits it only there.
    internal static bool HasAesGcm(Compilation compilation) => compilation.GetTypeByMetadataName("System.Security.Cryptography.AesGcm") != null;

    private static InvocationExpressionSyntax? OneShot(SyntaxNode root, Diagnostic diagnostic)
        => diagnostic.Properties.ContainsKey(WeakEncryptionAnalyzer.OneShotProperty)
           && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation
           && invocation.ArgumentList.Arguments.Count > 0
            ? invocation
            : null;

    // Fix All plans each document's edits together, whatever the equivalence key: one rewrite per method pair, one
    // plan per type and mode, pairs before one-shot plans, in source order.
    private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !HasAesGcm(model.Compilation))
        {
            return document;
        }

        var pairs = new List<CipherMethodPair>();
        var plans = new List<OneShotCipherPlan>();
        var seenPairs = new HashSet<MethodDeclarationSyntax>();
        var seenPlans = new HashSet<(TypeDeclarationSyntax, string)>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Location.SourceSpan.End))
        {
            if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                continue;
            }

            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (CipherMethodPair.Find(model, node, context.CancellationToken) is { } pair)
            {
                if (seenPairs.Add(pair.Encrypt))
                {
                    pairs.Add(pair);
                }
            }
            else if (OneShot(root, diagnostic) is { } invocation
                     && OneShotCipherPlan.Find(model, invocation, context.CancellationToken) is { } plan
                     && seenPlans.Add((plan.Type, plan.Mode)))
            {
                plans.Add(plan);
            }
        }

        // A plan that would touch a method a pair rewrites is left out whole: both sides change together or not at all.
        plans.RemoveAll(plan => plan.All.Any(call => pairs.Any(p => p.Encrypt.Span.Contains(call.Span) || p.Decrypt.Span.Contains(call.Span))));
        return await ReplaceAsync(document, pairs, plans, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<CipherMethodPair> pairs, IReadOnlyList<OneShotCipherPlan> plans, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || (pairs.Count == 0 && plans.Count == 0))
        {
            return document;
        }

        string endOfLine = EndOfLine(root);
        bool anySimple = false;
        bool Simple(SyntaxNode at)
        {
            bool simple = SecurityHelperNames.CanUseSimpleName(model, at.SpanStart, "FieldEncryption", cancellationToken);
            anySimple |= simple;
            return simple;
        }

        var marker = new SyntaxAnnotation();
        var replacements = new Dictionary<SyntaxNode, SyntaxNode[]>();
        foreach (CipherMethodPair pair in pairs)
        {
            replacements[pair.Encrypt] = new SyntaxNode[] { pair.RewriteEncrypt(endOfLine, Simple(pair.Encrypt.Body ?? (SyntaxNode)pair.Encrypt)) };
            replacements[pair.Decrypt] = pair.RewriteDecrypt(endOfLine, Simple(pair.Decrypt.Body ?? (SyntaxNode)pair.Decrypt));
        }

        foreach (OneShotCipherPlan plan in plans)
        {
            foreach (InvocationExpressionSyntax invocation in plan.All)
            {
                if (!replacements.Keys.Any(k => k.Span.Contains(invocation.Span)))
                {
                    replacements[invocation] = new SyntaxNode[] { plan.Rewrite(model, invocation, Simple(invocation)) };
                }
            }
        }

        // Innermost replacements never overlap: pairs are whole methods and plans skip calls inside them.
        SyntaxNode replaced = root.TrackNodes(replacements.Keys);
        foreach (KeyValuePair<SyntaxNode, SyntaxNode[]> replacement in replacements.OrderByDescending(r => r.Key.SpanStart))
        {
            SyntaxNode current = replaced.GetCurrentNode(replacement.Key)!;
            SyntaxNode[] nodes = replacement.Value.Select(n => n.WithAdditionalAnnotations(marker)).ToArray();
            replaced = nodes.Length == 1 ? replaced.ReplaceNode(current, nodes[0]) : replaced.ReplaceNode(current, nodes);
        }

        if (anySimple)
        {
            replaced = SecurityHelperNames.AddImport(replaced, replaced.GetAnnotatedNodes(marker).First().SpanStart);
        }

        return document.WithSyntaxRoot(replaced);
    }

    private static string EndOfLine(SyntaxNode root)
    {
        foreach (SyntaxTrivia trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }
}
