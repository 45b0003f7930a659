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
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3003 fix for the one shape that can be rewritten safely in place: a one-shot <c>aes.EncryptCbc(plaintext, iv)</c>
    /// or <c>aes.EncryptEcb(plaintext, padding)</c> on a <c>byte[]</c> whose result is used. It becomes
    /// <c>FinGuard.Security.FieldEncryption.Default.EncryptBytes(plaintext)</c>: AES-256-GCM with a fresh nonce, a tag and
    /// the key id in the output, keys from the configured key provider. The matching decryption must move to
    /// <c>DecryptBytes</c> (the doc page says how to migrate stored data). Other shapes (DES, Mode = ECB) have no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakEncryptionFixer)), Shared]
    public sealed class WeakEncryptionFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG3003.UseFieldEncryption";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.WeakEncryption);

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
                if (!diagnostic.Properties.ContainsKey(WeakEncryptionAnalyzer.OneShotProperty)
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation
                    || invocation.ArgumentList.Arguments.Count == 0)
                {
                    continue;
                }

                ExpressionSyntax plaintext = invocation.ArgumentList.Arguments[0].Expression;
                Document document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Encrypt with FinGuard's FieldEncryption (AES-256-GCM)",
                        ct => ReplaceAsync(document, invocation, plaintext, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, InvocationExpressionSyntax invocation, ExpressionSyntax plaintext, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            ExpressionSyntax replacement = SyntaxFactory.ParseExpression("global::FinGuard.Security.FieldEncryption.Default.EncryptBytes(" + plaintext.WithoutTrivia().ToFullString() + ")")
                .WithTriviaFrom(invocation)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(invocation, replacement));
        }
    }
}
