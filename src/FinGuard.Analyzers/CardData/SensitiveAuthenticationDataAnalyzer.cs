using FinGuard.Analyzers.CardData.Flow;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SensitiveAuthenticationData = RuleFactory.Create(
        RuleIds.SensitiveAuthenticationData,
        title: "Sensitive authentication data is held or stored",
        messageFormat: "'{0}' holds the {1}, which must never be stored after authorization: remove it and let the processor collect it client-side",
        category: RuleFactory.CardDataCategory,
        description: "Card security codes (CVV/CVC/CVV2/CID), full track data and PINs/PIN blocks are sensitive authentication data: PCI DSS v4.0 requirement 3.3.1 forbids keeping them after authorization, even encrypted. Collect them only in the processor's client-side fields.");
}

/// <summary>
/// FG1002: a field, property or positional record member that holds sensitive authentication data: a card
/// security code (CVV/CVC/CVV2/CID), full track data or a PIN/PIN block. PCI DSS v4.0 3.3.1: never stored after
/// authorization, not even encrypted, so an object that keeps it (entity, DTO, cache entry, session) is the finding.
/// Method parameters are not reported: passing a code through to the processor's authorization is allowed
/// (FG1005 reports the server-side processor call itself). Locals are reported only when they hold a hard-coded code or
/// track (<c>string cardSecurityCode = "123";</c>, <c>string trackData = "%B4111…^…"</c>): the value is kept in source
/// control and sent from the server (issue 18, set 4). A field or property whose every assignment is a mask or a mock
/// (<c>"XXX"</c>, <c>"***"</c>, <c>Random</c> digits) holds no code (issue 18, set 7); encrypting or hashing does not count.
/// </summary>
public sealed class SensitiveAuthenticationDataAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SensitiveAuthenticationData);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            // Test code declares fake cards for its fixtures (as FG1001).
            if (TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            SanitizedMembers masked = SanitizedMembers.GetOrCreate(start.Compilation, options);
            start.RegisterSymbolAction(c => AnalyzeMember(c, options, masked), SymbolKind.Field, SymbolKind.Property);
            INamedTypeSymbol? controllerBase = start.Compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            bool apiAssembly = controllerBase != null && HasAttribute(start.Compilation.Assembly, "ApiControllerAttribute");
            start.RegisterSymbolAction(c => AnalyzeTypeParameters(c, options, controllerBase, apiAssembly), SymbolKind.NamedType);
            start.RegisterOperationAction(c => AnalyzeLiteralLocal(c, options), OperationKind.VariableDeclarator);
            start.RegisterOperationAction(c => AnalyzeKeyedLiteral(c, options), OperationKind.Invocation, OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeMember(SymbolAnalysisContext context, FinGuardOptions options, SanitizedMembers masked)
    {
        ISymbol member = context.Symbol;
        ITypeSymbol type;
        switch (member)
        {
            case IFieldSymbol field when !field.IsImplicitlyDeclared && !field.IsConst:
                type = field.Type;
                break;
            case IPropertySymbol property when !property.IsImplicitlyDeclared && !property.IsOverride && !property.IsIndexer
                                                && property.ExplicitInterfaceImplementations.IsEmpty
                                                && !(property.ContainingType is { IsRecord: true } && IsDeclaredByParameter(property)):
                type = property.Type;
                break;
            default:
                return;
        }

        // CyberSource.Model.*Card.SecurityCode in a processor SDK vendored as source: the SDK's request type (as FG1001).
        if (ProcessorSdks.IsVendoredSdkType(member.ContainingType))
        {
            return;
        }

        ReportIfSensitive(context, member, member.Name, type, member.ContainingType, options, masked);
    }

    // string paymentInformationCardSecurityCode = "123"; string trackData = "%B4111111111111111^DOE/JOHN^2512...": a
    // security code or track hard-coded in product code (SDK samples, copied sample code) is SAD kept in the repository.
    // The literal is tested first (most locals have no string literal initializer), then the name; a code of the wrong
    // shape ("***", "", "CVV") or a name that is not a code (cvvLabel, cvvLength) is left alone.
    private static void AnalyzeLiteralLocal(OperationAnalysisContext context, FinGuardOptions options)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        IOperation? initializer = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        if (initializer is IConversionOperation conversion)
        {
            initializer = conversion.Operand;
        }

        if (initializer is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }
            || !(CardNumbers.HasSecurityCodeShape(text) || CardNumbers.HasTrackDataShape(text)))
        {
            return;
        }

        ILocalSymbol local = declarator.Symbol;
        if (!CardDataNames.MayNameCardData(local.Name))
        {
            return;
        }

        Location? location = FirstSourceLocation(local);
        if (location == null || TestProjects.IsInTestProjectFolder(location.SourceTree))
        {
            return;
        }

        CardDataKind kind = CardDataNames.Classify(local.Name, null, null, options.GetCardDataNames(location.SourceTree));
        bool matches = kind == CardDataKind.SecurityCode ? CardNumbers.HasSecurityCodeShape(text)
            : kind == CardDataKind.TrackData && CardNumbers.HasTrackDataShape(text);
        if (matches && !CardNumbers.NamesTestValue(local.Name))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SensitiveAuthenticationData, location, context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty.Add("Kind", kind.ToString()), local.Name, kind.Describe()));
        }
    }

    // new NameValueCollection { { "card.cvv", "123" } }, form.Add("cvv", "123"), fields["card_cvv"] = "123": a security
    // code or track written into a keyed request body or dictionary in product code (ACI/OPP and Converge server-to-server
    // samples copied into sites) is SAD kept in the repository and sent from the server, as the hard-coded local above.
    // Tested cheaply first: an Add with two arguments or an indexer write, whose value is a string literal of the right shape
    // and whose key is a constant string; then the key is classified like a member name.
    private static void AnalyzeKeyedLiteral(OperationAnalysisContext context, FinGuardOptions options)
    {
        IOperation? key;
        IOperation value;
        switch (context.Operation)
        {
            case IInvocationOperation { Arguments.Length: >= 1 } encrypt when encrypt.TargetMethod.Name.StartsWith("Encrypt", StringComparison.Ordinal):
                AnalyzeEncryptedBlob(context, encrypt, options);
                return;
            case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                key = add.Arguments[0].Value;
                value = add.Arguments[1].Value;
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                key = indexer.Arguments[0].Value;
                value = assignment.Value;
                break;
            default:
                return;
        }

        if (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (value is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }
            || !(CardNumbers.HasSecurityCodeShape(text) || CardNumbers.HasTrackDataShape(text))
            || key.ConstantValue is not { HasValue: true, Value: string name } || !CardDataNames.MayNameCardData(name))
        {
            return;
        }

        Location location = value.Syntax.GetLocation();
        if (TestProjects.IsInTestProjectFolder(location.SourceTree))
        {
            return;
        }

        CardDataKind kind = CardDataNames.Classify(name, null, null, options.GetCardDataNames(location.SourceTree));
        bool matches = kind == CardDataKind.SecurityCode ? CardNumbers.HasSecurityCodeShape(text)
            : kind == CardDataKind.TrackData && CardNumbers.HasTrackDataShape(text);
        if (matches)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SensitiveAuthenticationData, location, context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty.Add("Kind", kind.ToString()), name, kind.Describe()));
        }
    }

    // cryptor.Encrypt($"{Number}|{ExpirationDate}|{Cvv}|{HolderName}"): the card, security code included, packed into one
    // text and encrypted to be kept. PCI DSS 3.3.1: a security code may not be stored after authorization even encrypted.
    // Only a packed text (interpolation or concatenation) that carries both a card number and a security code, PIN or
    // track: encrypting one value for transit, or a serialized payload a processor's protocol encrypts, is not this.
    private static void AnalyzeEncryptedBlob(OperationAnalysisContext context, IInvocationOperation invocation, FinGuardOptions options)
    {
        IOperation packed = CardDataValues.Unwrap(invocation.Arguments[0].Value);
        if ((packed is not IInterpolatedStringOperation && packed is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add })
            || TestProjects.IsInTestProjectFolder(invocation.Syntax.SyntaxTree))
        {
            return;
        }

        bool pan = false;
        string? sensitive = null;
        CardDataKind sensitiveKind = CardDataKind.None;
        foreach (IOperation part in packed.DescendantOperationsAndSelf())
        {
            if (part is not (IPropertyReferenceOperation or IFieldReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation))
            {
                continue;
            }

            CardDataKind kind = CardDataValues.Classify(part, options, out string name);
            pan |= kind == CardDataKind.Pan;
            if (sensitive == null && kind.IsSensitiveAuthenticationData())
            {
                sensitive = name;
                sensitiveKind = kind;
            }
        }

        if (pan && sensitive != null)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SensitiveAuthenticationData, invocation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty.Add("Kind", sensitiveKind.ToString()), sensitive, sensitiveKind.Describe()));
        }
    }

    private static void AnalyzeTypeParameters(SymbolAnalysisContext context, FinGuardOptions options, INamedTypeSymbol? controllerBase, bool apiAssembly)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.IsRecord)
        {
            AnalyzeRecordParameters(context, type, options);
        }
        else if (controllerBase != null && type.TypeKind == TypeKind.Class && !type.IsAbstract)
        {
            AnalyzeApiActionParameters(context, type, options, controllerBase, apiAssembly);
        }
    }

    // [ApiController] public IActionResult Pay(string cardNumber, int cardCvv): an API controller binds a simple parameter
    // from the query string or the route, so the code travels in the URL, which servers, proxies and browsers log and keep
    // (issue 18, set 12). Only API controllers (on the type, a base type or the assembly): an MVC controller's simple
    // parameters also bind from a posted form. [FromBody], [FromForm] and [FromHeader] parameters are not in the URL.
    private static void AnalyzeApiActionParameters(SymbolAnalysisContext context, INamedTypeSymbol type, FinGuardOptions options, INamedTypeSymbol controllerBase, bool apiAssembly)
    {
        bool api = apiAssembly;
        bool controller = false;
        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            controller |= SymbolEqualityComparer.Default.Equals(current, controllerBase);
            api = api || HasAttribute(current, "ApiControllerAttribute");
        }

        if (!controller || !api)
        {
            return;
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, DeclaredAccessibility: Accessibility.Public, IsStatic: false } action
                || action.Parameters.IsEmpty || HasAttribute(action, "NonActionAttribute"))
            {
                continue;
            }

            foreach (IParameterSymbol parameter in action.Parameters)
            {
                if (!CardDataNames.MayNameCardData(parameter.Name) || !CardDataTypes.CanHoldSensitiveAuthenticationData(parameter.Type)
                    || parameter.Type.SpecialType == SpecialType.None
                    || HasAttribute(parameter, "FromBodyAttribute") || HasAttribute(parameter, "FromFormAttribute") || HasAttribute(parameter, "FromHeaderAttribute"))
                {
                    continue;
                }

                Location? location = FirstSourceLocation(parameter);
                if (location == null || TestProjects.IsInTestProjectFolder(location.SourceTree))
                {
                    continue;
                }

                CardDataKind kind = CardDataNames.Classify(parameter.Name, null, null, options.GetCardDataNames(location.SourceTree));
                if (kind.IsSensitiveAuthenticationData())
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SensitiveAuthenticationData, location, parameter, ImmutableDictionary<string, string?>.Empty.Add("Kind", kind.ToString()), parameter.Name, kind.Describe()));
                }
            }
        }
    }

    private static bool HasAttribute(ISymbol symbol, string name)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    // record Payment(string Cvc): the parameter declares the stored property; report it once, on the parameter.
    private static void AnalyzeRecordParameters(SymbolAnalysisContext context, INamedTypeSymbol type, FinGuardOptions options)
    {

        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            foreach (IParameterSymbol parameter in constructor.Parameters)
            {
                if (IsPrimaryConstructorParameter(parameter))
                {
                    ReportIfSensitive(context, parameter, parameter.Name, parameter.Type, type, options, masked: null);
                }
            }
        }
    }

    private static void ReportIfSensitive(SymbolAnalysisContext context, ISymbol symbol, string name, ITypeSymbol type, INamedTypeSymbol? containingType, FinGuardOptions options, SanitizedMembers? masked)
    {
        Location? location = FirstSourceLocation(symbol);
        if (location == null)
        {
            return;
        }

        CardDataKind kind = CardDataNames.Classify(name, containingType?.Name, containingType?.MemberNames, options.GetCardDataNames(location.SourceTree));
        if (kind.IsSensitiveAuthenticationData() && CardDataTypes.CanHoldSensitiveAuthenticationData(type) && !TestProjects.IsInTestProjectFolder(location.SourceTree)
            && !ConstantValuedMembers.HoldsOnlyALiteral(symbol)
            && !LoyaltyCardContexts.NamesLoyaltyOrVoucherCard(symbol, kind)
            && !(masked != null && masked.IsEveryAssignmentMasked(symbol, context.CancellationToken)))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SensitiveAuthenticationData, location, symbol, ImmutableDictionary<string, string?>.Empty.Add("Kind", kind.ToString()), name, kind.Describe()));
        }
    }

    private static Location? FirstSourceLocation(ISymbol symbol)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter)
    {
        foreach (SyntaxReference reference in parameter.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is ParameterSyntax { Parent: ParameterListSyntax { Parent: RecordDeclarationSyntax } })
            {
                return true;
            }
        }

        return false;
    }

    // Only records (class or struct) have positional members; the caller tests IsRecord first, because
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
}
