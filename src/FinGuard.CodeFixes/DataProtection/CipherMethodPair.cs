namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// An <c>EncryptX</c> method and its <c>DecryptX</c> counterpart in the same type whose signatures let FG3003's fix
/// replace their bodies with FinGuard's <c>FieldEncryption</c>: one <c>string</c> or <c>byte[]</c> parameter in,
/// <c>string</c> or <c>byte[]</c> out, the decrypt side the mirror image, both with bodies in one document and no
/// overloads, neither virtual nor overriding nor declared again in a base type. Both sides must be visible: with no
/// counterpart, or one of another shape, there is no pair (rewriting one side alone would break the round trip).
/// The rewritten decrypt keeps reading values written before the fix: the previous body moves to a private
/// <c>DecryptXLegacy</c> method, chosen by format (<c>FieldEncryption.IsEncryptedValue</c>, a 4-byte magic and a
/// version), never by catching an exception, so a tampered FinGuard value fails closed and never reaches it.
/// New values are bound to the purpose <c>"Type.Suffix"</c> (associated data), so they do not decrypt elsewhere.
/// </summary>
internal sealed class CipherMethodPair
{
    private const string HelperType = "FieldEncryption";

    private CipherMethodPair(MethodDeclarationSyntax encrypt, MethodDeclarationSyntax decrypt, bool plainIsText, bool cipherIsText, string purpose, string legacyName)
    {
        Purpose = purpose;
        LegacyName = legacyName;
        Encrypt = encrypt;
        Decrypt = decrypt;
        PlainIsText = plainIsText;
        CipherIsText = cipherIsText;
    }

    public MethodDeclarationSyntax Encrypt { get; }

    public MethodDeclarationSyntax Decrypt { get; }

    /// <summary>The purpose new values are bound to: the type's name and the method suffix (a string literal in the code, stable across renames).</summary>
    public string Purpose { get; }

    /// <summary>The name of the private method that keeps the previous decryption for values written before the fix.</summary>
    public string LegacyName { get; }

    /// <summary>The plaintext is a string (else a byte[]).</summary>
    public bool PlainIsText { get; }

    /// <summary>The ciphertext is a string (base64; else a byte[]).</summary>
    public bool CipherIsText { get; }

    public string Title => $"Rewrite '{Encrypt.Identifier.ValueText}' and '{Decrypt.Identifier.ValueText}' with FinGuard's FieldEncryption (AES-256-GCM; existing values stay readable through '{LegacyName}')";

    /// <summary>The pair around <paramref name="node"/>, when the method encrypts with a .NET cipher or the node is a home-made cipher.</summary>
    public static CipherMethodPair? Find(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
            || model.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol
            || symbol.ContainingType == null)
        {
            return null;
        }

        string name = symbol.Name;
        bool isEncrypt = name.StartsWith("Encrypt", StringComparison.Ordinal);
        if (!isEncrypt && !name.StartsWith("Decrypt", StringComparison.Ordinal))
        {
            return null;
        }

        string suffix = name.Substring("Encrypt".Length);
        IMethodSymbol? encrypt = Single(symbol.ContainingType, "Encrypt" + suffix, out bool encryptAmbiguous);
        IMethodSymbol? decrypt = Single(symbol.ContainingType, "Decrypt" + suffix, out bool decryptAmbiguous);
        if (encrypt == null || encryptAmbiguous || decryptAmbiguous
            || IsPolymorphic(encrypt) || (decrypt != null && IsPolymorphic(decrypt))
            || DeclaredInBaseTypes(symbol.ContainingType, "Encrypt" + suffix, "Decrypt" + suffix)
            || !HasShape(encrypt, out bool plainIsText, out bool cipherIsText)
            || SyntaxOf(encrypt, method.SyntaxTree) is not { } encryptSyntax
            || !Encrypts(model, encryptSyntax, node, cancellationToken))
        {
            return null;
        }

        // The mirror image: ciphertext in, plaintext out, in this document. Without it the values are read somewhere
        // FinGuard cannot see, and rewriting the encrypt side alone would make them unreadable there.
        MethodDeclarationSyntax? decryptSyntax;
        if (decrypt == null
            || !HasShape(decrypt, out bool decryptIn, out bool decryptOut) || decryptIn != cipherIsText || decryptOut != plainIsText
            || (decryptSyntax = SyntaxOf(decrypt, method.SyntaxTree)) == null)
        {
            return null;
        }

        string legacyName = decrypt.Name + "Legacy";
        if (!symbol.ContainingType.GetMembers(legacyName).IsEmpty)
        {
            return null;
        }

        string purpose = symbol.ContainingType.Name + (suffix.Length > 0 ? "." + suffix : string.Empty);
        return new CipherMethodPair(encryptSyntax, decryptSyntax, plainIsText, cipherIsText, purpose, legacyName);
    }

    /// <param name="simpleName">
    /// Write <c>FieldEncryption.Default</c> (the caller adds <c>using FinGuard.Security;</c>) rather than
    /// <c>global::FinGuard.Security.FieldEncryption.Default</c>; see <c>SecurityHelperNames.CanUseSimpleName</c>.
    /// </param>
    public MethodDeclarationSyntax RewriteEncrypt(string endOfLine, bool simpleName)
    {
        string helper = HelperName(simpleName);
        string p = Encrypt.ParameterList.Parameters[0].Identifier.Text;
        string plainBytes = PlainIsText ? "global::System.Text.Encoding.UTF8.GetBytes(" + p + ")" : p;
        string purpose = Literal(Purpose);
        string value = PlainIsText && CipherIsText
            ? helper + ".Encrypt(" + p + ", " + purpose + ")"
            : CipherIsText
                ? "global::System.Convert.ToBase64String(" + helper + ".EncryptBytes(" + plainBytes + ", " + purpose + "))"
                : helper + ".EncryptBytes(" + plainBytes + ", " + purpose + ")";
        string[] comment =
        {
            "// FinGuard FG3003: AES-256-GCM through FieldEncryption: a fresh 96-bit nonce, a 128-bit tag, the key id and",
            "// the purpose " + purpose + " bound to every value; keys come from services.AddFinGuardFieldEncryption(...)",
            "// or FieldEncryption.Configure(...) at startup. Values written before the fix stay readable through",
            "// " + LegacyName + " until re-encrypted (docs/rules/FG3003.md). Equal values now encrypt differently:",
            "// look rows up by a keyed hash (FieldLookupHash), not by comparing ciphertexts.",
        };
        return WithBody(Encrypt, comment, "return " + value + ";", endOfLine);
    }

    /// <summary>
    /// The new decrypt method (FinGuard's format, selected by its magic prefix) followed by the previous decrypt
    /// method renamed to <see cref="LegacyName"/> and made private, for values written before the fix.
    /// </summary>
    public MethodDeclarationSyntax[] RewriteDecrypt(string endOfLine, bool simpleName)
    {
        string type = simpleName ? HelperType : "global::FinGuard.Security." + HelperType;
        string helper = HelperName(simpleName);
        string purpose = Literal(Purpose);
        MethodDeclarationSyntax decrypt = Decrypt;
        string c = decrypt.ParameterList.Parameters[0].Identifier.Text;
        string value = PlainIsText && CipherIsText
            ? helper + ".Decrypt(" + c + ", " + purpose + ")"
            : PlainIsText
                ? "global::System.Text.Encoding.UTF8.GetString(" + helper + ".DecryptBytes(" + (CipherIsText ? "global::System.Convert.FromBase64String(" + c + ")" : c) + ", " + purpose + "))"
                : helper + ".DecryptBytes(" + (CipherIsText ? "global::System.Convert.FromBase64String(" + c + ")" : c) + ", " + purpose + ")";
        string[] comment =
        {
            "// FinGuard FG3003: reads what " + Encrypt.Identifier.ValueText + " writes (FieldEncryption, AES-256-GCM) and fails closed with a",
            "// CryptographicException on tampering, a wrong key or a value moved from elsewhere. Values without FinGuard's",
            "// format prefix were written before the fix: the previous code reads them (chosen by format, not by catching).",
        };
        string indent = Indentation(decrypt);
        string[] statements =
        {
            "if (!" + type + ".IsEncryptedValue(" + c + "))",
            "{",
            "    return " + LegacyName + "(" + c + ");",
            "}",
            string.Empty,
            "return " + value + ";",
        };
        MethodDeclarationSyntax rewritten = WithBody(decrypt, comment, statements, endOfLine);

        // The previous decrypt method, private under its new name, its body untouched.
        SyntaxTokenList modifiers = SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        foreach (SyntaxToken modifier in decrypt.Modifiers)
        {
            if (modifier.IsKind(SyntaxKind.StaticKeyword) || modifier.IsKind(SyntaxKind.UnsafeKeyword))
            {
                modifiers = modifiers.Add(modifier.WithoutTrivia().WithTrailingTrivia(SyntaxFactory.Space));
            }
        }

        SyntaxTriviaList leading = SyntaxFactory.TriviaList(
            SyntaxFactory.EndOfLine(endOfLine),
            SyntaxFactory.Whitespace(indent),
            SyntaxFactory.Comment("// FinGuard FG3003: the previous " + decrypt.Identifier.ValueText + ", kept only to read values written before the fix. Re-encrypt them"),
            SyntaxFactory.EndOfLine(endOfLine),
            SyntaxFactory.Whitespace(indent),
            SyntaxFactory.Comment("// (FieldReEncryption, docs/rules/FG3003.md), then delete this method: it does not authenticate what it reads."),
            SyntaxFactory.EndOfLine(endOfLine),
            SyntaxFactory.Whitespace(indent));
        MethodDeclarationSyntax legacy = decrypt
            .WithAttributeLists(default)
            .WithModifiers(modifiers)
            .WithIdentifier(SyntaxFactory.Identifier(LegacyName).WithTrailingTrivia(decrypt.Identifier.TrailingTrivia))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(decrypt.GetTrailingTrivia());
        return new[] { rewritten, legacy };
    }

    private static string Literal(string text) => SyntaxFactory.Literal(text).Text;

    private static string HelperName(bool simple) => (simple ? HelperType : "global::FinGuard.Security." + HelperType) + ".Default";

    private static MethodDeclarationSyntax WithBody(MethodDeclarationSyntax method, string[] comment, string statement, string endOfLine)
        => WithBody(method, comment, new[] { statement }, endOfLine);

    private static MethodDeclarationSyntax WithBody(MethodDeclarationSyntax method, string[] comment, string[] statements, string endOfLine)
    {
        string indent = Indentation(method);
        string inner = indent + "    ";
        var text = new System.Text.StringBuilder();
        text.Append(indent).Append('{').Append(endOfLine);
        foreach (string line in comment)
        {
            text.Append(inner).Append(line).Append(endOfLine);
        }

        foreach (string line in statements)
        {
            text.Append(line.Length == 0 ? string.Empty : inner + line).Append(endOfLine);
        }

        text.Append(indent).Append('}');
        var block = (BlockSyntax)SyntaxFactory.ParseStatement(text.ToString());
        if (method.Body != null)
        {
            return method.WithBody(block.WithTriviaFrom(method.Body).WithLeadingTrivia(method.Body.GetLeadingTrivia()));
        }

        // Expression body: "M(x) => expr;" becomes "M(x)" + newline + block, keeping what followed the semicolon.
        SyntaxTriviaList trailing = method.SemicolonToken.TrailingTrivia;
        MethodDeclarationSyntax withoutArrow = method.WithExpressionBody(null).WithSemicolonToken(default);
        SyntaxNode last = (SyntaxNode?)withoutArrow.ConstraintClauses.LastOrDefault() ?? withoutArrow.ParameterList;
        withoutArrow = withoutArrow.ReplaceToken(last.GetLastToken(), last.GetLastToken().WithTrailingTrivia(SyntaxFactory.EndOfLine(endOfLine)));
        return withoutArrow.WithBody(block.WithTrailingTrivia(trailing));
    }

    private static string Indentation(MethodDeclarationSyntax method)
    {
        SyntaxTriviaList leading = method.GetFirstToken().LeadingTrivia;
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia) ? leading[leading.Count - 1].ToString() : string.Empty;
    }

    private static IMethodSymbol? Single(INamedTypeSymbol type, string name, out bool ambiguous)
    {
        ImmutableArray<ISymbol> members = type.GetMembers(name);
        ambiguous = members.Length > 1 || (members.Length == 1 && members[0] is not IMethodSymbol);
        return members.Length == 1 ? members[0] as IMethodSymbol : null;
    }

    // A virtual or overriding method has other implementations the rewrite cannot see: a subclass's DecryptX (or a base
    // class's) would keep reading the old format and the round trip would break.
    private static bool IsPolymorphic(IMethodSymbol method) => method.IsVirtual || method.IsOverride || method.IsAbstract;

    private static bool DeclaredInBaseTypes(INamedTypeSymbol type, string encryptName, string decryptName)
    {
        for (INamedTypeSymbol? baseType = type.BaseType; baseType != null; baseType = baseType.BaseType)
        {
            if (!baseType.GetMembers(encryptName).IsEmpty || !baseType.GetMembers(decryptName).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasShape(IMethodSymbol method, out bool inIsText, out bool outIsText)
    {
        inIsText = outIsText = false;
        return !method.IsAsync && !method.IsAbstract && !method.IsExtern && method.MethodKind == MethodKind.Ordinary
            && method.Parameters.Length == 1 && method.Parameters[0].RefKind == RefKind.None && !method.Parameters[0].IsParams
            && IsTextOrBytes(method.Parameters[0].Type, out inIsText)
            && !method.ReturnsByRef && !method.ReturnsByRefReadonly
            && IsTextOrBytes(method.ReturnType, out outIsText);
    }

    private static bool IsTextOrBytes(ITypeSymbol type, out bool isText)
    {
        isText = type.SpecialType == SpecialType.System_String;
        return isText || type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };
    }

    private static MethodDeclarationSyntax? SyntaxOf(IMethodSymbol method, SyntaxTree tree)
    {
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != tree)
        {
            return null;
        }

        return method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax { } syntax && (syntax.Body != null || syntax.ExpressionBody != null)
            ? syntax
            : null;
    }

    // The encrypt method really encrypts: it calls CreateEncryptor/Encrypt* of System.Security.Cryptography, or the
    // finding is a home-made XOR cipher inside it.
    private static bool Encrypts(SemanticModel model, MethodDeclarationSyntax method, SyntaxNode finding, CancellationToken cancellationToken)
    {
        if (method.Span.Contains(finding.Span)
            && (finding.IsKind(SyntaxKind.ExclusiveOrExpression) || finding.IsKind(SyntaxKind.ExclusiveOrAssignmentExpression)
                || finding.Parent?.IsKind(SyntaxKind.ExclusiveOrExpression) == true))
        {
            return true;
        }

        foreach (InvocationExpressionSyntax invocation in method.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol called
                && (called.Name == "CreateEncryptor" || called.Name.StartsWith("Encrypt", StringComparison.Ordinal))
                && called.ContainingType?.ToDisplayString().StartsWith("System.Security.Cryptography.", StringComparison.Ordinal) == true)
            {
                return true;
            }
        }

        return false;
    }
}
