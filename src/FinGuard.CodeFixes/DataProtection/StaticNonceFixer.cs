using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3004 fix for a nonce/IV local: inserts <c>RandomNumberGenerator.Fill(nonce);</c> after its declaration (never
    /// filled) or right before the encryption that reuses it, so every encryption gets fresh random bytes. The code
    /// must already store the nonce with the ciphertext (it needs it to decrypt); the doc page shows the layout.
    /// Hard-coded and static IVs have no automatic fix: where the IV goes depends on the storage format.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaticNonceFixer)), Shared]
    public sealed class StaticNonceFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG3004.FillWithRandomBytes";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StaticOrReusedNonce);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
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
