using System.Collections.Concurrent;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor WeakEncryption = RuleFactory.Create(
        RuleIds.WeakEncryption,
        title: "Weak algorithm or mode for data encryption",
        messageFormat: "{0}: encrypt stored financial data with AES-256-GCM, for example FinGuard's FieldEncryption helper",
        category: RuleFactory.DataProtectionCategory,
        description: "DES, 3DES, RC2, RC4 and home-made XOR ciphers are broken or deprecated, ECB leaks patterns, CBC without a MAC allows padding-oracle and bit-flipping attacks, and AES keys shorter than 256 bits fall short of the strong cryptography PCI DSS expects for stored account data. PCI DSS v4.0 requirements 3.5.1, 3.6 and 4.2.1.");
}

/// <summary>
/// FG3003: weak encryption for data: DES, TripleDES and RC2 (created through <c>Create()</c> or a provider class),
/// <c>CipherMode.ECB</c> and <c>EncryptEcb</c>, AES-CBC (explicit, <c>EncryptCbc</c>, or the default mode of an
/// algorithm created and used for encryption in the same method) with no MAC in the method or its type, and AES key
/// sizes below 256 bits where the code states them (<c>KeySize = 128</c>); and home-made ciphers: a loop XOR-ing data
/// bytes with key bytes in a method or type named as encryption, and RC4's key schedule (a 256-entry state array
/// mixed with key bytes and swapped). PCI DSS v4.0 3.5.1, 3.6, 4.2.1.
/// </summary>
public sealed class WeakEncryptionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WeakEncryption);

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

            start.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
            var macMembers = new MacMembers();
            start.RegisterOperationAction(c => AnalyzeInvocation(c, macMembers), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, macMembers), OperationKind.SimpleAssignment);
            start.RegisterOperationAction(HomeMadeCiphers.AnalyzeXor, OperationKind.Binary, OperationKind.CompoundAssignment);
            start.RegisterOperationAction(HomeMadeCiphers.AnalyzeStateArray, OperationKind.ArrayCreation);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        string? weak = WeakCipher(creation.Type);
        if (weak != null && !IsDecryptionOnly(creation, context.ContainingSymbol))
        {
            Report(context, creation.Syntax.GetLocation(), weak + " is a broken or deprecated cipher");
        }
        else if (weak == null && WeakKeyDerivation(creation) is { } derivation && BuildsEncryptor(creation) && !IsDecryptionOnly(creation, context.ContainingSymbol))
        {
            Report(context, creation.Syntax.GetLocation(), derivation);
        }
    }

    // The key of a data cipher derived with PBKDF1 (PasswordDeriveBytes: SHA-1, 100 iterations by default, deprecated
    // since .NET 2.0) or with PBKDF2 at an iteration count written below 1,000 (RFC 8018's minimum): a guessable
    // password becomes the key in a few guesses per candidate.
    private static string? WeakKeyDerivation(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol type || !CryptoSymbols.IsCryptographyType(type))
        {
            return null;
        }

        if (type.Name == "PasswordDeriveBytes")
        {
            return "PasswordDeriveBytes (PBKDF1) derives the encryption key too weakly";
        }

        if (type.Name != "Rfc2898DeriveBytes")
        {
            return null;
        }

        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if (argument.Parameter is { Name: "iterations" } && argument.ArgumentKind != ArgumentKind.DefaultValue
                && argument.Value.ConstantValue.HasValue && argument.Value.ConstantValue.Value is int iterations && iterations < 1000)
            {
                return "Rfc2898DeriveBytes with " + iterations + " iterations derives the encryption key too weakly";
            }
        }

        return null;
    }

    // Only a derivation for a cipher in the same method (CreateEncryptor, or a Key set): the same class also hashes
    // passwords, which is another concern than data encryption.
    private static bool BuildsEncryptor(IOperation operation)
    {
        foreach (IOperation candidate in HardCodedBytes.Root(operation).DescendantOperations())
        {
            switch (candidate)
            {
                case IInvocationOperation invocation when invocation.TargetMethod.Name is "CreateEncryptor" or "CreateDecryptor" && CryptoSymbols.IsCryptographyType(invocation.TargetMethod.ContainingType):
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Key" } key } when CryptoSymbols.IsCryptographyType(key.Property.ContainingType):
                    return true;
            }
        }

        return false;
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, MacMembers macMembers)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        if (!CryptoSymbols.IsCryptographyType(method.ContainingType))
        {
            HomeMadeCiphers.AnalyzeEncodingAsEncryption(context, invocation);
            return;
        }

        switch (method.Name)
        {
            case "Create" when method.IsStatic:
                string? weak = WeakCipher(method.ReturnType);
                if (weak != null && !IsDecryptionOnly(invocation, context.ContainingSymbol))
                {
                    Report(context, invocation.Syntax.GetLocation(), weak + " is a broken or deprecated cipher");
                }

                break;
            case "EncryptEcb" when !EnciphersPinBlock(context.ContainingSymbol):
                Report(context, invocation.Syntax.GetLocation(), "ECB mode encrypts equal blocks to equal ciphertext", IsByteArrayOneShot(invocation));
                break;
            // RSA encryption with PKCS#1 v1.5 padding (rsa.Encrypt(data, false) on RSACryptoServiceProvider, or
            // RSAEncryptionPadding.Pkcs1): Bleichenbacher's padding oracle recovers the plaintext; OAEP is the fix.
            // Not when the method encrypts to a counterparty's certificate (M-Pesa's security credential: the initiator
            // password encrypted with the processor's X.509 public key): the receiver's protocol fixes the padding and the
            // data is in transit, not stored.
            case "Encrypt" when CryptoSymbols.DerivesFrom(invocation.Instance?.Type, "RSA") && UsesPkcs1Padding(invocation) && !IsDecryptionOnly(invocation, context.ContainingSymbol)
                                && !EncryptsToCertificate(invocation):
                Report(context, invocation.Syntax.GetLocation(), "RSA with PKCS#1 v1.5 padding is open to padding-oracle attacks (use OAEP)");
                break;
            case "EncryptCbc" when IsAes(invocation.Instance?.Type) && !HasMac(invocation, context.ContainingSymbol, macMembers):
                Report(context, invocation.Syntax.GetLocation(), "AES-CBC without a MAC lets attackers tamper with stored data", IsByteArrayOneShot(invocation));
                break;
            case "CreateEncryptor" when IsAes(invocation.Instance?.Type) && UsesDefaultCbc(invocation) && !HasMac(invocation, context.ContainingSymbol, macMembers):
                Report(context, invocation.Syntax.GetLocation(), "AES-CBC (the default mode) without a MAC lets attackers tamper with stored data");
                break;
        }
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, MacMembers macMembers)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is not IPropertyReferenceOperation target || !CryptoSymbols.IsCryptographyType(target.Property.ContainingType))
        {
            return;
        }

        ITypeSymbol? algorithm = target.Instance?.Type ?? (assignment.Parent as IObjectOrCollectionInitializerOperation)?.Parent?.Type;
        if (target.Property.Name is not ("Mode" or "KeySize") || IsDecryptionOnly(assignment, context.ContainingSymbol))
        {
            return;
        }

        switch (target.Property.Name)
        {
            case "Mode" when assignment.Value.ConstantValue.HasValue && assignment.Value.ConstantValue.Value is int mode:
                // System.Security.Cryptography.CipherMode: CBC = 1, ECB = 2.
                if (mode == 2 && !EnciphersPinBlock(context.ContainingSymbol))
                {
                    Report(context, assignment.Value.Syntax.GetLocation(), "ECB mode encrypts equal blocks to equal ciphertext");
                }
                else if (mode == 1 && IsAes(algorithm) && !HasMac(assignment, context.ContainingSymbol, macMembers))
                {
                    Report(context, assignment.Value.Syntax.GetLocation(), "AES-CBC without a MAC lets attackers tamper with stored data");
                }
                else if (mode == 1 && IsAnySymmetricAlgorithm(algorithm) && !HasMac(assignment, context.ContainingSymbol, macMembers))
                {
                    // Encrypt<T>() where T : SymmetricAlgorithm: the callers pick AES or Rijndael; CBC without a MAC
                    // is as malleable whichever block cipher they pick.
                    Report(context, assignment.Value.Syntax.GetLocation(), "CBC without a MAC lets attackers tamper with stored data");
                }

                break;
            case "KeySize" when IsAes(algorithm) && assignment.Value.ConstantValue.HasValue && assignment.Value.ConstantValue.Value is int bits && bits < 256:
                Report(context, assignment.Value.Syntax.GetLocation(), "A " + bits + "-bit AES key is shorter than the 256 bits expected for stored financial data");
                break;
        }
    }

    // A decryption-only path: reading data written earlier (a migration off 3DES or ECB needs it) stores nothing. The
    // member around the code is named as decryption (DecryptText, Unprotect) and never as encryption, or the method
    // only ever builds decryptors (CreateDecryptor, DecryptCbc...) and no encryptor. A method that decrypts and
    // re-encrypts (key rotation) still encrypts, so it is reported.
    internal static bool IsDecryptionOnly(IOperation operation, ISymbol containingSymbol)
    {
        bool decrypts = false;
        foreach (IOperation candidate in HardCodedBytes.Root(operation).DescendantOperations())
        {
            if (candidate is IInvocationOperation invocation)
            {
                string name = invocation.TargetMethod.Name;
                if (name.StartsWith("CreateEncryptor", System.StringComparison.Ordinal) || name.StartsWith("TryEncrypt", System.StringComparison.Ordinal)
                    || (name.StartsWith("Encrypt", System.StringComparison.Ordinal) && CryptoSymbols.IsCryptographyType(invocation.TargetMethod.ContainingType)))
                {
                    return false;
                }

                decrypts |= name.StartsWith("CreateDecryptor", System.StringComparison.Ordinal) || name.StartsWith("TryDecrypt", System.StringComparison.Ordinal)
                    || (name.StartsWith("Decrypt", System.StringComparison.Ordinal) && CryptoSymbols.IsCryptographyType(invocation.TargetMethod.ContainingType));
            }
        }

        // The lambdas and local functions around the code, then the member that holds them.
        for (ISymbol? member = containingSymbol; member != null && member is not INamedTypeSymbol; member = member.ContainingSymbol)
        {
            if (!NamesDecryption(member.Name, ref decrypts))
            {
                return false;
            }
        }

        return decrypts;
    }

    // False when the name says encryption (Encrypt, Reencrypt, Protect); sets decrypts when it says decryption.
    private static bool NamesDecryption(string name, ref bool decrypts)
    {
        foreach (string word in Shared.IdentifierWords.Split(name))
        {
            switch (word)
            {
                case "decrypt" or "decrypted" or "decryption" or "decryptor" or "decipher" or "unprotect":
                    decrypts = true;
                    break;
                case "encrypt" or "encrypted" or "encryption" or "encryptor" or "reencrypt" or "encipher" or "protect" or "rotate" or "rekey":
                    return false;
            }
        }

        return true;
    }

    private static string? WeakCipher(ITypeSymbol? type)
    {
        if (CryptoSymbols.DerivesFrom(type, "TripleDES"))
        {
            return "TripleDES";
        }

        if (CryptoSymbols.DerivesFrom(type, "DES"))
        {
            return "DES";
        }

        return CryptoSymbols.DerivesFrom(type, "RC2") ? "RC2" : null;
    }

    // The enclosing method loads an X.509 certificate or takes its public key (new X509Certificate2(...),
    // cert.GetRSAPublicKey(), cert.PublicKey.Key): the RSA key is a counterparty's. Read only after a PKCS#1 match.
    private static bool EncryptsToCertificate(IInvocationOperation invocation)
    {
        SyntaxNode? body = invocation.Syntax.FirstAncestorOrSelf<SyntaxNode>(node => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        if (body == null)
        {
            return false;
        }

        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is IdentifierNameSyntax { Identifier.ValueText: "X509Certificate2" or "X509Certificate" or "GetRSAPublicKey" })
            {
                return true;
            }
        }

        return false;
    }

    // rsa.Encrypt(data, false) (fOAEP false) or rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1).
    private static bool UsesPkcs1Padding(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length != 2)
        {
            return false;
        }

        IOperation padding = invocation.Arguments[1].Value;
        return padding.ConstantValue is { HasValue: true, Value: false }
               || padding is IPropertyReferenceOperation { Property.Name: "Pkcs1" } pkcs1 && CryptoSymbols.DerivesFrom(pkcs1.Property.ContainingType, "RSAEncryptionPadding");
    }

    // ECB on an ISO 9564 PIN block (GetPinBlock, PinBlockHelper, EncryptPinBlock): the block is one 8-byte cipher block
    // built from the PIN and the PAN, so no pattern repeats across blocks and ECB is the mode the standard prescribes.
    // The cipher itself (DES, 3DES) is still reported where it is created.
    private static bool EnciphersPinBlock(ISymbol containingSymbol)
    {
        for (ISymbol? symbol = containingSymbol; symbol != null && symbol is not INamespaceSymbol; symbol = symbol.ContainingSymbol)
        {
            if (symbol.Name.IndexOf("pinblock", System.StringComparison.OrdinalIgnoreCase) >= 0 || symbol.Name.IndexOf("pin_block", System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAes(ITypeSymbol? type) => CryptoSymbols.DerivesFrom(type, "Aes") || CryptoSymbols.DerivesFrom(type, "Rijndael");

    // A type parameter constrained to SymmetricAlgorithm (or one of its subclasses): a generic cipher helper; or the
    // abstract SymmetricAlgorithm itself (GetCryptoTransform(SymmetricAlgorithm csp, ...) { csp.Mode = CipherMode.CBC; }):
    // the callers hand in AES or another block cipher, and CBC without a MAC is malleable whichever they pick.
    private static bool IsAnySymmetricAlgorithm(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { Name: "SymmetricAlgorithm" } named && CryptoSymbols.IsCryptographyType(named))
        {
            return true;
        }

        if (type is not ITypeParameterSymbol parameter)
        {
            return false;
        }

        foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
        {
            if (CryptoSymbols.DerivesFrom(constraint, "SymmetricAlgorithm"))
            {
                return true;
            }
        }

        return false;
    }

    // CreateEncryptor on an algorithm the same method created and never set a Mode on: the default, CBC.
    private static bool UsesDefaultCbc(IInvocationOperation invocation)
    {
        if (WrappedValues.Strip(invocation.Instance!) is not ILocalReferenceOperation local)
        {
            return false;
        }

        bool createdHere = false;
        foreach (IOperation operation in HardCodedBytes.Root(invocation).DescendantOperations())
        {
            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Mode" } }:
                    return false;
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local):
                    IOperation? initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                    initial = initial == null ? null : WrappedValues.Strip(initial);
                    createdHere = initial is IObjectCreationOperation || (initial is IInvocationOperation { TargetMethod.Name: "Create" } create && CryptoSymbols.IsCryptographyType(create.TargetMethod.ContainingType));
                    break;
            }
        }

        return createdHere;
    }

    // Encrypt-then-MAC: an HMAC in the same method, or a MAC/tag/signature member on the same type.
    private static bool HasMac(IOperation operation, ISymbol containingSymbol, MacMembers macMembers)
    {
        foreach (IOperation candidate in HardCodedBytes.Root(operation).DescendantOperations())
        {
            ITypeSymbol? type = candidate switch
            {
                IObjectCreationOperation creation => creation.Type,
                IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                _ => null,
            };
            if (type != null && (CryptoSymbols.DerivesFrom(type, "HMAC") || CryptoSymbols.DerivesFrom(type, "KeyedHashAlgorithm") || (type.Name == "IncrementalHash" && candidate is IInvocationOperation { TargetMethod.Name: "CreateHMAC" })))
            {
                return true;
            }
        }

        INamedTypeSymbol? type2 = containingSymbol as INamedTypeSymbol ?? containingSymbol.ContainingType;
        return type2 != null && macMembers.Has(type2);
    }

    // Splitting every member name of the type into words allocates, and payment services call the cipher many times
    // per type: the answer is kept per type for the compilation.
    private sealed class MacMembers
    {
        private static readonly string[] MacFragments = { "mac", "sign", "auth" };

        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _byType = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        public bool Has(INamedTypeSymbol type) => _byType.GetOrAdd(type, static t =>
        {
            foreach (string name in t.MemberNames)
            {
                // Every word below contains "mac", "sign" or "auth": names without them (nearly all) are not split
                // into words, which allocated per member name of every encrypting type (issue #26).
                if (!Shared.IdentifierWords.ContainsAnyFragment(name, MacFragments))
                {
                    continue;
                }

                foreach (string word in Shared.IdentifierWords.Split(name))
                {
                    if (word is "hmac" or "mac" or "authenticate" or "authenticated" or "signature" or "sign")
                    {
                        return true;
                    }
                }
            }

            return false;
        });
    }

    // aes.EncryptCbc(byte[] plaintext, byte[] iv) returning byte[]: the fix can hand the plaintext to FieldEncryption.
    private static bool IsByteArrayOneShot(IInvocationOperation invocation)
        => invocation.TargetMethod.ReturnType is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
           && invocation.Arguments.Length > 0
           && invocation.TargetMethod.Parameters.Length > 0
           && invocation.TargetMethod.Parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
           && invocation.Parent is not IExpressionStatementOperation;

    internal const string OneShotProperty = "OneShot";

    internal static void Report(OperationAnalysisContext context, Location location, string problem, bool oneShot = false)
    {
        // Test code, a processor's prescribed payload encryption, or a private cipher whose output only becomes a URL: not stored data.
        if (UnstoredCiphertexts.ProtectsNoStoredData(context))
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(
            Descriptors.WeakEncryption,
            location, context.ContainingSymbol,
            oneShot ? ImmutableDictionary<string, string?>.Empty.Add(OneShotProperty, "true") : ImmutableDictionary<string, string?>.Empty,
            problem));
    }
}
