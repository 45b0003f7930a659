using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// FG3004's fix for a static or hard-coded IV field on AES instance code: every method of the type that uses the
/// field is rewritten together, so new ciphertexts keep round-tripping and old ones stay readable.
/// <list type="bullet">
/// <item>Encrypt side (<c>aes.IV = StaticIv;</c> or <c>aes.CreateEncryptor(key, StaticIv)</c>, output written to a
/// <c>new MemoryStream()</c> through a <c>CryptoStream</c> and taken with <c>ms.ToArray()</c>): <c>aes.GenerateIV()</c>
/// gives each call a fresh random IV, and an 8-byte format marker plus the IV are written in front of the ciphertext.</item>
/// <item>Decrypt side (<c>aes.IV = StaticIv;</c> or <c>aes.CreateDecryptor(key, StaticIv)</c>, input read from
/// <c>new MemoryStream(stored)</c>): the format decides, never an exception. A value with the marker (length 8 + 16 + 16n)
/// is read with its own IV; a value without it (length 16n, written before the fix) with the old field, which stays
/// for that purpose; any other length throws a <c>CryptographicException</c>. The two lengths never coincide, so an
/// old value cannot be mistaken for a new one and decrypt to the wrong plaintext.</item>
/// </list>
/// Offered only when the field is private to one type in one document, every use of it is one of these shapes, the
/// algorithm is AES (16-byte IV), and at least one decrypt method is among them: if the decryption is out of sight,
/// a prefixed IV would break it, and no fix beats a broken round trip. Where FG3003's method-pair rewrite applies to
/// these methods (AES-GCM through FieldEncryption, which supersedes a random IV in unauthenticated CBC), this fix
/// is not offered, so the two fixes never edit the same code and their order cannot change the result.
/// </summary>
internal sealed class StaticIvRewrite
{
    private const int AesIvSize = 16;
    private const int MarkerSize = 8;
    private const string MarkerName = "FinGuardIvMarker";
    private const string OffsetMethodName = "FinGuardIvOffset";

    private readonly List<Action<DocumentEditor>> _edits = new List<Action<DocumentEditor>>();

    private StaticIvRewrite(IFieldSymbol field, int methods)
    {
        Field = field;
        Title = $"Generate the IV per encryption and store it, behind a format marker, with the ciphertext ('{field.Name}' in {methods} methods; existing values stay readable)";
    }

    public IFieldSymbol Field { get; }

    public string Title { get; }

    public void Apply(DocumentEditor editor)
    {
        foreach (Action<DocumentEditor> edit in _edits)
        {
            edit(editor);
        }
    }

    public static StaticIvRewrite? Create(SemanticModel model, SyntaxNode root, SyntaxNode finding, CancellationToken cancellationToken)
    {
        if (finding is not ExpressionSyntax expression
            || model.GetSymbolInfo(expression, cancellationToken).Symbol is not IFieldSymbol field
            || field.DeclaredAccessibility != Accessibility.Private
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].SyntaxTree != root.SyntaxTree
            || field.ContainingType.DeclaringSyntaxReferences.Length != 1
            || !field.ContainingType.GetMembers(MarkerName).IsEmpty
            || !field.ContainingType.GetMembers(OffsetMethodName).IsEmpty
            || field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).FirstAncestorOrSelf<FieldDeclarationSyntax>() is not { } fieldDeclaration)
        {
            return null;
        }

        // Every use of the field, grouped by method; a use anywhere else (another initializer, a property) is out of reach.
        var uses = new Dictionary<MethodDeclarationSyntax, List<ExpressionSyntax>>();
        foreach (IdentifierNameSyntax name in root.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != field.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, field))
            {
                continue;
            }

            ExpressionSyntax use = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            if (use.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
            {
                return null;
            }

            if (!uses.TryGetValue(method, out List<ExpressionSyntax>? list))
            {
                uses[method] = list = new List<ExpressionSyntax>();
            }

            list.Add(use);
        }

        // FG3003's method-pair rewrite (AES-GCM) takes these methods when it can: the fixes must not overlap, or the
        // result of `dotnet format --diagnostics FG3003 FG3004` would depend on which ID runs first.
        if (WeakEncryptionFixer.HasAesGcm(model.Compilation))
        {
            foreach (KeyValuePair<MethodDeclarationSyntax, List<ExpressionSyntax>> use in uses)
            {
                if (CipherMethodPair.Find(model, use.Value[0], cancellationToken) != null)
                {
                    return null;
                }
            }
        }

        var rewrite = new StaticIvRewrite(field, uses.Count);
        bool decrypts = false;
        bool encrypts = false;
        foreach (KeyValuePair<MethodDeclarationSyntax, List<ExpressionSyntax>> pair in uses)
        {
            if (pair.Value.Count != 1 || !Classify(model, pair.Value[0], cancellationToken, out ExpressionSyntax? algorithm, out StatementSyntax? statement, out bool isAssignment))
            {
                return null;
            }

            bool encryptor = Calls(pair.Key, "CreateEncryptor");
            bool decryptor = Calls(pair.Key, "CreateDecryptor");
            if (encryptor == decryptor)
            {
                return null;
            }

            bool planned = encryptor
                ? rewrite.PlanEncrypt(model, pair.Key, pair.Value[0], algorithm!, statement!, isAssignment, cancellationToken)
                : rewrite.PlanDecrypt(model, pair.Key, pair.Value[0], statement!, cancellationToken);
            if (!planned)
            {
                return null;
            }

            encrypts |= encryptor;
            decrypts |= decryptor;
        }

        if (!encrypts || !decrypts)
        {
            return null;
        }

        // The field stays: values written before the fix are read with it. The marker and the format test go beside it.
        rewrite._edits.Add(editor => editor.InsertAfter(fieldDeclaration, FormatMembers(fieldDeclaration)));
        return rewrite;
    }

    // alg.IV = Field;  or  alg.CreateEncryptor(key, Field) / alg.CreateDecryptor(key, Field), alg a plain name of an AES type.
    private static bool Classify(SemanticModel model, ExpressionSyntax use, CancellationToken cancellationToken, out ExpressionSyntax? algorithm, out StatementSyntax? statement, out bool isAssignment)
    {
        algorithm = null;
        isAssignment = false;
        statement = use.FirstAncestorOrSelf<StatementSyntax>();
        if (statement?.Parent is not BlockSyntax)
        {
            return false;
        }

        if (use.Parent is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IV", Expression: IdentifierNameSyntax target } } assignment
            && assignment.Right == use && assignment.Parent is ExpressionStatementSyntax)
        {
            algorithm = target;
            isAssignment = true;
        }
        else if (use.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 2 } arguments } argument
                 && arguments.Arguments[1] == argument
                 && arguments.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CreateEncryptor" or "CreateDecryptor", Expression: IdentifierNameSyntax instance } })
        {
            algorithm = instance;
        }
        else
        {
            return false;
        }

        for (ITypeSymbol? type = model.GetTypeInfo(algorithm, cancellationToken).Type; type != null; type = type.BaseType)
        {
            if (type.Name == "Aes" && type.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
            {
                return true;
            }
        }

        return false;
    }

    private bool PlanEncrypt(SemanticModel model, MethodDeclarationSyntax method, ExpressionSyntax use, ExpressionSyntax algorithm, StatementSyntax ivStatement, bool isAssignment, CancellationToken cancellationToken)
    {
        // The one output buffer: var ms = new MemoryStream(); ... new CryptoStream(ms, ...) ... ms.ToArray().
        List<ObjectCreationExpressionSyntax> buffers = Creations(model, method, "System.IO.MemoryStream", cancellationToken);
        if (buffers.Count != 1 || buffers[0].ArgumentList?.Arguments.Count is not (null or 0)
            || buffers[0].Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax buffer })
        {
            return false;
        }

        string ms = buffer.Identifier.ValueText;
        List<ObjectCreationExpressionSyntax> streams = Creations(model, method, "System.Security.Cryptography.CryptoStream", cancellationToken);
        if (streams.Count != 1 || streams[0].ArgumentList is not { Arguments.Count: > 0 } streamArguments
            || streamArguments.Arguments[0].Expression is not IdentifierNameSyntax { Identifier.ValueText: var streamTarget } || streamTarget != ms
            || streams[0].FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax } streamStatement
            || streamStatement.SpanStart < ivStatement.SpanStart
            || !method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray", Expression: IdentifierNameSyntax { } source } && source.Identifier.ValueText == ms))
        {
            return false;
        }

        string alg = algorithm.ToString();
        StatementSyntax generate = Statement(alg + ".GenerateIV();", ivStatement);
        StatementSyntax marker = Statement(ms + ".Write(" + MarkerName + ", 0, " + MarkerName + ".Length);", streamStatement)
            .WithLeadingTrivia(Comment(streamStatement, "// FinGuard FG3004: a fresh IV per call, stored after a format marker in front of the ciphertext; the decrypt side tells it from values written before (docs/rules/FG3004.md)."));
        StatementSyntax store = Statement(ms + ".Write(" + alg + ".IV, 0, " + alg + ".IV.Length);", streamStatement);
        if (isAssignment)
        {
            _edits.Add(editor => editor.ReplaceNode(ivStatement, generate.WithTriviaFrom(ivStatement)));
        }
        else
        {
            _edits.Add(editor =>
            {
                editor.InsertBefore(ivStatement, generate);
                editor.ReplaceNode(use, SyntaxFactory.ParseExpression(alg + ".IV").WithTriviaFrom(use));
            });
        }

        _edits.Add(editor => editor.InsertBefore(streamStatement, new[] { marker, store }));
        return true;
    }

    private bool PlanDecrypt(SemanticModel model, MethodDeclarationSyntax method, ExpressionSyntax use, StatementSyntax ivStatement, CancellationToken cancellationToken)
    {
        // The one input buffer: new MemoryStream(stored), stored a byte[] local or parameter.
        List<ObjectCreationExpressionSyntax> buffers = Creations(model, method, "System.IO.MemoryStream", cancellationToken);
        if (buffers.Count != 1 || buffers[0].ArgumentList is not { Arguments.Count: 1 } arguments
            || arguments.Arguments[0].Expression is not IdentifierNameSyntax stored
            || model.GetTypeInfo(stored, cancellationToken).Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }
            || model.GetSymbolInfo(stored, cancellationToken).Symbol is not (ILocalSymbol or IParameterSymbol))
        {
            return false;
        }

        string name = stored.Identifier.ValueText;
        string offset = FreeName(model, ivStatement.SpanStart, "ivOffset");
        bool hasSystem = model.LookupNamespacesAndTypes(use.SpanStart, name: "MemoryExtensions").Any(symbol => symbol.ToDisplayString() == "System.MemoryExtensions");
        string iv = hasSystem
            ? name + ".AsSpan(" + MarkerSize + ", " + AesIvSize + ").ToArray()"
            : "global::System.MemoryExtensions.AsSpan(" + name + ", " + MarkerSize + ", " + AesIvSize + ").ToArray()";
        StatementSyntax select = Statement("int " + offset + " = " + OffsetMethodName + "(" + name + ");", ivStatement)
            .WithLeadingTrivia(Comment(ivStatement, "// FinGuard FG3004: the format selects the IV: values written since the fix carry their own, older ones use the old fixed IV."));
        ObjectCreationExpressionSyntax creation = buffers[0];
        _edits.Add(editor =>
        {
            editor.InsertBefore(ivStatement, select);
            editor.ReplaceNode(use, SyntaxFactory.ParseExpression(offset + " == 0 ? " + use.WithoutTrivia() + " : " + iv).WithTriviaFrom(use));
            editor.ReplaceNode(
                creation,
                creation.WithArgumentList(SyntaxFactory.ParseArgumentList("(" + name + ", " + offset + ", " + name + ".Length - " + offset + ")")));
        });
        return true;
    }

    // The marker and the format test, after the old IV field, indented like it.
    private static MemberDeclarationSyntax[] FormatMembers(FieldDeclarationSyntax field)
    {
        SyntaxTriviaList indentation = field.GetLeadingTrivia().Count > 0 && field.GetLeadingTrivia().Last().IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(field.GetLeadingTrivia().Last())
            : SyntaxFactory.TriviaList();
        string indent = indentation.ToFullString();
        string eol = field.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToFullString();
        if (eol.Length == 0)
        {
            eol = "\n";
        }

        string[] marker =
        {
            "// FinGuard FG3004: written in front of every value encrypted since the fix (\"FGIV\" 1 0 0 0), then the value's own IV.",
            "private static readonly byte[] " + MarkerName + " = { 0x46, 0x47, 0x49, 0x56, 0x01, 0x00, 0x00, 0x00 };",
        };
        string[] method =
        {
            "// FinGuard FG3004: where the ciphertext starts. Values written since the fix are marker + IV + 16n bytes; values written",
            "// before it are 16n bytes under the old fixed IV; any other shape is damaged and fails loudly instead of decrypting wrongly.",
            "private static int " + OffsetMethodName + "(byte[] stored)",
            "{",
            "    if (stored.Length % " + AesIvSize + " == 0)",
            "    {",
            "        return 0;",
            "    }",
            "",
            "    if (stored.Length % " + AesIvSize + " != " + MarkerSize + " || stored.Length < " + (MarkerSize + AesIvSize + AesIvSize) + ")",
            "    {",
            "        throw new global::System.Security.Cryptography.CryptographicException(\"The stored value has neither the previous format nor the IV-prefixed one.\");",
            "    }",
            "",
            "    for (int i = 0; i < " + MarkerSize + "; i++)",
            "    {",
            "        if (stored[i] != " + MarkerName + "[i])",
            "        {",
            "            throw new global::System.Security.Cryptography.CryptographicException(\"The stored value has neither the previous format nor the IV-prefixed one.\");",
            "        }",
            "    }",
            "",
            "    return " + (MarkerSize + AesIvSize) + ";",
            "}",
        };
        MemberDeclarationSyntax offsetMethod = Member(method, indent, eol);
        offsetMethod = offsetMethod.WithTrailingTrivia(offsetMethod.GetTrailingTrivia().Add(SyntaxFactory.EndOfLine(eol)));
        return new[] { Member(marker, indent, eol), offsetMethod };
    }

    private static MemberDeclarationSyntax Member(string[] lines, string indent, string eol)
    {
        var text = new System.Text.StringBuilder(eol);
        foreach (string line in lines)
        {
            text.Append(line.Length == 0 ? string.Empty : indent + line).Append(eol);
        }

        return SyntaxFactory.ParseMemberDeclaration(text.ToString())!;
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

    private static bool Calls(MethodDeclarationSyntax method, string name)
        => method.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is MemberAccessExpressionSyntax access && access.Name.Identifier.ValueText == name);

    private static List<ObjectCreationExpressionSyntax> Creations(SemanticModel model, MethodDeclarationSyntax method, string type, CancellationToken cancellationToken)
    {
        var found = new List<ObjectCreationExpressionSyntax>();
        foreach (ObjectCreationExpressionSyntax creation in method.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            if (model.GetTypeInfo(creation, cancellationToken).Type?.ToDisplayString() == type)
            {
                found.Add(creation);
            }
        }

        return found;
    }

    private static StatementSyntax Statement(string text, StatementSyntax anchor)
        => SyntaxFactory.ParseStatement(text)
            .WithLeadingTrivia(Indentation(anchor))
            .WithTrailingTrivia(EndOfLine(anchor))
            .WithAdditionalAnnotations(Formatter.Annotation);

    private static SyntaxTriviaList Comment(StatementSyntax anchor, string comment)
        => Indentation(anchor).Add(SyntaxFactory.Comment(comment)).Add(EndOfLine(anchor)).AddRange(Indentation(anchor));

    // The line ending the file already uses (the anchor statement's own), so the fix never mixes CRLF and LF.
    private static SyntaxTrivia EndOfLine(StatementSyntax anchor)
    {
        foreach (SyntaxTrivia trivia in anchor.GetLastToken().TrailingTrivia)
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        return SyntaxFactory.ElasticCarriageReturnLineFeed;
    }

    private static SyntaxTriviaList Indentation(StatementSyntax anchor)
    {
        SyntaxTriviaList leading = anchor.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }
}
