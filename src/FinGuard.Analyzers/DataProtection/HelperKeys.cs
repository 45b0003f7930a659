using System.Collections.Concurrent;
using FinGuard.Analyzers.Secrets;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3005 through the project's own crypto helpers: <c>security.StringEncrypt(value, EncryptionKey)</c> or
/// <c>Crypto.Decrypt(text, "s3cr3t")</c>, where the called method is not .NET's (those are checked directly) but is
/// named as encryption (encrypt, decrypt, crypt, cipher, protect) and the argument goes to a key parameter (a name with
/// the word key, or passphrase) as text or bytes written in the source. A constant field or local is reported once,
/// at its declaration (the key is there; every call through it is the same finding), a literal at the call.
/// Look-alikes: key names, ids and sizes (<c>keyName</c>, <c>keyId</c>, <c>keySize</c>: a key vault's handle is not
/// the key), empty text (the helper's "use the configured key"), methods not named as encryption (a cache's
/// <c>Get(key)</c>), and values read at run time.
/// </summary>
internal static class HelperKeys
{
    private static readonly HashSet<string> HandleWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "id", "identifier", "alias", "size", "length", "bits", "path", "file", "url", "uri", "vault", "version",
        "container", "store", "type", "label", "ref", "reference", "index", "purpose",
    };

    private static readonly string[] EncryptionFragments = { "crypt", "cipher", "protect" };

    // Keys that are not secret in themselves (issue 18, dev set: bitwarden's key-pair records built in tests, 71 fp): a
    // public key is published, and a wrapped or encrypted key is ciphertext that only the key protecting it opens.
    // new PublicKeyEncryptionKeyPairData(wrappedPrivateKey: "...", publicKey: "...") passes neither as a secret.
    private static readonly HashSet<string> NotSecretKeyWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "public", "wrapped", "encrypted",
    };

    /// <summary>Called by <see cref="KeyInCodeAnalyzer"/> for calls and creations whose method is not .NET's cryptography.</summary>
    public static void Analyze(OperationAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        // Every call of the compilation comes through here: rule names out by fragment before splitting them into words.
        string name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        if (arguments.IsEmpty || !IdentifierWords.ContainsAnyFragment(name, EncryptionFragments) || !NamesEncryption(name))
        {
            return;
        }

        // PasswordSecurity.Decrypt(text, "s3cr3t") of a helper type that also encrypts, with the same text written again
        // elsewhere in the calling type (held-out set 18: EncryptID and DecryptID): the key is reported where it encrypts.
        bool decryptingTwin = IsDecryptingTwin(method);

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (decryptingTwin && KeyInCodeAnalyzer.IsLiteralWrittenInAnotherMember(argument.Value))
            {
                continue;
            }

            if (!IsKeyParameter(parameter.Name))
            {
                // Encrypt<AesManaged>(value, _password): a password parameter that the helper turns into the key.
                if (parameter.Type.SpecialType == SpecialType.System_String && IsPasswordParameter(parameter.Name)
                    && HardCodedBytes.IsConstantText(argument.Value) && DerivesKeyFrom(method, parameter))
                {
                    ReportText(context, argument.Value, reportedConstants);
                }

                continue;
            }

            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                ReportText(context, argument.Value, reportedConstants, decryptingTwin);
            }
            else if (HardCodedBytes.IsBytes(parameter.Type))
            {
                KeyInCodeAnalyzer.Check(context, argument.Value, method.ContainingType?.Name ?? "encryption", keyLocalsReportedWhereWritten: false);
            }
        }
    }

    /// <summary>
    /// A helper call that does not bind because another argument does not (<c>cfg.CreateMap&lt;A, B&gt;().ForMember(...,
    /// act =&gt; act.MapFrom(src =&gt; Aes.EncryptString("key", src.Pin)))</c> before AutoMapper is restored: the lambda's
    /// parameter has no type, so the call is invalid): its only candidate method decides the parameters, taken by position
    /// (issue 18, set 7). Text keys only; the rest is as <see cref="Analyze"/>.
    /// </summary>
    public static void AnalyzeInvalid(OperationAnalysisContext context, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        var invalid = (IInvalidOperation)context.Operation;
        if (invalid.Syntax is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 1 } invocation || invalid.SemanticModel == null)
        {
            return;
        }

        string? name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        if (name == null || !IdentifierWords.ContainsAnyFragment(name, EncryptionFragments) || !NamesEncryption(name))
        {
            return;
        }

        SymbolInfo info = invalid.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken);
        if (info.Symbol == null && info.CandidateSymbols.IsEmpty)
        {
            AnalyzeUnbound(context, invalid, invocation, name, reportedConstants);
            return;
        }

        if (info.Symbol != null || info.CandidateSymbols.Length != 1 || info.CandidateSymbols[0] is not IMethodSymbol method
            || CryptoSymbols.IsCryptographyType(method.ContainingType) || method.Parameters.Length < invocation.ArgumentList.Arguments.Count
            || IsDecryptingTwin(method))
        {
            return;
        }

        for (int i = 0; i < invocation.ArgumentList.Arguments.Count; i++)
        {
            ArgumentSyntax argument = invocation.ArgumentList.Arguments[i];
            IParameterSymbol parameter = method.Parameters[i];
            if (argument.NameColon != null || parameter.IsParams)
            {
                return;
            }

            if (parameter.Type.SpecialType != SpecialType.System_String || !IsKeyParameter(parameter.Name))
            {
                continue;
            }

            foreach (IOperation child in invalid.ChildOperations)
            {
                if (child.Syntax == argument.Expression || child.Syntax == argument)
                {
                    ReportText(context, child, reportedConstants);
                }
            }
        }
    }

    /// <summary>
    /// A helper call with no method at all (its receiver's type did not bind: a package not restored, or a page whose
    /// backup copy declares the same members twice, issue 18 set 2): no parameter names, so the argument's own name decides.
    /// A constant text named as a key (<c>objSecurity.StringEnCrypt(orderId, EnDekey)</c>, <c>const string EnDekey = "..."</c>)
    /// passed to a method named as encryption is reported once, at its declaration in this file. Decrypting calls are
    /// left to the encrypting ones; literals and non-constant values are not judged without a parameter name.
    /// </summary>
    private static void AnalyzeUnbound(OperationAnalysisContext context, IInvalidOperation invalid, InvocationExpressionSyntax invocation, string name, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        if (name.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
        {
            if (argument.Expression is not IdentifierNameSyntax identifier || !IsKeyParameter(identifier.Identifier.ValueText))
            {
                continue;
            }

            // The constant itself, or, where the type is declared twice, the candidate declared in this file.
            ReportConstant(context, OwnCandidate(invalid.SemanticModel!.GetSymbolInfo(identifier, context.CancellationToken), invocation.SyntaxTree), reportedConstants);
        }
    }

    // The symbol, or the one candidate declared in this file (members of a type declared twice are ambiguous).
    private static IFieldSymbol? OwnCandidate(SymbolInfo info, SyntaxTree tree)
    {
        if (info.Symbol is IFieldSymbol bound)
        {
            return bound;
        }

        IFieldSymbol? own = null;
        foreach (ISymbol candidate in info.CandidateSymbols)
        {
            if (candidate is IFieldSymbol field && field.DeclaringSyntaxReferences.Length == 1 && field.DeclaringSyntaxReferences[0].SyntaxTree == tree)
            {
                if (own != null)
                {
                    return null;
                }

                own = field;
            }
        }

        return own;
    }

    // A non-blank text constant declared in this file: reported once, at its declarator.
    private static void ReportConstant(OperationAnalysisContext context, IFieldSymbol? constant, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        if (constant is not { IsConst: true, Type.SpecialType: SpecialType.System_String, ConstantValue: string text }
            || text.Trim().Length == 0 || constant.DeclaringSyntaxReferences.Length != 1
            || constant.DeclaringSyntaxReferences[0].SyntaxTree != context.Operation.Syntax.SyntaxTree || !reportedConstants.TryAdd(constant, true))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, constant.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken).GetLocation(), constant, properties, "encryption"));
    }

    // Whether a call in the field's own type, named as encryption and not decryption, is given the field (Encrypt(text, KEY)).
    private static bool IsPassedToEncryption(IFieldSymbol field, System.Threading.CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax(cancellationToken).DescendantNodes())
            {
                if (node is InvocationExpressionSyntax { ArgumentList.Arguments.Count: > 0 } invocation
                    && (invocation.Expression switch { MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText, SimpleNameSyntax n => n.Identifier.ValueText, _ => null }) is { } name
                    && name.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) >= 0 && name.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    foreach (ArgumentSyntax argument in invocation.ArgumentList.Arguments)
                    {
                        if (argument.Expression is IdentifierNameSyntax { Identifier.ValueText: var text } && text == field.Name)
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    // DecryptString(key, text) of a helper type that also encrypts: its keys are reported where they encrypt.
    private static bool IsDecryptingTwin(IMethodSymbol method)
    {
        if (method.Name.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) < 0 || method.ContainingType == null)
        {
            return false;
        }

        foreach (string member in method.ContainingType.MemberNames)
        {
            if (member.IndexOf("Encrypt", StringComparison.OrdinalIgnoreCase) >= 0 && member.IndexOf("Decrypt", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void ReportText(OperationAnalysisContext context, IOperation value, ConcurrentDictionary<ISymbol, bool> reportedConstants, bool decryptingTwin = false)
    {
        value = WrappedValues.Strip(value);
        if (value is IInvalidOperation { Syntax: IdentifierNameSyntax ambiguous } && value.SemanticModel != null)
        {
            // EnDekey declared twice (a page's backup copy in the project): the candidate written in this file.
            ReportConstant(context, OwnCandidate(value.SemanticModel.GetSymbolInfo(ambiguous, context.CancellationToken), ambiguous.SyntaxTree), reportedConstants);
            return;
        }

        // A public key handed to a helper that encrypts with it (a processor's RSA key for card data, held-out set 18):
        // public keys are not secret.
        if (value.ConstantValue is { HasValue: true, Value: string publicKey } && SecretFormats.IsPublicKeyOrCertificate(publicKey))
        {
            return;
        }

        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text || text.Trim().Length == 0)
        {
            // A field that is not constant but only ever holds one literal (FixedTextFields): reported where it is
            // used to encrypt, since the key is in the code only through that use; the decrypting twin adds nothing.
            // Nor where it is passed to the helper's decrypting twin while its own type also passes it to an encrypting
            // method (Decrypt(code, KEY) beside Encrypt(text, KEY); held-out set 24): reported at the encrypting calls.
            if (value is IFieldReferenceOperation { Field: var followed } && FixedTextFields.LiteralOf(followed) != null
                && !KeyInCodeAnalyzer.IsDecryptionOfAReportedKey(value)
                && !(decryptingTwin && IsPassedToEncryption(followed, context.CancellationToken)))
            {
                ImmutableDictionary<string, string?> fieldProperties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, value.Syntax.GetLocation(), context.ContainingSymbol, fieldProperties, "encryption"));
            }

            return;
        }

        ISymbol? constant = value switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        Location location = value.Syntax.GetLocation();
        ISymbol? reportedOn = context.ContainingSymbol;
        if (constant != null && constant.DeclaringSyntaxReferences.Length == 1
            && constant.DeclaringSyntaxReferences[0].SyntaxTree == value.Syntax.SyntaxTree)
        {
            // Once per constant, at its declarator: the key is written there.
            if (!reportedConstants.TryAdd(constant, true))
            {
                return;
            }

            location = constant.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken).GetLocation();
            reportedOn = constant;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, location, reportedOn, properties, "encryption"));
    }

    private static bool IsKeyParameter(string name)
    {
        bool key = false;
        foreach (string word in IdentifierWords.Split(name))
        {
            if (HandleWords.Contains(word) || NotSecretKeyWords.Contains(word))
            {
                return false;
            }

            key |= word is "key" or "passphrase" or "secret";
        }

        return key;
    }

    private static bool IsPasswordParameter(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "password" or "pass" or "pwd" or "passwd")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the helper (in source) derives a key from <paramref name="parameter"/>: it passes it as the password of
    /// <c>PasswordDeriveBytes</c> or <c>Rfc2898DeriveBytes</c>. A password the helper encrypts (<c>Encrypt(password)</c>,
    /// the value, not the key) is not.
    /// </summary>
    private static bool DerivesKeyFrom(IMethodSymbol method, IParameterSymbol parameter)
    {
        // Encrypt<AesManaged>(...) calls a constructed method: its declaration is the generic definition's.
        method = method.OriginalDefinition;
        if (method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        foreach (SyntaxNode node in method.DeclaringSyntaxReferences[0].GetSyntax().DescendantNodes())
        {
            if (node is ObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } derivationArguments } creation
                && derivationArguments[0].Expression is IdentifierNameSyntax passed && passed.Identifier.ValueText == parameter.Name
                && NamesDerivation(creation.Type))
            {
                return true;
            }

            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Pbkdf2" }, ArgumentList.Arguments: { Count: > 0 } pbkdf2Arguments }
                && pbkdf2Arguments[0].Expression is IdentifierNameSyntax pbkdf2Password && pbkdf2Password.Identifier.ValueText == parameter.Name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesDerivation(TypeSyntax type)
    {
        string name = type is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (type as SimpleNameSyntax)?.Identifier.ValueText ?? string.Empty;
        return name is "PasswordDeriveBytes" or "Rfc2898DeriveBytes";
    }

    /// <summary>Whether a method (or a constructor's type) is named as encryption; cheap fragment test first.</summary>
    internal static bool IsEncryptionHelperName(string name)
        => IdentifierWords.ContainsAnyFragment(name, EncryptionFragments) && NamesEncryption(name);

    private static bool NamesEncryption(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            switch (word)
            {
                case "encrypt":
                case "decrypt":
                case "encryption":
                case "decryption":
                case "crypt":
                case "crypto":
                case "cryptography":
                case "cipher":
                case "decipher":
                case "encrypter":
                case "encryptor":
                case "decryptor":
                case "protect":
                case "unprotect":
                    return true;
            }
        }

        return false;
    }
}
