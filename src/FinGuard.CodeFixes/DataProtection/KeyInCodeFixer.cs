using System.Text;
using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3005 fix: replaces the hard-coded key bytes (where they are written: the field's or local's initializer,
/// or the argument) with <c>FieldEncryptionKeys.FromEnvironment("PAYMENT_HMAC_KEY")</c> and <c>using FinGuard.Security;</c>
/// (fully qualified only where that name would clash, see <see cref="SecurityHelperNames"/>),
/// which reads a base64 key from the environment and throws a clear <c>InvalidOperationException</c> naming the
/// variable when it is unset. The helper comes from FinGuard's generator; the old key must be rotated, since it
/// stays in the repository's history.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyInCodeFixer))]
public sealed class KeyInCodeFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG3005.ReadKeyFromEnvironment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KeyInCode);

    // Not the batch fixer: two fixes in one file would each add "using FinGuard.Security;" and the merge would add it
    // twice. Not SequentialFixAllProvider either: the edit is at the diagnostic's additional location, which can be in
    // another document. Fix All groups the key origins by their document and writes each document's edits at once.
    public KeyInCodeFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => KeyFixAllProvider.Instance;

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        // FieldEncryptionKeys is emitted with FieldEncryption, only where AesGcm exists (not .NET Framework or netstandard2.0).
        Compilation? compilation = await site.Document.Project.GetCompilationAsync(site.CancellationToken).ConfigureAwait(false);
        Diagnostic diagnostic = site.Diagnostic;
        if (compilation == null || !WeakEncryptionFixer.HasAesGcm(compilation)
            || diagnostic.AdditionalLocations.Count != 1 || diagnostic.AdditionalLocations[0].SourceTree is not SyntaxTree tree)
        {
            return;
        }

        Document? document = site.Document.Project.Solution.GetDocument(tree);
        SyntaxNode? root = document == null ? null : await document.GetSyntaxRootAsync(site.CancellationToken).ConfigureAwait(false);
        if (document == null || root == null)
        {
            return;
        }

        SyntaxNode origin = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
        if (origin is not ExpressionSyntax expression)
        {
            return;
        }

        diagnostic.Properties.TryGetValue(KeyInCodeAnalyzer.VariableProperty, out string? variable);
        string name = EnvironmentName(variable ?? origin.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText ?? "ENCRYPTION");
        site.Register(CodeAction.Create(
            $"Read the key from environment variable '{name}'",
            ct => ReplaceAsync(document, expression, name, ct),
            EquivalenceKey));
    }

    private static Task<Document> ReplaceAsync(Document document, ExpressionSyntax origin, string name, CancellationToken cancellationToken)
        => ReplaceAllAsync(document, new[] { (origin.Span, name) }, cancellationToken);

    /// <summary>Replaces every origin (by span in <paramref name="document"/>) in one edit, adding the using at most once.</summary>
    private static async Task<Document> ReplaceAllAsync(Document document, IReadOnlyList<(TextSpan Span, string Name)> origins, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
        bool anySimple = false;
        foreach ((TextSpan span, string name) in origins)
        {
            if (!root.FullSpan.Contains(span)
                || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax origin
                || replacements.ContainsKey(origin)
                || replacements.Keys.Any(k => k.Span.OverlapsWith(origin.Span)))
            {
                continue;
            }

            bool simple = SecurityHelperNames.CanUseSimpleName(model, origin.SpanStart, "FieldEncryptionKeys", cancellationToken);
            anySimple |= simple;
            ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression,
                    SecurityHelperNames.TypeExpression("FieldEncryptionKeys", simple),
                    SyntaxFactory.IdentifierName("FromEnvironment")),
                SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name))))));
            if (!simple && origin.Parent is InterpolationSyntax)
            {
                // In an interpolation hole "{global::X}" would parse "::..." as a format clause: parenthesize.
                call = SyntaxFactory.ParenthesizedExpression(call);
            }

            replacements[origin] = call.WithTriviaFrom(origin);
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var marker = new SyntaxAnnotation();
        SyntaxNode replaced = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original].WithAdditionalAnnotations(marker));
        if (anySimple)
        {
            int position = replaced.GetAnnotatedNodes(marker).First().SpanStart;
            replaced = SecurityHelperNames.AddImport(replaced, position);
        }

        return document.WithSyntaxRoot(replaced);
    }

    /// <summary><c>_hmacKey</c> → <c>HMAC_KEY</c>; <c>TokenSigner</c> → <c>TOKEN_SIGNER_KEY</c>.</summary>
    internal static string EnvironmentName(string identifier)
    {
        List<string> words = IdentifierWords.Split(identifier);
        if (words.Count == 0 || words[words.Count - 1] != "key")
        {
            words.Add("key");
        }

        var builder = new StringBuilder();
        foreach (string word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(word.ToUpperInvariant());
        }

        return builder.ToString();
    }

    /// <summary>Fix All: every key origin in scope, grouped by the document it is written in, each document edited once.</summary>
    private sealed class KeyFixAllProvider : FixAllProvider
    {
        public static readonly KeyFixAllProvider Instance = new KeyFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            => Task.FromResult<CodeAction?>(CodeAction.Create(
                "Read hard-coded keys from the environment",
                ct => FixAllAsync(fixAllContext, ct),
                fixAllContext.CodeActionEquivalenceKey));

        private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            Solution solution = context.Solution;
            var origins = new Dictionary<DocumentId, List<(TextSpan Span, string Name)>>();
            foreach ((Document document, Diagnostic diagnostic) in await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false))
            {
                if (!context.DiagnosticIds.Contains(diagnostic.Id)
                    || diagnostic.AdditionalLocations.Count != 1
                    || diagnostic.AdditionalLocations[0].SourceTree is not SyntaxTree tree
                    || solution.GetDocument(tree) is not Document target
                    || await target.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not SyntaxNode root)
                {
                    continue;
                }

                TextSpan span = diagnostic.AdditionalLocations[0].SourceSpan;
                if (!root.FullSpan.Contains(span) || root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax origin)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(KeyInCodeAnalyzer.VariableProperty, out string? variable);
                string name = EnvironmentName(variable ?? origin.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText ?? "ENCRYPTION");
                if (!origins.TryGetValue(target.Id, out var list))
                {
                    origins[target.Id] = list = new List<(TextSpan, string)>();
                }

                if (!list.Any(o => o.Span == span))
                {
                    list.Add((span, name));
                }
            }

            foreach (KeyValuePair<DocumentId, List<(TextSpan Span, string Name)>> entry in origins)
            {
                Document? document = solution.GetDocument(entry.Key);
                if (document != null)
                {
                    Document fixedDocument = await ReplaceAllAsync(document, entry.Value.OrderBy(o => o.Span.Start).ToList(), cancellationToken).ConfigureAwait(false);
                    solution = fixedDocument.Project.Solution;
                }
            }

            return solution;
        }
    }
}
