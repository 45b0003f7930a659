using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// FG1005 for requests built by hand for a gateway no SDK table models: a raw card value (named as a PAN, security code or
/// track data, the FG1 name and type test) written into an XML element or attribute (<c>XmlWriter.WriteElementString</c>,
/// <c>WriteAttributeString</c>, <c>new XElement</c>, <c>new XAttribute</c>) or into an anonymous object that is serialized
/// or posted as the body, in a class that sends HTTP requests itself. The class test is what tells a gateway request from
/// an export or a report (nopCommerce-style order exports write the same elements to a file). Calls to the application's
/// own API count: the card leaves this server in a request it built (issue 18, judged set 6).
/// Resolved once per compilation; the sending test runs once per class, on the first card value found in it.
/// </summary>
internal sealed class HandBuiltRequests
{
    private const string Destination = "a service in a request built by hand";

    private readonly INamedTypeSymbol? _xmlWriter;
    private readonly INamedTypeSymbol? _xElement;
    private readonly INamedTypeSymbol? _xAttribute;
    private readonly FinGuardOptions _options;
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _sendingTypes = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

    private HandBuiltRequests(Compilation compilation, FinGuardOptions options)
    {
        _xmlWriter = compilation.GetTypeByMetadataName("System.Xml.XmlWriter");
        _xElement = compilation.GetTypeByMetadataName("System.Xml.Linq.XElement");
        _xAttribute = compilation.GetTypeByMetadataName("System.Xml.Linq.XAttribute");
        _options = options;
    }

    public static void Register(CompilationStartAnalysisContext start, FinGuardOptions options)
    {
        var requests = new HandBuiltRequests(start.Compilation, options);
        start.RegisterOperationAction(requests.AnalyzeInvocation, OperationKind.Invocation);

        if (requests._xElement != null || requests._xAttribute != null)
        {
            start.RegisterOperationAction(requests.AnalyzeXmlNode, OperationKind.ObjectCreation);
        }

        start.RegisterOperationAction(requests.AnalyzeAnonymousBody, OperationKind.AnonymousObjectCreation);
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name == "WriteElementString" || method.Name == "WriteAttributeString")
        {
            AnalyzeXmlWrite(context, invocation);
        }
        else if (HasCardNamedParameter(method))
        {
            AnalyzeServiceCall(context, invocation);
        }
    }

    // client.fCreateTokenCC(merchant, app, clientId, holder, details.CardNumber, month, year) on a SOAP or WCF proxy (a
    // SoapHttpClientProtocol or ClientBase<T> subclass, generated from the service's WSDL): the parameter names are the
    // service's, and a card value passed to a parameter named for the same card data goes over the wire.
    private void AnalyzeServiceCall(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        if (!IsWebServiceProxy(invocation.TargetMethod.ContainingType))
        {
            return;
        }

        CardDataNameOptions names = _options.GetCardDataNames(invocation.Syntax.SyntaxTree);
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is not { } parameter || !CardDataNames.MayNameCardData(parameter.Name))
            {
                continue;
            }

            CardDataKind expected = CardDataNames.Classify(parameter.Name, null, null, names);
            if (expected != CardDataKind.None
                && CardDataValues.Classify(CardDataValues.Unwrap(argument.Value), _options, out _) == expected
                && !TestProjects.IsInTestProjectFolder(invocation.Syntax.SyntaxTree))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(
                    Descriptors.RawCardDataToProcessor, argument.Syntax.GetLocation(), context.ContainingSymbol,
                    invocation.TargetMethod.Name + "(" + parameter.Name + ")", "a web service from a generated proxy"));
            }
        }
    }

    private static bool HasCardNamedParameter(IMethodSymbol method)
    {
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (CardDataNames.MayNameCardData(parameter.Name))
            {
                return true;
            }
        }

        return false;
    }

    // By name: System.Web.Services and WCF are not in the .NET reference packs, so the base types often do not resolve.
    private static bool IsWebServiceProxy(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type?.BaseType; current != null; current = current.BaseType)
        {
            if (current.Name is "SoapHttpClientProtocol" or "HttpWebClientProtocol" or "ClientBase" or "DuplexClientBase")
            {
                return true;
            }
        }

        return false;
    }

    // xml.WriteElementString("cardNumber", info.Card_No), xml.WriteAttributeString("cvv", "", cvv).
    private void AnalyzeXmlWrite(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (!DerivesFrom(method.ContainingType, _xmlWriter))
        {
            return;
        }

        IOperation? name = null, value = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            switch (argument.Parameter?.Name)
            {
                case "localName":
                    name = argument.Value;
                    break;
                case "value":
                    value = argument.Value;
                    break;
            }
        }

        ReportCardValue(context, invocation.Syntax, name, value);
    }

    // new XElement("CardNumber", cardnumber), new XAttribute("cvv", cvc), new XElement("Card", new XElement(...), pan).
    private void AnalyzeXmlNode(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        INamedTypeSymbol? type = creation.Type as INamedTypeSymbol;
        if (type == null || creation.Arguments.Length < 2
            || !(SymbolEqualityComparer.Default.Equals(type, _xElement) || SymbolEqualityComparer.Default.Equals(type, _xAttribute)))
        {
            return;
        }

        IOperation name = creation.Arguments[0].Value;
        for (int i = 1; i < creation.Arguments.Length; i++)
        {
            IOperation content = creation.Arguments[i].Value;
            if (creation.Arguments[i].ArgumentKind == ArgumentKind.ParamArray && content is IArrayCreationOperation { Initializer: { } elements })
            {
                foreach (IOperation element in elements.ElementValues)
                {
                    if (ReportCardValue(context, creation.Syntax, name, element))
                    {
                        return;
                    }
                }
            }
            else if (ReportCardValue(context, creation.Syntax, name, content))
            {
                return;
            }
        }
    }

    // var payload = new { card = new { cardNumber = request.CardNumber, cvc = request.CardCvc } };
    // client.PostAsync(url, new StringContent(JsonSerializer.Serialize(payload))): the body of the request is the card.
    private void AnalyzeAnonymousBody(OperationAnalysisContext context)
    {
        var creation = (IAnonymousObjectCreationOperation)context.Operation;
        foreach (IOperation initializer in creation.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment)
            {
                continue;
            }

            if (!IsRawCardValue(assignment.Value, out _)
                || !IsSerializedOrSent(Outermost(creation))
                || !IsSendingContext(context))
            {
                continue;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                Descriptors.RawCardDataToProcessor, assignment.Syntax.GetLocation(), context.ContainingSymbol, member.Property.Name, Destination));
        }
    }

    private bool ReportCardValue(OperationAnalysisContext context, SyntaxNode report, IOperation? name, IOperation? value)
    {
        if (value == null || !IsRawCardValue(value, out string valueName))
        {
            return false;
        }

        // The value decides, not the element's name: <CardValidationCode> holds the CVV, and <maskedPan> given the raw
        // number still sends it.
        string? elementName = name == null ? null : CardDataValues.Unwrap(name).ConstantValue is { HasValue: true, Value: string text } ? text : null;
        if (!IsSendingContext(context))
        {
            return false;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(
            Descriptors.RawCardDataToProcessor, report.GetLocation(), context.ContainingSymbol, elementName ?? valueName, Destination));
        return true;
    }

    // A local, parameter, field or property named as a PAN, security code or track data (not a masked, last-four, token or
    // hashed form), of a type that can hold it; text-preserving calls (Trim, ToString) are looked through.
    private bool IsRawCardValue(IOperation value, out string name)
    {
        CardDataKind kind = CardDataValues.Classify(CardDataValues.Unwrap(value), _options, out name);
        return kind is CardDataKind.Pan or CardDataKind.SecurityCode or CardDataKind.TrackData;
    }

    private bool IsSendingContext(OperationAnalysisContext context)
    {
        if (TestProjects.IsInTestProjectFolder(context.Operation.Syntax.SyntaxTree))
        {
            return false;
        }

        INamedTypeSymbol? type = context.ContainingSymbol as INamedTypeSymbol ?? context.ContainingSymbol.ContainingType;
        while (type?.ContainingType != null)
        {
            type = type.ContainingType;
        }

        return type != null && _sendingTypes.GetOrAdd(type, static t => SendsHttpRequests(t));
    }

    // new { cardOnFile = new { cardNumber = ... } } is judged by what happens to the outermost object.
    private static IOperation Outermost(IOperation operation)
    {
        for (int depth = 0; depth < 16; depth++)
        {
            IOperation? parent = operation.Parent;
            switch (parent)
            {
                case IConversionOperation or IArrayInitializerOperation or IArrayCreationOperation or IParenthesizedOperation:
                    operation = parent;
                    continue;
                case ISimpleAssignmentOperation { Parent: IAnonymousObjectCreationOperation outer }:
                    operation = outer;
                    continue;
            }

            break;
        }

        return operation;
    }

    // The object is handed to a serializer or posted as a body: directly (JsonSerializer.Serialize(new { ... }),
    // client.PostAsJsonAsync(url, new { ... })) or through the local it initializes (var payload = new { ... }; ...
    // Serialize(payload)). A returned, logged or rendered object is not a request body (FG1003 and the response rules).
    private static bool IsSerializedOrSent(IOperation body)
    {
        // Syntax, not operations: an argument of a helper that does not bind (a serializer before restore) has no
        // IArgumentOperation parent.
        SyntaxNode syntax = body.Syntax;
        while (syntax.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            syntax = syntax.Parent;
        }

        if (syntax.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } })
        {
            return IsBodyCall(InvokedName(invocation), invocation);
        }

        if (syntax.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator })
        {
            return false;
        }

        string local = declarator.Identifier.ValueText;
        SyntaxNode? scope = declarator.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax);
        if (scope == null)
        {
            return false;
        }

        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax call && IsBodyCall(InvokedName(call), call))
            {
                foreach (ArgumentSyntax argument in call.ArgumentList.Arguments)
                {
                    if (argument.Expression is IdentifierNameSyntax { Identifier.ValueText: var used } && used == local)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsBodyCall(string name, SyntaxNode call)
    {
        switch (name)
        {
            // System.Text.Json, Newtonsoft.Json and the application's own Serialize helpers; ServiceStack ToJson.
            case "Serialize":
            case "SerializeAsync":
            case "SerializeObject":
            case "SerializeToUtf8Bytes":
            case "ToJson":
            // HttpClient JSON extensions, RestSharp request bodies, Flurl.
            case "PostAsJsonAsync":
            case "PutAsJsonAsync":
            case "PatchAsJsonAsync":
            case "AddJsonBody":
            case "AddXmlBody":
            case "AddBody":
            case "PostJsonAsync":
            case "PutJsonAsync":
            case "PatchJsonAsync":
                return true;
            case "Create":
                // JsonContent.Create(payload).
                return call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } } && RightmostName(receiver) == "JsonContent";
            default:
                return false;
        }
    }

    // A class that sends HTTP requests itself (the same test for every hand-built body): HttpClient's send and JSON
    // methods, WebRequest.Create and its request stream, WebClient uploads, an HttpRequestMessage or RestSharp request,
    // Flurl. Syntax only, by name, so that it also holds before restore; run once per class.
    private static bool SendsHttpRequests(INamedTypeSymbol type)
    {
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                        string name = access.Name.Identifier.ValueText;
                        if (IsHttpSendName(name)
                            || (name is "Create" or "CreateHttp" && RightmostName(access.Expression) is "WebRequest" or "HttpWebRequest"))
                        {
                            return true;
                        }

                        break;
                    case ObjectCreationExpressionSyntax creation:
                        if (RightmostName(creation.Type) is "HttpRequestMessage" or "RestRequest" or "WebClient")
                        {
                            return true;
                        }

                        break;
                }
            }
        }

        return false;
    }

    private static bool IsHttpSendName(string name)
    {
        switch (name)
        {
            case "PostAsync":
            case "PutAsync":
            case "PatchAsync":
            case "PostAsJsonAsync":
            case "PutAsJsonAsync":
            case "PatchAsJsonAsync":
            case "GetRequestStream":
            case "GetRequestStreamAsync":
            case "BeginGetRequestStream":
            case "UploadString":
            case "UploadStringAsync":
            case "UploadStringTaskAsync":
            case "UploadValues":
            case "UploadValuesAsync":
            case "UploadValuesTaskAsync":
            case "UploadData":
            case "UploadDataAsync":
            case "UploadDataTaskAsync":
            case "PostJsonAsync":
            case "PutJsonAsync":
            case "PostUrlEncodedAsync":
            case "ExecutePostAsync":
                return true;
            default:
                return false;
        }
    }

    private static string InvokedName(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        _ => string.Empty,
    };

    private static string? RightmostName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => RightmostName(qualified.Right),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (; type != null; type = type.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
