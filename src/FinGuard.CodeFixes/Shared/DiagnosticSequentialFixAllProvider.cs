using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FinGuard.CodeFixes.Shared
{
    /// <summary>
    /// Like <see cref="SequentialFixAllProvider"/> (each fix applied to the document the previous one produced, targets
    /// tracked by annotation), but the fix also receives the diagnostic (for its properties) and the equivalence key
    /// of the action Fix All was started from, so one fixer can offer several actions and Fix All applies the chosen one.
    /// Fixes that add <c>using FinGuard.Security;</c> or a field need this order: merged batch edits would add them twice.
    /// </summary>
    internal sealed class DiagnosticSequentialFixAllProvider : FixAllProvider
    {
        public delegate Task<Document> Apply(Document document, SyntaxNode target, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken);

        private readonly Func<string?, string> _title;
        private readonly Apply _apply;

        public DiagnosticSequentialFixAllProvider(Func<string?, string> title, Apply apply)
        {
            _title = title;
            _apply = apply;
        }

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            => Task.FromResult<CodeAction?>(CodeAction.Create(
                _title(fixAllContext.CodeActionEquivalenceKey),
                ct => FixAllAsync(fixAllContext, ct),
                fixAllContext.CodeActionEquivalenceKey));

        private async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            Solution solution = context.Solution;
            var diagnostics = await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false);
            foreach (IGrouping<DocumentId, (Document Document, Diagnostic Diagnostic)> group in diagnostics.GroupBy(d => d.Document.Id))
            {
                Document? document = solution.GetDocument(group.Key);
                SyntaxNode? root = document == null ? null : await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                if (document == null || root == null)
                {
                    continue;
                }

                var targets = new Dictionary<SyntaxNode, (SyntaxAnnotation Annotation, Diagnostic Diagnostic)>();
                foreach ((Document _, Diagnostic diagnostic) in group.OrderBy(d => d.Diagnostic.Location.SourceSpan.Start))
                {
                    if (context.DiagnosticIds.Contains(diagnostic.Id)
                        && root.FullSpan.Contains(diagnostic.Location.SourceSpan)
                        && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is SyntaxNode node
                        && !targets.ContainsKey(node))
                    {
                        targets.Add(node, (new SyntaxAnnotation("FinGuard.FixAllTarget"), diagnostic));
                    }
                }

                var order = targets.OrderBy(t => t.Key.SpanStart).Select(t => t.Value).ToList();
                document = document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(targets[original].Annotation)));
                foreach ((SyntaxAnnotation annotation, Diagnostic diagnostic) in order)
                {
                    SyntaxNode? current = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    SyntaxNode? target = current?.GetAnnotatedNodes(annotation).FirstOrDefault();
                    if (target != null)
                    {
                        document = await _apply(document, target, diagnostic, context.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                    }
                }

                solution = document.Project.Solution;
            }

            return solution;
        }
    }
}
