using FinGuard.Analyzers.Shared;

namespace FinGuard.CodeFixes.DataProtection;

/// <summary>
/// Whether a fresh nonce would be kept with the ciphertext it sealed: FG3004's fill fix makes each encryption use new
/// random bytes, which loses the data unless the code stores each nonce next to its own ciphertext. Recognised: after
/// the encryption (and before the nonce is encrypted with or refilled again) one statement, a return, an assignment,
/// a call or a declaration, mentions the nonce, the ciphertext buffer and the tag buffer. When the array will be
/// refilled later (a loop, a second encryption) that statement must copy the nonce's bytes, since refilling would
/// otherwise change what was stored; a second encryption also needs the first one's ciphertext stored, by copy, before it.
/// </summary>
internal static class NonceStorage
{
    private static readonly HashSet<string> CopyingMethods = new HashSet<string>
    {
        "Concat", "ToArray", "CopyTo", "TryCopyTo", "ToBase64String", "ToHexString", "ToHexStringLower", "Write", "WriteAsync",
        "BlockCopy", "Copy", "Combine", "AddRange", "Clone",
    };

    /// <summary>AES-GCM, AES-CCM and ChaCha20-Poly1305: the nonce travels with the value, and FG3003 has nothing to say.</summary>
    public static bool IsAead(IMethodSymbol method)
        => method.Name == "Encrypt"
           && method.ContainingType?.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography"
           && method.ContainingType.Name is "AesGcm" or "AesCcm" or "ChaCha20Poly1305";

    public static bool StoredWithCiphertext(SemanticModel model, IInvocationOperation encryption, ILocalSymbol nonce, bool refilledBeforeUse, CancellationToken cancellationToken)
    {
        if (encryption.Syntax.FirstAncestorOrSelf<StatementSyntax>() is not { Parent: BlockSyntax block } statement
            || Buffers(encryption) is not { } buffers)
        {
            return false;
        }

        if (!refilledBeforeUse)
        {
            // Filled once, right after its declaration: any statement after the encryption that stores it with its ciphertext.
            return Following(statement).Any(s => Stores(model, s, nonce, buffers, requireCopy: false, cancellationToken));
        }

        bool inLoop = statement.Ancestors().TakeWhile(a => !a.IsKind(SyntaxKind.MethodDeclaration) && !(a is AnonymousFunctionExpressionSyntax) && !a.IsKind(SyntaxKind.LocalFunctionStatement))
            .Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax);
        if (inLoop)
        {
            // Every iteration refills the same array: each must have copied its nonce out with its ciphertext.
            return FollowingInBlock(block, statement, nonce, model, cancellationToken).Any(s => Stores(model, s, nonce, buffers, requireCopy: true, cancellationToken));
        }

        // A second encryption: the first one's nonce and ciphertext must be copied out before the refill, and this one's after it.
        StatementSyntax? previous = null;
        IInvocationOperation? previousEncryption = null;
        foreach (StatementSyntax candidate in block.Statements.TakeWhile(s => s != statement).Reverse())
        {
            previousEncryption = EncryptionWith(model, candidate, nonce, cancellationToken);
            if (previousEncryption != null)
            {
                previous = candidate;
                break;
            }
        }

        if (previous == null || previousEncryption == null || Buffers(previousEncryption) is not { } previousBuffers)
        {
            return false;
        }

        bool firstStored = block.Statements.SkipWhile(s => s != previous).Skip(1).TakeWhile(s => s != statement)
            .Any(s => Stores(model, s, nonce, previousBuffers, requireCopy: true, cancellationToken));
        return firstStored && FollowingInBlock(block, statement, nonce, model, cancellationToken).Any(s => Stores(model, s, nonce, buffers, requireCopy: false, cancellationToken));
    }

    // The ciphertext and tag buffers: locals, parameters or fields (a slice of one, output.AsSpan(...), counts as it).
    private static ISymbol[]? Buffers(IInvocationOperation encryption)
    {
        var buffers = new List<ISymbol>();
        foreach (IArgumentOperation argument in encryption.Arguments)
        {
            if (argument.Parameter?.Name is "ciphertext" or "tag")
            {
                ISymbol? symbol = BufferSymbol(argument.Value);
                if (symbol == null)
                {
                    return null;
                }

                if (!buffers.Contains(symbol, SymbolEqualityComparer.Default))
                {
                    buffers.Add(symbol);
                }
            }
        }

        return buffers.Count == 0 ? null : buffers.ToArray();
    }

    private static ISymbol? BufferSymbol(IOperation value)
    {
        while (true)
        {
            value = WrappedValues.Strip(value);
            switch (value)
            {
                case IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory" or "Slice" } slice:
                    value = slice.Instance ?? (slice.Arguments.Length > 0 ? slice.Arguments[0].Value : null!);
                    if (value == null)
                    {
                        return null;
                    }

                    continue;
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IFieldReferenceOperation field:
                    return field.Field;
                default:
                    return null;
            }
        }
    }

    // Statements after `statement`, in its block and then in the enclosing blocks (not leaving a loop body or a function).
    private static IEnumerable<StatementSyntax> Following(StatementSyntax statement)
    {
        for (SyntaxNode? current = statement; current is StatementSyntax { Parent: BlockSyntax block } inner; current = block.Parent)
        {
            foreach (StatementSyntax next in block.Statements.SkipWhile(s => s != inner).Skip(1))
            {
                yield return next;
            }

            if (block.Parent is not StatementSyntax parent || parent is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
            {
                yield break;
            }
        }
    }

    // Statements after `statement` in its block, up to the next encryption with or refill of the nonce.
    private static IEnumerable<StatementSyntax> FollowingInBlock(BlockSyntax block, StatementSyntax statement, ILocalSymbol nonce, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (StatementSyntax next in block.Statements.SkipWhile(s => s != statement).Skip(1))
        {
            if (EncryptionWith(model, next, nonce, cancellationToken) != null || Refills(model, next, nonce, cancellationToken))
            {
                yield break;
            }

            yield return next;
        }
    }

    private static IInvocationOperation? EncryptionWith(SemanticModel model, StatementSyntax statement, ILocalSymbol nonce, CancellationToken cancellationToken)
    {
        foreach (InvocationExpressionSyntax invocation in statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
        {
            if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation operation && IsAead(operation.TargetMethod)
                && operation.Arguments.Any(a => a.Parameter?.Name == "nonce" && BufferSymbol(a.Value) is ILocalSymbol local && SymbolEqualityComparer.Default.Equals(local, nonce)))
            {
                return operation;
            }
        }

        return null;
    }

    private static bool Refills(SemanticModel model, StatementSyntax statement, ILocalSymbol nonce, CancellationToken cancellationToken)
        => statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(invocation =>
            invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Fill" or "GetBytes" or "GetNonZeroBytes" }
            && invocation.ArgumentList.Arguments.Any(a => References(model, a.Expression, nonce, cancellationToken)));

    private static bool Stores(SemanticModel model, StatementSyntax statement, ILocalSymbol nonce, ISymbol[] buffers, bool requireCopy, CancellationToken cancellationToken)
    {
        if (statement is not (ReturnStatementSyntax or ExpressionStatementSyntax or LocalDeclarationStatementSyntax or YieldStatementSyntax))
        {
            return false;
        }

        var nonceReferences = new List<IdentifierNameSyntax>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (IdentifierNameSyntax name in statement.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            ISymbol? symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
            if (symbol == null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(symbol, nonce))
            {
                nonceReferences.Add(name);
            }
            else
            {
                seen.Add(symbol);
            }
        }

        return nonceReferences.Count > 0
            && buffers.All(b => seen.Contains(b))
            && (!requireCopy || nonceReferences.All(IsCopied));
    }

    private static bool References(SemanticModel model, ExpressionSyntax expression, ILocalSymbol nonce, CancellationToken cancellationToken)
        => expression.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, nonce));

    // The nonce's bytes are copied out, not its array stored: Concat/ToArray/CopyTo/Write/ToBase64String/spread.
    private static bool IsCopied(IdentifierNameSyntax reference)
    {
        SyntaxNode node = reference;
        // nonce.AsSpan(...) / nonce.AsMemory(...) are views of the same array: look at what consumes them.
        while (node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "AsMemory" } view && view.Expression == node
               && view.Parent is InvocationExpressionSyntax viewCall)
        {
            node = viewCall;
        }

        switch (node.Parent)
        {
            case SpreadElementSyntax:
                return true;
            case MemberAccessExpressionSyntax access when access.Expression == node && access.Parent is InvocationExpressionSyntax:
                return CopyingMethods.Contains(access.Name.Identifier.ValueText);
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }:
                string? name = call.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    _ => null,
                };
                return name != null && CopyingMethods.Contains(name);
            default:
                return false;
        }
    }
}
