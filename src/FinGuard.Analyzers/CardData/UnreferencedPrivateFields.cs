using System.Threading;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// FG1001/FG1002: a private field that nothing in its type ever names (issue 18, set 18: a Web Forms control's leftover
/// <c>private string ccNumber;</c> beside a <c>CCNumber</c> property that reads the text box) is never assigned or read,
/// so it holds no card data. Only private fields: anything wider can be used from elsewhere (protected fields from the
/// markup that inherits a code-behind class). Asked last, only for a field a rule would otherwise report: the walk is
/// over the identifier tokens of the type's own declarations (every partial part).
/// </summary>
internal static class UnreferencedPrivateFields
{
    public static bool IsNeverReferenced(ISymbol member, CancellationToken cancellationToken)
    {
        if (member is not IFieldSymbol { DeclaredAccessibility: Accessibility.Private, IsImplicitlyDeclared: false, ContainingType: { } type } field
            || field.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        int mentions = 0;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == field.Name && ++mentions > 1)
                {
                    // The declaration itself is one mention; any other is a use.
                    return false;
                }
            }
        }

        return mentions == 1;
    }
}
