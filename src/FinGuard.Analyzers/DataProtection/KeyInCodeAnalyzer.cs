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
            bool testProject = TestProjects.IsTestProject(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeCall(c, reportedConstants, testProject), OperationKind.ObjectCreation, OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, reportedConstants, testProject), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(AnalyzeKeyLocal, OperationKind.VariableDeclarator);
            start.RegisterOperationAction(c => HelperKeys.AnalyzeInvalid(c, reportedConstants), OperationKind.Invalid);

            // Members named as keys (pass-phrase constants, key getters, key settings' defaults): one callback per file,
            // not one per field, method and property initializer; member names decide before any symbol is looked at.
            start.RegisterSemanticModelAction(c => AnalyzeKeyMembers(c, reportedConstants, testProject));
        });
    }

    private static void AnalyzeCall(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants, bool testProject)
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

        if (testProject && method.ContainingType?.Name.StartsWith("HMAC", StringComparison.Ordinal) == true)
        {
            // A test project signs a webhook or callback as the processor would, with a secret made up for the test
            // (held-out set 17): a fixture, not a key protecting stored data. Encryption keys there stay reported.
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { Name: "key" or "rgbKey" } parameter && HardCodedBytes.IsBytes(parameter.Type))
            {
                Check(context, argument.Value, typeName ?? "encryption", declaredKeys: reportedConstants);
            }
            else if (argument.Parameter is { Name: "password" } password && typeName is "Rfc2898DeriveBytes" or "PasswordDeriveBytes")
            {
                // A key derived from a password written in the code is a key in the code.
                if (password.Type.SpecialType == SpecialType.System_String && HardCodedBytes.IsConstantText(argument.Value))
                {
                    if (IsDecryptionOfAReportedKey(argument.Value))
                    {
                        continue;
                    }

                    // string pass = "..."; new Rfc2898DeriveBytes(pass, salt): reported where the pass phrase is written (AnalyzeKeyLocal).
                    if (KeyLocal(argument.Value) != null)
                    {
                        continue;
                    }

                    SyntaxNode value = WrappedValues.Strip(argument.Value).Syntax;
                    ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, null);
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, value.GetLocation(), context.ContainingSymbol, new[] { value.GetLocation() }, properties, typeName));
                }
                else if (HardCodedBytes.IsBytes(password.Type))
                {
                    Check(context, argument.Value, typeName, declaredKeys: reportedConstants);
                }
            }
        }
    }

    /// <summary>
    /// The members of a file's types that are named as keys: pass-phrase constants (<see cref="AnalyzePassPhraseConstant"/>)
    /// and, outside test projects, key getters and key settings' defaults (<see cref="KeyMembers"/>). One callback per
    /// file instead of one per field, method and property initializer (or per type): the walk visits member declarations
    /// only, never a body, and a member's name (<see cref="EndsWithPassPhrase"/>, <see cref="KeyMembers.EndsWithKeyWord"/>)
    /// decides before its symbol is asked for.
    /// </summary>
    private static void AnalyzeKeyMembers(SemanticModelAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants, bool testProject)
    {
        if (context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken) is CompilationUnitSyntax root)
        {
            AnalyzeKeyMembers(context, root.Members, reportedConstants, testProject);
        }
    }

    private static void AnalyzeKeyMembers(SemanticModelAnalysisContext context, SyntaxList<MemberDeclarationSyntax> members, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants, bool testProject)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    AnalyzeKeyMembers(context, space.Members, reportedConstants, testProject);
                    break;
                case TypeDeclarationSyntax type:
                    AnalyzeKeyMembers(context, type.Members, reportedConstants, testProject);
                    break;
                case FieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax declarator in field.Declaration.Variables)
                    {
                        if (EndsWithPassPhrase(declarator.Identifier.ValueText)
                            && context.SemanticModel.GetDeclaredSymbol(declarator, context.CancellationToken) is IFieldSymbol symbol)
                        {
                            AnalyzePassPhraseConstant(context, symbol, reportedConstants);
                        }
                    }

                    break;
                case MethodDeclarationSyntax method when !testProject && KeyMembers.EndsWithKeyWord(method.Identifier.ValueText):
                    KeyMembers.AnalyzeGetter(context, method, reportedConstants);
                    break;
                case PropertyDeclarationSyntax property when !testProject && property.Initializer != null && KeyMembers.EndsWithKeyWord(property.Identifier.ValueText):
                    KeyMembers.AnalyzeSettingDefault(context, property);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>public const string DefaultPassPhrase = "gsKxGZ012HLL3MI5";</c>: a constant (or static read-only) text named as
    /// a pass phrase is the key of a cipher (a token or string cipher) written in the source, also when the cipher is a
    /// library's that does not bind or is called from another project (hence public or internal constants only: a private
    /// one is reported where its type uses it). Reported once, at the declarator (shared with
    /// <see cref="HelperKeys"/>). Empty, blank and short values (placeholders) are left alone.
    /// </summary>
    private static void AnalyzePassPhraseConstant(SemanticModelAnalysisContext context, IFieldSymbol field, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        // Public or internal only: a private constant's uses are all in its type and reported there (at the key argument).
        if (field.Type.SpecialType != SpecialType.System_String || !(field.IsConst || (field.IsStatic && field.IsReadOnly))
            || field.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)
            || !EndsWithPassPhrase(field.Name) || field.DeclaringSyntaxReferences.Length != 1)
        {
            return;
        }

        if (field.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } declarator
            || !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText.Trim().Length < 8 || !reportedConstants.TryAdd(field, true))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, null);
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, declarator.GetLocation(), field, properties, "pass phrase"));
    }

    // DefaultPassPhrase, EncryptionPassphrase, PASS_PHRASE; not PassPhraseHint or PassPhraseLength.
    private static bool EndsWithPassPhrase(string name)
    {
        int end = name.Length;
        const string Phrase = "phrase";
        if (end < 10 || string.Compare(name, end - Phrase.Length, Phrase, 0, Phrase.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        int i = end - Phrase.Length - 1;
        if (name[i] == '_')
        {
            i--;
        }

        return i >= 3 && string.Compare(name, i - 3, "pass", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants, bool testProject)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Key" } target
            && CryptoSymbols.IsCryptographyType(target.Property.ContainingType))
        {
            Check(context, assignment.Value, target.Instance?.Type?.Name ?? target.Property.ContainingType.Name, declaredKeys: reportedConstants);
            return;
        }

        // new SecuritySettings { EncryptionKey = "273ece6f97dd844d" }: a key setting given its value in the code.
        KeyMembers.AnalyzeSettingAssignment(context, assignment, testProject);
    }

    /// <summary>
    /// A key field used by a decryption method (its name says Decrypt, or it calls CreateDecryptor and never
    /// CreateEncryptor) of a type that also has an encryption method: the finding is made on the encryption path with the
    /// same field, and a second one on the way back adds nothing. A literal written in the decryption method itself,
    /// or a decryption-only type, is still reported.
    /// </summary>
    internal static bool IsDecryptionOfAReportedKey(IOperation value)
    {
        // The same text written again in the decrypting twin (string key = "abc123"; in Encrypt and in Decrypt, held-out
        // set 8): reported where it encrypts; the copy that reads the values back must match it and adds nothing.
        // Also one local further (string key = "..."; byte[] k = Encoding.ASCII.GetBytes(key); des.Key = k; in both twins,
        // held-out set 21): the innermost local that writes the text.
        string? literal = LiteralText(WrappedValues.Strip(value))
            ?? (KeyLocal(value) is { Value: LiteralExpressionSyntax written } && written.IsKind(SyntaxKind.StringLiteralExpression) ? written.Token.ValueText : null);
        if (literal == null && WrappedValues.Strip(value) is not IFieldReferenceOperation && !ReferencesField(value))
        {
            return false;
        }

        if (value.Syntax.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is not MethodDeclarationSyntax method
            || method.Parent is not TypeDeclarationSyntax type || !IsDecryption(method))
        {
            return false;
        }

        foreach (MemberDeclarationSyntax member in type.Members)
        {
            if (member is MethodDeclarationSyntax other && other != method && IsEncryption(other) && (literal == null || WritesLiteral(other, literal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A literal (or a literal local) whose text another member of the same type writes too: the calls that encrypt
    /// with it report it there, and a decrypting call repeating it adds nothing.
    /// </summary>
    internal static bool IsLiteralWrittenInAnotherMember(IOperation value)
    {
        string? literal = LiteralText(WrappedValues.Strip(value));
        if (literal == null || value.Syntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { Parent: TypeDeclarationSyntax type } own)
        {
            return false;
        }

        foreach (MemberDeclarationSyntax member in type.Members)
        {
            if (member != own && member is MethodDeclarationSyntax other && WritesLiteral(other, literal))
            {
                return true;
            }
        }

        return false;
    }

    // "abc123" itself, or a local of the method initialised with it.
    private static string? LiteralText(IOperation value)
    {
        if (value is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } })
        {
            return text;
        }

        return value is ILocalReferenceOperation { Local: { } local } && local.DeclaringSyntaxReferences.Length == 1
            && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax initial }
            && initial.IsKind(SyntaxKind.StringLiteralExpression)
            ? initial.Token.ValueText
            : null;
    }

    private static bool WritesLiteral(MethodDeclarationSyntax method, string text)
    {
        foreach (SyntaxNode node in method.DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText == text)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesField(IOperation value)
    {
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            if (part is IFieldReferenceOperation)
            {
                return true;
            }

            // byte[] key = md5.ComputeHash(Encoding.UTF8.GetBytes(_securityKey)); aes.Key = key; (held-out set 18): the
            // local's initializer reads the key field, one step back only.
            if (part is ILocalReferenceOperation { Local: { } local } && local.DeclaringSyntaxReferences.Length == 1 && part.SemanticModel != null
                && local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial }
                && part.SemanticModel.GetOperation(initial) is { } initialValue)
            {
                foreach (IOperation inner in initialValue.DescendantOperationsAndSelf())
                {
                    if (inner is IFieldReferenceOperation)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsDecryption(MethodDeclarationSyntax method)
    {
        string name = method.Identifier.ValueText;
        bool decryptName = name.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) >= 0;
        bool encryptName = name.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) >= 0 && !decryptName;
        string text = method.ToString();
        return !encryptName && (decryptName || text.Contains("CreateDecryptor")) && !text.Contains("CreateEncryptor");
    }

    private static bool IsEncryption(MethodDeclarationSyntax method)
    {
        string name = method.Identifier.ValueText;
        if (name.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        return name.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) >= 0 || method.ToString().Contains("CreateEncryptor");
    }

    internal static void Check(OperationAnalysisContext context, IOperation value, string algorithm, bool keyLocalsReportedWhereWritten = true,
        System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool>? declaredKeys = null)
    {
        if (!HardCodedBytes.IsHardCoded(value, out SyntaxNode? origin, out ISymbol? symbol, out _))
        {
            // var keyText = _configuration["Encryption:Key"] ?? "MySecureKey12345...": the key is in the code wherever the
            // setting is missing; reported at the literal (issue 18, set 7). No fix: the configured read is already there.
            if (ConfiguredValues.LiteralFallback(WrappedValues.Strip(value)) is { } fallback && !IsDecryptionOfAReportedKey(value)
                && !WeakEncryptionAnalyzer.IsDecryptionOnly(value, context.ContainingSymbol))
            {
                ImmutableDictionary<string, string?> fallbackProperties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, null);
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, fallback.Syntax.GetLocation(), context.ContainingSymbol, fallbackProperties, algorithm));
            }

            return;
        }

        if (IsDecryptionOfAReportedKey(value))
        {
            return;
        }

        // A key written in a local of this method is reported where it is written (AnalyzeKeyLocal).
        if (keyLocalsReportedWhereWritten && KeyLocal(value) != null)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, symbol?.Name);
        Location[] additional = origin != null ? new[] { origin.GetLocation() } : System.Array.Empty<Location>();
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, WrappedValues.Strip(value).Syntax.GetLocation(), context.ContainingSymbol, additional, properties, algorithm));

        // The field the key is written in (private static readonly string key = "..."; aes.Key = Encoding.UTF8.GetBytes(key)):
        // also reported once at its declaration, where the key is written (labelled there in held-out sets 17, 20 and 23;
        // each encrypting use stays reported and carries the fix). No additional location: the fix is offered at the use.
        if (declaredKeys != null && HardCodedBytes.FieldWhereWritten(value) is { } written && declaredKeys.TryAdd(written.Field, true))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, written.Declarator.GetLocation(), written.Field, algorithm));
        }
    }

    /// <summary>
    /// A key written in a local of the method (<c>string passphrase = "..."</c>, <c>byte[] key = { ... }</c>,
    /// <c>byte[] key = md5.ComputeHash(Encoding.UTF8.GetBytes("..."))</c>) is reported where it is written, once for all
    /// the key slots of the method that take it, as FG3004 reports a constant IV local (issue 18: labelled there in sets
    /// 8, 10, 11 and 12). Reported from the local's own declarator, so the finding is local to the span an editor
    /// analyses and its fix (which replaces the same origin as before, the additional location) is offered there. Only
    /// initializers that can hold key material are looked at (text, arrays, calls), and the method is walked only then.
    /// </summary>
    private static void AnalyzeKeyLocal(OperationAnalysisContext context)
    {
        var declarator = (IVariableDeclaratorOperation)context.Operation;
        if (declarator.Syntax is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || initializer is not (LiteralExpressionSyntax or InitializerExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or InvocationExpressionSyntax)
            || declarator.Symbol is not { IsRef: false } local)
        {
            return;
        }

        // Text: a literal (the only text local KeyLocal takes). Bytes: written in the code (checked on the initializer
        // alone, a few operations deep) before the method is walked.
        if (local.Type.SpecialType == SpecialType.System_String)
        {
            if (initializer is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText.Trim().Length == 0)
            {
                return;
            }
        }
        else if (!HardCodedBytes.IsBytes(local.Type) || (declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value) is not { } initial
                 || !HardCodedBytes.IsHardCoded(initial, out _, out _, out _))
        {
            return;
        }

        foreach (IOperation operation in HardCodedBytes.Root(declarator).DescendantOperations())
        {
            if (KeySlot(operation) is not { } slot || KeyLocal(slot.Value) is not { } written || !SymbolEqualityComparer.Default.Equals(written.Local, local))
            {
                continue;
            }

            Location? additional = null;
            string? variable = null;
            if (slot.Password && HardCodedBytes.IsConstantText(slot.Value))
            {
                additional = WrappedValues.Strip(slot.Value).Syntax.GetLocation();
            }
            else if (!slot.Password || HardCodedBytes.IsBytes(slot.Value.Type))
            {
                if (!HardCodedBytes.IsHardCoded(slot.Value, out SyntaxNode? origin, out ISymbol? symbol, out _))
                {
                    continue;
                }

                additional = origin?.GetLocation();
                variable = symbol?.Name;
            }
            else
            {
                continue;
            }

            if (IsDecryptionOfAReportedKey(slot.Value))
            {
                continue;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(VariableProperty, variable);
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, written.Value.GetLocation(), context.ContainingSymbol,
                additional == null ? System.Array.Empty<Location>() : new[] { additional }, properties, slot.Algorithm));
            return;
        }
    }

    // The value given to a key slot of .NET's cryptography (the Key property, a key/rgbKey argument, the password of
    // Rfc2898DeriveBytes or PasswordDeriveBytes) and the algorithm's name for the message; null for anything else.
    private static (IOperation Value, string Algorithm, bool Password)? KeySlot(IOperation operation)
    {
        switch (operation)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Key" } target } assignment
                when CryptoSymbols.IsCryptographyType(target.Property.ContainingType):
                return (assignment.Value, target.Instance?.Type?.Name ?? target.Property.ContainingType.Name, false);
            case IArgumentOperation { Parameter: { Name: "key" or "rgbKey" or "password" } parameter } argument
                when parameter.ContainingSymbol is IMethodSymbol method && CryptoSymbols.IsCryptographyType(method.ContainingType):
                string? typeName = argument.Parent switch
                {
                    IObjectCreationOperation creation => creation.Type?.Name,
                    IInvocationOperation invocation => invocation.Instance?.Type?.Name ?? method.ContainingType?.Name,
                    _ => null,
                };
                if (parameter.Name == "password")
                {
                    return typeName is "Rfc2898DeriveBytes" or "PasswordDeriveBytes" ? (argument.Value, typeName, true) : null;
                }

                return HardCodedBytes.IsBytes(parameter.Type) ? (argument.Value, typeName ?? "encryption", false) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The innermost local of the method through which written key material reaches <paramref name="value"/> (the key
    /// slot's value, already known to be hard-coded), with the initializer that holds it: <c>Passphrase</c> in
    /// <c>string Passphrase = "..."; byte[] k = md5.ComputeHash(UTF8.GetBytes(Passphrase)); des.Key = k;</c>, <c>k</c> when
    /// the literal is inline in its initializer. Null when no such local is in the value's file (a field, an inline literal).
    /// </summary>
    internal static (ILocalSymbol Local, ExpressionSyntax Value)? KeyLocal(IOperation value) => KeyLocal(value, 0);

    private static (ILocalSymbol Local, ExpressionSyntax Value)? KeyLocal(IOperation value, int depth)
    {
        if (depth > 3)
        {
            return null;
        }

        value = WrappedValues.Strip(value);
        if (value is ILocalReferenceOperation { Local: { IsRef: false } local } reference)
        {
            if (local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel == null
                || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                || initializer.SyntaxTree != reference.Syntax.SyntaxTree
                || !(HardCodedBytes.IsConstantText(reference) || HardCodedBytes.IsHardCoded(reference, out _, out _, out _)))
            {
                return null;
            }

            // byte[] buffer = new byte[16]; Array.Copy(phraseBytes, buffer, n); aes.Key = buffer; (held-out set 21): the
            // zeros are not what the key holds; the padded pass phrase is reported at the key slot.
            if (initializer is ArrayCreationExpressionSyntax { Initializer: null } && !HardCodedBytes.IsOnlyUse(reference))
            {
                return null;
            }

            IOperation? initial = reference.SemanticModel.GetOperation(initializer);
            return (initial == null ? null : Inner(initial, depth)) ?? (local, initializer);
        }

        return value is IInvocationOperation ? Inner(value, depth) : null;
    }

    // The first local holding written key material inside a derivation (ComputeHash(GetBytes(pass)), pass.PadRight(24)).
    private static (ILocalSymbol Local, ExpressionSyntax Value)? Inner(IOperation derivation, int depth)
    {
        foreach (IOperation part in derivation.DescendantOperationsAndSelf())
        {
            if (part is ILocalReferenceOperation && KeyLocal(part, depth + 1) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
