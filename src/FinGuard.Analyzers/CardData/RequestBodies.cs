using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// Whether serialized text is only the body of an outgoing request: <c>new StringContent(JsonConvert.SerializeObject(charge))</c>
/// posted to the processor, or a local holding that text used only there (or only encrypted into the payload). Such text
/// is neither stored, logged nor returned (FG1004 leaves it; the raw card in a request is FG1005's). Syntax only, on the
/// serializer call a rule already matched.
/// </summary>
internal static class RequestBodies
{
    public static bool IsOnlyRequestBody(SyntaxNode serialized)
    {
        SyntaxNode node = Outer(serialized);
        if (IsBodyArgument(node))
        {
            return true;
        }

        if (DeclaredLocal(node, out string local) is not { } scope)
        {
            return false;
        }

        int uses = 0;
        foreach (SyntaxNode candidate in scope.DescendantNodes())
        {
            if (candidate is not IdentifierNameSyntax { Identifier.ValueText: var name } identifier || name != local
                || (identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier))
            {
                continue;
            }

            if (!IsBodyArgument(Outer(identifier)))
            {
                return false;
            }

            uses++;
        }

        return uses > 0;
    }

    /// <summary>
    /// The local a value initializes (<c>var body = JsonConvert.SerializeObject(charge);</c>) and the method, accessor, local
    /// function or lambda its uses are in; null when the value initializes no local. Shared by the request readers
    /// (this one and FG1005's <see cref="HandBuiltRequests"/>), which then read the local's uses each their own way.
    /// </summary>
    public static SyntaxNode? DeclaredLocal(SyntaxNode value, out string local)
    {
        local = "";
        if (value.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            return null;
        }

        local = declarator.Identifier.ValueText;
        return declarator.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax);
    }

    private static SyntaxNode Outer(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            node = node.Parent;
        }

        return node;
    }

    // An argument of new StringContent(...)/ByteArrayContent/StreamContent, of an HTTP send (PostAsync, UploadString...),
    // or of an encryption call that seals it into the payload (EncryptData(key, json)).
    private static bool IsBodyArgument(SyntaxNode node)
    {
        if (node.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var owner } })
        {
            return false;
        }

        switch (owner)
        {
            case ObjectCreationExpressionSyntax creation:
                return TypeSyntaxNames.LastName(creation.Type) is { } type && type.EndsWith("Content", StringComparison.Ordinal) && type != "Content";
            case InvocationExpressionSyntax invocation:
                string name = invocation.Expression switch
                {
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => string.Empty,
                };
                return HandBuiltRequests.IsHttpSendName(name) || name.StartsWith("Encrypt", StringComparison.Ordinal);
            default:
                return false;
        }
    }
}
