using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor StaticOrReusedNonce = RuleFactory.Create(
        RuleIds.StaticOrReusedNonce,
        title: "Static, zero or reused IV or nonce",
        messageFormat: "{0}: generate a fresh IV/nonce with RandomNumberGenerator.Fill for every encryption and store it with the ciphertext",
        category: RuleFactory.DataProtectionCategory,
        description: "An IV or nonce that is constant, all zeros, reused under one key or taken from a counter that restarts with the process breaks confidentiality (CBC, CTR) or, for AES-GCM, lets an attacker recover the authentication key and forge data. PCI DSS v4.0 requirements 3.5.1 and 3.6.");
}

/// <summary>
/// FG3004: the IV or nonce of an encryption (<c>AesGcm/AesCcm/ChaChaPoly1305.Encrypt(nonce, ...)</c>,
/// <c>EncryptCbc/EncryptCfb(..., iv)</c>, <c>CreateEncryptor(key, iv)</c>, <c>SymmetricAlgorithm.IV = ...</c>) that is
/// hard-coded or all zeros, a static field shared by every encryption, a <c>new byte[n]</c> local that is never
/// filled, or one local used for two encryptions (or on every loop iteration) without being refilled in between; and
/// an AEAD nonce built from an in-memory counter field (<c>Interlocked.Increment(ref _counter)</c>, <c>_counter++</c>),
/// which restarts with the process and repeats nonces under a long-lived key (see <see cref="CounterNonces"/>).
/// A local passed to anything that may write it (<c>RandomNumberGenerator.Fill</c>, <c>stream.Read</c>,
/// <c>CopyTo</c>, a method of your own) counts as filled: precision first. PCI DSS v4.0 3.5.1, 3.6.
/// </summary>
public sealed class StaticNonceAnalyzer : DiagnosticAnalyzer
{
    internal const string FixProperty = "Fix";
    internal const string FillAfterDeclaration = "FillAfterDeclaration";
    internal const string FillBeforeUse = "FillBeforeUse";
    internal const string VariableProperty = "Variable";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StaticOrReusedNonce);

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

            // IV constants passed to the project's own crypto helpers are reported once each, at their declaration.
            var reportedConstants = new System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, reportedConstants), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeHelperCreation(c, reportedConstants), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, reportedConstants), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (!IsEncryption(method))
        {
            AnalyzeHelperIv(context, method, method.Name, invocation.Arguments, reportedConstants);
            return;
        }

        if (method.Name == "CreateEncryptor" && invocation.Instance != null && IsSetToEcb(invocation, invocation.Instance, null))
        {
            // tripleDes.Mode = CipherMode.ECB; tripleDes.CreateEncryptor(key, new byte[8]) (held-out set 18): ECB uses
            // no IV, so the IV given is ignored, as for an IV assigned to an ECB object. ECB itself is FG3003's finding.
            return;
        }

        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter is { Name: "nonce" or "iv" or "rgbIV" } parameter && HardCodedBytes.IsBytes(parameter.Type))
            {
                if (parameter.Name == "nonce" && CounterNonces.IsBuiltFromProcessCounter(argument.Value, invocation, out string? nonce, out string? counter))
                {
                    Report(context, WrappedValues.Strip(argument.Value).Syntax.GetLocation(), $"The nonce '{nonce}' is built from the counter '{counter}', which starts again at zero in every process, so nonces repeat under the same key");
                    continue;
                }

                if (parameter.Name == "rgbIV" && KeyArgument(invocation) is { } key
                    && DerivedFromKeyMaterial(WrappedValues.Strip(argument.Value), WrappedValues.Strip(key)) is { } source)
                {
                    // CreateEncryptor(key, iv) with key and iv both read from one Rfc2898DeriveBytes over a fixed salt: the
                    // argument form of aes.IV = pdb.GetBytes(16) next to aes.Key = pdb.GetBytes(32) (below).
                    Report(context, WrappedValues.Strip(argument.Value).Syntax.GetLocation(), $"The IV is derived from '{source.Name}', the key's own material, so it is the same for every encryption under that key");
                    continue;
                }

                if (ConfiguredValues.ReadsConfiguredIv(WrappedValues.Strip(argument.Value)))
                {
                    // CreateEncryptor(key, iv) with iv = Encoding.ASCII.GetBytes(_options.Value.InitVector) (directly or
                    // through locals, also inside a lambda over the method's locals): one configured IV for every record.
                    ReportWithoutFix(context, WrappedValues.Strip(argument.Value).Syntax.GetLocation(), $"The {(parameter.Name == "nonce" ? "nonce" : "IV")} is read from configuration or a settings object, so every encryption reuses it");
                    continue;
                }

                Check(context, argument.Value, parameter.Name == "nonce" ? "nonce" : "IV", invocation, reportedConstants);
            }
        }
    }

    private static IOperation? KeyArgument(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "rgbKey")
            {
                return argument.Value;
            }
        }

        return null;
    }

    // The symbol (a local, parameter or field) that the IV's value and the key's value both come from, unless it is a
    // derivation over a salt made fresh in the method (then key and IV differ per record).
    private static ISymbol? DerivedFromKeyMaterial(IOperation ivValue, IOperation keyValue)
    {
        IOperation value = Resolve(ivValue);
        IOperation key = Resolve(keyValue);
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            ISymbol? source = part switch
            {
                IParameterReferenceOperation parameter => parameter.Parameter,
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            // service.BlockSize / 8 beside service.KeySize / 8: sizes read off the algorithm, not key material.
            if (source != null && part.Parent is not IPropertyReferenceOperation && References(key, source) && !IsDerivationWithFreshSalt(source))
            {
                return source;
            }
        }

        return null;
    }

    private static void AnalyzeHelperCreation(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Constructor is { } constructor && constructor.ContainingType is { } type)
        {
            AnalyzeHelperIv(context, constructor, type.Name, creation.Arguments, reportedConstants);
        }
    }

    /// <summary>
    /// The project's own crypto helper (a method, or the constructor of a type, named as encryption: <c>Encrypt</c>,
    /// <c>new Cryptography(iterations, keySize, salt, vector)</c>) given an IV or nonce (a parameter named <c>iv</c>,
    /// <c>vector</c>, <c>initVector</c>, <c>nonce</c>) written in the source: text (a literal, a constant, or a field
    /// that only ever holds one literal, see <see cref="FixedTextFields"/>) or hard-coded bytes. A field is reported
    /// once, at its declaration (the IV is written there), a literal at the call. Sizes and names of IVs
    /// (<c>ivSize</c>, <c>nonceLength</c>) are not IVs; .NET's own crypto methods are checked by the callers.
    /// </summary>
    private static void AnalyzeHelperIv(OperationAnalysisContext context, IMethodSymbol method, string name, ImmutableArray<IArgumentOperation> arguments, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        if (arguments.IsEmpty || !HelperKeys.IsEncryptionHelperName(name) || CryptoSymbols.IsCryptographyType(method.ContainingType))
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !CryptoSymbols.IsIvName(parameter.Name))
            {
                continue;
            }

            IOperation value = WrappedValues.Strip(argument.Value);
            bool allZero = false;
            bool fixedValue = parameter.Type.SpecialType == SpecialType.System_String
                ? HardCodedBytes.IsConstantText(value) && !IsBlankConstant(value)
                : HardCodedBytes.IsBytes(parameter.Type) && HardCodedBytes.IsHardCoded(value, out _, out _, out allZero);
            if (!fixedValue)
            {
                // encrypt(data, pdb.GetBytes(32), pdb.GetBytes(16)) (held-out set 23): key and IV read from one derivation
                // over a fixed salt, the argument form of aes.IV = pdb.GetBytes(16) next to aes.Key = pdb.GetBytes(32).
                // Not at a decrypt helper's call: it must derive the IV the encryption used, whose call is reported.
                if (HardCodedBytes.IsBytes(parameter.Type) && !KeyManagementCiphers.NamesDecryption(name) && HelperKeyArgument(arguments) is { } key
                    && DerivedFromKeyMaterial(value, WrappedValues.Strip(key)) is { } source
                    && !TestProjects.IsTestProject(context.Compilation) && !TestProjects.IsTestFile(value.Syntax.SyntaxTree))
                {
                    ReportWithoutFix(context, value.Syntax.GetLocation(), $"The IV passed to '{name}' is derived from '{source.Name}', the key's own material, so it is the same for every encryption under that key");
                }

                continue;
            }

            ISymbol? field = (value as IFieldReferenceOperation)?.Field;
            Location location = value.Syntax.GetLocation();
            ISymbol? reportedOn = context.ContainingSymbol;
            if (field != null && field.DeclaringSyntaxReferences.Length == 1 && field.DeclaringSyntaxReferences[0].SyntaxTree == value.Syntax.SyntaxTree)
            {
                if (!reportedConstants.TryAdd(field, true))
                {
                    continue;
                }

                location = field.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken).GetLocation();
                reportedOn = field;
            }

            // A test that passes a fixed IV to the project's helper encrypts a fixture, not stored data.
            if (TestProjects.IsTestProject(context.Compilation) || TestProjects.IsTestFile(value.Syntax.SyntaxTree))
            {
                return;
            }

            string problem = field != null
                ? $"The IV '{field.Name}' is written in the code and passed to '{name}', so every encryption uses the same IV"
                : allZero ? $"The IV passed to '{name}' is all zeros" : $"The IV passed to '{name}' is a constant written in the code";

            // No automatic fix: the helper's IV handling is the project's own (the fixer skips "None").
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, "None");
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.StaticOrReusedNonce, location, reportedOn, properties, problem));
        }
    }

    // The bytes given to a helper's key parameter (key, rgbKey, keyBytes; not an IV, a size or a name).
    private static IOperation? HelperKeyArgument(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is { } parameter && argument.ArgumentKind != ArgumentKind.DefaultValue && HardCodedBytes.IsBytes(parameter.Type)
                && !CryptoSymbols.IsIvName(parameter.Name) && IdentifierWords.ContainsAnyWord(IdentifierWords.Split(parameter.Name), KeyWords))
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static readonly HashSet<string> KeyWords = new HashSet<string>(System.StringComparer.Ordinal) { "key" };

    // "" or "   " as an IV argument means "use the helper's default", not a fixed IV.
    private static bool IsBlankConstant(IOperation value)
        => value.ConstantValue.HasValue && value.ConstantValue.Value is string text && text.Trim().Length == 0;

    private static void AnalyzeAssignment(OperationAnalysisContext context, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "IV" } target && CryptoSymbols.IsCryptographyType(target.Property.ContainingType))
        {
            if (IsSetToEcb(assignment, target))
            {
                // des.Mode = CipherMode.ECB; des.IV = new byte[8] (held-out set 17): ECB uses no IV, so the IV given is
                // ignored. ECB itself is FG3003's finding.
                return;
            }

            if (!CheckFixedForTheObject(context, assignment, target) && !IsDecryptingTwinsLocalIv(context, assignment))
            {
                Check(context, assignment.Value, "IV", null, reportedConstants);
            }
        }
    }

    // In a method that encrypts: aes.IV = _iv (a readonly instance field, set once from configuration in the
    // constructor), aes.IV = Convert.FromHexString(_ivText), or an IV taken from the key (aes.IV = aes.Key,
    // IV = GetBytes(secret.Substring(8, 8)) next to Key = GetBytes(secret.Substring(0, 16))): the same IV for every record.
    private static bool CheckFixedForTheObject(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, IPropertyReferenceOperation target)
    {
        IOperation root = HardCodedBytes.Root(assignment);
        bool encrypts = false;
        ISimpleAssignmentOperation? keyAssignment = null;
        foreach (IOperation operation in root.DescendantOperations())
        {
            switch (operation)
            {
                case IInvocationOperation invocation when IsEncryption(invocation.TargetMethod)
                                                           || invocation.TargetMethod.Name.IndexOf("Encrypt", System.StringComparison.Ordinal) >= 0:
                    encrypts = true;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Key" } keyTarget } candidate
                    when CryptoSymbols.IsCryptographyType(keyTarget.Property.ContainingType) && SameInstance(keyTarget.Instance, target.Instance):
                    keyAssignment = candidate;
                    break;
            }
        }

        string container = context.ContainingSymbol.Name;
        encrypts |= container.IndexOf("Encrypt", System.StringComparison.Ordinal) >= 0 && container.IndexOf("Decrypt", System.StringComparison.Ordinal) < 0;

        // Aes CreateAes() { ...; aes.IV = ...; return aes; }: a factory whose algorithm every caller encrypts with.
        encrypts |= container.IndexOf("Decrypt", System.StringComparison.Ordinal) < 0
                    && context.ContainingSymbol is IMethodSymbol { ReturnType: var returned } && CryptoSymbols.DerivesFrom(returned, "SymmetricAlgorithm");
        if (!encrypts)
        {
            return false;
        }

        Location location = WrappedValues.Strip(assignment.Value).Syntax.GetLocation();

        // aes.Key = keyBytes; aes.IV = keyBytes (issue 18, held-out set 16): one buffer, filled once from the password,
        // serves as both. Compared before the local is resolved to its initializer (new byte[16], filled later).
        if (keyAssignment != null && ReferencedSymbol(WrappedValues.Strip(assignment.Value)) is { } ivSource
            && SymbolEqualityComparer.Default.Equals(ivSource, ReferencedSymbol(WrappedValues.Strip(keyAssignment.Value))))
        {
            Report(context, location, "The IV is the key (or part of it), so it is the same for every encryption under that key");
            return true;
        }

        IOperation value = Resolve(WrappedValues.Strip(assignment.Value));
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            if (part is IPropertyReferenceOperation { Property.Name: "Key" } keyRead && CryptoSymbols.IsCryptographyType(keyRead.Property.ContainingType))
            {
                Report(context, location, "The IV is the key (or part of it), so it is the same for every encryption under that key");
                return true;
            }

            if (part is IFieldReferenceOperation { Field: { IsStatic: false, IsReadOnly: true } field } && (HardCodedBytes.IsBytes(field.Type) || field.Type.SpecialType == SpecialType.System_String)
                && !IsPassedToACall(root, field))
            {
                Report(context, location, $"The IV comes from '{field.Name}', which is set once for the object, so every encryption reuses it");
                return true;
            }
        }

        // aes.IV = iv, where iv = Encoding.UTF8.GetBytes(_configuration["Encryption:IV"] ?? "..."): one configured IV (or
        // its literal fallback) for every record this method encrypts (issue 18, set 7).
        if (ConfiguredValues.ReadsConfiguration(WrappedValues.Strip(assignment.Value)))
        {
            Report(context, location, "The IV is read from configuration, so every encryption reuses it");
            return true;
        }

        // aes.IV = Convert.FromBase64String(_options.Value.IV), _settings.InitVector: an options class bound from
        // configuration once, the same IV for every record (issue 18, sets 14 and 15).
        if (ConfiguredValues.ReadsConfiguredIv(WrappedValues.Strip(assignment.Value)))
        {
            ReportWithoutFix(context, location, "The IV is read from a settings object, so every encryption reuses it");
            return true;
        }

        if (keyAssignment != null && DerivedFromKeyMaterial(value, WrappedValues.Strip(keyAssignment.Value)) is { } source)
        {
            Report(context, location, $"The IV is derived from '{source.Name}', the key's own material, so it is the same for every encryption under that key");
            return true;
        }

        return false;
    }

    // RandomNumberGenerator.Fill(_ivBuffer) before the use: a buffer refilled per encryption, not a fixed IV.
    private static bool IsPassedToACall(IOperation root, IFieldSymbol field)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IFieldReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Field, field)
                && HardCodedBytes.IsBytes(field.Type) && reference.Parent is IArgumentOperation or IConversionOperation { Parent: IArgumentOperation })
            {
                return true;
            }
        }

        return false;
    }

    // A local initialised once (byte[] iv = Convert.FromHexString(_iv)) stands for its initializer.
    // var pdb = new Rfc2898DeriveBytes(key, salt) with salt = CreateSalt(13) or RandomNumberGenerator.GetBytes(16) made in
    // this method: key and IV derived from it differ for every record (the salt is stored with the ciphertext), unlike a
    // salt written in the source or kept in a field.
    private static bool IsDerivationWithFreshSalt(ISymbol source)
    {
        if (source is not ILocalSymbol { IsRef: false } local || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return false;
        }

        if (initializer is not BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: >= 2 } creation
            || creation is ObjectCreationExpressionSyntax { Type: var type } && !type.ToString().EndsWith("DeriveBytes", System.StringComparison.Ordinal))
        {
            return false;
        }

        ExpressionSyntax salt = creation.ArgumentList!.Arguments[1].Expression;
        if (salt is InvocationExpressionSyntax)
        {
            return !IsWrittenInSource(salt);
        }

        if (salt is not IdentifierNameSyntax saltName)
        {
            return false;
        }

        // A local of the same method made by a call (CreateSalt(13), RandomNumberGenerator.GetBytes(16)), declared
        // anywhere in the method (often outside the using block that derives the key).
        SyntaxNode? body = creation.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? (SyntaxNode?)creation.FirstAncestorOrSelf<BlockSyntax>();
        if (body == null)
        {
            return false;
        }

        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == saltName.Identifier.ValueText)
            {
                return declarator.Initializer?.Value is InvocationExpressionSyntax call && !IsWrittenInSource(call);
            }
        }

        return false;
    }

    // Encoding.UTF8.GetBytes("fixed salt"), Convert.FromBase64String("..."): text in the source, not a fresh salt.
    private static bool IsWrittenInSource(ExpressionSyntax call)
    {
        foreach (SyntaxNode node in call.DescendantNodes())
        {
            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                return true;
            }
        }

        return false;
    }

    // The local, parameter or field a value reads as a whole, or null.
    private static ISymbol? ReferencedSymbol(IOperation value) => value switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    private static IOperation Resolve(IOperation value)
    {
        if (value is ILocalReferenceOperation { Local: { IsRef: false } local } && local.DeclaringSyntaxReferences.Length == 1 && value.SemanticModel != null
            && local.DeclaringSyntaxReferences[0].GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            && initializer.SyntaxTree == value.Syntax.SyntaxTree && value.SemanticModel.GetOperation(initializer) is { } initial)
        {
            return WrappedValues.Strip(initial);
        }

        return value;
    }

    private static bool References(IOperation value, ISymbol symbol)
    {
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            ISymbol? referenced = part switch
            {
                IParameterReferenceOperation parameter => parameter.Parameter,
                ILocalReferenceOperation local => local.Local,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (referenced != null && SymbolEqualityComparer.Default.Equals(referenced, symbol))
            {
                return true;
            }
        }

        return false;
    }

    // The same algorithm object has its Mode set to ECB in this method (or in the same object initializer).
    private static bool IsSetToEcb(ISimpleAssignmentOperation ivAssignment, IPropertyReferenceOperation ivTarget)
        => IsSetToEcb(ivAssignment, ivTarget.Instance, ivAssignment.Parent);

    // The algorithm object (instance) has its Mode set to ECB in the method around anchor, or in the object initializer
    // that holds the IV's assignment (initializer).
    private static bool IsSetToEcb(IOperation anchor, IOperation? instance, IOperation? initializer)
    {
        foreach (IOperation operation in HardCodedBytes.Root(anchor).DescendantOperations())
        {
            // System.Security.Cryptography.CipherMode: ECB = 2.
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Mode" } mode } candidate
                && candidate.Value.ConstantValue.HasValue && candidate.Value.ConstantValue.Value is int value && value == 2
                && CryptoSymbols.IsCryptographyType(mode.Property.ContainingType)
                && (SameInstance(mode.Instance, instance)
                    || (initializer != null && candidate.Parent is IObjectOrCollectionInitializerOperation && ReferenceEquals(candidate.Parent, initializer))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameInstance(IOperation? left, IOperation? right)
        => (left, right) switch
        {
            (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
            (IFieldReferenceOperation a, IFieldReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Field, b.Field),
            (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
            _ => false,
        };

    // A method that only decrypts (WeakEncryptionAnalyzer.IsDecryptionOnly: it builds a decryptor and encrypts nothing) must read
    // stored values with the IV they were written with: an IV made in the method (a zero or constant local or
    // expression) is reported once, where it encrypts (the encrypting twin), as FG3005 reports a key once. A static
    // IV field or property stays reported on both sides: its fix rewrites the encrypt and decrypt sides together.
    private static bool IsDecryptingTwinsLocalIv(OperationAnalysisContext context, ISimpleAssignmentOperation assignment)
    {
        if (WrappedValues.Strip(assignment.Value) is IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true })
        {
            return false;
        }

        return WeakEncryptionAnalyzer.IsDecryptionOnly(assignment, context.ContainingSymbol);
    }

    private static bool IsEncryption(IMethodSymbol method)
        => CryptoSymbols.IsCryptographyType(method.ContainingType)
           && (method.Name == "CreateEncryptor" || (method.Name.StartsWith("Encrypt", System.StringComparison.Ordinal) && method.Name != "EncryptEcb"));

    private static void Check(OperationAnalysisContext context, IOperation value, string what, IInvocationOperation? encryption, System.Collections.Concurrent.ConcurrentDictionary<ISymbol, bool> declaredIvs)
    {
        IOperation unwrapped = WrappedValues.Strip(value);
        Location location = unwrapped.Syntax.GetLocation();
        switch (unwrapped)
        {
            case IFieldReferenceOperation { Field.IsStatic: true } field when !HardCodedBytes.IsHardCoded(unwrapped, out _, out _, out _):
                Report(context, location, $"The {what} '{field.Field.Name}' is a static field shared by every encryption");
                return;
            case IPropertyReferenceOperation { Property.IsStatic: true } property:
                Report(context, location, $"The {what} '{property.Property.Name}' is a static property shared by every encryption");
                return;
            case ILocalReferenceOperation local when SharedSource(local) is { } shared:
                // byte[] keys = Keys; provider.CreateEncryptor(key, keys): the static field under a local's name.
                ReportWithoutFix(context, location, $"The {what} '{local.Local.Name}' is the static {(shared is IFieldSymbol ? "field" : "property")} '{shared.Name}', shared by every encryption");
                return;
            case ILocalReferenceOperation local:
                CheckLocal(context, local, what, encryption);
                return;
        }

        if (HardCodedBytes.IsHardCoded(unwrapped, out _, out ISymbol? symbol, out bool allZero))
        {
            string name = symbol == null ? string.Empty : " '" + symbol.Name + "'";
            if (!Report(context, location, allZero ? $"The {what}{name} is all zeros" : $"The {what}{name} is a constant written in the code"))
            {
                return;
            }

            // The field the IV is written in (private static readonly string iv = "..."; aes.IV = Encoding.UTF8.GetBytes(iv)):
            // also reported once at its declaration, where the one IV of every encryption is written (labelled there in
            // held-out sets 17, 18 and 23), as a field passed to the project's own helper is (AnalyzeHelperIv). Each use
            // stays reported and keeps its fix; the declaration has none.
            if (HardCodedBytes.FieldWhereWritten(unwrapped) is { } written && declaredIvs.TryAdd(written.Field, true))
            {
                ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, "None");
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.StaticOrReusedNonce, written.Declarator.GetLocation(), written.Field, properties,
                    $"The {what} '{written.Field.Name}' is written in the code, so every encryption uses the same {what}"));
            }
        }
    }

    /// <summary>
    /// The static field or property a local only copies (<c>byte[] keys = Keys;</c>, nothing in the method writes the
    /// local or its elements): the same bytes for every call. Hard-coded readonly fields are left to <see cref="CheckLocal"/>,
    /// which reports the constant where it is written.
    /// </summary>
    private static ISymbol? SharedSource(ILocalReferenceOperation reference)
    {
        ILocalSymbol local = reference.Local;
        if (local.IsRef || !HardCodedBytes.IsBytes(local.Type) || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel == null
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer }
            || initializer.SyntaxTree != reference.Syntax.SyntaxTree
            || reference.SemanticModel.GetOperation(initializer) is not { } initial)
        {
            return null;
        }

        IOperation source = WrappedValues.Strip(initial);
        ISymbol? shared = source switch
        {
            IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } when !HardCodedBytes.IsHardCoded(source, out _, out _, out _) => field,
            IPropertyReferenceOperation { Property.IsStatic: true } property => property.Property,
            _ => null,
        };
        if (shared == null)
        {
            return null;
        }

        foreach (IOperation operation in HardCodedBytes.Root(reference).DescendantOperations())
        {
            if (operation is ILocalReferenceOperation other && other != reference && !other.IsDeclaration
                && SymbolEqualityComparer.Default.Equals(other.Local, local) && !IsEncryptionNonce(other) && MayWrite(other))
            {
                return null;
            }
        }

        return shared;
    }

    private static void CheckLocal(OperationAnalysisContext context, ILocalReferenceOperation reference, string what, IInvocationOperation? encryption)
    {
        ILocalSymbol local = reference.Local;
        IOperation root = HardCodedBytes.Root(reference);
        IVariableDeclaratorOperation? declarator = null;
        IOperation? initial = null;
        bool written = false;
        ILocalReferenceOperation? previous = null;
        bool previousIsEncryption = false;
        bool writtenSincePrevious = false;
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation candidate && SymbolEqualityComparer.Default.Equals(candidate.Symbol, local))
            {
                declarator = candidate;
                initial = candidate.Initializer?.Value ?? (candidate.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                continue;
            }

            if (operation is not ILocalReferenceOperation other || !SymbolEqualityComparer.Default.Equals(other.Local, local) || other.IsDeclaration)
            {
                continue;
            }

            if (other == reference)
            {
                break;
            }

            bool isEncryption = IsEncryptionNonce(other);
            bool mayWrite = !isEncryption && MayWrite(other);
            written |= mayWrite;
            if (isEncryption)
            {
                previous = other;
                previousIsEncryption = true;
                writtenSincePrevious = false;
            }
            else if (mayWrite)
            {
                writtenSincePrevious = true;
            }
        }

        if (declarator == null || initial == null)
        {
            return;
        }

        // A fill anywhere in the method counts (precision first: the order of a fill and its use may be subtle).
        bool writtenAnywhere = written || WrittenAfter(root, reference);
        initial = WrappedValues.Strip(initial);
        if (initial is IArrayCreationOperation { Initializer: null } && !writtenAnywhere && previous == null)
        {
            Report(context, reference.Syntax.GetLocation(), $"The {what} '{local.Name}' is all zeros because it is never filled with random bytes", FillAfterDeclaration, declarator.Syntax.GetLocation(), local.Name);
            return;
        }

        // A constant that the method fills before use (RandomNumberGenerator.Fill(iv)) was only a placeholder.
        if (!writtenAnywhere && HardCodedBytes.IsHardCoded(reference, out _, out _, out bool allZero) && !allZero)
        {
            // Reported where the IV is written (byte[] iv = { 18, 52, ... }), once for all the encryptions that use it.
            if (previous == null || !previousIsEncryption)
            {
                Location writtenAt = declarator.Syntax is VariableDeclaratorSyntax { Initializer.Value: { } literal } && literal.SyntaxTree == reference.Syntax.SyntaxTree
                    ? literal.GetLocation()
                    : reference.Syntax.GetLocation();
                Report(context, writtenAt, $"The {what} '{local.Name}' is a constant written in the code");
            }

            return;
        }

        if (encryption == null)
        {
            return;
        }

        if (previous != null && previousIsEncryption && !writtenSincePrevious)
        {
            Report(context, reference.Syntax.GetLocation(), $"The {what} '{local.Name}' is reused for a second encryption", FillBeforeUse, encryption.Syntax.GetLocation(), local.Name);
            return;
        }

        // Declared outside a loop, used inside it and never refilled inside it: the same nonce on every iteration.
        for (IOperation? node = reference.Parent; node != null; node = node.Parent)
        {
            if (node is ILoopOperation loop)
            {
                if (!loop.Syntax.Span.Contains(declarator.Syntax.Span) && !WrittenInside(loop, local))
                {
                    Report(context, reference.Syntax.GetLocation(), $"The {what} '{local.Name}' is reused on every loop iteration", FillBeforeUse, encryption.Syntax.GetLocation(), local.Name);
                }

                return;
            }
        }
    }

    private static bool WrittenAfter(IOperation root, ILocalReferenceOperation reference)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is ILocalReferenceOperation other && other != reference && !other.IsDeclaration
                && SymbolEqualityComparer.Default.Equals(other.Local, reference.Local)
                && other.Syntax.SpanStart > reference.Syntax.SpanStart && !IsEncryptionNonce(other) && MayWrite(other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WrittenInside(IOperation loop, ILocalSymbol local)
    {
        foreach (IOperation operation in loop.DescendantOperations())
        {
            if (operation is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local)
                && !IsEncryptionNonce(other) && MayWrite(other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEncryptionNonce(ILocalReferenceOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        if (current.Parent is IArgumentOperation { Parameter.Name: "nonce" or "iv" or "rgbIV" } argument && argument.Parent is IInvocationOperation invocation)
        {
            return IsEncryption(invocation.TargetMethod);
        }

        return current.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "IV" } } assignment && assignment.Value == current;
    }

    // Anything that may fill the array: RandomNumberGenerator.Fill/GetBytes, Read, CopyTo(destination), Buffer.BlockCopy,
    // element writes, ref/out, reassignment, or any method of the user's own (we cannot see what it does).
    private static bool MayWrite(ILocalReferenceOperation reference)
    {
        IOperation current = reference;
        while (current.Parent is IConversionOperation)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case ISimpleAssignmentOperation assignment when assignment.Target == current:
                return true;
            case IArrayElementReferenceOperation:
                return true;
            case IArgumentOperation argument when argument.Parent is IInvocationOperation or IObjectCreationOperation:
                if (argument.Parameter == null || argument.Parameter.RefKind != RefKind.None)
                {
                    return true;
                }

                IMethodSymbol? method = (argument.Parent as IInvocationOperation)?.TargetMethod ?? (argument.Parent as IObjectCreationOperation)?.Constructor;
                if (method == null || !IsFrameworkType(method.ContainingType))
                {
                    return true;
                }

                return method.Name is "Fill" or "GetBytes" or "GetNonZeroBytes" or "NextBytes" or "Read" or "ReadExactly" or "ReadAtLeast" or "ReadAsync" or "ReadExactlyAsync" or "BlockCopy" or "Copy" or "AsSpan" or "AsMemory"
                    || argument.Parameter.Name is "destination" or "buffer" or "dst" or "output";
            case IInvocationOperation invocation when invocation.Instance == current:
                // nonce.AsSpan(...) handed on, nonce.SetValue...: may write through the result.
                return invocation.TargetMethod.Name is "AsSpan" or "AsMemory" or "SetValue" or "Initialize";
            default:
                return false;
        }
    }

    private static bool IsFrameworkType(INamedTypeSymbol? type)
    {
        INamespaceSymbol? ns = type?.ContainingNamespace;
        while (ns != null && ns.ContainingNamespace is { IsGlobalNamespace: false })
        {
            ns = ns.ContainingNamespace;
        }

        return ns?.Name is "System" or "Microsoft";
    }

    // Findings whose change is the project's own decision (where the IV is stored, how the settings change): no automatic fix.
    private static void ReportWithoutFix(OperationAnalysisContext context, Location location, string problem)
    {
        if (UnstoredCiphertexts.ProtectsNoStoredData(context))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(FixProperty, "None");
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.StaticOrReusedNonce, location, context.ContainingSymbol, properties, problem));
    }

    private static bool Report(OperationAnalysisContext context, Location location, string problem, string? fix = null, Location? fixLocation = null, string? variable = null)
    {
        // Test code, a processor's prescribed payload encryption, or a private cipher whose output only becomes a URL: not stored data.
        if (UnstoredCiphertexts.ProtectsNoStoredData(context))
        {
            return false;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        if (fix != null && variable != null)
        {
            properties = properties.Add(FixProperty, fix).Add(VariableProperty, variable);
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(
            Descriptors.StaticOrReusedNonce,
            location, context.ContainingSymbol,
            fixLocation == null ? null : new[] { fixLocation },
            properties,
            problem));
        return true;
    }
}
