using System.Threading;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// EF Core's <c>EnableSensitiveDataLogging()</c> turned on in product code: <c>optionsBuilder.EnableSensitiveDataLogging()</c>
/// in a context's <c>OnConfiguring</c>, or inside <c>services.AddDbContext&lt;ShopContext&gt;(o =&gt; ...)</c>. EF Core then logs
/// the parameter values of every command (and puts them in its exception messages), so whatever the context's entities
/// hold reaches the logs on each insert, update and query. Found by name (EF Core is rarely bound before restore); only
/// calls with no argument or <c>true</c>, not under a development check, in files outside test projects. Shared by
/// FG1003 (card data) and FG3006 (account data), which decide whether the context's entities hold their data.
/// </summary>
internal static class EfSensitiveDataLogging
{
    /// <summary>The calls in the file and the context each configures; empty in almost every file (a text check first).</summary>
    public static List<(InvocationExpressionSyntax Call, INamedTypeSymbol Context)> Find(SemanticModel model, CancellationToken cancellationToken)
    {
        var found = new List<(InvocationExpressionSyntax, INamedTypeSymbol)>();
        SyntaxTree tree = model.SyntaxTree;
        if (!TreeText.Contains(tree, "EnableSensitiveDataLogging", cancellationToken) || TestProjects.IsInTestProjectFolder(tree))
        {
            return found;
        }

        foreach (SyntaxToken token in TreeText.TokensNamed(tree.GetRoot(cancellationToken), "EnableSensitiveDataLogging", cancellationToken))
        {
            if (token.Parent is IdentifierNameSyntax { Parent: MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access } name && access.Name == name
                && (invocation.ArgumentList.Arguments.Count == 0 || invocation.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.TrueLiteralExpression))
                && !IsGuardedByDevelopmentCheck(invocation)
                && ConfiguredContext(invocation, model, cancellationToken) is { } context)
            {
                found.Add((invocation, context));
            }
        }

        return found;
    }

    /// <summary>The entity types of the context: the T of its <c>DbSet&lt;T&gt;</c> properties.</summary>
    public static IEnumerable<ITypeSymbol> EntityTypes(INamedTypeSymbol context)
    {
        foreach (ISymbol member in context.GetMembers())
        {
            if (member is IPropertySymbol { Type: INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set })
            {
                yield return set.TypeArguments[0];
            }
        }
    }

    // The context whose options are configured: the class declaring OnConfiguring, or T of AddDbContext<T>(...).
    private static INamedTypeSymbol? ConfiguredContext(SyntaxNode invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        for (SyntaxNode? node = invocation.Parent; node != null; node = node.Parent)
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { TypeArgumentList.Arguments.Count: >= 1 } generic } }
                && generic.Identifier.ValueText.StartsWith("AddDbContext", StringComparison.Ordinal))
            {
                return model.GetSymbolInfo(generic.TypeArgumentList.Arguments[0], cancellationToken).Symbol as INamedTypeSymbol;
            }

            if (node is TypeDeclarationSyntax type)
            {
                return model.GetDeclaredSymbol(type, cancellationToken) as INamedTypeSymbol;
            }
        }

        return null;
    }

    // if (env.IsDevelopment()) ..., if (builder.Environment.IsDevelopment()) options.EnableSensitiveDataLogging();
    private static bool IsGuardedByDevelopmentCheck(SyntaxNode invocation)
    {
        for (SyntaxNode? node = invocation.Parent; node != null && node is not TypeDeclarationSyntax; node = node.Parent)
        {
            ExpressionSyntax? condition = node switch
            {
                IfStatementSyntax statement => statement.Condition,
                ConditionalExpressionSyntax conditional => conditional.Condition,
                BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and => and.Left,
                _ => null,
            };
            if (condition != null)
            {
                string text = condition.ToString();
                if (text.IndexOf("Development", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Debug", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("Local", StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
