using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor RawCardDataToProcessor = RuleFactory.Create(
        RuleIds.RawCardDataToProcessor,
        title: "Raw card data is sent to the processor from the server",
        messageFormat: "'{0}' sends raw card data to {1} from the server: collect the card with the processor's client-side tokenization and send only the token or payment method id",
        category: RuleFactory.CardDataCategory,
        description: "Creating tokens or payment methods from raw card numbers on the server puts the whole server in PCI DSS scope (SAQ D instead of SAQ A) and requires requirement 3 and 4 controls for every hop. Use Stripe.js/Elements, Braintree Drop-in/Hosted Fields, Adyen Web/Client-side encryption or Checkout.com Frames.");
}

/// <summary>
/// FG1005: server code sets a processor SDK's raw card field (Stripe <c>TokenCardOptions.Number</c>/<c>Cvc</c>,
/// <c>PaymentMethodCardOptions.Number</c>/<c>Cvc</c>; Braintree <c>CreditCardRequest.Number</c>/<c>CVV</c>; Adyen
/// <c>CardDetails.Number</c>/<c>Cvc</c>; Checkout.com <c>RequestCardSource.Number</c>/<c>Cvv</c>...). Client-side
/// tokenization keeps the PAN off the server (PCI DSS v4.0 SAQ A vs. SAQ D scope; requirements 3 and 4).
/// Request types generated from a processor's schema (Authorize.Net <c>creditCardType.cardNumber</c>/<c>cardCode</c>,
/// <c>creditCardTrackType</c>; PayPal classic <c>CreditCardDetailsType.CreditCardNumber</c>/<c>CVV2</c>) are matched by
/// type and member name, resolved or not, and so are Authorize.Net AIM form fields (<c>x_card_num</c>, <c>x_card_code</c>).
/// Requests built by hand (card values in XML elements or in a serialized anonymous body, in a class that sends HTTP
/// requests) are recognised by <see cref="HandBuiltRequests"/>.
/// Test code (a test project, or a file in a test folder) is not reported: it sends test cards to a sandbox.
/// </summary>
public sealed class RawCardDataToProcessorAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.RawCardDataToProcessor);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // A test project sends the processor's published test cards to its sandbox (an SDK's own integration
            // tests do little else): not card data leaving a server. Test folders in other projects are checked per file.
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            // Schema-named request types (Authorize.Net, PayPal classic) and Authorize.Net AIM form fields, resolved or not;
            // card-named members of request types this compilation does not declare.
            start.RegisterSyntaxNodeAction(AnalyzeAimField, SyntaxKind.StringLiteralExpression);
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);

            // Requests built by hand for gateways no table models: card values in XML elements or in an anonymous
            // body that a class sending HTTP requests serializes or posts.
            HandBuiltRequests.Register(start, options);
            PaymentSdkCardMembers? members = PaymentSdkCardMembers.Resolve(start.Compilation);
            var application = new ApplicationAssemblies(start.Compilation);
            Compilation compilation = start.Compilation;

            // Built on first need only: a card value set on a receiver whose type is not known at all (rare).
            var entities = new System.Lazy<EfEntityIndex>(() => EfEntityIndex.Build(compilation, options), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSyntaxNodeAction(c => AnalyzeSchemaAssignment(c, options, members, application, entities), SyntaxKind.SimpleAssignmentExpression);
            if (members == null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeAssignment(c, members), OperationKind.SimpleAssignment);
        });
    }

    // new creditCardType { cardNumber = pan, cardCode = cvv }; details.CreditCard.CreditCardNumber = pan: the type and
    // member names come from the processor's schema, so they are matched by name, also when the SDK is not restored.
    private static void AnalyzeSchemaAssignment(
        SyntaxNodeAnalysisContext context, FinGuardOptions options, PaymentSdkCardMembers? members, ApplicationAssemblies application, System.Lazy<EfEntityIndex> entities)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        string? member = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        if (member == null || !(PaymentSdkCardMembers.IsSchemaMemberName(member) || CardDataNames.MayNameCardData(member) || CardDataNames.IsBareNumberName(member))
            || IsNullOrDefault(assignment.Right))
        {
            return;
        }

        // this.CVV2 = ChildNode.InnerText in CreditCardDetailsType(XmlNode node): the SDK's own model filling itself (a
        // deserializer reading a response, a constructor copying its arguments). Nothing leaves the server here; the send
        // is where application code fills the request.
        if (assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax })
        {
            return;
        }

        string? typeName = null;
        ITypeSymbol? targetType = null;
        if (assignment.Left is MemberAccessExpressionSyntax memberAccess)
        {
            targetType = context.SemanticModel.GetTypeInfo(memberAccess.Expression, context.CancellationToken).Type;
            typeName = targetType?.Name;
            if (string.IsNullOrEmpty(typeName))
            {
                // icharge.Card.Number with the library not restored: the member's own name is all there is.
                typeName = memberAccess.Expression is MemberAccessExpressionSyntax inner ? inner.Name.Identifier.ValueText : (memberAccess.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
            }
        }
        else if (assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } initializer
            && initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            targetType = context.SemanticModel.GetTypeInfo(creation, context.CancellationToken).Type;
            typeName = creation is ObjectCreationExpressionSyntax { Type: var type } ? TypeSyntaxNames.LastName(type) : targetType?.Name;
        }

        if (typeName == null || TestProjects.IsInTestProjectFolder(assignment.SyntaxTree))
        {
            return;
        }

        if (PaymentSdkCardMembers.TryMatchSchemaMember(typeName, member, out string processor, out CardDataKind kind))
        {
            if (!(kind == CardDataKind.Pan && IsTruncatedOrMasked(assignment.Right, options)))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.RawCardDataToProcessor, assignment.GetLocation(), context.ContainingSymbol, typeName + "." + member, processor));
            }

            return;
        }

        if (IsCardValueForExternalRequest(context, assignment, member, typeName, targetType, options, members, application, entities))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.RawCardDataToProcessor, assignment.GetLocation(), context.ContainingSymbol, typeName + "." + member, ExternalRequest));
        }
    }

    private const string ExternalRequest = "a payment library or service outside this project";

    // new VcsService.CardDetails { CardNumber = details.CardNumber, CVC = details.CardCvv }, icharge.Card.Number = pan,
    // new CreditCard { number = details.CardNumber }: a card number or security code, read from a member or variable
    // named as one, set on a card-named member of a type this compilation does not declare (a gateway library's request,
    // a web-service proxy, an SDK the tables above do not model, resolved or not). The server holds and sends the raw
    // card. Mapping between the project's own types is FG1001's (the members themselves); an SDK member the tables model
    // is reported by AnalyzeAssignment.
    private static bool IsCardValueForExternalRequest(
        SyntaxNodeAnalysisContext context, AssignmentExpressionSyntax assignment, string member, string typeName, ITypeSymbol? targetType,
        FinGuardOptions options, PaymentSdkCardMembers? members, ApplicationAssemblies application, System.Lazy<EfEntityIndex> entities)
    {
        string? valueName = assignment.Right switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        CardDataNameOptions names = options.GetCardDataNames(assignment.SyntaxTree);
        CardDataKind valueKind;
        if (valueName != null)
        {
            // encryptedCardCvv2, maskedCardNumber, cardToken: a protected form is not the raw card (a stored encrypted CVV
            // is FG1002's, on the member that keeps it).
            valueKind = CardDataNames.Classify(valueName, null, null, names);
            if (valueKind == CardDataKind.None && CardDataNames.IsBareNumberName(valueName))
            {
                // Number = resource.Card.Number: a bare Number says what it is only with the type that declares it (a
                // card-named request or record carrying the expiry or CVC), judged as FG1001 judges that member.
                valueKind = CardDataValues.Classify(context.SemanticModel.GetOperation(assignment.Right, context.CancellationToken), options, out _);
            }

            if ((valueKind != CardDataKind.Pan && valueKind != CardDataKind.SecurityCode) || CardDataNames.HasSafeForm(valueName, names))
            {
                return false;
            }
        }
        else if (assignment.Right is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            // new CreditCard { cvv2 = "874", number = "4877…" }: a hard-coded security code or track set on the SDK's card.
            // The literal's shape stands in for a value name (a card number literal is FG1006's); "***", "" and "M" are not codes.
            string text = literal.Token.ValueText;
            valueKind = CardNumbers.HasSecurityCodeShape(text) ? CardDataKind.SecurityCode
                : CardNumbers.HasTrackDataShape(text) ? CardDataKind.TrackData
                : CardDataKind.None;
            if (valueKind == CardDataKind.None)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        // card.Number = details.CardNumber: a bare Number on a card-named type, given a value named as a PAN.
        CardDataKind kind = CardDataNames.IsBareNumberName(member) && CardDataNames.IsPaymentCardTypeName(typeName) ? CardDataKind.Pan : CardDataNames.Classify(member, typeName, null, names);
        if (kind != valueKind)
        {
            return false;
        }

        if (targetType is { TypeKind: not TypeKind.Error })
        {
            if (targetType.IsAnonymousType || targetType.IsTupleType || IsApplicationType(targetType, context.Compilation, application))
            {
                return false;
            }

            ISymbol? target = context.SemanticModel.GetSymbolInfo(assignment.Left, context.CancellationToken).Symbol;
            if (members != null && target is IPropertySymbol property && members.TryMatch(property, out _, out _))
            {
                return false;
            }

            // Guid CardNumberSender, bool CardNumberVerified: a member whose type cannot carry the card value is an id,
            // a flag or a date named after the card (the type test all FG1 rules share).
            if (CardDataTypes.CannotHold(kind, (target as IPropertySymbol)?.Type ?? (target as IFieldSymbol)?.Type))
            {
                return false;
            }
        }

        // order.CreditCard.CardNumber = cardNumber where the order comes from a query that does not bind (EF Core not
        // restored): a type of this compilation named as the receiver that declares the member is the application's own
        // entity, not a gateway's request (issue 18, set 7). Case-sensitive: a gateway's CreditCard.number stays reported.
        if (targetType is null or { TypeKind: TypeKind.Error } && DeclaresOwnMember(context.Compilation, typeName, member, context.CancellationToken))
        {
            return false;
        }

        // var objFromDb = _db.Payments.FirstOrDefault(...); objFromDb.CardNo = dto.CardNo with EF Core not restored: the
        // receiver's type is not even named, and an EF or document entity of this compilation declares the member
        // (case-sensitive). An update of the application's own stored row: FG1001/FG1002 report the storage (issue 18,
        // sets 6-8). A receiver of a named but unresolved type (new GatewayRequest()) is not matched here.
        if ((targetType == null || string.IsNullOrEmpty(targetType.Name)) && IsOwnEntityMember(context.Compilation, member, entities.Value, context.CancellationToken))
        {
            return false;
        }

        // An unresolved target: the value's own type, when it is known, says the same.
        return !CardDataTypes.CannotHold(kind, context.SemanticModel.GetTypeInfo(assignment.Right, context.CancellationToken).Type);
    }

    // Only for card values set on unresolved targets (rare): the compilation's declaration table, looked up by name.
    private static bool DeclaresOwnMember(Compilation compilation, string typeName, string member, System.Threading.CancellationToken cancellationToken)
    {
        foreach (ISymbol symbol in compilation.GetSymbolsWithName(typeName, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol type && !type.GetMembers(member).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // A member of that exact name declared by a type of this compilation that is mapped as an EF or document entity.
    private static bool IsOwnEntityMember(Compilation compilation, string member, EfEntityIndex entities, System.Threading.CancellationToken cancellationToken)
    {
        foreach (ISymbol symbol in compilation.GetSymbolsWithName(member, SymbolFilter.Member, cancellationToken))
        {
            if (symbol is IPropertySymbol or IFieldSymbol && symbol.ContainingType is { } type && entities.IsEntity(type))
            {
                return true;
            }
        }

        return false;
    }

    // The application's own types: this assembly, a project of the solution it references (Infrastructure copying into a
    // CardDto of the Shared project: ApplicationAssemblies), or a sibling assembly of the same product (Shop.Web using
    // Shop.Domain: the same first name segment), however it is referenced. A gateway library or web-service proxy
    // assembly from a package or committed to the repository (PayPal, PaymentGatewayLibrary, nsoftware) is not.
    private static bool IsApplicationType(ITypeSymbol type, Compilation compilation, ApplicationAssemblies application)
    {
        // A proxy or request type generated from a processor's WSDL or XSD (wsdl.exe, svcutil, xsd.exe mark it
        // [GeneratedCode]) is the processor's interface, wherever the generated file sits.
        if (IsGeneratedFromSchema(type))
        {
            return false;
        }

        IAssemblySymbol? assembly = type.ContainingAssembly;
        if (assembly == null || application.Contains(assembly))
        {
            return true;
        }

        return string.Equals(FirstSegment(assembly.Name), FirstSegment(compilation.AssemblyName ?? string.Empty), System.StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsGeneratedFromSchema(ITypeSymbol type)
    {
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace.Name: "CodeDom" } })
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstSegment(string assemblyName)
    {
        int dot = assemblyName.IndexOf('.');
        return dot < 0 ? assemblyName : assemblyName.Substring(0, dot);
    }

    // Authorize.Net AIM (the name/value POST API): form.Add("x_card_num", pan) or form["x_card_code"] = cvv sends the raw
    // card from the server. Only the field-name literal is looked at first; most string literals are rejected by length.
    private static void AnalyzeAimField(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        string text = literal.Token.ValueText;
        if (text.Length < 8 || text.Length > 11 || text[0] != 'x' || text[1] != '_' || !IsAimCardField(text))
        {
            return;
        }

        SyntaxNode? report = null;
        if (literal.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2 } arguments } argument
            && arguments.Arguments[0] == argument && arguments.Parent is InvocationExpressionSyntax invocation
            && invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "Set" or "Append" }
            && !IsNullOrDefault(arguments.Arguments[1].Expression))
        {
            report = invocation;
        }
        else if (literal.Parent is ArgumentSyntax { Parent: BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax element } }
            && element.Parent is AssignmentExpressionSyntax indexed && indexed.Left == element && indexed.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && !IsNullOrDefault(indexed.Right))
        {
            report = indexed;
        }

        if (report != null && !TestProjects.IsInTestProjectFolder(report.SyntaxTree))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.RawCardDataToProcessor, report.GetLocation(), context.ContainingSymbol, text, "Authorize.Net (AIM)"));
        }
    }

    // Authorize.Net refunds take the last four digits in creditCardType.cardNumber ("1111", "XXXX1111"), and masked
    // values carried along keep their names (last4, maskedCardNumber): neither is a PAN. Only for PAN fields: a
    // three-digit literal in cardCode is a security code. A literal is judged by its
    // digits (fewer than 13 cannot be a PAN), a variable or member by its name.
    private static bool IsTruncatedOrMasked(ExpressionSyntax value, FinGuardOptions options)
    {
        if (value.IsKind(SyntaxKind.StringLiteralExpression))
        {
            int digits = 0;
            foreach (char c in ((LiteralExpressionSyntax)value).Token.ValueText)
            {
                digits += c >= '0' && c <= '9' ? 1 : 0;
            }

            return digits < 13;
        }

        // request.CardNumberLast4.PadLeft(16, 'X'), last4.Trim(): padding or trimming a masked value keeps it masked.
        while (value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "PadLeft" or "PadRight" or "Trim" or "ToString" or "ToUpperInvariant" } padded })
        {
            value = padded.Expression;
        }

        // creditCard.cardNumber = pan[^4..]: the last four digits (CardDataSanitizers.IsShortRange).
        if (value is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } slice } && slice[0].Expression is RangeExpressionSyntax range)
        {
            return Flow.CardDataSanitizers.IsShortRange(range);
        }

        string? name = value switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        return name != null && CardDataNames.HasSafeForm(name, options.GetCardDataNames(value.SyntaxTree));
    }

    internal static bool IsAimCardField(string text)
        => string.Equals(text, "x_card_num", System.StringComparison.OrdinalIgnoreCase) || string.Equals(text, "x_card_code", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(text, "x_track1", System.StringComparison.OrdinalIgnoreCase) || string.Equals(text, "x_track2", System.StringComparison.OrdinalIgnoreCase);

    private static bool IsNullOrDefault(ExpressionSyntax expression)
        => expression.IsKind(SyntaxKind.NullLiteralExpression) || expression.IsKind(SyntaxKind.DefaultLiteralExpression) || expression.IsKind(SyntaxKind.DefaultExpression);

    private static void AnalyzeAssignment(OperationAnalysisContext context, PaymentSdkCardMembers members)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !members.TryMatch(target.Property, out string processor, out _))
        {
            return;
        }

        // Clearing the field (null, default) sends nothing.
        Optional<object?> constant = assignment.Value.ConstantValue;
        if ((constant.HasValue && constant.Value == null) || TestProjects.IsInTestProjectFolder(assignment.Syntax.SyntaxTree))
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(
            Descriptors.RawCardDataToProcessor,
            assignment.Syntax.GetLocation(), context.ContainingSymbol,
            target.Property.ContainingType.Name + "." + target.Property.Name,
            processor));
    }
}
