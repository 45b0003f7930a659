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
/// Also (issue 18, set 17): form fields in string-keyed collections (<c>parameters.Add("Pan", request.CardNumber)</c>,
/// indexers, collection initializers, <c>KeyValuePair</c>), XML or query text built by interpolation, concatenation or
/// <c>string.Format</c> (<see cref="RequestTextField"/>), the <c>XmlDocument</c> DOM, and request types the application
/// declares that are serialized where they are filled. There the field's name counts as well as the value
/// (<c>"&lt;ccno&gt;" + numara</c>). A class also sends through a base class or a client class of its project, and a form
/// collection handed with the bank's address to the call that renders it counts in any class.
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
    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _directlySendingTypes = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

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

        start.RegisterOperationAction(requests.AnalyzeAnonymousBody, OperationKind.AnonymousObjectCreation);
        start.RegisterOperationAction(requests.AnalyzeCreation, OperationKind.ObjectCreation);
        start.RegisterOperationAction(requests.AnalyzeIndexedField, OperationKind.SimpleAssignment);
        start.RegisterOperationAction(requests.AnalyzeInterpolatedText, OperationKind.InterpolatedString);
        start.RegisterOperationAction(requests.AnalyzeConcatenatedText, OperationKind.Binary);
    }

    private void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Name == "WriteElementString" || method.Name == "WriteAttributeString")
        {
            AnalyzeXmlWrite(context, invocation);
        }
        else if (method.Name is "Add" or "TryAdd" or "Set" or "Append" or "Put" && invocation.Arguments.Length == 2)
        {
            AnalyzeFormField(context, invocation);
        }
        else if (method.Name is "CreateTextNode" or "SetAttribute" or "CreateCDataSection")
        {
            AnalyzeXmlDom(context, invocation);
        }
        else if (method.Name == "Format" && method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            AnalyzeFormattedText(context, invocation);
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
            // Kart_No beside KK_No in the service's vocabulary: the wallet account, not the card (OtherCardNumbers).
            if (expected != CardDataKind.None
                && !(expected == CardDataKind.Pan && OtherCardNumbers.NamesAnotherCard(parameter))
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
    private void AnalyzeXmlNode(OperationAnalysisContext context, IObjectCreationOperation creation)
    {

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

    private void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type is not INamedTypeSymbol type)
        {
            return;
        }

        if (creation.Arguments.Length >= 2
            && (SymbolEqualityComparer.Default.Equals(type, _xElement) || SymbolEqualityComparer.Default.Equals(type, _xAttribute)))
        {
            AnalyzeXmlNode(context, creation);
        }
        else if (creation.Arguments.Length == 2 && type.Name == "KeyValuePair" && type.TypeArguments.Length == 2
            && type.TypeArguments[0].SpecialType == SpecialType.System_String)
        {
            // new KeyValuePair<string, string>("pan", card.Number) in the list a FormUrlEncodedContent posts.
            ReportRequestField(context, creation.Syntax, ConstantText(creation.Arguments[0].Value), creation.Arguments[1].Value, collection: null);
        }
        else if (creation.Initializer != null && type.TypeKind == TypeKind.Class && !type.Locations.IsEmpty && type.Locations[0].IsInSource)
        {
            AnalyzeOwnRequestType(context, creation);
        }
    }

    // new TxnRequest { CardNumber = payment.CreditCardNumber, Cvc2 = payment.CreditCardCvv2 }.ToStream() posted to the
    // gateway: a request type the application declares itself (a processor's schema copied into the project) is a hand-built
    // body when it is serialized or sent right where it is filled, in a class that sends HTTP requests. Types of other
    // assemblies are the external-request test's (RawCardDataToProcessorAnalyzer); a DTO that is returned or stored is not
    // a request body.
    private void AnalyzeOwnRequestType(OperationAnalysisContext context, IObjectCreationOperation creation)
    {
        bool? sent = null;
        foreach (IOperation initializer in creation.Initializer!.Initializers)
        {
            if (initializer is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation member } assignment
                || !IsRawCardValue(assignment.Value, out _)
                || CardDataNames.HasSafeForm(member.Member.Name, _options.GetCardDataNames(creation.Syntax.SyntaxTree)))
            {
                continue;
            }

            sent ??= IsSerializedOrSent(Outermost(creation)) && IsSendingContext(context);
            if (sent == false)
            {
                return;
            }

            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                Descriptors.RawCardDataToProcessor, assignment.Syntax.GetLocation(), context.ContainingSymbol, member.Member.Name, Destination));
        }
    }

    // parameters.Add("Pan", request.CardNumber), form.Set("cv2", cvv), new Dictionary<string, string> { { "pan", card.Number } }
    // (the initializer's implicit Add): a field of a form or name/value request built by hand for a bank or gateway (the
    // 3-D Secure form a server renders and auto-posts, a urlencoded POST). Authorize.Net AIM keys are reported by the AIM
    // test, wherever they are.
    private void AnalyzeFormField(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.Parameters.Length != 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_String || method.IsStatic
            || IsExcludedStore(invocation.Instance?.Type as INamedTypeSymbol ?? method.ContainingType))
        {
            return;
        }

        IOperation? key = null, value = null;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                key = argument.Value;
            }
            else if (argument.Parameter?.Ordinal == 1)
            {
                value = argument.Value;
            }
        }

        if (key == null || value == null)
        {
            return;
        }

        ReportRequestField(context, invocation.Syntax, ConstantText(key), value, CollectionOf(invocation.Instance, invocation));
    }

    // form["cv2"] = cvv, new Dictionary<string, string> { ["pan"] = card.Number }: the same form field through the indexer.
    private void AnalyzeIndexedField(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
            || indexer.Property.Parameters[0].Type.SpecialType != SpecialType.System_String
            || ConstantText(indexer.Arguments[0].Value) is not { } key
            || IsExcludedStore(indexer.Instance?.Type as INamedTypeSymbol ?? indexer.Property.ContainingType))
        {
            return;
        }

        ReportRequestField(context, assignment.Syntax, key, assignment.Value, CollectionOf(indexer.Instance, assignment));
    }

    // $"<CardNumber>{request.CardNumber}</CardNumber>", $"...&pan={pan}&cv2={cvv}": XML or query text built by
    // interpolation; the field is the element or parameter the hole follows.
    private void AnalyzeInterpolatedText(OperationAnalysisContext context)
    {
        var text = (IInterpolatedStringOperation)context.Operation;
        string? before = null;
        bool atStart = false;
        for (int i = 0; i < text.Parts.Length; i++)
        {
            IInterpolatedStringContentOperation part = text.Parts[i];
            if (part is IInterpolatedStringTextOperation literal)
            {
                before = ConstantText(literal.Text);
                atStart = i == 0;
                continue;
            }

            // builder.Append($"<Pan>{pan}</Pan>") binds to an interpolated string handler: its parts are AppendLiteral and
            // AppendFormatted calls.
            if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { Arguments.Length: > 0 } append })
            {
                if (part.Kind == OperationKind.InterpolatedStringAppendLiteral)
                {
                    before = ConstantText(append.Arguments[0].Value);
                    atStart = i == 0;
                    continue;
                }

                if (before != null && RequestTextField.Before(before, atStart, out string appendedField, out bool appendedElement))
                {
                    ReportTextField(context, part.Syntax, appendedField, appendedElement, append.Arguments[0].Value, before);
                }
            }
            else if (part is IInterpolationOperation hole && before != null && RequestTextField.Before(before, atStart, out string field, out bool isElement))
            {
                ReportTextField(context, hole.Syntax, field, isElement, hole.Expression, before);
            }

            before = null;
        }
    }

    // "<ccno>" + number + "</ccno>", url + "?cardNumber=" + pan: the same text built by concatenation. Most binary
    // operations are rejected by their kind and type before anything else is looked at.
    private void AnalyzeConcatenatedText(OperationAnalysisContext context)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind != BinaryOperatorKind.Add || binary.Type?.SpecialType != SpecialType.System_String || binary.RightOperand.ConstantValue.HasValue)
        {
            return;
        }

        IOperation left = binary.LeftOperand;
        string? before = ConstantText(left);
        bool atStart = before != null;
        if (before == null && left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner)
        {
            before = ConstantText(inner.RightOperand);
        }

        if (before != null && RequestTextField.Before(before, atStart, out string field, out bool isElement))
        {
            ReportTextField(context, binary.RightOperand.Syntax, field, isElement, binary.RightOperand, before);
        }
    }

    // string.Format("?numeroCartao={0}&data={1}", numeroCartao, data): the same text through a format string.
    private void AnalyzeFormattedText(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        string? format = null;
        var values = new List<IOperation>();
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            string? parameter = argument.Parameter?.Name;
            if (parameter == "format")
            {
                format = ConstantText(argument.Value);
            }
            else if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements })
            {
                values.AddRange(elements.ElementValues);
            }
            else if (parameter is "arg0" or "arg1" or "arg2")
            {
                values.Add(argument.Value);
            }
        }

        if (format == null || format.IndexOf('{') < 0)
        {
            return;
        }

        int segmentStart = 0;
        for (int i = 0; i < format.Length; i++)
        {
            if (format[i] != '{')
            {
                continue;
            }

            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                i++;
                continue;
            }

            int index = 0, j = i + 1;
            while (j < format.Length && format[j] >= '0' && format[j] <= '9')
            {
                index = (index * 10) + (format[j] - '0');
                j++;
            }

            if (j > i + 1 && index < values.Count
                && RequestTextField.Before(format.Substring(segmentStart, i - segmentStart), segmentStart == 0, out string field, out bool isElement))
            {
                ReportTextField(context, values[index].Syntax, field, isElement, values[index]);
            }

            int close = format.IndexOf('}', i);
            if (close < 0)
            {
                return;
            }

            segmentStart = close + 1;
            i = close;
        }
    }

    // doc.CreateTextNode(cardNumber), cvv2Element.AppendChild(doc.CreateTextNode(code)), element.SetAttribute("cvv", cvv):
    // the XmlDocument DOM. The field is the attribute's name, or the name of the element the text node is appended to.
    private void AnalyzeXmlDom(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.ContainingType?.ContainingNamespace is not { Name: "Xml", ContainingNamespace.Name: "System" })
        {
            return;
        }

        if (method.Name == "SetAttribute")
        {
            if (invocation.Arguments.Length == 2 && invocation.Arguments[0].Parameter?.Name == "name")
            {
                ReportRequestField(context, invocation.Syntax, ConstantText(invocation.Arguments[0].Value), invocation.Arguments[1].Value, collection: null);
            }

            return;
        }

        if (invocation.Arguments.Length != 1)
        {
            return;
        }

        string? element = invocation.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "AppendChild", Instance: { } parent } }
            ? CardDataValues.ReferencedName(parent)
            : null;
        ReportRequestField(context, invocation.Syntax, element, invocation.Arguments[0].Value, collection: null);
    }

    // A card value (the FG1 name and type test) under any field name, or any referenced value under a field named as card
    // data ("pan", "cv2", "ccno", "cardCvv2": the bank's own names, given a local named in another language), written into a
    // request built by hand in a class that sends HTTP requests, or handed with the bank's address to the call that renders
    // or posts it.
    private void ReportRequestField(OperationAnalysisContext context, SyntaxNode report, string? field, IOperation value, IOperation? collection)
    {
        if (field != null && RawCardDataToProcessorAnalyzer.IsAimCardField(field))
        {
            return;
        }

        if (!IsCardField(field, value, out string name)
            || TestProjects.IsInTestProjectFolder(report.SyntaxTree)
            || !(IsSendingContext(context) || (collection != null && IsHandedToAddressedCall(collection))))
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.RawCardDataToProcessor, report.GetLocation(), context.ContainingSymbol, name, Destination));
    }

    // before: the text the value follows, when known. A raw card value in a hidden input of a form the server writes
    // ('<input type="hidden" name="cardnumber" value="' + request.cardnumber) is posted on to the bank by the page (a
    // 3-D Secure form that submits itself): a request to the processor built by the server, whatever the class sends.
    private void ReportTextField(OperationAnalysisContext context, SyntaxNode report, string field, bool isElement, IOperation value, string? before = null)
    {
        // <td>{card.Number}</td>: markup of a page, not a request (what a page shows is FG1004's).
        if (isElement && RequestTextField.IsHtmlElement(field))
        {
            return;
        }

        if (IsCardField(field, value, out string name)
            && (IsSendingContext(context) || (!isElement && before != null && IsRawCardValue(value, out _) && RequestTextField.IsHiddenInputValue(before, field)
                                               && !TestProjects.IsInTestProjectFolder(report.SyntaxTree))))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.RawCardDataToProcessor, report.GetLocation(), context.ContainingSymbol, name, Destination));
        }
    }

    private bool IsCardField(string? field, IOperation value, out string name)
    {
        if (field != null && RequestTextField.NamesIssuerPrefix(field))
        {
            name = field;
            return false;
        }

        if (IsRawCardValue(value, out name))
        {
            name = field ?? name;
            return true;
        }

        name = field ?? string.Empty;
        if (field == null || !CardDataNames.MayNameCardData(field) || value.ConstantValue.HasValue)
        {
            return false;
        }

        CardDataNameOptions names = _options.GetCardDataNames(value.Syntax.SyntaxTree);
        CardDataKind kind = CardDataNames.Classify(field, null, null, names);
        if (kind == CardDataKind.None && RequestTextField.IsBankSecurityCodeField(field))
        {
            kind = CardDataKind.SecurityCode;
        }

        if (kind is not (CardDataKind.Pan or CardDataKind.SecurityCode or CardDataKind.TrackData))
        {
            return false;
        }

        // A referenced value only (a call may mask, hash or look up), not named as a safe form, of a type that can hold it.
        IOperation unwrapped = CardDataValues.Unwrap(value);
        if (unwrapped is IPropertyReferenceOperation { Property.IsIndexer: true } || CardDataValues.ReferencedName(unwrapped) is not { } valueName)
        {
            return false;
        }

        return !CardDataNames.HasSafeForm(valueName, names) && !CardDataTypes.CannotHold(kind, unwrapped.Type);
    }

    // Session, view data, cache, model state, cookies: string-keyed stores of the application, not a request's fields
    // (a card kept in session or shown in a view is FG1004's).
    private static bool IsExcludedStore(INamedTypeSymbol? type)
    {
        for (; type != null; type = type.BaseType)
        {
            string name = type.Name;
            if (name.IndexOf("Session", StringComparison.Ordinal) >= 0 || name.IndexOf("ViewData", StringComparison.Ordinal) >= 0
                || name.IndexOf("TempData", StringComparison.Ordinal) >= 0 || name.IndexOf("Cache", StringComparison.Ordinal) >= 0
                || name.IndexOf("ModelState", StringComparison.Ordinal) >= 0 || name.IndexOf("Cookie", StringComparison.Ordinal) >= 0
                || name.IndexOf("Claim", StringComparison.Ordinal) >= 0 || name.IndexOf("Log", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? ConstantText(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    // The collection a field is written into: a local (parameters.Add(...), form["pan"] = ...), or the creation whose
    // initializer holds the field (new Dictionary<string, string> { { "pan", ... } }).
    private static IOperation? CollectionOf(IOperation? instance, IOperation field)
    {
        if (instance is ILocalReferenceOperation)
        {
            return instance;
        }

        for (IOperation? current = field.Parent; current != null; current = current.Parent)
        {
            if (current is IObjectCreationOperation creation)
            {
                return creation;
            }

            if (current is not (IObjectOrCollectionInitializerOperation or IMemberInitializerOperation))
            {
                return null;
            }
        }

        return null;
    }

    // ThreeDHelper.PrepareForm("https://bank.example/3dgate", paymentCollection), Result.Success(parameters,
    // settings["gatewayUrl"]): the collection is handed, in the same method, to a call that also takes the bank's address
    // (an absolute http(s) literal, or a value named as a URL): the form the server renders and posts for the browser.
    private static bool IsHandedToAddressedCall(IOperation collection)
    {
        string? local = collection switch
        {
            ILocalReferenceOperation reference => reference.Local.Name,
            _ when collection.Syntax.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            _ => null,
        };
        SyntaxNode? scope = collection.Syntax.FirstAncestorOrSelf<SyntaxNode>(static n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax);
        if (local == null || scope == null)
        {
            return false;
        }

        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax call || call.ArgumentList.Arguments.Count < 2)
            {
                continue;
            }

            bool passes = false, addressed = false;
            foreach (ArgumentSyntax argument in call.ArgumentList.Arguments)
            {
                passes |= argument.Expression is IdentifierNameSyntax { Identifier.ValueText: var used } && used == local;
                addressed |= IsAddress(argument.Expression);
            }

            if (passes && addressed)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAddress(ExpressionSyntax expression)
    {
        string? name = expression switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
            ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } key } when key[0].Expression is LiteralExpressionSyntax text => text.Token.ValueText,
            _ => RightmostName(expression),
        };
        if (name == null)
        {
            return false;
        }

        return name.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || name.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("url", StringComparison.OrdinalIgnoreCase) || name.EndsWith("uri", StringComparison.OrdinalIgnoreCase);
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
        if ((elementName != null && RequestTextField.NamesIssuerPrefix(elementName)) || !IsSendingContext(context))
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
        IOperation unwrapped = CardDataValues.Unwrap(value);
        CardDataKind kind = CardDataValues.Classify(unwrapped, _options, out name);
        if (kind == CardDataKind.None && unwrapped is IInvalidOperation && unwrapped.Syntax is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var member })
        {
            // payment.CreditCardNumber where the payment's type does not resolve (a platform's request model before
            // restore): the member's name is all there is, as for external requests. Bare names (Number) say nothing alone.
            name = member;
            kind = CardDataNames.Classify(member, null, null, _options.GetCardDataNames(unwrapped.Syntax.SyntaxTree));
        }

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

        return type != null && _sendingTypes.GetOrAdd(type, t => SendsHttpRequests(t) || SendsThroughOwnTypes(t));
    }

    // NestPayProvider : BaseProvider, whose SanalPosHttpClient field posts: a class sends HTTP requests through a base class
    // or a client class of the project (a field or property of a type declared in source) that does. One level of fields:
    // the project's own HTTP wrapper, not everything reachable.
    private bool SendsThroughOwnTypes(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current != null && IsInSource(current); current = current.BaseType)
        {
            if (!SymbolEqualityComparer.Default.Equals(current, type) && _directlySendingTypes.GetOrAdd(current, static t => SendsHttpRequests(t)))
            {
                return true;
            }

            foreach (ISymbol member in current.GetMembers())
            {
                ITypeSymbol? memberType = member switch
                {
                    IFieldSymbol { IsImplicitlyDeclared: false } field => field.Type,
                    IPropertySymbol property => property.Type,
                    _ => null,
                };
                if (memberType is INamedTypeSymbol { TypeKind: TypeKind.Class } client && IsInSource(client)
                    && !SymbolEqualityComparer.Default.Equals(client, type) && !SymbolEqualityComparer.Default.Equals(client, current)
                    && _directlySendingTypes.GetOrAdd(client, static t => SendsHttpRequests(t)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsInSource(INamedTypeSymbol type) => !type.DeclaringSyntaxReferences.IsEmpty;

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
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation outer } }:
                    // new ChargeRequest { Card = new CardData { Number = ... } }: the request that holds the card.
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

        // new TxnRequest { ... }.ToStream(): serialized by a method called on it.
        if (syntax.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax serialized } called && called.Expression == syntax)
        {
            return IsSelfSerializingCall(called.Name.Identifier.ValueText, serialized);
        }

        if (RequestBodies.DeclaredLocal(syntax, out string local) is not { } scope)
        {
            return false;
        }

        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver } } access } self
                && receiver == local && IsSelfSerializingCall(access.Name.Identifier.ValueText, self))
            {
                return true;
            }

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

    // request.ToXml(), request.ToStream(), request.ToJson(), request.Serialize(): the application's serializing extensions.
    private static bool IsSelfSerializingCall(string name, SyntaxNode call)
        => name is "ToStream" or "ToXml" or "ToXmlString" or "ToJsonString" || IsBodyCall(name, call);

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

    internal static bool IsHttpSendName(string name)
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
