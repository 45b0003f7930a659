using FinGuard.Analyzers.CardData.Flow;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor PanMember = RuleFactory.Create(
        RuleIds.PanMember,
        title: "Member holds a full card number (PAN)",
        messageFormat: "'{0}' holds a full card number (PAN): replace it with a processor token (for example a Stripe PaymentMethod id) and keep at most the first six and last four digits",
        category: RuleFactory.CardDataCategory,
        description: "Servers should never hold a primary account number: collect it with the processor's client-side tokenization (Stripe.js/Elements, Braintree Drop-in, Adyen Web) and keep the token. PCI DSS v4.0 requirements 3.2 and 3.5.");
}

/// <summary>
/// FG1001: a field, property, parameter or record member that holds a full card number (PAN).
/// PCI DSS v4.0 3.2/3.5: the server should hold a processor token, never the PAN.
/// </summary>
public sealed class PanMemberAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.PanMember);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Test code declares fake cards for its fixtures; real PANs in it are FG1006's (a literal that is not a test number).
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            SanitizedMembers sanitized = SanitizedMembers.GetOrCreate(start.Compilation, options);
            // Scanned at most once, and only when a bare card number (CardNum, CardNo) is met.
            Compilation compilation = start.Compilation;
            Lazy<bool> memberCards = NonPaymentCardMembers.RunsMemberCardsOnly(compilation);
            start.RegisterSymbolAction(c => AnalyzeField(c, options, sanitized, memberCards), SymbolKind.Field);
            start.RegisterSymbolAction(c => AnalyzeProperty(c, options, sanitized, memberCards), SymbolKind.Property);
            start.RegisterSymbolAction(c => AnalyzeMethodParameters(c, options, sanitized, memberCards), SymbolKind.Method);
            start.RegisterOperationAction(c => AnalyzeLocal(c, options, sanitized, memberCards), OperationKind.VariableDeclarator);
            start.RegisterOperationAction(c => AnalyzeLambdaParameters(c, options), OperationKind.AnonymousFunction);
        });
    }

    private static void AnalyzeField(SymbolAnalysisContext context, FinGuardOptions options, SanitizedMembers sanitized, Lazy<bool> memberCards)
    {
        var field = (IFieldSymbol)context.Symbol;
        if (field.IsImplicitlyDeclared || field.IsConst)
        {
            // Backing fields are reported through their property; a const PAN is a literal (the Luhn rule's job).
            return;
        }

        ReportIfPan(context, field, field.Type, options, sanitized, memberCards);
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, FinGuardOptions options, SanitizedMembers sanitized, Lazy<bool> memberCards)
    {
        var property = (IPropertySymbol)context.Symbol;
        if (property.IsImplicitlyDeclared || property.IsOverride || property.ExplicitInterfaceImplementations.Length > 0 || property.IsIndexer)
        {
            return;
        }

        // Positional record members are declared by the primary-constructor parameter; report that once.
        if (property.ContainingType is { IsRecord: true } && IsDeclaredByParameter(property))
        {
            return;
        }

        ReportIfPan(context, property, property.Type, options, sanitized, memberCards);
    }

    private static void AnalyzeMethodParameters(SymbolAnalysisContext context, FinGuardOptions options, SanitizedMembers sanitized, Lazy<bool> memberCards)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.IsImplicitlyDeclared || method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0 || method.Parameters.IsEmpty)
        {
            return;
        }

        switch (method.MethodKind)
        {
            case MethodKind.Ordinary:
            case MethodKind.Constructor:
            case MethodKind.DelegateInvoke:
            case MethodKind.LocalFunction:
                break;
            default:
                // Accessors ('value'), operators and conversions carry no names of their own.
                return;
        }

        if (method.MethodKind != MethodKind.DelegateInvoke && IsTuple(method.ReturnType))
        {
            ReportTupleElements(context.ReportDiagnostic, method.ReturnType, options, DeclaringSyntax(method), method);
        }

        // The constructors and methods of a processor SDK vendored as source (its request types' card parameters).
        if (ProcessorSdks.IsVendoredSdkType(method.ContainingType))
        {
            return;
        }

        // IsValidCardNumber(string cardNumber), GetMaskedCreditCardNumber(string creditCardNumber): the helper must see
        // the PAN to check or mask it and keeps nothing; tested only once a parameter is named like a PAN.
        bool? isCheckingHelper = null;

        // record CardResource(string Name, string Number, string ExpiryYear, string Cvc): a positional record's members are
        // declared (and reported) by its primary-constructor parameters, so they are judged as the properties they declare
        // are, with the record's name and members: a bare Number is a PAN only on a card-named type carrying expiry or CVC.
        string? recordName = IsRecordPrimaryConstructor(method) ? method.ContainingType.Name : null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            if (IsTuple(parameter.Type))
            {
                ReportTupleElements(context.ReportDiagnostic, parameter.Type, options, DeclaringSyntax(parameter), parameter);
            }

            if (!parameter.IsImplicitlyDeclared && CardDataTypes.CanHoldPan(parameter.Type)
                && CardDataNames.Classify(parameter.Name, recordName, recordName != null && CardDataNames.MayNameCardData(parameter.Name) ? SiblingNames(parameter) : null,
                    options.GetCardDataNames(FirstLocation(parameter)?.SourceTree)) == CardDataKind.Pan
                && !OtherCardNumbers.NamesAnotherCard(parameter)
                && !LoyaltyCardContexts.NamesLoyaltyOrVoucherCard(parameter, CardDataKind.Pan)
                && !MemberCardApplications.NamesMemberCard(parameter.Name, memberCards)
                && !(isCheckingHelper ??= CardDataNames.IsCardCheckingHelperName(method.Name) && !IsWebActionParameter(method))
                && !ImplementsInterfaceMember(method)
                && !CardDataFlow.IsMarkedSafe(parameter)
                && !sanitized.IsEveryArgumentSanitized(parameter, context.CancellationToken)
                && !sanitized.IsOnlyMaskedInBody(parameter, context.CancellationToken)
                && !(sanitized.IsOnlyCheckedInBody(parameter, context.CancellationToken) && !IsWebActionParameter(method))
                && !sanitized.IsOnlyCheckedByEveryImplementation(parameter, context.CancellationToken))
            {
                Report(context, parameter);
            }
        }
    }

    // ValidateCreditCard(string cardnumber) as an ASMX [WebMethod], a WCF operation or a controller action (issue 18, set 21):
    // the number arrived over the wire, so a check-like name does not make it a checking helper either.
    // GetCard(string creditNumber) on a controller: the number arrived in the request (a route or query value is in
    // every access log besides), so comparing it and keeping nothing does not make the action a check helper.
    // By attribute and type names, which read the same before restore, when ControllerBase does not bind.
    private static bool IsWebActionParameter(IMethodSymbol method)
    {
        if (method.DeclaredAccessibility != Accessibility.Public || method.MethodKind != MethodKind.Ordinary || method.IsStatic)
        {
            return false;
        }

        foreach (AttributeData attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is { } name
                && (name.StartsWith("Http", System.StringComparison.Ordinal) || name is "Route" or "RouteAttribute" or "AcceptVerbs" or "AcceptVerbsAttribute"
                    or "WebMethod" or "WebMethodAttribute" or "OperationContract" or "OperationContractAttribute"))
            {
                return true;
            }
        }

        return method.ContainingType?.Name.EndsWith("Controller", System.StringComparison.Ordinal) == true;
    }

    private static void ReportIfPan(SymbolAnalysisContext context, ISymbol member, ITypeSymbol type, FinGuardOptions options, SanitizedMembers sanitized, Lazy<bool> memberCards)
    {
        if (IsTuple(type))
        {
            ReportTupleElements(context.ReportDiagnostic, type, options, DeclaringSyntax(member), member);
        }

        Location? location = CardDataTypes.CanHoldPan(type) ? FirstLocation(member) : null;
        if (location == null)
        {
            return;
        }

        // CyberSource.Model.Riskv1decisionsPaymentInformationCard.Number: a processor's SDK vendored as source carries
        // the card because the processor's API does; the application code that fills it is what gets reported.
        if (ProcessorSdks.IsVendoredSdkType(member.ContainingType))
        {
            return;
        }

        // class TestCard { string Number; } / SandboxCards: a catalogue of the processors' test cards, filed as test
        // data by its own name (FG1006 still reports a real-looking number put into it).
        if (member.ContainingType != null && CardNumbers.NamesTestValue(member.ContainingType.Name))
        {
            return;
        }

        CardDataNameOptions names = options.GetCardDataNames(location.SourceTree);

        // Siblings only matter for a bare "Number", which the keyword prefilter always lets through; skip the
        // enumerator for every other name.
        IEnumerable<string>? siblings = CardDataNames.MayNameCardData(member.Name) ? SiblingNames(member) : null;
        // A member only ever assigned CardMasking.Mask(...), a token or a ciphertext holds no PAN, whatever its name.
        CardDataKind kind = CardDataNames.Classify(member.Name, member.ContainingType?.Name, siblings, names);
        if ((kind == CardDataKind.Pan ? !CardNumberDocComments.DescribeNonPan(member) : kind == CardDataKind.None && CardNumberDocComments.DescribeAccountNumberAsPan(member))
            && !CardDataFlow.IsMarkedSafe(member)
            && !(kind == CardDataKind.Pan && CardDataTypes.IsTooShortForPan(member))
            && !ConstantValuedMembers.HoldsOnlyALiteral(member)
            && !(kind == CardDataKind.Pan && OtherCardNumbers.HasGuidInitializer(member))
            && !(kind == CardDataKind.Pan && (LoyaltyCardContexts.NamesLoyaltyOrVoucherCard(member, kind) || RequiresLettersByPattern(member)
                                              || MemberCardApplications.NamesMemberCard(member.Name, memberCards) || NamesCardTenderAmount(member.Name, type)))
            && (IsBoundRequestMember(member) || !sanitized.IsEveryAssignmentSanitized(member, context.CancellationToken))
            && !(member is IFieldSymbol field && sanitized.IsNeverWritten(field, context.CancellationToken)))
        {
            Report(context, member);
        }
    }

    // decimal RefundCreditCard, CreditPaymentCreditCard beside RefundCash, CreditPaymentCheque (issue 18, set 24: a POS
    // cashier report): a decimal named for the card tender alone, with no number word, is the amount tendered by card.
    private static bool NamesCardTenderAmount(string name, ITypeSymbol type)
    {
        if ((type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type).SpecialType != SpecialType.System_Decimal)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(name);
        string last = words[words.Count - 1];
        return last == "card" || last.EndsWith("card", StringComparison.Ordinal);
    }

    // [RegularExpression("^([A-Za-z]){5}([0-9]){4}([A-Za-z]){1}$")] Pan (issue 18, set 23: India's tax PAN of a loan
    // customer): a validation pattern that asks for letters describes an identifier, not a card number (digits only).
    private static bool RequiresLettersByPattern(ISymbol member)
    {
        // By syntax: the attribute reads the same before restore, when DataAnnotations does not bind.
        foreach (SyntaxReference reference in member.DeclaringSyntaxReferences)
        {
            SyntaxList<AttributeListSyntax> lists = reference.GetSyntax() switch
            {
                PropertyDeclarationSyntax property => property.AttributeLists,
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.AttributeLists,
                _ => default,
            };
            foreach (AttributeListSyntax list in lists)
            {
                foreach (AttributeSyntax attribute in list.Attributes)
                {
                    if (TypeSyntaxNames.LastName(attribute.Name) is "RegularExpression" or "RegularExpressionAttribute"
                        && attribute.ArgumentList?.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal
                        && literal.IsKind(SyntaxKind.StringLiteralExpression) && AsksForLetters(literal.Token.ValueText))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool AsksForLetters(string pattern)
        => pattern.IndexOf("A-Z", StringComparison.Ordinal) >= 0 || pattern.IndexOf("a-z", StringComparison.Ordinal) >= 0
           || pattern.IndexOf("\\p{L", StringComparison.Ordinal) >= 0;

    // RequestModels.CreditCardInfo.Number { get; set; }, PaymentRequest.CardNumber: a request model's settable property is
    // filled by the model binder or deserializer, which no assignment in source shows; a masked value written into it
    // elsewhere (the same model reused in a response) does not make what the request brings masked.
    private static bool IsBoundRequestMember(ISymbol member)
    {
        if (member is not IPropertySymbol { SetMethod.DeclaredAccessibility: Accessibility.Public, DeclaredAccessibility: Accessibility.Public } property
            || property.ContainingType is not { } type)
        {
            return false;
        }

        // PaymentRequest, ChargeRequest (the last word), or a RequestModels/Requests namespace; DebitRequestTableDto is a
        // table row about debit requests, not a request.
        if (type.Name.EndsWith("Request", System.StringComparison.Ordinal))
        {
            return true;
        }

        for (INamespaceSymbol? ns = type.ContainingNamespace; ns != null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.Name is "Requests" or "RequestModels" or "RequestModel" or "RequestDtos")
            {
                return true;
            }
        }

        return false;
    }

    // var cardNumber = form["card"]; string pan = reader.GetString(0);
    private static void AnalyzeLocal(OperationAnalysisContext context, FinGuardOptions options, SanitizedMembers sanitized, Lazy<bool> memberCards)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        ILocalSymbol local = declarator.Symbol;
        Location? location = local.IsConst ? null : FirstLocation(local);
        if (location == null)
        {
            return;
        }

        if (IsTuple(local.Type))
        {
            ReportTupleElements(context.ReportDiagnostic, local.Type, options, declarator.Parent?.Syntax, local);
        }

        if (!CardDataTypes.CanHoldPan(local.Type)
            || CardDataNames.Classify(local.Name, null, null, options.GetCardDataNames(location.SourceTree)) != CardDataKind.Pan
            || MemberCardApplications.NamesMemberCard(local.Name, memberCards))
        {
            return;
        }

        // var pan = CardMasking.Mask(...) / tokenizer.Tokenize(...): the value is no longer the PAN, whatever the name.
        IOperation? initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        if (initializer != null && IsMaskingOrTokenizing(CardDataValues.Unwrap(initializer), options, location.SourceTree))
        {
            return;
        }

        // string cardNumber = Console.ReadLine(): the number the card holder types at a console prompt (an ATM or kiosk
        // simulator, a demo driver) is transient input in the holder's own terminal, like a form field in the browser;
        // where the program stores, logs or sends it, that is reported (issue 18, sets 9, 12-14).
        if (initializer != null && IsConsoleInput(CardDataValues.Unwrap(initializer)))
        {
            return;
        }

        // var cardNumber = new StringBuilder(); ... random.Next(0, 10) in GenerateRandomCardNumber(): a number the code
        // invents, not one it received. Only a fresh value (a new builder, an empty string) counts: 'var cardNumber =
        // request.CardNumber' in a generator is still the caller's PAN.
        if (initializer != null && IsFreshValue(CardDataValues.Unwrap(initializer)) && context.ContainingSymbol is IMethodSymbol generator
            && CardDataNames.IsNumberGeneratorName(generator.Name))
        {
            return;
        }

        // Issuance (issue 18, sets 10-12): in a generator, var number = $"{bin}{accountDigits}{checkDigit}" built from
        // the method's own values (no parameter read) is the new number being made up; and a local only ever given a
        // generator's result (cardNumber = GenerateCardNumber(), retried until unique) holds the number the code issues.
        // Where it is kept, the stored member is reported.
        if (initializer != null && context.ContainingSymbol is IMethodSymbol issuer && CardDataNames.IsNumberGeneratorName(issuer.Name)
            && !ReadsParameter(initializer))
        {
            return;
        }

        if (IsOnlyGenerated(declarator, local, initializer))
        {
            return;
        }

        // MaskCardNumber(Card card) { var cardNumberArray = card.Number.ToCharArray(); ... = '*'; }: inside a helper named
        // to mask, a copy of the PAN is the input being masked, like the helper's PAN parameter (never reported either).
        if (context.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary } masker && CardDataSanitizers.IsMaskingName(masker.Name))
        {
            return;
        }

        // string pan = (string)reader["PAN"]; and no further mention of pan (issue 18, set 21): a local that is never read
        // keeps nothing; where the value comes from is reported where it is kept. A query-string read stays reported below.
        if (!(initializer != null && IsQueryStringRead(initializer.Syntax)) && !IsEverReferenced(declarator, local))
        {
            return;
        }

        // var cardNumber = request.Query["cardNumber"].ToString() in IsBankDataValid (issue 18, set 20): a card number sent
        // in the URL is in every access log, proxy log and browser history on its way, so checking it and keeping nothing
        // does not make the read harmless.
        if (!TestProjects.IsInTestProjectFolder(location.SourceTree)
            && ((initializer != null && IsQueryStringRead(initializer.Syntax))
                || !IsOnlyUsedToMask(declarator, local, context.ContainingSymbol is IMethodSymbol owner && CardDataNames.IsCardCheckingHelperName(owner.Name), sanitized, context.CancellationToken))
            && !MaskingUses.HoldsOnlyTruncatedDigits(Root(declarator), local, initializer))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.PanMember, location, local, local.Name));
        }
    }

    // Request.Query["cardNumber"], Request.QueryString["pan"], with .ToString()/.Trim()/.FirstOrDefault() after it. By syntax:
    // HttpRequest does not bind before restore.
    private static bool IsQueryStringRead(SyntaxNode value)
    {
        if (value is not ExpressionSyntax expression)
        {
            return false;
        }

        // Step over the calls that keep the value (ToString(), Trim()...) here, and over parentheses with StripSyntax.
        expression = WrappedValues.StripSyntax(expression, throughCasts: false);
        while (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access, ArgumentList.Arguments.Count: 0 })
        {
            expression = WrappedValues.StripSyntax(access.Expression, throughCasts: false);
        }

        return expression is ElementAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Query" or "QueryString" } };
    }

    // Console.ReadLine(), Console.ReadLine()?.Trim() (Unwrap strips text-preserving calls), Console.ReadLine() ?? "".
    private static bool IsConsoleInput(IOperation value)
    {
        if (value is ICoalesceOperation coalesce)
        {
            value = CardDataValues.Unwrap(coalesce.Value);
        }

        return value is IInvocationOperation { TargetMethod: { Name: "ReadLine", ContainingType: { Name: "Console" } console } }
            && console.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };
    }

    private static bool ReadsParameter(IOperation value)
    {
        if (value is IParameterReferenceOperation)
        {
            return true;
        }

        foreach (IOperation operation in value.DescendantOperations())
        {
            if (operation is IParameterReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }

    // string cardNumber; do { cardNumber = CardService.GenerateCardNumber(); } while (...): every write (at least one)
    // is the result of a method named to generate a number.
    private static bool IsOnlyGenerated(IOperation declarator, ILocalSymbol local, IOperation? initializer)
    {
        if (initializer != null && !IsGeneratorCall(CardDataValues.Unwrap(initializer)))
        {
            return false;
        }

        IOperation root = declarator;
        while (root.Parent != null)
        {
            root = root.Parent;
        }

        bool generated = initializer != null;
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } && SymbolEqualityComparer.Default.Equals(passed.Local, local))
            {
                return false;
            }

            if (operation is IAssignmentOperation { Target: ILocalReferenceOperation target } assignment && SymbolEqualityComparer.Default.Equals(target.Local, local))
            {
                if (assignment is not ISimpleAssignmentOperation || !IsGeneratorCall(CardDataValues.Unwrap(assignment.Value)))
                {
                    return false;
                }

                generated = true;
            }
        }

        return generated;
    }

    private static bool IsGeneratorCall(IOperation value)
        => value is IInvocationOperation call && CardDataNames.IsNumberGeneratorName(call.TargetMethod.Name);

    private static bool IsFreshValue(IOperation value) => MaskingUses.IsFreshValue(value);

    // string cardNumber = details.CardNumber; cardNumber = digitsOnly.Replace(cardNumber, ""); string last4 =
    // cardNumber.Substring(cardNumber.Length - 4); kept = kept.Replace(cardNumber, last4): a copy that exists only to
    // cut the PAN down to its last digits or out of other text holds nothing the masked result does not. Every read must
    // be a masking use (a substring or a short range, the text a Replace removes, a masking call, an argument of a
    // source method that only masks it) or neutral (length and emptiness checks, a clean-up written back to the same
    // local), and at least one must mask (MaskingUses). Runs only for locals named like a PAN.
    private static bool IsOnlyUsedToMask(IOperation declarator, ILocalSymbol local, bool inCheckingHelper, SanitizedMembers sanitized, System.Threading.CancellationToken cancellationToken)
    {
        // ValidateCardNumber: string creditCardNumber = detail.Value; var ok = !string.IsNullOrEmpty(creditCardNumber) &&
        // creditCardNumber.Length == 16: in a checking helper, a copy read only by length and emptiness checks holds the PAN
        // for the format check and keeps nothing (elsewhere such a copy is still reported).
        // var typed = cardBox.Text; if (typed != session.CardNumber) return; (issue 18, set 17): a copy only compared with
        // another value, or handed to a method that only checks or compares it, keeps nothing either.
        bool masks = false;
        bool checks = false;
        bool compares = false;
        Func<IParameterSymbol, bool>? maskedParameter = null;
        foreach (IOperation operation in Root(declarator).DescendantOperations())
        {
            if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            if (MaskingUses.IsComparison(reference))
            {
                compares = true;
                continue;
            }

            switch (MaskingUses.Classify(reference, local, maskedParameter ??= parameter => sanitized.IsOnlyMaskedInBody(parameter, cancellationToken) || sanitized.IsOnlyCheckedInBody(parameter, cancellationToken)))
            {
                case MaskingUse.Masks:
                    masks = true;
                    break;
                case MaskingUse.Checks:
                    checks = true;
                    break;
                case MaskingUse.Neutral:
                    break;
                default:
                    return false;
            }
        }

        return masks || (checks && inCheckingHelper) || compares;
    }

    private static bool IsEverReferenced(IOperation declarator, ILocalSymbol local)
    {
        foreach (IOperation operation in Root(declarator).DescendantOperations())
        {
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent != null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    // Lambda and minimal-API parameters: app.MapPost("/pay", (string cardNumber, ...) => ...).
    private static void AnalyzeLambdaParameters(OperationAnalysisContext context, FinGuardOptions options)
    {
        var lambda = (IAnonymousFunctionOperation)context.Operation;
        foreach (IParameterSymbol parameter in lambda.Symbol.Parameters)
        {
            Location? location = parameter.IsImplicitlyDeclared || parameter.IsDiscard ? null : FirstLocation(parameter);
            if (location == null || !location.IsInSource)
            {
                continue;
            }

            if (IsTuple(parameter.Type))
            {
                ReportTupleElements(context.ReportDiagnostic, parameter.Type, options, DeclaringSyntax(parameter), parameter);
            }

            if (CardDataTypes.CanHoldPan(parameter.Type)
                && CardDataNames.Classify(parameter.Name, null, null, options.GetCardDataNames(location.SourceTree)) == CardDataKind.Pan
                && !TestProjects.IsInTestProjectFolder(location.SourceTree))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.PanMember, location, parameter, parameter.Name));
            }
        }
    }

    // Callers test this before anything else about tuples: most members are not tuples, and the rest is not free.
    // A parameter's declaring syntax is found by a FindToken from the root of its file (the largest single cost
    // of this rule on the benchmark corpus), and passing context.ReportDiagnostic boxes the context into a new delegate.
    private static bool IsTuple(ITypeSymbol? type) => type is INamedTypeSymbol { IsTupleType: true };

    // (string CardNumber, int ExpMonth): named tuple elements written in source.
    // Only elements written inside the declaration being analysed: "var t = M();" reuses M's tuple type and its locations.
    private static void ReportTupleElements(System.Action<Diagnostic> report, ITypeSymbol? type, FinGuardOptions options, SyntaxNode? declaration, ISymbol owner)
    {
        if (declaration == null || type is not INamedTypeSymbol { IsTupleType: true } tuple)
        {
            return;
        }

        foreach (IFieldSymbol element in tuple.TupleElements)
        {
            if (element.Locations.Length == 0 || !element.Locations[0].IsInSource || element.Name == element.CorrespondingTupleField?.Name
                || element.Locations[0].SourceTree != declaration.SyntaxTree || !declaration.Span.Contains(element.Locations[0].SourceSpan))
            {
                continue;
            }

            if (CardDataTypes.CanHoldPan(element.Type)
                && CardDataNames.Classify(element.Name, null, null, options.GetCardDataNames(element.Locations[0].SourceTree)) == CardDataKind.Pan
                && !TestProjects.IsInTestProjectFolder(element.Locations[0].SourceTree))
            {
                report(FinGuardDiagnostic.Create(Descriptors.PanMember, element.Locations[0], owner, element.Name));
            }
        }
    }

    // Source symbols build a new Locations array on every call: read it once per symbol.
    private static Location? FirstLocation(ISymbol symbol)
    {
        ImmutableArray<Location> locations = symbol.Locations;
        return locations.Length > 0 ? locations[0] : null;
    }

    // A field's declarator does not contain its type; its VariableDeclaration does.
    private static SyntaxNode? DeclaringSyntax(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences.Length == 0)
        {
            return null;
        }

        SyntaxNode syntax = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        return syntax is VariableDeclaratorSyntax ? syntax.Parent : syntax;
    }

    private static bool IsMaskingOrTokenizing(IOperation value, FinGuardOptions options, SyntaxTree? tree)
    {
        if (value is IAwaitOperation awaited)
        {
            value = CardDataValues.Unwrap(awaited.Operation);
        }

        if (value is not IInvocationOperation invocation)
        {
            return false;
        }

        IMethodSymbol method = invocation.TargetMethod;
        string? typeName = method.ContainingType?.Name;
        return typeName == "CardMasking" || method.Name.IndexOf("Mask", System.StringComparison.Ordinal) >= 0
            || method.Name.IndexOf("Tokeni", System.StringComparison.Ordinal) >= 0
            || options.IsTokenizer(method.ContainingType, tree);
    }

    private static IEnumerable<string> SiblingNames(ISymbol member)
    {
        // Only consulted for bare names such as "Number"; lazily enumerated so other members pay nothing.
        if (member.ContainingType == null)
        {
            yield break;
        }

        foreach (string name in member.ContainingType.MemberNames)
        {
            yield return name;
        }
    }

    // The primary constructor of a record (class or struct): declared by the record's own declaration, not a constructor's.
    private static bool IsRecordPrimaryConstructor(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Constructor || method.ContainingType is not { IsRecord: true })
        {
            return false;
        }

        foreach (SyntaxReference reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is RecordDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    // Only records (class or struct) have positional members; callers test IsRecord first, because
    // DeclaringSyntaxReferences allocates a new array on every call.
    private static bool IsDeclaredByParameter(IPropertySymbol property)
    {
        foreach (SyntaxReference reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ParameterSyntax)
            {
                return true;
            }
        }

        return false;
    }

    // An implementation's parameter names follow the interface; report the interface's declaration instead.
    private static bool ImplementsInterfaceMember(IMethodSymbol method)
    {
        INamedTypeSymbol? type = method.ContainingType;
        if (type == null || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            foreach (ISymbol candidate in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static void Report(SymbolAnalysisContext context, ISymbol symbol)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                if (!TestProjects.IsInTestProjectFolder(location.SourceTree))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.PanMember, location, symbol, symbol.Name));
                }

                return;
            }
        }
    }
}
