using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3003 fixes, both onto FinGuard's generated <c>FieldEncryption</c> (AES-256-GCM, a fresh 96-bit nonce and a
    /// 128-bit tag per value, the key id in the output, keys from the configured key provider):
    /// <list type="bullet">
    /// <item>a one-shot <c>aes.EncryptCbc(plaintext, iv)</c> or <c>aes.EncryptEcb(plaintext, padding)</c> on a <c>byte[]</c>
    /// whose result is used becomes <c>FieldEncryption.Default.EncryptBytes(plaintext)</c>;</item>
    /// <item>any finding inside an <c>EncryptX</c> method of a recognised shape (see <see cref="CipherMethodPair"/>:
    /// DES/3DES/RC2 instances, <c>Mode = ECB</c>, AES-CBC through <c>CreateEncryptor</c>/<c>CryptoStream</c>, XOR ciphers)
    /// rewrites the body of <c>EncryptX</c> and of its <c>DecryptX</c> counterpart together, so the round trip keeps
    /// working for new data. Old ciphertexts do not decrypt with the new code: the title and a comment in the method say so.</item>
    /// </list>
    /// Shapes outside these (streams passed in, ciphertexts stored by the caller, overloads) get no fix: the storage format
    /// decides the rewrite. Inline <c>AesGcm</c> is not generated, because the old key (hard-coded, 8 to 24 bytes for
    /// DES/3DES, derived from a password) is not a key AES-256-GCM should use; FieldEncryption takes keys from a provider.
    /// The helper is named <c>FieldEncryption</c> with <c>using FinGuard.Security;</c> added once per file, fully qualified
    /// only where that name would clash (<see cref="SecurityHelperNames"/>); Fix All edits each document once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakEncryptionFixer))]
    public sealed class WeakEncryptionFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG3003.UseFieldEncryption";
        internal const string RewriteEquivalenceKey = "FinGuard.FG3003.RewriteWithFieldEncryption";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WeakEncryption);

        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return;
            }

            SemanticModel? model = null;
            Document document = context.Document;
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                if (OneShot(root, diagnostic) is { } invocation)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Encrypt with FinGuard's FieldEncryption (AES-256-GCM)",
                            ct => ReplaceAsync(document, new[] { invocation }, System.Array.Empty<CipherMethodPair>(), ct),
                            EquivalenceKey),
                        diagnostic);
                }

                model ??= await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (model != null && CipherMethodPair.Find(model, node, context.CancellationToken) is { } pair)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(pair.Title, ct => ReplaceAsync(document, System.Array.Empty<InvocationExpressionSyntax>(), new[] { pair }, ct), RewriteEquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static InvocationExpressionSyntax? OneShot(SyntaxNode root, Diagnostic diagnostic)
            => diagnostic.Properties.ContainsKey(WeakEncryptionAnalyzer.OneShotProperty)
               && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is InvocationExpressionSyntax invocation
               && invocation.ArgumentList.Arguments.Count > 0
                ? invocation
                : null;

        // Fix All plans each document's edits together: one rewrite per method pair however many findings it holds.
        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root == null || model == null)
            {
                return document;
            }

            var invocations = new List<InvocationExpressionSyntax>();
            var pairs = new List<CipherMethodPair>();
            var seen = new HashSet<MethodDeclarationSyntax>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (!root.FullSpan.Contains(diagnostic.Location.SourceSpan))
                {
                    continue;
                }

                if (context.CodeActionEquivalenceKey == RewriteEquivalenceKey)
                {
                    SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                    if (CipherMethodPair.Find(model, node, context.CancellationToken) is { } pair && seen.Add(pair.Encrypt))
                    {
                        pairs.Add(pair);
                    }
                }
                else if (OneShot(root, diagnostic) is { } invocation)
                {
                    invocations.Add(invocation);
                }
            }

            return await ReplaceAsync(document, invocations, pairs, context.CancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> ReplaceAsync(Document document, IReadOnlyList<InvocationExpressionSyntax> invocations, IReadOnlyList<CipherMethodPair> pairs, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || (invocations.Count == 0 && pairs.Count == 0))
            {
                return document;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model == null)
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

            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (CipherMethodPair pair in pairs)
            {
                replacements[pair.Encrypt] = pair.RewriteEncrypt(endOfLine, Simple(pair.Encrypt.Body ?? (SyntaxNode)pair.Encrypt));
                if (pair.Decrypt != null)
                {
                    replacements[pair.Decrypt] = pair.RewriteDecrypt(endOfLine, Simple(pair.Decrypt.Body ?? (SyntaxNode)pair.Decrypt));
                }
            }

            foreach (InvocationExpressionSyntax invocation in invocations)
            {
                if (replacements.Keys.Any(k => k.Span.Contains(invocation.Span)))
                {
                    continue;
                }

                bool simple = Simple(invocation);
                ExpressionSyntax plaintext = invocation.ArgumentList.Arguments[0].Expression;
                ExpressionSyntax call = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SecurityHelperNames.TypeExpression("FieldEncryption", simple), SyntaxFactory.IdentifierName("Default")),
                        SyntaxFactory.IdentifierName("EncryptBytes")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(plaintext.WithoutTrivia()))));
                if (!simple && invocation.Parent is InterpolationSyntax)
                {
                    // In an interpolation hole "{global::X}" would parse "::..." as a format clause: parenthesize.
                    call = SyntaxFactory.ParenthesizedExpression(call);
                }

                replacements[invocation] = call.WithTriviaFrom(invocation);
            }

            var marker = new SyntaxAnnotation();
            SyntaxNode replaced = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original].WithAdditionalAnnotations(marker));
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
}
