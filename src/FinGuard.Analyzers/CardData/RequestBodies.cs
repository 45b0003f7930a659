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
        if (IsBodyArgument(node) || IsSentRequestParameter(node))
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

            SyntaxNode use = Outer(identifier);
            if (!IsBodyArgument(use) && !IsSentRequestParameter(use))
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
        while (true)
        {
            if (node.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                node = node.Parent;
            }
            else if (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Expression: IdentifierNameSyntax { Identifier.ValueText: "Convert" } } } convert } })
            {
                // Convert.ToString(JsonConvert.SerializeObject(card)): the same text.
                node = convert;
            }
            else
            {
                return node;
            }
        }
    }

    /// <summary>
    /// <c>organizationRequest["creditCardParameters"] = JsonConvert.SerializeObject(card); service.Execute(organizationRequest);</c>
    /// (issue 18, set 20: a Dynamics CRM custom action): a parameter of a request object (a local named as a request) set
    /// through its indexer and sent in the same method, passed to <c>Execute</c>/<c>ExecuteAsync</c> (a broker's <c>Send</c> keeps the message: not here)
    /// or an HTTP send. The text is the outgoing request's input, as a <c>StringContent</c> body is; a request object that is
    /// only built, or kept, is not.
    /// </summary>
    private static bool IsSentRequestParameter(SyntaxNode node)
    {
        if (node.Parent is not AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var request } } } assignment
            || assignment.Right != node
            || request.IndexOf("request", StringComparison.OrdinalIgnoreCase) < 0
            || assignment.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax) is not { } scope)
        {
            return false;
        }

        foreach (SyntaxNode candidate in scope.DescendantNodes())
        {
            if (candidate is IdentifierNameSyntax { Identifier.ValueText: var name, Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax send } } }
                && name == request
                && send.Expression switch { MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText, IdentifierNameSyntax identifier => identifier.Identifier.ValueText, _ => string.Empty } is var sendName
                && (sendName is "Execute" or "ExecuteAsync" || HandBuiltRequests.IsHttpSendName(sendName)))
            {
                return true;
            }
        }

        return false;
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
