using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor KeyInCode = RuleFactory.Create(
        RuleIds.KeyInCode,
        title: "Encryption or HMAC key in code",
        messageFormat: "The {0} key comes from a literal in the source code: load it from configuration, a key provider or a KMS",
        category: RuleFactory.DataProtectionCategory,
        description: "A key written in source is shared by every copy of the code, cannot be rotated and leaks with the repository. PCI DSS v4.0 requirements 3.6.1 and 3.7 (key generation, storage, rotation).");
}

/// <summary>
/// FG3005: an encryption or HMAC key written in the source: the key argument of a System.Security.Cryptography
/// constructor or method (<c>new AesGcm(key)</c>, <c>new HMACSHA256(key)</c>, <c>HMACSHA256.HashData(key, data)</c>,
/// <c>CreateEncryptor(key, iv)</c>, <c>IncrementalHash.CreateHMAC(alg, key)</c>) or an assignment to
/// <c>SymmetricAlgorithm.Key</c>/<c>KeyedHashAlgorithm.Key</c>, whose value is hard-coded (<see cref="HardCodedBytes"/>).
/// PCI DSS v4.0 3.6.1, 3.7.
/// </summary>
public sealed class KeyInCodeAnalyzer : DiagnosticAnalyzer
{
    internal const string VariableProperty = "Variable";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.KeyInCode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm") == null)
            {
                return;
            }

            // Constants passed as keys to the project's own crypto helpers are reported once each, at their declaration.
            var reportedConstants = new System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeCall(c, reportedConstants), OperationKind.ObjectCreation, OperationKind.Invocation);
            start.RegisterOperationAction(AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        IMethodSymbol? method;
        ImmutableArray<IArgumentOperation> arguments;
        string? typeName;
        switch (context.Operation)
        {
            case IObjectCreationOperation creation:
                method = creation.Constructor;
                arguments = creation.Arguments;
                typeName = creation.Type?.Name;
                break;
            case IInvocationOperation invocation:
                method = invocation.TargetMethod;
                arguments = invocation.Arguments;
                typeName = invocation.Instance?.Type?.Name ?? method.ContainingType?.Name;
                break;
            default:
                return;
        }

        if (method == null)
        {
            return;
        }

        if (!CryptoSymbols.IsCryptographyType(method.ContainingType))
        {
            // The same callback serves the project's own helpers (HelperKeys): no second pass over every call.
            HelperKeys.Analyze(context, method, arguments, reportedConstants);
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { Name: "key" or "rgbKey" } parameter && HardCodedBytes.IsBytes(parameter.Type))
            {
                Check(context, argument.Value, typeName ?? "encryption");
            }
            else if (argument.Parameter is { Name: "password" } password && typeName is "Rfc2898DeriveBytes" or "PasswordDeriveBytes")
            {
                // A key derived from a password written in the code is a key in the code.
                if (password.Type.SpecialType == SpecialType.System_String && HardCodedBytes.IsConstantText(argument.Value))
                {
                    SyntaxNode value = HardCodedBytes.Unwrap(argument.Value).Syntax;
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, null);
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, value.GetLocation(), context.ContainingSymbol, new[] { value.GetLocation() }, properties, typeName));
                }
                else if (HardCodedBytes.IsBytes(password.Type))
                {
                    Check(context, argument.Value, typeName);
                }
            }
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Key" } target
            && CryptoSymbols.IsCryptographyType(target.Property.ContainingType))
        {
            Check(context, assignment.Value, target.Instance?.Type?.Name ?? target.Property.ContainingType.Name);
        }
    }

    internal static void Check(OperationAnalysisContext context, IOperation value, string algorithm)
    {
        if (!HardCodedBytes.IsHardCoded(value, out SyntaxNode? origin, out ISymbol? symbol, out _))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, symbol?.Name);
        Location[] additional = origin != null ? new[] { origin.GetLocation() } : System.Array.Empty<Location>();
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, HardCodedBytes.Unwrap(value).Syntax.GetLocation(), context.ContainingSymbol, additional, properties, algorithm));
    }
}
