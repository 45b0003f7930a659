using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Secrets;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor DeprecatedTlsVersion = RuleFactory.Create(
        RuleIds.DeprecatedTlsVersion,
        title: "Deprecated TLS or SSL version enabled",
        messageFormat: "{0} enables {1}, which is not strong cryptography: allow only TLS 1.2 and later, or leave the choice to the operating system",
        category: RuleFactory.SecretsCategory,
        description: "SSL and early TLS (1.0, 1.1) have known weaknesses; a client or server that still offers them can be downgraded and its card data and credentials read in transit. PCI DSS v4.0 requirement 4.2.1.");
}

/// <summary>
/// FG4006: a deprecated protocol version (SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1) enabled for a TLS connection:
/// <c>ServicePointManager.SecurityProtocol = ... | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls</c> (or <c>|=</c>,
/// or the numeric casts <c>(SecurityProtocolType)768</c>), or an <c>SslProtocols</c> value with those versions assigned to a
/// library's TLS setting (<c>HttpClientHandler.SslProtocols</c>, <c>SslClientAuthenticationOptions.EnabledSslProtocols</c>,
/// <c>SslServerAuthenticationOptions.EnabledSslProtocols</c>, Kestrel's <c>HttpsConnectionAdapterOptions.SslProtocols</c>, any
/// referenced library's property of those enum types) or passed to <c>SslStream.AuthenticateAsClient/AsServer(...)</c>.
/// Reported once per assignment or call, at the first deprecated version written in the value.
/// Reads, comparisons, removals (<c>&amp;= ~SecurityProtocolType.Tls</c>) and test code are not reported. PCI DSS v4.0 4.2.1.
/// </summary>
public sealed class DeprecatedTlsVersionAnalyzer : DiagnosticAnalyzer
{
    // The same bits in SecurityProtocolType and SslProtocols: Ssl2 = 12, Ssl3 = 48, Tls (1.0) = 192, Tls11 = 768.
    // Tls12 (3072), Tls13 (12288), SystemDefault and None (0) are not deprecated; SslProtocols.Default (Ssl3 | Tls) is.
    internal const int Ssl2Bits = 12;
    internal const int Ssl3Bits = 48;
    internal const int Tls10Bits = 192;
    internal const int Tls11Bits = 768;
    internal const int DeprecatedBits = Ssl2Bits | Ssl3Bits | Tls10Bits | Tls11Bits;

    // Search depth for a value's flags: '|' chains in real code are a handful of members long.
    private const int MaxDepth = 24;

    // Types whose protocol property configures a TLS connection, also when a project declares a stand-in of its own
    // (ASP.NET Core's Kestrel options without the framework reference). Properties of referenced libraries are
    // recognised by their type alone (MailKit, FluentFTP, WinHttpHandler).
    private static readonly ImmutableHashSet<string> TlsSettingOwners = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "ServicePointManager",
        "HttpClientHandler",
        "WinHttpHandler",
        "SslClientAuthenticationOptions",
        "SslServerAuthenticationOptions",
        "HttpsConnectionAdapterOptions");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DeprecatedTlsVersion);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var types = new ProtocolTypes(start.Compilation);
            // Tests that talk to a local server with an old protocol are not a transport risk to customers.
            if (!types.Any || TestProjects.IsTestProject(start.Compilation))
            {
                return;
            }

            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, types, options), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, types, options), OperationKind.Invocation);
        });
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, ProtocolTypes types, FinGuardOptions options)
    {
        var assignment = (IAssignmentOperation)context.Operation;
        // '|=' adds versions; '&= ~Tls' removes one and '^=' toggles: neither is an enabling write.
        if ((assignment is ICompoundAssignmentOperation compound && compound.OperatorKind != BinaryOperatorKind.Or)
            || assignment.Target is not IPropertyReferenceOperation target || !types.IsProtocolEnum(target.Property.Type)
            || !IsTlsSetting(target.Property))
        {
            return;
        }

        Report(context, assignment.Value, types, options, "'" + target.Property.ContainingType.Name + "." + target.Property.Name + "'");
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, ProtocolTypes types, FinGuardOptions options)
    {
        var invocation = (IInvocationOperation)context.Operation;
        // Cheap name test first: SslStream.AuthenticateAsClient/AsServer and their Async forms (and wrappers named alike).
        IMethodSymbol method = invocation.TargetMethod;
        if (!method.Name.StartsWith("AuthenticateAs", StringComparison.Ordinal))
        {
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter != null && types.IsProtocolEnum(argument.Parameter.Type))
            {
                Report(context, argument.Value, types, options, "'" + method.ContainingType.Name + "." + method.Name + "'");
                return;
            }
        }
    }

    // A property that configures TLS: on one of the known owners, or declared by a referenced library (a project's own
    // settings class that only carries the value, for a display list or a later copy, is not the connection).
    private static bool IsTlsSetting(IPropertySymbol property)
        => TlsSettingOwners.Contains(property.ContainingType.Name) || property.DeclaringSyntaxReferences.IsEmpty;

    private static void Report(OperationAnalysisContext context, IOperation value, ProtocolTypes types, FinGuardOptions options, string setting)
    {
        SyntaxNode? first = null;
        int bits = 0;
        CollectDeprecated(value, types, ref first, ref bits, 0);
        if (first == null || TestProjects.IsTestFile(first.SyntaxTree) || options.GetSecrets(first.SyntaxTree).IsTestCode)
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.DeprecatedTlsVersion, first.GetLocation(), context.ContainingSymbol, setting, DescribeVersions(bits)));
    }

    /// <summary>
    /// The deprecated versions a protocol value enables, and the first place (in source order) one of them is written:
    /// enum members and constants of the protocol enums, numeric casts (<c>(SecurityProtocolType)768</c>,
    /// <c>(SecurityProtocolType)(3072 | 768)</c>), through <c>|</c> and both branches of <c>?:</c>. An <c>&amp;</c> or <c>~</c>
    /// removes versions and is not looked into.
    /// </summary>
    internal static void CollectDeprecated(IOperation? operation, ProtocolTypes types, ref SyntaxNode? first, ref int bits, int depth)
    {
        if (operation == null || depth > MaxDepth)
        {
            return;
        }

        switch (operation)
        {
            case IParenthesizedOperation parenthesized:
                CollectDeprecated(parenthesized.Operand, types, ref first, ref bits, depth + 1);
                break;
            case IConversionOperation conversion when types.IsProtocolEnum(conversion.Type) && !types.IsProtocolEnum(conversion.Operand.Type):
                // A number cast to the enum: the deprecated bits of the constant, at the cast of one number
                // ((SecurityProtocolType)768) or at the first number that carries them ((SecurityProtocolType)(3072 | 768)).
                if (conversion.Operand.ConstantValue.HasValue && conversion.Operand.ConstantValue.Value is int number && (number & DeprecatedBits) != 0)
                {
                    bits |= number & DeprecatedBits;
                    first ??= conversion.Operand is ILiteralOperation ? conversion.Syntax : FirstNumberWithDeprecatedBits(conversion.Operand, 0) ?? conversion.Operand.Syntax;
                }

                break;
            case IConversionOperation conversion:
                CollectDeprecated(conversion.Operand, types, ref first, ref bits, depth + 1);
                break;
            case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Or:
                CollectDeprecated(binary.LeftOperand, types, ref first, ref bits, depth + 1);
                CollectDeprecated(binary.RightOperand, types, ref first, ref bits, depth + 1);
                break;
            case IConditionalOperation conditional:
                CollectDeprecated(conditional.WhenTrue, types, ref first, ref bits, depth + 1);
                CollectDeprecated(conditional.WhenFalse, types, ref first, ref bits, depth + 1);
                break;
            case IFieldReferenceOperation field when types.IsProtocolEnum(field.Field.Type) && field.Field.HasConstantValue && field.Field.ConstantValue is int value:
                if ((value & DeprecatedBits) != 0)
                {
                    bits |= value & DeprecatedBits;
                    first ??= field.Syntax;
                }

                break;
        }
    }

    // In (SecurityProtocolType)(3072 | 768 | 192), the literal 768.
    private static SyntaxNode? FirstNumberWithDeprecatedBits(IOperation operation, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (operation)
        {
            case IParenthesizedOperation parenthesized:
                return FirstNumberWithDeprecatedBits(parenthesized.Operand, depth + 1);
            case IConversionOperation conversion:
                return FirstNumberWithDeprecatedBits(conversion.Operand, depth + 1);
            case IBinaryOperation binary when binary.OperatorKind is BinaryOperatorKind.Or or BinaryOperatorKind.Add:
                return FirstNumberWithDeprecatedBits(binary.LeftOperand, depth + 1) ?? FirstNumberWithDeprecatedBits(binary.RightOperand, depth + 1);
            default:
                return operation.ConstantValue.HasValue && operation.ConstantValue.Value is int number && (number & DeprecatedBits) != 0 ? operation.Syntax : null;
        }
    }

    internal static string DescribeVersions(int bits)
    {
        var names = new List<string>(4);
        if ((bits & Ssl2Bits) != 0)
        {
            names.Add("SSL 2.0");
        }

        if ((bits & Ssl3Bits) != 0)
        {
            names.Add("SSL 3.0");
        }

        if ((bits & Tls10Bits) != 0)
        {
            names.Add("TLS 1.0");
        }

        if ((bits & Tls11Bits) != 0)
        {
            names.Add("TLS 1.1");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
    }

    /// <summary>The two protocol enums, resolved once per compilation.</summary>
    internal sealed class ProtocolTypes
    {
        public ProtocolTypes(Compilation compilation)
        {
            SecurityProtocolType = compilation.GetTypeByMetadataName("System.Net.SecurityProtocolType");
            SslProtocols = compilation.GetTypeByMetadataName("System.Security.Authentication.SslProtocols");
        }

        public INamedTypeSymbol? SecurityProtocolType { get; }

        public INamedTypeSymbol? SslProtocols { get; }

        public bool Any => SecurityProtocolType != null || SslProtocols != null;

        public bool IsProtocolEnum(ITypeSymbol? type)
            => type != null && type.TypeKind == TypeKind.Enum
                && (SymbolEqualityComparer.Default.Equals(type, SecurityProtocolType) || SymbolEqualityComparer.Default.Equals(type, SslProtocols));
    }
}
