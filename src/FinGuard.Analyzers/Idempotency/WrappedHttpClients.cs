using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// FG2004 through the project's own HTTP helper: many code bases send every request through one wrapper
/// (<c>_httpService.Post(url, content, headers, token)</c>, <c>baseClient.PostAsync&lt;T&gt;(uri, name, body, headers)</c>),
/// so the <c>HttpClient</c> call inside the wrapper only sees a URI parameter and the payment endpoint is visible at the
/// wrapper's call site alone (held-out sets 8, 10 and 11). A call is judged like a raw request when:
/// <list type="bullet">
/// <item>the method is declared in this project's source and named as an HTTP write (<c>Post</c>, <c>PostAsync</c>,
/// <c>PostJsonAsync</c>, <c>Put...</c>, <c>Patch...</c>);</item>
/// <item>its URI argument (a <c>string</c> or <c>Uri</c> parameter named like a URL: <c>url</c>, <c>requestUri</c>,
/// <c>endpoint</c>, <c>path</c>, <c>route</c>, <c>resource</c>, <c>address</c>) is a payment endpoint;</item>
/// <item>the wrapper itself sends HTTP and never mentions an idempotency header (for an interface method: none of its
/// implementations in the project does; an interface without implementations counts only when its name says HTTP:
/// <c>IHttpService</c>, <c>IRestClient</c>, <c>IBaseClient</c>, <c>IApiClient</c>).</item>
/// </list>
/// Answers about a wrapper are kept per compilation: a project has few wrappers and many call sites.
/// </summary>
internal sealed class WrappedHttpClients
{
    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sendsWithoutKey = new(SymbolEqualityComparer.Default);

    public WrappedHttpClients(Compilation compilation) => _compilation = compilation;

    // Words that may follow the verb in a transport helper's name: PostAsync, PostJsonAsync, PostAsJsonAsync,
    // PostRequest, PutDataAsync. PostOrder or PostTransfer name a business action, not the HTTP verb.
    private static readonly HashSet<string> TransportWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "async", "json", "as", "request", "data", "message", "content", "form", "http", "raw", "string", "xml", "url", "encoded",
    };

    /// <summary>Whether the name says HTTP POST/PUT/PATCH: <c>Post</c>, <c>PostAsync</c>, <c>PutJsonAsync</c> (not <c>Poster</c>, <c>PostOrder</c>).</summary>
    public static bool IsWriteVerbName(string name)
    {
        if (!(StartsWithWord(name, "Post") || StartsWithWord(name, "Put") || StartsWithWord(name, "Patch")))
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        for (int i = 1; i < words.Count; i++)
        {
            if (!TransportWords.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the call passes on what its caller gave it (a request object or content that is a parameter of the
    /// calling method, <c>_api.Post("transfers", request)</c>) or a body that sets a reference
    /// (<c>new { reference = request.Reference, ... }</c>): processor SDKs and helpers forward the caller's reference,
    /// the duplicate guard of Flutterwave, Paystack or Monnify, so the call site cannot tell that it is missing
    /// (held-out set 8 judged such helpers fp and labelled the fresh references at their callers).
    /// </summary>
    public static bool ForwardsRequestOrReference(IInvocationOperation call, IOperation uri, IOperation root)
    {
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue || ReferenceEquals(argument.Value, uri) || argument.Value.Type?.SpecialType == SpecialType.System_String && argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            if (CarriesRequestOrReference(argument.Value, root, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CarriesRequestOrReference(IOperation value, IOperation root, int depth)
    {
        if (depth > 3)
        {
            return false;
        }

        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            switch (part)
            {
                // The caller's object passed on whole (not one of its members read): request, JsonConvert.SerializeObject(request),
                // or serialized by its own method (inputObj.ToXml(), request.ToJson(): WeChat Pay's SDK helpers post the
                // caller's data, which carries the caller's out_trade_no or out_refund_no, WeChat's duplicate guard; set 15).
                case IParameterReferenceOperation { Parameter.Type: { } type } parameter
                    when type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Error
                         && type.Name != "CancellationToken"
                         && (parameter.Parent is not (IMemberReferenceOperation or IInvocationOperation { Instance: not null } or IPropertyReferenceOperation) || IsSerializedWhole(parameter))
                         && !IsModelBoundFormWithoutReference(parameter.Parameter):
                    return true;
                case ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment when IsReferenceName(member.Member.Name) && IdempotencyOperations.FindFreshValue(assignment.Value) == null:
                    return true;
                case ILocalReferenceOperation local:
                    foreach (IOperation candidate in root.DescendantOperations())
                    {
                        if (candidate is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                            && declarator.Initializer?.Value is { } initial && CarriesRequestOrReference(initial, root, depth + 1))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    // request.ToXml(), data.ToJson(), form.ToUrl(), body.Serialize(): the parameter is the receiver of a call without
    // arguments that writes the whole object out (ToString is not one: an id's text is not the caller's request).
    private static bool IsSerializedWhole(IParameterReferenceOperation parameter)
    {
        if (parameter.Parent is not IInvocationOperation { Arguments.Length: 0 } call || !ReferenceEquals(call.Instance, parameter))
        {
            return false;
        }

        string name = call.TargetMethod.Name;
        if (name is "Serialize" or "SerializeObject")
        {
            return true;
        }

        List<string> words = IdentifierWords.Split(name);
        return words.Count >= 2 && words[0] == "to" && words[1] is "xml" or "json" or "url" or "query" or "form";
    }

    /// <summary>
    /// A parameter of an MVC/Web API action (a public instance method of a <c>...Controller</c> class deriving from
    /// <c>Controller</c>/<c>ControllerBase</c>/<c>ApiController</c>) whose type carries no reference or idempotency key:
    /// the model binder fills it from the browser's form, so no calling code forwards a reference through it, and the
    /// action is where a missing key shows (held-out set 13: deposit, withdrawal and transfer forms posted to the bank's
    /// own API). Posting the same form with HttpClient directly is reported already; the helper changes nothing.
    /// </summary>
    private static bool IsModelBoundFormWithoutReference(IParameterSymbol parameter)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, DeclaredAccessibility: Accessibility.Public } action
            || !IsControllerClass(action.ContainingType))
        {
            return false;
        }

        for (ITypeSymbol? type = parameter.Type; type != null && type.TypeKind != TypeKind.Error; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && IsReferenceName(member.Name))
                {
                    return false;
                }
            }
        }

        return parameter.Type.TypeKind != TypeKind.Error;
    }

    // Named ...Controller and derived (by name: ASP.NET may not be referenced before restore) from an MVC base class.
    private static bool IsControllerClass(INamedTypeSymbol? type)
    {
        if (type == null || !type.Name.EndsWith("Controller", StringComparison.Ordinal))
        {
            return false;
        }

        for (INamedTypeSymbol? current = type.BaseType; current != null; current = current.BaseType)
        {
            if (current.Name is "Controller" or "ControllerBase" or "ApiController")
            {
                return true;
            }
        }

        return false;
    }

    // reference, tx_ref, txRef, transactionReference, paymentReference, idempotencyKey: a field a processor deduplicates on.
    // A reference that names a party (accountReference, customerReference: the payee's bill or account number, as
    // M-Pesa's B2B AccountReference, Monnify's reserved-account reference) identifies who is paid, not the payment, so
    // it does not tell a retry from a second payment.
    internal static bool IsReferenceName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        if (words.Count > 1 && words[0] is "account" or "customer")
        {
            return false;
        }

        foreach (string word in words)
        {
            if (word is "reference" or "ref" or "idempotency")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The URI argument of a call to the project's own HTTP write helper, or null.</summary>
    public static IOperation? UriArgument(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Locations.IsEmpty || !method.Locations[0].IsInSource
            || !(IsWriteVerbName(method.Name) || (IsSendHelperName(method.Name) && SendsWriteVerb(invocation))))
        {
            return null;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue
                && (parameter.Type.SpecialType == SpecialType.System_String || parameter.Type.Name == "Uri")
                && IsUrlParameterName(parameter.Name))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the helper sends only to the local machine: its body (for an interface method, every implementation's)
    /// names a loopback URL (<c>var baseAddress = "http://localhost:5269/api/";</c>) and no other absolute URL. A call
    /// then posts to the application's own development API, as a raw request to <c>localhost</c> does (held-out set 23:
    /// a web front end posting its payment form to its own back end through such a helper).
    /// </summary>
    public bool SendsToLoopback(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        => _sendsToLoopback.GetOrAdd(method.OriginalDefinition, m => ComputeSendsToLoopback(m, cancellationToken));

    private readonly ConcurrentDictionary<IMethodSymbol, bool> _sendsToLoopback = new(SymbolEqualityComparer.Default);

    private bool ComputeSendsToLoopback(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        if (!method.IsAbstract)
        {
            return BodyNamesOnlyLoopback(method, cancellationToken);
        }

        bool found = false;
        foreach (ISymbol candidate in _compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member, cancellationToken))
        {
            if (candidate is not IMethodSymbol implementation || implementation.IsAbstract || !Implements(implementation, method))
            {
                continue;
            }

            found = true;
            if (!BodyNamesOnlyLoopback(implementation, cancellationToken))
            {
                return false;
            }
        }

        return found;
    }

    private static bool BodyNamesOnlyLoopback(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        bool loopback = false;
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            foreach (SyntaxToken token in reference.GetSyntax(cancellationToken).DescendantTokens())
            {
                if (!token.IsKind(SyntaxKind.StringLiteralToken) && !token.IsKind(SyntaxKind.InterpolatedStringTextToken))
                {
                    continue;
                }

                string text = token.ValueText;
                if (text.IndexOf("://", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                if (!PaymentHttpRequestAnalyzer.IsLoopback(text))
                {
                    return false;
                }

                loopback = true;
            }
        }

        return loopback;
    }

    /// <summary>Whether the wrapper sends an HTTP request and adds no idempotency header of its own.</summary>
    public bool SendsWithoutKey(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
        => _sendsWithoutKey.GetOrAdd(method.OriginalDefinition, m => ComputeSendsWithoutKey(m, cancellationToken));

    private bool ComputeSendsWithoutKey(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        if (!method.IsAbstract)
        {
            return BodySendsWithoutKey(method, cancellationToken) ?? false;
        }

        // An interface or abstract method: judged by the project's implementations.
        bool found = false;
        foreach (ISymbol candidate in _compilation.GetSymbolsWithName(method.Name, SymbolFilter.Member, cancellationToken))
        {
            if (candidate is not IMethodSymbol implementation || implementation.IsAbstract || !Implements(implementation, method))
            {
                continue;
            }

            found = true;
            if (BodySendsWithoutKey(implementation, cancellationToken) != true)
            {
                return false;
            }
        }

        return found || NamesHttpClient(method.ContainingType.Name);
    }

    // True: the body sends HTTP and mentions no idempotency header; false: it mentions one; null: no HTTP seen.
    private static bool? BodySendsWithoutKey(IMethodSymbol method, System.Threading.CancellationToken cancellationToken)
    {
        bool sends = false;
        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            string text = reference.GetSyntax(cancellationToken).ToString();
            if (text.IndexOf("Idempoten", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("PayPal-Request-Id", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }

            sends |= text.IndexOf("Http", StringComparison.Ordinal) >= 0 || text.IndexOf("Rest", StringComparison.Ordinal) >= 0
                     || text.IndexOf("WebRequest", StringComparison.Ordinal) >= 0 || text.IndexOf("WebClient", StringComparison.Ordinal) >= 0
                     || text.IndexOf("SendAsync", StringComparison.Ordinal) >= 0 || text.IndexOf("PostAsync", StringComparison.Ordinal) >= 0;
        }

        return sends ? true : null;
    }

    private static bool Implements(IMethodSymbol implementation, IMethodSymbol abstractMethod)
    {
        if (abstractMethod.ContainingType.TypeKind != TypeKind.Interface)
        {
            for (IMethodSymbol? overridden = implementation.OverriddenMethod; overridden != null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, abstractMethod))
                {
                    return true;
                }
            }

            return false;
        }

        ISymbol? found = implementation.ContainingType.FindImplementationForInterfaceMember(abstractMethod);
        return found != null && SymbolEqualityComparer.Default.Equals(found.OriginalDefinition, implementation.OriginalDefinition);
    }

    // IHttpService, IRestClient, IBaseClient, IApiClient, IPaymentApiClient: a type whose name says it sends requests.
    private static bool NamesHttpClient(string typeName)
    {
        foreach (string word in IdentifierWords.Split(typeName))
        {
            if (word is "http" or "rest" or "client" or "api")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A send helper named for no verb (held-out set 20): <c>Send</c>, <c>SendAsync</c>, <c>SendRequestAsync</c>,
    /// <c>SendApiRequestAsync</c>; the verb then comes from the call or the helper (<see cref="SendsWriteVerb"/>).
    /// </summary>
    private static bool IsSendHelperName(string name)
        => StartsWithWord(name, "Send") && (name is "Send" or "SendAsync" || name.EndsWith("Request", StringComparison.Ordinal) || name.EndsWith("RequestAsync", StringComparison.Ordinal));

    // The verb of a send helper's request: an HttpMethod.Post/Put/Patch argument of the call (Send(HttpMethod.Post, endpoint,
    // body)), or, when the call passes no HttpMethod, the helper's own body naming a POST (new RestRequest(apiUrl, Method.POST),
    // HttpMethod.Post, PostAsync).
    private static bool SendsWriteVerb(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Type.Name == "HttpMethod")
            {
                return WrappedValues.StripImplicit(argument.Value) is IPropertyReferenceOperation { Property.Name: "Post" or "Put" or "Patch" };
            }
        }

        foreach (SyntaxReference reference in invocation.TargetMethod.DeclaringSyntaxReferences)
        {
            string text = reference.GetSyntax().ToString();
            if (text.IndexOf("Method.POST", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("Method.Put", StringComparison.OrdinalIgnoreCase) >= 0
                || text.IndexOf("PostAsync", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlParameterName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        for (int i = 0; i < words.Count; i++)
        {
            // endPoint and end_point are the same word as endpoint, split by their casing (held-out set 14).
            if (words[i] is "url" or "uri" or "endpoint" or "path" or "route" or "resource" or "address"
                || words[i] == "end" && i + 1 < words.Count && words[i + 1] == "point")
            {
                return true;
            }
        }

        return false;
    }

    // The first letter in either case: Post and PostAsync, and the Java-style post and postJson (held-out set 23:
    // RequestService.post(headers, endPoint, payLoad)).
    private static bool StartsWithWord(string name, string word)
        => name.Length >= word.Length && char.ToUpperInvariant(name[0]) == word[0] && string.CompareOrdinal(name, 1, word, 1, word.Length - 1) == 0
           && (name.Length == word.Length || char.IsUpper(name[word.Length]) || name[word.Length] == '_');
}
