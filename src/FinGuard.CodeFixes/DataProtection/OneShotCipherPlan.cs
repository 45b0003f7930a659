namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3003's one-shot fix for one type: every <c>alg.EncryptEcb(bytes, padding)</c> (or <c>EncryptCbc</c>) in the type
/// becomes <c>FieldEncryption.Default.EncryptBytes(bytes, "Type")</c> and every matching <c>alg.DecryptEcb(data, padding)</c>
/// becomes <c>FieldEncryption.Default.DecryptBytes(data, "Type", legacy =&gt; alg.DecryptEcb(legacy, padding))</c>, so the
/// encrypt and decrypt sides change together and values written before the fix are still read by the old call,
/// chosen by FinGuard's format prefix (never by catching an exception).
/// Offered only when the type is declared in one document, every such call is the <c>byte[]</c> one-shot whose result
/// is used, and at least one decrypt call is there: with the decrypt side out of sight, new values would be unreadable.
/// </summary>
internal sealed class OneShotCipherPlan
{
    private OneShotCipherPlan(TypeDeclarationSyntax type, string mode, string purpose, IReadOnlyList<InvocationExpressionSyntax> encrypts, IReadOnlyList<InvocationExpressionSyntax> decrypts)
    {
        Mode = mode;
        Type = type;
        Purpose = purpose;
        Encrypts = encrypts;
        Decrypts = decrypts;
    }

    public TypeDeclarationSyntax Type { get; }

    public string Purpose { get; }

    /// <summary>Ecb, Cbc or Cfb: the calls of one mode change together (a type may hold one plan per mode).</summary>
    public string Mode { get; }

    public IReadOnlyList<InvocationExpressionSyntax> Encrypts { get; }

    public IReadOnlyList<InvocationExpressionSyntax> Decrypts { get; }

    public IEnumerable<InvocationExpressionSyntax> All => Encrypts.Concat(Decrypts);

    public string Title => Decrypts.Count == 1
        ? $"Encrypt with FinGuard's FieldEncryption (AES-256-GCM) in '{Type.Identifier.ValueText}', decrypt side included; existing values stay readable"
        : $"Encrypt with FinGuard's FieldEncryption (AES-256-GCM) in '{Type.Identifier.ValueText}', {Decrypts.Count} decrypt calls included; existing values stay readable";

    public static OneShotCipherPlan? Find(SemanticModel model, InvocationExpressionSyntax finding, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(finding, cancellationToken).Symbol is not IMethodSymbol target
            || !IsOneShot(target, out string? mode) || mode == null || !target.Name.StartsWith("Encrypt", StringComparison.Ordinal)
            || finding.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree != finding.SyntaxTree))
        {
            return null;
        }

        var encrypts = new List<InvocationExpressionSyntax>();
        var decrypts = new List<InvocationExpressionSyntax>();
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (InvocationExpressionSyntax invocation in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is not MemberAccessExpressionSyntax access
                    || (access.Name.Identifier.ValueText != "Encrypt" + mode && access.Name.Identifier.ValueText != "Decrypt" + mode))
                {
                    continue;
                }

                // A nested type's calls belong to its own plan.
                if (!IsInside(model, invocation, type, cancellationToken))
                {
                    continue;
                }

                // Every call of the pair of names must be the byte[] one-shot of a .NET cipher with its result used.
                if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol called
                    || !IsOneShot(called, out string? calledMode) || calledMode != mode
                    || invocation.ArgumentList.Arguments.Count == 0
                    || invocation.ArgumentList.Arguments.Any(a => a.NameColon != null || !a.RefKindKeyword.IsKind(SyntaxKind.None))
                    || invocation.Parent is ExpressionStatementSyntax)
                {
                    return null;
                }

                (called.Name.StartsWith("Encrypt", StringComparison.Ordinal) ? encrypts : decrypts).Add(invocation);
            }
        }

        if (decrypts.Count == 0 || !encrypts.Contains(finding))
        {
            return null;
        }

        encrypts.Sort((a, b) => a.SpanStart.CompareTo(b.SpanStart));
        decrypts.Sort((a, b) => a.SpanStart.CompareTo(b.SpanStart));
        return new OneShotCipherPlan((TypeDeclarationSyntax)type.DeclaringSyntaxReferences.OrderBy(r => r.Span.Start).First().GetSyntax(cancellationToken), mode, type.Name, encrypts, decrypts);
    }

    /// <summary>The replacement of one of <see cref="All"/>.</summary>
    public ExpressionSyntax Rewrite(SemanticModel model, InvocationExpressionSyntax invocation, bool simpleName)
    {
        string helper = (simpleName ? "FieldEncryption" : "global::FinGuard.Security.FieldEncryption") + ".Default";
        string purpose = SyntaxFactory.Literal(Purpose).Text;
        string first = invocation.ArgumentList.Arguments[0].Expression.WithoutTrivia().ToString();
        string text;
        if (Encrypts.Contains(invocation))
        {
            text = helper + ".EncryptBytes(" + first + ", " + purpose + ")";
        }
        else
        {
            // The old call, kept for values written before the fix, with its data argument taken from the lambda.
            string parameter = FreeName(model, invocation.SpanStart, "legacyValue");
            var access = (MemberAccessExpressionSyntax)invocation.Expression;
            string rest = string.Concat(invocation.ArgumentList.Arguments.Skip(1).Select(a => ", " + a.WithoutTrivia().ToString()));
            string legacy = access.WithoutTrivia().ToString() + "(" + parameter + rest + ")";
            text = helper + ".DecryptBytes(" + first + ", " + purpose + ", " + parameter + " => " + legacy + ")";
        }

        ExpressionSyntax call = SyntaxFactory.ParseExpression(text);
        if (!simpleName && invocation.Parent is InterpolationSyntax)
        {
            // In an interpolation hole "{global::X}" would parse "::..." as a format clause: parenthesize.
            call = SyntaxFactory.ParenthesizedExpression(call);
        }

        return call.WithTriviaFrom(invocation);
    }

    private static bool IsInside(SemanticModel model, SyntaxNode node, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        TypeDeclarationSyntax? declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return declaration != null && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(declaration, cancellationToken), type);
    }

    private static string FreeName(SemanticModel model, int position, string name)
    {
        string candidate = name;
        for (int i = 2; !model.LookupSymbols(position, name: candidate).IsEmpty; i++)
        {
            candidate = name + i;
        }

        return candidate;
    }

    // aes.EncryptEcb(byte[], PaddingMode) / EncryptCbc(byte[], byte[], PaddingMode) and their Decrypt twins on a .NET cipher.
    private static bool IsOneShot(IMethodSymbol method, out string? mode)
    {
        mode = null;
        string name = method.Name;
        string? suffix = name.StartsWith("Encrypt", StringComparison.Ordinal) ? name.Substring("Encrypt".Length)
            : name.StartsWith("Decrypt", StringComparison.Ordinal) ? name.Substring("Decrypt".Length)
            : null;
        if (suffix is not ("Ecb" or "Cbc" or "Cfb")
            || method.ContainingType?.ContainingNamespace?.ToDisplayString() != "System.Security.Cryptography"
            || method.ReturnType is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
            || method.Parameters.Length == 0
            || method.Parameters[0].Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return false;
        }

        mode = suffix;
        return true;
    }
}
