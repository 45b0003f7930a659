using System.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// Requests sent through RestSharp (<c>RestClient</c>/<c>RestRequest</c>), the library that Postman's C# code
/// generator emits and that many payment integrations are written with:
/// <code>
/// var client = new RestClient("https://api.example.com/v1/charges");
/// client.Timeout = -1;
/// var request = new RestRequest(Method.POST);
/// request.AddHeader("Authorization", "Basic ...");
/// request.AddParameter("application/json", body, ParameterType.RequestBody);
/// IRestResponse response = client.Execute(request);
/// </code>
/// Recognised from syntax and names, because the evaluation (and an editor before restore) has no RestSharp reference:
/// its types are then error types and the calls are invalid operations. The names are RestSharp's own
/// (<c>RestClient</c>, <c>RestRequest</c>, <c>Method.POST</c>, <c>AddHeader</c>) in a file that imports
/// <c>RestSharp</c>, or bound to the <c>RestSharp</c> namespace. Shared by FG2004 (the POST has no idempotency header) and
/// FG2007 (the client's timeout is switched off).
/// </summary>
internal static class RestSharpRequests
{
    /// <summary>The client, request and URI text of a RestSharp POST/PUT/PATCH built and sent in one method.</summary>
    internal sealed record Send(VariableDeclaratorSyntax Client, ObjectCreationExpressionSyntax? Request, string UriText, SyntaxNode Body);

    /// <summary>
    /// A RestSharp send (<c>client.Execute(request)</c>, <c>ExecuteAsync</c>, <c>ExecuteTaskAsync</c>, <c>Post</c>,
    /// <c>PostAsync</c>, ...) of a POST, PUT or PATCH request created in this method, on a client created in this method,
    /// with the constant text of the client's base URL and the request's resource; null otherwise.
    /// </summary>
    public static Send? ReadUnsafeSend(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access || !IsSendName(access.Name.Identifier.ValueText)
            || invocation.ArgumentList.Arguments.Count == 0)
        {
            return null;
        }

        SyntaxNode? body = EnclosingBody(invocation);
        if (body == null || FindCreation(body, receiver.Identifier.ValueText, "RestClient") is not (VariableDeclaratorSyntax client, ObjectCreationExpressionSyntax clientCreation)
            || !IsRestSharp(clientCreation, model, cancellationToken))
        {
            return null;
        }

        string verb = access.Name.Identifier.ValueText;
        ExpressionSyntax requestArgument = invocation.ArgumentList.Arguments[0].Expression;
        ObjectCreationExpressionSyntax? requestCreation = requestArgument as ObjectCreationExpressionSyntax;
        string? requestName = null;
        if (requestArgument is IdentifierNameSyntax requestIdentifier)
        {
            requestName = requestIdentifier.Identifier.ValueText;
            requestCreation = FindCreation(body, requestName, "RestRequest")?.Creation;
        }

        if (requestCreation == null || TypeName(requestCreation.Type) != "RestRequest")
        {
            return null;
        }

        // The verb: Post/Put/Patch in the call's name (client.Post(request), ExecutePostAsync), or Method.POST given to
        // the request (constructor, initializer, request.Method = ...). RestSharp's default is GET.
        bool unsafeVerb = IsUnsafeSendName(verb) || HasUnsafeMethod(requestCreation, requestName, body);
        if (!unsafeVerb || (requestName != null && IsHandedToOtherCode(body, requestName, invocation)))
        {
            return null;
        }

        var text = new StringBuilder();
        AppendClientUrl(clientCreation, client.Identifier.ValueText, body, model, text, cancellationToken);
        if (requestCreation.ArgumentList is { Arguments.Count: > 0 } requestArguments && !IsMethodMember(requestArguments.Arguments[0].Expression))
        {
            text.Append('/');
            AppendConstant(requestArguments.Arguments[0].Expression, model, text, cancellationToken);
        }

        return new Send(client, requestCreation, text.ToString(), body);
    }

    /// <summary>What a RestSharp client with a disabled timeout is used for in its method.</summary>
    /// <param name="BaseUrl">The constant text of the client's base URL.</param>
    /// <param name="UnsafeSendUrls">The base URL joined with the resource of each POST/PUT/PATCH the method sends through the client.</param>
    /// <param name="HasSends">Whether the method sends any request through the client.</param>
    internal sealed record TimeoutClient(string BaseUrl, List<string> UnsafeSendUrls, bool HasSends);

    /// <summary>
    /// <c>client.Timeout = -1</c> (or <c>Timeout.Infinite</c>) on a <c>RestClient</c> created in this method, in its
    /// object initializer or by assignment: RestSharp 106 hands the value to <c>HttpWebRequest.Timeout</c>, where -1 means
    /// no timeout at all. Returns the client's base URL and the URLs of the POST/PUT/PATCH requests the method sends
    /// through it (<c>new RestClient(baseUrl)</c> + <c>new RestRequest("v1/charges", Method.POST)</c>).
    /// </summary>
    public static TimeoutClient? ReadInfiniteTimeout(AssignmentExpressionSyntax assignment, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (!IsInfiniteMilliseconds(assignment.Right, model, cancellationToken))
        {
            return null;
        }

        ObjectCreationExpressionSyntax? creation;
        string? clientName = null;
        SyntaxNode? body = EnclosingBody(assignment);
        switch (assignment.Left)
        {
            case IdentifierNameSyntax { Identifier.ValueText: "Timeout" } when assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax initialized }:
                creation = initialized;
                clientName = (initialized.Parent as EqualsValueClauseSyntax)?.Parent is VariableDeclaratorSyntax declarator ? declarator.Identifier.ValueText : null;
                break;
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Timeout", Expression: IdentifierNameSyntax instance } when body != null:
                clientName = instance.Identifier.ValueText;
                creation = FindCreation(body, clientName, "RestClient")?.Creation;
                break;
            default:
                return null;
        }

        if (creation == null || TypeName(creation.Type) != "RestClient" || !IsRestSharp(creation, model, cancellationToken))
        {
            return null;
        }

        var text = new StringBuilder();
        AppendClientUrl(creation, clientName, body, model, text, cancellationToken);
        string baseUrl = text.ToString();
        var urls = new List<string>();
        bool hasSends = false;
        if (body != null && clientName != null)
        {
            foreach (InvocationExpressionSyntax send in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (send.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } access && receiver.Identifier.ValueText == clientName
                    && IsSendName(access.Name.Identifier.ValueText) && send.ArgumentList.Arguments.Count > 0)
                {
                    hasSends = true;
                    string? requestName = (send.ArgumentList.Arguments[0].Expression as IdentifierNameSyntax)?.Identifier.ValueText;
                    ObjectCreationExpressionSyntax? request = send.ArgumentList.Arguments[0].Expression as ObjectCreationExpressionSyntax
                        ?? (requestName != null ? FindCreation(body, requestName, "RestRequest")?.Creation : null);
                    if (request == null || !(IsUnsafeSendName(access.Name.Identifier.ValueText) || HasUnsafeMethod(request, requestName, body)))
                    {
                        continue;
                    }

                    text.Clear().Append(baseUrl);
                    if (request.ArgumentList is { Arguments.Count: > 0 } arguments && !IsMethodMember(arguments.Arguments[0].Expression))
                    {
                        text.Append('/');
                        AppendConstant(arguments.Arguments[0].Expression, model, text, cancellationToken);
                    }

                    urls.Add(text.ToString());
                }
            }
        }

        return new TimeoutClient(baseUrl, urls, hasSends);
    }

    /// <summary>Whether the method names an idempotency header (or a processor reference header) in any string literal.</summary>
    public static bool MentionsKeyHeader(SyntaxNode body)
    {
        foreach (SyntaxToken token in body.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken)
                && (IdempotencyOperations.IsIdempotencyHeaderName(token.ValueText) || string.Equals(token.ValueText, "X-Reference-Id", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // Execute, ExecuteAsync, ExecuteTaskAsync, ExecutePostAsync, ExecuteAsPost; Post, PostAsync, Put..., Patch...
    private static bool IsSendName(string name)
        => name.StartsWith("Execute", StringComparison.Ordinal)
           || name is "Post" or "PostAsync" or "Put" or "PutAsync" or "Patch" or "PatchAsync";

    private static bool IsUnsafeSendName(string name)
        => name.StartsWith("Post", StringComparison.Ordinal) || name.StartsWith("Put", StringComparison.Ordinal) || name.StartsWith("Patch", StringComparison.Ordinal)
           || name.StartsWith("ExecutePost", StringComparison.Ordinal);

    private static SyntaxNode? EnclosingBody(SyntaxNode node)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case BaseMethodDeclarationSyntax method:
                    return (SyntaxNode?)method.Body ?? method.ExpressionBody;
                case AccessorDeclarationSyntax accessor:
                    return (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody;
                case LocalFunctionStatementSyntax local:
                    return (SyntaxNode?)local.Body ?? local.ExpressionBody;
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    // var client = new RestClient(...) / RestClient client = new(...) in this body: the declarator and its creation.
    private static (VariableDeclaratorSyntax Declarator, ObjectCreationExpressionSyntax Creation)? FindCreation(SyntaxNode body, string name, string typeName)
    {
        foreach (VariableDeclaratorSyntax declarator in body.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            if (declarator.Identifier.ValueText == name && declarator.Initializer?.Value is ObjectCreationExpressionSyntax creation && TypeName(creation.Type) == typeName)
            {
                return (declarator, creation);
            }
        }

        return null;
    }

    private static string? TypeName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };

    // RestSharp's own type (bound), or an unresolved one in a file that imports RestSharp: the project's own RestClient
    // class is neither.
    private static bool IsRestSharp(ObjectCreationExpressionSyntax creation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        ITypeSymbol? type = model.GetTypeInfo(creation, cancellationToken).Type;
        if (type is { TypeKind: not TypeKind.Error })
        {
            return type.ContainingNamespace?.ToDisplayString() is "RestSharp";
        }

        return creation.Type is QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "RestSharp" } }
               || ImportedNamespaces.Contains(creation, "RestSharp");
    }

    // Method.POST (RestSharp 106) or Method.Post (107+), also qualified (RestSharp.Method.POST).
    private static bool IsMethodMember(ExpressionSyntax expression)
        => expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Method" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Method" } };

    private static bool IsUnsafeMethodMember(ExpressionSyntax expression)
        => IsMethodMember(expression) && ((MemberAccessExpressionSyntax)expression).Name.Identifier.ValueText.ToUpperInvariant() is "POST" or "PUT" or "PATCH";

    private static bool HasUnsafeMethod(ObjectCreationExpressionSyntax request, string? requestName, SyntaxNode body)
    {
        if (request.ArgumentList != null)
        {
            foreach (ArgumentSyntax argument in request.ArgumentList.Arguments)
            {
                if (IsUnsafeMethodMember(argument.Expression))
                {
                    return true;
                }
            }
        }

        if (request.Initializer != null)
        {
            foreach (ExpressionSyntax expression in request.Initializer.Expressions)
            {
                if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Method" } } initializer && IsUnsafeMethodMember(initializer.Right))
                {
                    return true;
                }
            }
        }

        if (requestName != null)
        {
            foreach (AssignmentExpressionSyntax assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Method", Expression: IdentifierNameSyntax instance }
                    && instance.Identifier.ValueText == requestName && IsUnsafeMethodMember(assignment.Right))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The request passed to anything but the send (a signer or helper that may add the key), or returned.
    private static bool IsHandedToOtherCode(SyntaxNode body, string requestName, InvocationExpressionSyntax send)
    {
        foreach (IdentifierNameSyntax identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != requestName)
            {
                continue;
            }

            if (identifier.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } } && call != send
                || identifier.Parent is ReturnStatementSyntax)
            {
                return true;
            }
        }

        return false;
    }

    // new RestClient("https://...") / new RestClient(new Uri(...)) / new RestClient(new RestClientOptions(url)) /
    // new RestClient(options) with var options = new RestClientOptions(url) / client.BaseUrl = new Uri(...).
    private static void AppendClientUrl(ObjectCreationExpressionSyntax creation, string? clientName, SyntaxNode? body, SemanticModel model, StringBuilder text, System.Threading.CancellationToken cancellationToken)
    {
        ExpressionSyntax? url = creation.ArgumentList is { Arguments.Count: > 0 } arguments ? arguments.Arguments[0].Expression : null;
        if (url is IdentifierNameSyntax optionsName && body != null && FindCreation(body, optionsName.Identifier.ValueText, "RestClientOptions") is { } options)
        {
            url = options.Creation.ArgumentList is { Arguments.Count: > 0 } optionArguments ? optionArguments.Arguments[0].Expression : null;
        }
        else if (url is ObjectCreationExpressionSyntax inner && TypeName(inner.Type) == "RestClientOptions")
        {
            url = inner.ArgumentList is { Arguments.Count: > 0 } optionArguments ? optionArguments.Arguments[0].Expression : null;
        }

        if (url != null)
        {
            AppendConstant(url, model, text, cancellationToken);
        }

        if (body != null && clientName != null)
        {
            foreach (AssignmentExpressionSyntax assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BaseUrl", Expression: IdentifierNameSyntax instance } && instance.Identifier.ValueText == clientName)
                {
                    AppendConstant(assignment.Right, model, text, cancellationToken);
                }
            }
        }
    }

    private static void AppendConstant(ExpressionSyntax expression, SemanticModel model, StringBuilder text, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(expression, cancellationToken) is { } operation)
        {
            PaymentHttpRequestAnalyzer.AppendConstantText(operation, IdempotencyOperations.Root(operation), text, 0);
        }
    }

    // -1 or System.Threading.Timeout.Infinite (an int constant of -1).
    private static bool IsInfiniteMilliseconds(ExpressionSyntax value, SemanticModel model, System.Threading.CancellationToken cancellationToken)
        => value is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { Token.ValueText: "1" } }
           || value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Infinite" } && model.GetConstantValue(value, cancellationToken) is { HasValue: true, Value: -1 };
}
