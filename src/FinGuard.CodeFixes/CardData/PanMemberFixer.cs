using FinGuard.Analyzers.Shared;
using FinGuard.Analyzers;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1001 fix: replaces the PAN member with a processor-token member (<c>CardNumber</c> → <c>CardToken</c>)
/// and updates every use in the solution. The value the member carries must then be the token from
/// client-side tokenization (Stripe.js/Elements <c>pm_...</c>), which the doc page explains.
/// Offered for <c>string</c> members only: other types (long, char[]) would change the uses' types.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PanMemberFixer))]
public sealed class PanMemberFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG1001.ReplaceWithToken";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PanMember);

    public PanMemberFixer()
        : base(EquivalenceKey)
    {
    }

    protected override FixAllProvider CreateFixAllProvider() => RenameFixAllProvider.Instance;

    protected override async Task RegisterFixesAsync(FixSite site)
    {
        (ISymbol Symbol, string NewName)? rename = await FindRenameAsync(site.Document, site.Diagnostic, site.CancellationToken).ConfigureAwait(false);
        if (rename == null)
        {
            return;
        }

        (ISymbol symbol, string newName) = rename.Value;
        Solution solution = site.Document.Project.Solution;
        site.Register(CodeAction.Create(
            $"Replace '{symbol.Name}' with processor token '{newName}'",
            ct => SolutionRenamer.RenameAsync(solution, new[] { (symbol, newName) }, ct),
            EquivalenceKey));
    }

    /// <summary>The flagged symbol and its token name, or null when no safe rename exists.</summary>
    internal static async Task<(ISymbol Symbol, string NewName)?> FindRenameAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxToken token = root.FindToken(diagnostic.Location.SourceSpan.Start);
        ISymbol? symbol = token.Parent == null ? null : model.GetDeclaredSymbol(token.Parent, cancellationToken);
        if (symbol == null || !CardDataTypes.IsString(TypeOf(symbol)))
        {
            return null;
        }

        string? newName = TokenMemberNames.Suggest(symbol.Name);
        if (newName == null || IsNameTaken(symbol, newName, model, token.SpanStart))
        {
            return null;
        }

        return (symbol, newName);
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        _ => null,
    };

    // Renaming onto an existing name would merge two members or shadow a variable: offer nothing instead.
    private static bool IsNameTaken(ISymbol symbol, string newName, SemanticModel model, int position)
    {
        if (symbol is IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                if (method.Parameters.Any(p => p.Name == newName))
                {
                    return true;
                }

                if (method.MethodKind == MethodKind.Constructor && method.ContainingType.GetMembers(newName).Length > 0)
                {
                    return true;
                }

                foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
                {
                    SyntaxNode declaration = reference.GetSyntax();
                    if (declaration.SyntaxTree != model.SyntaxTree && !model.Compilation.ContainsSyntaxTree(declaration.SyntaxTree))
                    {
                        // Not bindable here: treat the name as taken rather than guess.
                        return true;
                    }

                    SemanticModel declarationModel = declaration.SyntaxTree == model.SyntaxTree ? model : model.Compilation.GetSemanticModel(declaration.SyntaxTree);
                    foreach (SyntaxNode node in declaration.DescendantNodes())
                    {
                        ISymbol? declared = declarationModel.GetDeclaredSymbol(node);
                        if (declared is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol && declared?.Name == newName)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        INamedTypeSymbol? type = symbol.ContainingType;
        if (type == null)
        {
            return true;
        }

        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (current.GetMembers(newName).Length > 0)
            {
                return true;
            }
        }

        return model.LookupSymbols(position, name: newName).Any(s => s.Kind is SymbolKind.Local or SymbolKind.Parameter);
    }

    /// <summary>Fix All: gathers every FG1001 in scope, then renames them in one pass.</summary>
    private sealed class RenameFixAllProvider : FixAllProvider
    {
        public static readonly RenameFixAllProvider Instance = new RenameFixAllProvider();

        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
            => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            return Task.FromResult<CodeAction?>(CodeAction.Create(
                "Replace card numbers with processor tokens",
                ct => FixAllAsync(fixAllContext, ct),
                EquivalenceKey));
        }

        private static async Task<Solution> FixAllAsync(FixAllContext context, CancellationToken cancellationToken)
        {
            var diagnostics = await FixAllDiagnostics.CollectAsync(context).ConfigureAwait(false);

            var renames = new List<(ISymbol, string)>();
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach ((Document document, Diagnostic diagnostic) in diagnostics)
            {
                (ISymbol Symbol, string NewName)? rename = await FindRenameAsync(document, diagnostic, cancellationToken).ConfigureAwait(false);
                if (rename != null && seen.Add(rename.Value.Symbol))
                {
                    renames.Add(rename.Value);
                }
            }

            return await SolutionRenamer.RenameAsync(context.Solution, renames, cancellationToken).ConfigureAwait(false);
        }

    }
}
