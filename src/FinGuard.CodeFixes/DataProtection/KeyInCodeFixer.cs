using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace FinGuard.CodeFixes.DataProtection
{
    /// <summary>
    /// FG3005 fix: replaces the hard-coded key bytes (where they are written: the field's or local's initializer,
    /// or the argument) with <c>FinGuard.Security.FieldEncryptionKeys.FromEnvironment("PAYMENT_HMAC_KEY")</c>,
    /// which reads a base64 key from the environment and throws a clear <c>InvalidOperationException</c> naming the
    /// variable when it is unset. The helper comes from FinGuard's generator; the old key must be rotated, since it
    /// stays in the repository's history.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeyInCodeFixer)), Shared]
    public sealed class KeyInCodeFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG3005.ReadKeyFromEnvironment";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.KeyInCode);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count != 1 || diagnostic.AdditionalLocations[0].SourceTree is not SyntaxTree tree)
                {
                    continue;
                }

                Document? document = context.Document.Project.Solution.GetDocument(tree);
                SyntaxNode? root = document == null ? null : await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                if (document == null || root == null)
                {
                    continue;
                }

                SyntaxNode origin = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true);
                if (origin is not ExpressionSyntax expression)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(KeyInCodeAnalyzer.VariableProperty, out string? variable);
                string name = EnvironmentName(variable ?? origin.FirstAncestorOrSelf<TypeDeclarationSyntax>()?.Identifier.ValueText ?? "ENCRYPTION");
                Document target = document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Read the key from environment variable '{name}'",
                        ct => ReplaceAsync(target, expression, name, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax origin, string name, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root == null)
            {
                return document;
            }

            ExpressionSyntax replacement = SyntaxFactory.ParseExpression($"global::FinGuard.Security.FieldEncryptionKeys.FromEnvironment(\"{name}\")")
                .WithTriviaFrom(origin)
                .WithAdditionalAnnotations(Simplifier.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(origin, replacement));
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
    }
}
