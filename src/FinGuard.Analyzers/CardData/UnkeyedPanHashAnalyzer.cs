using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor UnkeyedPanHash = RuleFactory.Create(
        RuleIds.UnkeyedPanHash,
        title: "Card number hashed without a key",
        messageFormat: "'{0}' hashes the card number with unkeyed {1}: use a keyed HMAC (for example HMACSHA256) whose key is managed like other cryptographic keys",
        category: RuleFactory.CardDataCategory,
        description: "PANs have so little entropy that an unkeyed SHA-256/SHA-1/MD5 hash is reversed by enumeration; PCI DSS v4.0 requirement 3.5.1.1 requires keyed cryptographic hashes of the entire PAN with managed keys.");
}

/// <summary>
/// FG1007: a card number hashed with an unkeyed fast hash (<c>SHA256.HashData(Encoding.UTF8.GetBytes(pan))</c>,
/// <c>sha1.ComputeHash(...)</c>, MD5...). A PAN has too little entropy for that to hide it; PCI DSS v4.0 3.5.1.1
/// requires a keyed cryptographic hash (HMAC) with managed keys. HMAC types (KeyedHashAlgorithm) are fine.
/// </summary>
public sealed class UnkeyedPanHashAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnkeyedPanHash);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            INamedTypeSymbol? hashAlgorithm = start.Compilation.GetTypeByMetadataName("System.Security.Cryptography.HashAlgorithm");
            INamedTypeSymbol? keyed = start.Compilation.GetTypeByMetadataName("System.Security.Cryptography.KeyedHashAlgorithm");
            INamedTypeSymbol? encoding = start.Compilation.GetTypeByMetadataName("System.Text.Encoding");
            if (hashAlgorithm == null || keyed == null)
            {
                return;
            }

            var analysis = new Analysis(hashAlgorithm, keyed, encoding, new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider));
            start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
        });
    }

    private sealed class Analysis
    {
        private readonly INamedTypeSymbol _hashAlgorithm;
        private readonly INamedTypeSymbol _keyed;
        private readonly INamedTypeSymbol? _encoding;
        private readonly FinGuardOptions _options;

        public Analysis(INamedTypeSymbol hashAlgorithm, INamedTypeSymbol keyed, INamedTypeSymbol? encoding, FinGuardOptions options)
        {
            _hashAlgorithm = hashAlgorithm;
            _keyed = keyed;
            _encoding = encoding;
            _options = options;
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            if (invocation.Arguments.IsEmpty || !IsHashMethodName(method.Name))
            {
                return;
            }

            ITypeSymbol? algorithm = method.IsStatic ? method.ContainingType : invocation.Instance?.Type;
            if (algorithm == null || !DerivesFrom(algorithm, _hashAlgorithm) || DerivesFrom(algorithm, _keyed)
                || SymbolEqualityComparer.Default.Equals(algorithm, _hashAlgorithm))
            {
                // The abstract HashAlgorithm may be an HMAC at run time: say nothing rather than guess.
                return;
            }

            IOperation source = invocation.Arguments[0].Value;
            if (FindPan(source, 0) is IOperation pan)
            {
                CardDataValues.Classify(pan, _options, out string name);
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.UnkeyedPanHash, invocation.Syntax.GetLocation(), context.ContainingSymbol, name, algorithm.Name));
            }
        }

        // Looks through the byte conversion (Encoding.UTF8.GetBytes(pan)), spans and concatenation (pan + salt).
        private IOperation? FindPan(IOperation value, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            value = CardDataValues.Unwrap(value);
            switch (value)
            {
                case IInvocationOperation { Arguments.Length: >= 1 } getBytes when getBytes.TargetMethod.Name == "GetBytes" && getBytes.TargetMethod.ContainingType != null && DerivesFrom(getBytes.TargetMethod.ContainingType, _encoding):
                    return FindPan(getBytes.Arguments[0].Value, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                    return FindPan(binary.LeftOperand, depth + 1) ?? FindPan(binary.RightOperand, depth + 1);
                case IInterpolatedStringOperation interpolated:
                    foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                    {
                        if (part is IInterpolationOperation interpolation && FindPan(interpolation.Expression, depth + 1) is IOperation found)
                        {
                            return found;
                        }
                    }

                    return null;
            }

            return CardDataValues.Classify(value, _options, out _) == CardDataKind.Pan ? value : null;
        }

        private static bool IsHashMethodName(string name)
            => name.StartsWith("HashData", StringComparison.Ordinal) || name.StartsWith("TryHashData", StringComparison.Ordinal)
               || name.StartsWith("ComputeHash", StringComparison.Ordinal) || name == "TryComputeHash";

        private static bool DerivesFrom(ITypeSymbol type, INamedTypeSymbol? baseType)
        {
            if (baseType == null)
            {
                return false;
            }

            for (ITypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, baseType))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
