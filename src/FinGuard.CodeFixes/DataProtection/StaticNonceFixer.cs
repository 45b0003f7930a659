using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3004 fix for a nonce/IV local: inserts <c>RandomNumberGenerator.Fill(nonce);</c> after its declaration (never
    /// filled) or right before the encryption that reuses it, so every encryption gets fresh random bytes. The code
    /// must already store the nonce with the ciphertext (it needs it to decrypt); the doc page shows the layout.
    /// A private static or hard-coded IV field on AES instance code gets <see cref="StaticIvRewrite"/> where the encrypt
    /// and decrypt methods that use it are all visible and of a recognised shape; other hard-coded and static IVs have
    /// no automatic fix: where the IV goes depends on the storage format.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaticNonceFixer))]
    public sealed class StaticNonceFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG3004.FillWithRandomBytes";
        internal const string IvEquivalenceKey = "FinGuard.FG3004.GenerateAndStoreIv";

        private static readonly FixAllProvider IvFixAll = FixAllProvider.Create(FixIvDocumentAsync);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StaticOrReusedNonce);

        public override FixAllProvider GetFixAllProvider() => KeyedFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(StaticNonceAnalyzer.FixProperty) && root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    SemanticModel? ivModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                    SyntaxNode finding = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    if (ivModel != null && StaticIvRewrite.Create(ivModel, root, finding, context.CancellationToken) is { } rewrite)
                    {
                        Document ivDocument = context.Document;
                        context.RegisterCodeFix(
                            CodeAction.Create(rewrite.Title, ct => ApplyIvAsync(ivDocument, new[] { rewrite }, ct), IvEquivalenceKey),
                            diagnostic);
                    }

                    continue;
                }

                if (!diagnostic.Properties.TryGetValue(StaticNonceAnalyzer.FixProperty, out string? fix) || fix == null
                    || !diagnostic.Properties.TryGetValue(StaticNonceAnalyzer.VariableProperty, out string? variable) || variable == null
                    || diagnostic.AdditionalLocations.Count != 1 || diagnostic.AdditionalLocations[0].SourceTree != root.SyntaxTree)
                {
                    continue;
                }

                SyntaxNode anchor = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
                StatementSyntax? statement = anchor.FirstAncestorOrSelf<StatementSyntax>();
                if (statement?.Parent is not BlockSyntax)
                {
                    continue;
                }

                bool after = fix == StaticNonceAnalyzer.FillAfterDeclaration;
                Document document = context.Document;
                SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                string type = model != null && BindsToRandomNumberGenerator(model, statement.SpanStart)
                    ? "RandomNumberGenerator"
                    : "global::System.Security.Cryptography.RandomNumberGenerator";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Fill '{variable}' with random bytes before each encryption",
                        ct => InsertFillAsync(document, statement, type + ".Fill(" + variable + ");", after, ct),
                        EquivalenceKey),
                    diagnostic);
            }
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

        private static async Task<Document> ApplyIvAsync(Document document, IReadOnlyList<StaticIvRewrite> rewrites, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (StaticIvRewrite rewrite in rewrites)
            {
                rewrite.Apply(editor);
            }

            return editor.GetChangedDocument();
        }

        // One rewrite per IV field and document, however many findings (encrypt and decrypt side) point at it.
        private static async Task<Document?> FixIvDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var rewrites = new List<StaticIvRewrite>();
            var fields = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (!diagnostic.Properties.ContainsKey(StaticNonceAnalyzer.FixProperty) && root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                    && StaticIvRewrite.Create(model, root, root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true), context.CancellationToken) is { } rewrite
                    && fields.Add(rewrite.Field))
                {
                    rewrites.Add(rewrite);
                }
            }

            return rewrites.Count == 0 ? document : await ApplyIvAsync(document, rewrites, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>Fix All by action: the IV rewrite plans per field; filling nonce locals stays with the batch fixer.</summary>
        private sealed class KeyedFixAllProvider : FixAllProvider
        {
            public static readonly KeyedFixAllProvider Instance = new KeyedFixAllProvider();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
                => fixAllContext.CodeActionEquivalenceKey == IvEquivalenceKey
                    ? IvFixAll.GetFixAsync(fixAllContext)
                    : WellKnownFixAllProviders.BatchFixer.GetFixAsync(fixAllContext);
        }

        private static async Task<Document> InsertFillAsync(Document document, StatementSyntax anchor, string text, bool after, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            StatementSyntax fill = SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(anchor.GetLeadingTrivia())
                .WithTrailingTrivia(anchor.GetTrailingTrivia().Count > 0 ? anchor.GetTrailingTrivia() : SyntaxFactory.TriviaList(SyntaxFactory.ElasticCarriageReturnLineFeed))
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);
            SyntaxNode newRoot = after ? root.InsertNodesAfter(anchor, new[] { fill }) : root.InsertNodesBefore(anchor, new[] { fill });
            return document.WithSyntaxRoot(newRoot);
        }
    }
}
