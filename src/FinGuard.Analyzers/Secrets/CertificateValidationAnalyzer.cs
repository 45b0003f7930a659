using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Secrets;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor CertificateValidationDisabled = RuleFactory.Create(
        RuleIds.CertificateValidationDisabled,
        title: "Certificate validation disabled",
        messageFormat: "{0} accepts every server certificate: remove the bypass so that TLS to payment and bank endpoints is validated",
        category: RuleFactory.SecretsCategory,
        description: "A certificate validator that always succeeds lets anyone on the network path impersonate the processor or bank and read card data and credentials. PCI DSS v4.0 requirement 4.2.1.");
}

/// <summary>
/// FG4004: TLS server-certificate validation switched off: <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>,
/// or a validator that always returns <c>true</c> assigned to <c>ServerCertificateCustomValidationCallback</c>,
/// <c>ServicePointManager.ServerCertificateValidationCallback</c> (process-wide), <c>HttpWebRequest.ServerCertificateValidationCallback</c>
/// or <c>SslClientAuthenticationOptions.RemoteCertificateValidationCallback</c> (<c>SocketsHttpHandler.SslOptions</c>).
/// Validators that inspect the certificate or the policy errors are left alone. PCI DSS v4.0 4.2.1.
/// </summary>
public sealed class CertificateValidationAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var types = new CallbackTypes(start.Compilation);
            // Tests that talk to local self-signed mocks are not a transport risk (test projects and test folders).
            if (!types.Any || TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzePropertyReference(c, types), OperationKind.PropertyReference);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, types), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
            start.RegisterSyntaxNodeAction(AnalyzeNamedAssignment, SyntaxKind.SimpleAssignmentExpression);
            start.RegisterSymbolAction(AnalyzeValidatorMethod, SymbolKind.Method);
        });
    }

    private static void AnalyzePropertyReference(OperationAnalysisContext context, CallbackTypes types)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        IPropertySymbol property = reference.Property;
        if (TestProjects.IsTestFile(reference.Syntax.SyntaxTree))
        {
            return;
        }

        if (property.IsStatic && property.Name == "DangerousAcceptAnyServerCertificateValidator"
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, types.HttpClientHandler))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, reference.Syntax.GetLocation(), context.ContainingSymbol, "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator"));
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, CallbackTypes types)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !types.IsValidationCallback(target.Property) || TestProjects.IsTestFile(assignment.Syntax.SyntaxTree))
        {
            return;
        }

        // The callback inside conversions, parentheses and the delegate created from a method group or lambda.
        IOperation value = WrappedValues.Strip(assignment.Value);
        while (value is IDelegateCreationOperation creation)
        {
            value = WrappedValues.Strip(creation.Target);
        }

        bool alwaysTrue = value switch
        {
            IAnonymousFunctionOperation lambda => AlwaysReturnsTrue(lambda.Body),
            IMethodReferenceOperation method => MethodAlwaysReturnsTrue(method.Method),
            _ => false,
        };

        if (alwaysTrue)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, value.Syntax.GetLocation(), context.ContainingSymbol, "'" + target.Property.ContainingType.Name + "." + target.Property.Name + "'"));
        }
    }

    // The .NET Framework 1.x API that ServerCertificateValidationCallback replaced, still compiled by Web Forms and
    // .NET Framework code: ServicePointManager.CertificatePolicy = new MyPolicy(), where MyPolicy's
    // ICertificatePolicy.CheckValidationResult always returns true, accepts every certificate process-wide. Recognised
    // from syntax: .NET (Core) reference assemblies no longer declare the property, so it binds only on .NET Framework.
    private static void AnalyzeCertificatePolicyAssignment(SyntaxNodeAnalysisContext context, AssignmentExpressionSyntax assignment)
    {
        ExpressionSyntax owner = ((MemberAccessExpressionSyntax)assignment.Left).Expression;
        string? ownerName = owner switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };
        ExpressionSyntax value = assignment.Right;
        while (value is ParenthesizedExpressionSyntax or CastExpressionSyntax)
        {
            value = value is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((CastExpressionSyntax)value).Expression;
        }

        if (ownerName != "ServicePointManager" || value is not ObjectCreationExpressionSyntax creation || TestProjects.IsTestFile(assignment.SyntaxTree)
            || context.SemanticModel.GetTypeInfo(creation, context.CancellationToken).Type is not INamedTypeSymbol policy || AcceptsEveryCertificate(policy) == null)
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, creation.GetLocation(), context.ContainingSymbol, "'ServicePointManager.CertificatePolicy' (" + policy.Name + ")"));
    }

    // The policy type's CheckValidationResult(ServicePoint, X509Certificate, WebRequest, int) when it always returns true.
    private static IMethodSymbol? AcceptsEveryCertificate(INamedTypeSymbol policy)
    {
        for (INamedTypeSymbol? type = policy; type != null; type = type.BaseType)
        {
            foreach (ISymbol member in type.GetMembers("CheckValidationResult"))
            {
                if (member is IMethodSymbol method && IsCertificatePolicyCheck(method))
                {
                    return MethodAlwaysReturnsTrue(method) ? method : null;
                }
            }
        }

        return null;
    }

    // ICertificatePolicy.CheckValidationResult(ServicePoint, X509Certificate, WebRequest, int): the name and parameters
    // of that interface's one method, on a type that lists the interface (resolved, or an error type that keeps its name).
    private static bool IsCertificatePolicyCheck(IMethodSymbol method)
        => method.Name == "CheckValidationResult" && method.ReturnType.SpecialType == SpecialType.System_Boolean && method.Parameters.Length == 4
            && method.Parameters[0].Type.Name == "ServicePoint" && method.Parameters[3].Type.SpecialType == SpecialType.System_Int32
            && DeclaresCertificatePolicy(method.ContainingType);

    private static bool DeclaresCertificatePolicy(INamedTypeSymbol? type)
    {
        for (; type != null; type = type.BaseType)
        {
            if (type.Name == "ICertificatePolicy")
            {
                return true;
            }

            foreach (INamedTypeSymbol contract in type.Interfaces)
            {
                if (contract.Name == "ICertificatePolicy")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // MailKit (SmtpClient, ImapClient, Pop3Client: MailKit.MailService.ServerCertificateValidationCallback), also before
    // restore, when the client type is unresolved but keeps its name: an always-true lambda sends the SMTP/IMAP
    // credentials over TLS that anyone on the path can terminate.
    private static void AnalyzeNamedAssignment(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (assignment.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CertificatePolicy" })
        {
            AnalyzeCertificatePolicyAssignment(context, assignment);
            return;
        }

        if (assignment.Left is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ServerCertificateValidationCallback" } target
            || assignment.Right is not LambdaExpressionSyntax lambda || !LambdaAlwaysReturnsTrue(lambda)
            || TestProjects.IsTestFile(assignment.SyntaxTree))
        {
            return;
        }

        // System.Net's own properties are the operation action's; this one takes MailKit's and unresolved ones.
        ISymbol? symbol = context.SemanticModel.GetSymbolInfo(target, context.CancellationToken).Symbol;
        ITypeSymbol? owner = context.SemanticModel.GetTypeInfo(target.Expression, context.CancellationToken).Type;
        bool mailKit = symbol is IPropertySymbol { ContainingType: { } declaring } && RootNamespace(declaring) == "MailKit";
        bool unresolved = symbol == null && owner is { TypeKind: TypeKind.Error } && owner.Name is "SmtpClient" or "ImapClient" or "Pop3Client" or "MailService";
        if (mailKit || unresolved)
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, lambda.GetLocation(), context.ContainingSymbol, "MailKit's '" + (owner?.Name ?? "MailService") + ".ServerCertificateValidationCallback'"));
        }
    }

    // A validator type's method (an interface implementation or override) that takes the TLS policy errors and
    // always returns true: IServerCertificateValidator.IsOk(...) => true accepts every certificate wherever it is plugged in.
    private static void AnalyzeValidatorMethod(SymbolAnalysisContext context)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.MethodKind != MethodKind.Ordinary || method.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return;
        }

        // An ICertificatePolicy whose check always returns true: reported at the 'true' it returns, since the policy is
        // what every request of the process trusts once it is installed.
        if (IsCertificatePolicyCheck(method) && method.Locations.Length > 0
            && !TestProjects.IsTestFile(method.Locations[0].SourceTree) && MethodAlwaysReturnsTrue(method))
        {
            Location where = ReturnedTrue(method)?.GetLocation() ?? method.Locations[0];
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, where, method, "'" + method.ContainingType.Name + "." + method.Name + "' (ICertificatePolicy)"));
            return;
        }

        bool takesPolicyErrors = false;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            takesPolicyErrors |= parameter.Type.Name == "SslPolicyErrors";
        }

        if (!takesPolicyErrors || (!method.IsOverride && method.ExplicitInterfaceImplementations.IsEmpty && !ImplementsInterfaceMember(method))
            || method.Locations.Length == 0 || TestProjects.IsTestFile(method.Locations[0].SourceTree) || !MethodAlwaysReturnsTrue(method))
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.CertificateValidationDisabled, method.Locations[0], method, "'" + method.ContainingType.Name + "." + method.Name + "'"));
    }

    private static bool ImplementsInterfaceMember(IMethodSymbol method)
    {
        foreach (INamedTypeSymbol contract in method.ContainingType.AllInterfaces)
        {
            foreach (ISymbol member in contract.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool LambdaAlwaysReturnsTrue(LambdaExpressionSyntax lambda)
    {
        ExpressionSyntax? returned = lambda.ExpressionBody;
        if (returned == null && lambda.Block is { Statements: { Count: 1 } statements } && statements[0] is ReturnStatementSyntax ret)
        {
            returned = ret.Expression;
        }

        returned = returned == null ? null : WrappedValues.StripSyntax(returned, throughCasts: false);

        return returned != null && returned.IsKind(SyntaxKind.TrueLiteralExpression);
    }

    private static string? RootNamespace(INamedTypeSymbol type)
    {
        INamespaceSymbol? ns = type.ContainingNamespace;
        if (ns == null || ns.IsGlobalNamespace)
        {
            return null;
        }

        while (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            ns = parent;
        }

        return ns.Name;
    }

    /// <summary>True when every return in the body (outside nested functions) returns the constant <c>true</c>.</summary>
    private static bool AlwaysReturnsTrue(IBlockOperation? body)
    {
        if (body == null)
        {
            return false;
        }

        bool sawReturn = false;
        foreach (IOperation operation in body.DescendantOperations())
        {
            if (operation is IReturnOperation ret && ret.Kind == OperationKind.Return && !IsInNestedFunction(ret, body))
            {
                if (ret.ReturnedValue?.ConstantValue is { HasValue: true, Value: true })
                {
                    sawReturn = true;
                }
                else
                {
                    return false;
                }
            }
        }

        return sawReturn;
    }

    private static bool IsInNestedFunction(IOperation operation, IOperation root)
    {
        for (IOperation? current = operation.Parent; current != null && current != root; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? ReturnedTrue(IMethodSymbol method)
        => method.DeclaringSyntaxReferences.Length == 1 ? method.DeclaringSyntaxReferences[0].GetSyntax() switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            MethodDeclarationSyntax { Body: { Statements: { Count: 1 } statements } } when statements[0] is ReturnStatementSyntax ret => ret.Expression,
            _ => null,
        } : null;

    // A named validator: judged from its syntax (one statement or expression body returning 'true'), since an
    // analyzer must not ask for another tree's semantic model.
    private static bool MethodAlwaysReturnsTrue(IMethodSymbol method)
    {
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        SyntaxNode syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
        ExpressionSyntax? returned = syntax switch
        {
            MethodDeclarationSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            MethodDeclarationSyntax { Body: { Statements: { Count: 1 } statements } } when statements[0] is ReturnStatementSyntax ret => ret.Expression,
            LocalFunctionStatementSyntax { ExpressionBody: { } arrow } => arrow.Expression,
            LocalFunctionStatementSyntax { Body: { Statements: { Count: 1 } statements } } when statements[0] is ReturnStatementSyntax ret => ret.Expression,
            _ => null,
        };

        returned = returned == null ? null : WrappedValues.StripSyntax(returned, throughCasts: false);

        return returned != null && returned.IsKind(SyntaxKind.TrueLiteralExpression);
    }

    private sealed class CallbackTypes
    {
        public CallbackTypes(Compilation compilation)
        {
            HttpClientHandler = compilation.GetTypeByMetadataName("System.Net.Http.HttpClientHandler");
            ServicePointManager = compilation.GetTypeByMetadataName("System.Net.ServicePointManager");
            HttpWebRequest = compilation.GetTypeByMetadataName("System.Net.HttpWebRequest");
            SslClientAuthenticationOptions = compilation.GetTypeByMetadataName("System.Net.Security.SslClientAuthenticationOptions");
            WinHttpHandler = compilation.GetTypeByMetadataName("System.Net.Http.WinHttpHandler");
        }

        public INamedTypeSymbol? HttpClientHandler { get; }

        private INamedTypeSymbol? ServicePointManager { get; }

        private INamedTypeSymbol? HttpWebRequest { get; }

        private INamedTypeSymbol? SslClientAuthenticationOptions { get; }

        private INamedTypeSymbol? WinHttpHandler { get; }

        public bool Any => HttpClientHandler != null || ServicePointManager != null || HttpWebRequest != null || SslClientAuthenticationOptions != null;

        public bool IsValidationCallback(IPropertySymbol property)
        {
            INamedTypeSymbol type = property.ContainingType;
            switch (property.Name)
            {
                case "ServerCertificateCustomValidationCallback":
                    return SymbolEqualityComparer.Default.Equals(type, HttpClientHandler) || SymbolEqualityComparer.Default.Equals(type, WinHttpHandler);
                case "ServerCertificateValidationCallback":
                    return SymbolEqualityComparer.Default.Equals(type, ServicePointManager) || SymbolEqualityComparer.Default.Equals(type, HttpWebRequest);
                case "RemoteCertificateValidationCallback":
                    return SymbolEqualityComparer.Default.Equals(type, SslClientAuthenticationOptions);
                default:
                    return false;
            }
        }
    }
}
