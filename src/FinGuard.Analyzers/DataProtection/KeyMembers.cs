using System.Collections.Concurrent;
using FinGuard.Analyzers.Secrets;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3005 for keys written in code whose cipher is out of sight (another project, an interface, a library that does not
/// bind), recognised by the member that holds them:
/// <list type="bullet">
/// <item>a key getter (<c>GetKey()</c>, <c>GetEncryptionKey(string name)</c>: a method named get + key, secret or pass
/// phrase that returns text) whose every return is a literal or a field that only ever holds one: each returned literal
/// that looks like key material is reported (at the field's declarator when it comes through a field);</item>
/// <item>an encryption key setting given a literal (<c>new SecuritySettings { EncryptionKey = "273ece6f97dd844d" }</c>,
/// <c>public string AesKey { get; set; } = "..."</c>): a member named as a cipher's key (encryption, crypto, cipher, AES,
/// DES, HMAC + key) assigned or initialised with key material.</item>
/// </list>
/// Key material: at least 16 characters without white space, not a name (letters and separators only), a path, a URL,
/// an asymmetric key (XML or PEM: public keys are not secret, private ones are FG4001's) or a placeholder
/// (<c>your-key-here</c>, <c>change-me</c>). Key names and ids (<c>GetKeyName</c>, <c>EncryptionKeyId</c>), API keys
/// (<c>GetApiKey</c>, <c>sk_live_...</c>), wrapped keys (<c>EncryptedSymmetricKey</c>) and test code are not reported.
/// Getters and settings' defaults come from <see cref="KeyInCodeAnalyzer"/>'s one walk per file over member declarations,
/// after <see cref="EndsWithKeyWord"/>; settings' assignments from its existing simple-assignment callback.
/// </summary>
internal static class KeyMembers
{
    private static readonly HashSet<string> NotAKey = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "id", "identifier", "alias", "size", "length", "bits", "path", "file", "url", "uri", "vault", "version",
        "container", "store", "type", "label", "ref", "reference", "index", "purpose", "api", "public", "cache",
        "partition", "row", "sort", "primary", "foreign", "idempotency", "license", "client", "publishable", "storage",
        "access", "encrypted", "wrapped", "protected", "hint", "header", "prefix", "format", "mode", "algorithm",
    };

    private static readonly HashSet<string> CipherWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "encryption", "encrypt", "decryption", "crypto", "cipher", "aes", "des", "3des", "tripledes", "rijndael", "symmetric", "hmac",
    };

    private static readonly string[] Placeholders = { "your", "change", "placeholder", "example", "replace", "xxxx", "todo", "dummy", "insert", "sample" };

    /// <summary>
    /// Whether a member's name ends with key, secret or (pass) phrase, ignoring case and trailing separators: the cheap
    /// test every method and initialised property of every type goes through before <see cref="IsKeyGetterName"/> or
    /// <see cref="IsKeySettingName"/> split it into words.
    /// </summary>
    internal static bool EndsWithKeyWord(string name)
    {
        int end = name.Length;
        while (end > 0 && !char.IsLetterOrDigit(name[end - 1]))
        {
            end--;
        }

        return EndsWith(name, end, "key") || EndsWith(name, end, "secret") || EndsWith(name, end, "phrase");
    }

    private static bool EndsWith(string name, int end, string word)
        => end >= word.Length && string.Compare(name, end - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>A key getter whose returns are all text written in the source (a method whose name passed <see cref="EndsWithKeyWord"/>).</summary>
    public static void AnalyzeGetter(SemanticModelAnalysisContext context, MethodDeclarationSyntax declaration, ConcurrentDictionary<ISymbol, bool> reported)
    {
        string getterName = declaration.Identifier.ValueText;
        if (getterName.Length < 6 || !getterName.StartsWith("Get", StringComparison.Ordinal) || (declaration.Body == null && declaration.ExpressionBody == null)
            || !IsKeyGetterName(getterName) || TestProjects.IsTestFile(declaration.SyntaxTree)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { MethodKind: MethodKind.Ordinary, ReturnType.SpecialType: SpecialType.System_String } method
            || method.DeclaringSyntaxReferences.Length != 1)
        {
            return;
        }

        var returned = new List<ExpressionSyntax>();
        if (declaration.ExpressionBody != null)
        {
            returned.Add(declaration.ExpressionBody.Expression);
        }
        else if (declaration.Body != null)
        {
            foreach (SyntaxNode node in declaration.Body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ReturnStatementSyntax { Expression: { } value })
                {
                    returned.Add(value);
                }
            }
        }

        // Every return is text written here (a literal or a fixed field): a lookup anywhere makes it a key store's reader.
        var keys = new List<(SyntaxNode Site, ISymbol? Field, string Text)>();
        foreach (ExpressionSyntax value in returned)
        {
            switch (value)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    keys.Add((literal, null, literal.Token.ValueText));
                    break;
                case LiteralExpressionSyntax nothing when nothing.IsKind(SyntaxKind.NullLiteralExpression):
                    break;
                case IdentifierNameSyntax name when FixedField(method.ContainingType, name.Identifier.ValueText) is { } field
                                                    && field.Declarator.SyntaxTree == declaration.SyntaxTree:
                    keys.Add((field.Declarator, field.Symbol, field.Text));
                    break;
                default:
                    return;
            }
        }

        foreach ((SyntaxNode site, ISymbol? field, string text) in keys)
        {
            if (!LooksLikeKeyMaterial(text) || (field != null && !reported.TryAdd(field, true)))
            {
                continue;
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, site.GetLocation(), field ?? method, properties, "encryption"));
        }
    }

    /// <summary><c>EncryptionKey = "273ece6f97dd844d"</c> (an assignment or an object initializer's member).</summary>
    public static void AnalyzeSettingAssignment(OperationAnalysisContext context, ISimpleAssignmentOperation assignment, bool testProject)
    {
        if (testProject || assignment.Value is not ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal)
        {
            return;
        }

        // The settings type may not bind (another project, before restore): an object initializer's member by its name.
        ISymbol? member = assignment.Target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        string? name = member?.Name ?? (assignment.Target is IInvalidOperation { Syntax: IdentifierNameSyntax unbound }
            && unbound.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } ? unbound.Identifier.ValueText : null);
        if (name == null || !EndsWithKeyWord(name) || !LooksLikeKeyMaterial(text) || !IsKeySettingName(name)
            || (member != null && CryptoSymbols.IsCryptographyType(member.ContainingType)) || TestProjects.IsTestFile(assignment.Syntax.SyntaxTree))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, literal.Syntax.GetLocation(), context.ContainingSymbol, properties, "encryption"));
    }

    /// <summary>
    /// <c>public string EncryptionKey { get; set; } = "..."</c>: a key setting's default written in the code, read from the
    /// declaration's syntax (a property whose name passed <see cref="EndsWithKeyWord"/>).
    /// </summary>
    public static void AnalyzeSettingDefault(SemanticModelAnalysisContext context, PropertyDeclarationSyntax declaration)
    {
        if (declaration.Initializer?.Value is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression)
            || !IsKeySettingName(declaration.Identifier.ValueText) || !LooksLikeKeyMaterial(literal.Token.ValueText)
            || TestProjects.IsTestFile(literal.SyntaxTree)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } property)
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(KeyInCodeAnalyzer.VariableProperty, null);
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.KeyInCode, literal.GetLocation(), property, properties, "encryption"));
    }

    // GetKey, GetEncryptionKey, GetAesSecret, GetPassPhrase; not GetKeyName, GetApiKey, GetCacheKey, GetPublicKey.
    internal static bool IsKeyGetterName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        if (words.Count < 2 || words[0] != "get")
        {
            return false;
        }

        string last = words[words.Count - 1];
        bool key = last is "key" or "secret" or "passphrase" || (last == "phrase" && words.Count > 2 && words[words.Count - 2] == "pass");
        if (!key)
        {
            return false;
        }

        for (int i = 1; i < words.Count; i++)
        {
            if (NotAKey.Contains(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    // EncryptionKey, AesKey, CryptoKey, HmacSecretKey, CipherKey; not EncryptionKeyId, EncryptedSymmetricKey, Key, ApiKey.
    internal static bool IsKeySettingName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        if (words.Count < 2 || words[words.Count - 1] != "key")
        {
            return false;
        }

        bool cipher = false;
        foreach (string word in words)
        {
            if (NotAKey.Contains(word))
            {
                return false;
            }

            cipher |= CipherWords.Contains(word);
        }

        return cipher;
    }

    /// <summary>Text shaped like a key or pass phrase rather than a name, a path, a public key or a placeholder.</summary>
    internal static bool LooksLikeKeyMaterial(string text)
    {
        string t = text.Trim();
        if (t.Length < 16 || t.Length > 4096 || t[0] == '<' || t.StartsWith("-----", StringComparison.Ordinal) || SecretFormats.IsPublicKeyOrCertificate(t)
            || t.IndexOf("://", StringComparison.Ordinal) >= 0 || t.StartsWith("sk_", StringComparison.Ordinal)
            || t.StartsWith("pk_", StringComparison.Ordinal) || t.StartsWith("rk_", StringComparison.Ordinal))
        {
            return false;
        }

        bool nameLike = true;
        foreach (char c in t)
        {
            if (char.IsWhiteSpace(c) || c == '\\' || c == '{')
            {
                return false;
            }

            nameLike &= char.IsLetter(c) || c is '_' or '.' or '-' or ':' or '/';
        }

        if (nameLike)
        {
            return false;
        }

        foreach (string placeholder in Placeholders)
        {
            if (t.IndexOf(placeholder, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // A field of the getter's type that only ever holds one literal (const, read-only, or fixed: FixedTextFields).
    private static (SyntaxNode Declarator, IFieldSymbol Symbol, string Text)? FixedField(INamedTypeSymbol type, string name)
    {
        foreach (ISymbol member in type.GetMembers(name))
        {
            if (member is not IFieldSymbol { Type.SpecialType: SpecialType.System_String } field || field.DeclaringSyntaxReferences.Length != 1
                || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } declarator
                || !literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                continue;
            }

            if (field.IsConst || field.IsReadOnly || FixedTextFields.LiteralOf(field) != null)
            {
                return (declarator, field, literal.Token.ValueText);
            }
        }

        return null;
    }
}
