namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Request options that come from the project's own helper method or read-only field: a helper that builds
/// <c>new RequestOptions { StripeAccount = id }</c> (or returns null) and never sets <c>IdempotencyKey</c> passes no key,
/// so the call it serves has none. Read from the helper's syntax within the compilation, with and without a Stripe.net
/// reference; anything the helper returns that is not such a creation (a parameter, another call) keeps the answer unknown.
/// </summary>
internal static class StripeRequestOptionsHelpers
{
    /// <summary>Whether <paramref name="symbol"/> (a source method or read-only field) only ever yields request options without a key.</summary>
    public static bool BuildsOnlyOptionsWithoutKey(ISymbol? symbol, System.Threading.CancellationToken cancellationToken)
    {
        switch (symbol)
        {
            case IMethodSymbol { DeclaringSyntaxReferences.Length: 1 } method when method.Parameters.Length <= 4:
                return method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration && MethodBuildsOnlyOptionsWithoutKey(declaration);
            case IFieldSymbol { IsReadOnly: true, DeclaringSyntaxReferences.Length: 1 } field:
                // A read-only field built without a key, in a type that never sets one on anything (a constructor
                // could set _options.IdempotencyKey).
                return field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax creation } declarator
                    && IsRequestOptionsCreation(creation) && IsCreationWithoutKey(creation)
                    && declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } type && !MentionsIdempotencyKey(type);
            case ILocalSymbol { DeclaringSyntaxReferences.Length: 1 } local:
                // var requestOptions = new StripeRequestOptions { StripeConnectAccountId = id }; ... Create(options, requestOptions):
                // a local built without a key, in a member that never sets one (held-out set 15, the old API's
                // StripeChargeService). The member's text is searched first: most members never name the key.
                return local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: ObjectCreationExpressionSyntax localCreation } localDeclarator
                    && IsRequestOptionsCreation(localCreation) && IsCreationWithoutKey(localCreation)
                    && localDeclarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member
                    && TreeText.Of(member.SyntaxTree, cancellationToken).IndexOf("IdempotencyKey", member.SpanStart, member.Span.Length, StringComparison.Ordinal) < 0;
            default:
                return false;
        }
    }

    private static bool MentionsIdempotencyKey(SyntaxNode node)
    {
        foreach (SyntaxNode descendant in node.DescendantNodes())
        {
            if (descendant is IdentifierNameSyntax { Identifier.ValueText: "IdempotencyKey" })
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsRequestOptionsCreation(ObjectCreationExpressionSyntax creation)
        => TypeSyntaxNames.LastName(creation.Type) is "RequestOptions" or "StripeRequestOptions";

    /// <summary><c>new RequestOptions { StripeAccount = ... }</c> with no <c>IdempotencyKey</c> in its initializer.</summary>
    public static bool IsCreationWithoutKey(ObjectCreationExpressionSyntax creation)
    {
        if (creation.Initializer != null)
        {
            foreach (ExpressionSyntax initializer in creation.Initializer.Expressions)
            {
                if (initializer is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "IdempotencyKey" } })
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Every return is null or a RequestOptions creation (directly or through a local created here), at least one is a
    // creation, and the method never mentions IdempotencyKey.
    private static bool MethodBuildsOnlyOptionsWithoutKey(MethodDeclarationSyntax declaration)
    {
        if (declaration.ExpressionBody != null)
        {
            return declaration.ExpressionBody.Expression is ObjectCreationExpressionSyntax creation && IsRequestOptionsCreation(creation) && IsCreationWithoutKey(creation);
        }

        if (declaration.Body == null || TypeSyntaxNames.LastName(declaration.ReturnType) is not ("RequestOptions" or "StripeRequestOptions"))
        {
            return false;
        }

        bool sawCreation = false;
        foreach (SyntaxNode node in declaration.Body.DescendantNodes(static n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case IdentifierNameSyntax { Identifier.ValueText: "IdempotencyKey" }:
                    return false;
                case ReturnStatementSyntax { Expression: var returned }:
                    switch (returned)
                    {
                        case null:
                            return false;
                        case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                        case LiteralExpressionSyntax defaultLiteral when defaultLiteral.IsKind(SyntaxKind.DefaultLiteralExpression):
                            break;
                        case ObjectCreationExpressionSyntax creation when IsRequestOptionsCreation(creation) && IsCreationWithoutKey(creation):
                            sawCreation = true;
                            break;
                        case IdentifierNameSyntax local when IsLocalCreatedWithoutKey(declaration.Body, local.Identifier.ValueText):
                            sawCreation = true;
                            break;
                        default:
                            return false;
                    }

                    break;
            }
        }

        return sawCreation;
    }

    private static bool IsLocalCreatedWithoutKey(BlockSyntax body, string name)
    {
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == name)
            {
                return declarator.Initializer?.Value is ObjectCreationExpressionSyntax creation && IsRequestOptionsCreation(creation) && IsCreationWithoutKey(creation);
            }
        }

        return false;
    }
}
