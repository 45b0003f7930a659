using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using FinGuard.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;

namespace FinGuard.CodeFixes.CardData
{
    /// <summary>
    /// FG1002 fix: removes the stored security code, PIN or track data: the member and every write to it
    /// (assignment statements, object-initializer entries). No masking can make storing it legal (PCI DSS 3.3.1).
    /// Offered only when every use is such a write in the same document and the written values have no side
    /// effects; a member that is read somewhere needs a human decision, so nothing is offered there.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SensitiveAuthenticationDataFixer)), Shared]
    public sealed class SensitiveAuthenticationDataFixer : CodeFixProvider
    {
        internal const string EquivalenceKey = "FinGuard.FG1002.Remove";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SensitiveAuthenticationData);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                List<SyntaxNode>? removals = await FindRemovalsAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (removals == null)
                {
                    continue;
                }

                SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                string name = root?.FindToken(diagnostic.Location.SourceSpan.Start).ValueText ?? "member";
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Remove stored '{name}' and the writes to it",
                        ct => RemoveAsync(context.Document, removals, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document> RemoveAsync(Document document, List<SyntaxNode> removals, CancellationToken cancellationToken)
        {
            DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (SyntaxNode node in removals)
            {
                editor.RemoveNode(node, SyntaxRemoveOptions.KeepUnbalancedDirectives);
            }

            return editor.GetChangedDocument();
        }

        /// <summary>The declaration and writes to remove, or null when removing them would change behaviour or break the build.</summary>
        private static async Task<List<SyntaxNode>?> FindRemovalsAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root == null || model == null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
            {
                return null;
            }

            SyntaxNode? declarator = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent;
            SyntaxNode declaration;
            switch (declarator)
            {
                case PropertyDeclarationSyntax property:
                    declaration = property;
                    break;
                case VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax field } variables }:
                    declaration = variables.Variables.Count == 1 ? field : declarator;
                    break;
                default:
                    // Positional record members change the constructor; leave them to the author.
                    return null;
            }

            ISymbol? symbol = model.GetDeclaredSymbol(declarator, cancellationToken);
            if (symbol == null || symbol.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var removals = new List<SyntaxNode> { declaration };
            IEnumerable<ReferencedSymbol> references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
            foreach (ReferencedSymbol referenced in references)
            {
                foreach (ReferenceLocation location in referenced.Locations)
                {
                    if (location.IsImplicit)
                    {
                        continue;
                    }

                    if (location.Document.Id != document.Id)
                    {
                        return null;
                    }

                    SyntaxNode? write = RemovableWrite(root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true));
                    if (write == null)
                    {
                        return null;
                    }

                    removals.Add(write);
                }
            }

            return removals;
        }

        // "x.Cvv = value;" as a statement, or "Cvv = value" in an object initializer, with a side-effect-free value.
        private static SyntaxNode? RemovableWrite(SyntaxNode reference)
        {
            SyntaxNode target = reference.Parent is MemberAccessExpressionSyntax access && access.Name == reference ? access : reference;
            if (target.Parent is not AssignmentExpressionSyntax assignment || assignment.Left != target
                || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || !IsSideEffectFree(assignment.Right))
            {
                return null;
            }

            if (assignment.Parent is ExpressionStatementSyntax statement && statement.Parent is BlockSyntax)
            {
                return statement;
            }

            if (assignment.Parent is InitializerExpressionSyntax initializer && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
            {
                return assignment;
            }

            return null;
        }

        private static bool IsSideEffectFree(ExpressionSyntax value)
        {
            switch (value)
            {
                case LiteralExpressionSyntax:
                case IdentifierNameSyntax:
                case DefaultExpressionSyntax:
                    return true;
                case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    return IsSideEffectFree(access.Expression);
                case ThisExpressionSyntax:
                    return true;
                default:
                    return false;
            }
        }
    }
}
