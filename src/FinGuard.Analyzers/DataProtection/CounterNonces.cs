using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3004's recogniser for counter nonces that restart with the process: the nonce local handed to
/// <c>AesGcm/AesCcm/ChaCha20Poly1305.Encrypt</c> is written from an integer field that the method increments
/// (<c>Interlocked.Increment(ref _counter)</c>, <c>_counter++</c>, <c>_counter += 1</c>) and that starts at a constant.
/// Each restart (and, for an instance field, each new instance) counts from the same value again, so under a key that
/// outlives the process the same nonce encrypts different data: for GCM that leaks the XOR of the plaintexts and the
/// authentication key.
/// Precision: nothing is reported when the method uses <c>RandomNumberGenerator</c> at all, when a byte-array field
/// (a per-instance random prefix) goes into the nonce, or when the counter field is assigned anything but a constant
/// anywhere in its type or passed by reference to anything but an Interlocked increment (a counter restored from
/// storage), or when the type's constructors or field initialisers use <c>RandomNumberGenerator</c> (a per-instance
/// random key or nonce prefix: a restart starts from fresh randomness).
/// </summary>
internal static class CounterNonces
{
    public static bool IsBuiltFromProcessCounter(IOperation value, IInvocationOperation encryption, out string? nonce, out string? counter)
    {
        nonce = null;
        counter = null;
        if (WrappedValues.Strip(value) is not ILocalReferenceOperation reference
            || encryption.TargetMethod.ContainingType?.Name is not ("AesGcm" or "AesCcm" or "ChaCha20Poly1305"))
        {
            return false;
        }

        ILocalSymbol local = reference.Local;
        IOperation root = HardCodedBytes.Root(encryption);
        IFieldSymbol? found = null;
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IInvocationOperation { TargetMethod.ContainingType.Name: "RandomNumberGenerator" })
            {
                return false;
            }

            if (operation == encryption || operation is not (IInvocationOperation or ISimpleAssignmentOperation) || !References(operation, local))
            {
                continue;
            }

            if (ReferencesByteArrayField(operation))
            {
                return false;
            }

            found ??= CounterIn(operation, root, local, depth: 0);
        }

        if (found == null || !IsProcessCounter(found))
        {
            return false;
        }

        nonce = local.Name;
        counter = found.Name;
        return true;
    }

    private static bool References(IOperation operation, ILocalSymbol local)
    {
        foreach (IOperation descendant in operation.DescendantOperationsAndSelf())
        {
            if (descendant is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, local))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReferencesByteArrayField(IOperation operation)
    {
        foreach (IOperation descendant in operation.DescendantOperationsAndSelf())
        {
            if (descendant is IFieldReferenceOperation field && HardCodedBytes.IsBytes(field.Field.Type))
            {
                return true;
            }
        }

        return false;
    }

    // The counter field whose value flows into this write: incremented in place, through Interlocked, read after an
    // increment elsewhere in the method, or through a local initialised from one of those.
    private static IFieldSymbol? CounterIn(IOperation operation, IOperation root, ILocalSymbol nonce, int depth)
    {
        foreach (IOperation descendant in operation.DescendantOperationsAndSelf())
        {
            switch (descendant)
            {
                case IIncrementOrDecrementOperation { Target: IFieldReferenceOperation field }:
                    return field.Field;
                case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IFieldReferenceOperation field }:
                    return field.Field;
                case IInvocationOperation { TargetMethod.Name: "Increment" or "Add", TargetMethod.ContainingType.Name: "Interlocked" } interlocked
                    when interlocked.Arguments.Length > 0 && interlocked.Arguments[0].Value is IFieldReferenceOperation field:
                    return field.Field;
                case IFieldReferenceOperation field when IsIncrementedIn(root, field.Field):
                    return field.Field;
                case ILocalReferenceOperation other when depth == 0 && !SymbolEqualityComparer.Default.Equals(other.Local, nonce):
                    IFieldSymbol? viaLocal = CounterInInitializer(root, other.Local, nonce);
                    if (viaLocal != null)
                    {
                        return viaLocal;
                    }

                    break;
            }
        }

        return null;
    }

    private static IFieldSymbol? CounterInInitializer(IOperation root, ILocalSymbol local, ILocalSymbol nonce)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local))
            {
                IOperation? initial = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                return initial == null ? null : CounterIn(initial, root, nonce, depth: 1);
            }
        }

        return null;
    }

    private static bool IsIncrementedIn(IOperation root, IFieldSymbol field)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            IOperation? target = operation switch
            {
                IIncrementOrDecrementOperation increment => increment.Target,
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound => compound.Target,
                IInvocationOperation { TargetMethod.Name: "Increment" or "Add", TargetMethod.ContainingType.Name: "Interlocked" } interlocked when interlocked.Arguments.Length > 0 => interlocked.Arguments[0].Value,
                _ => null,
            };
            if (target is IFieldReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Field, field))
            {
                return true;
            }
        }

        return false;
    }

    // An integer field that starts at a constant and is never assigned anything else: nothing restores it from storage.
    private static bool IsProcessCounter(IFieldSymbol field)
    {
        if (field.IsConst || field.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64)
            || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || (declarator.Initializer != null && declarator.Initializer.Value is not LiteralExpressionSyntax))
        {
            return false;
        }

        foreach (SyntaxReference part in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in part.GetSyntax().DescendantNodes())
            {
                switch (node)
                {
                    case AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
                        && assignment.Right is not LiteralExpressionSyntax
                        && NameOf(assignment.Left) == field.Name:
                        return false;

                    // Restored through Interlocked.Exchange(ref _counter, stored), store.Load(out _counter): passed by
                    // reference to anything but an in-place increment.
                    case ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument when NameOf(argument.Expression) == field.Name
                        && !IsInterlockedIncrement(argument):
                        return false;

                    // A key or nonce prefix drawn at random when the instance (or type) is set up: every process starts
                    // with fresh randomness, so restarting the counter repeats no (key, nonce) pair.
                    case IdentifierNameSyntax { Identifier.ValueText: "RandomNumberGenerator" } random when InSetUp(random):
                        return false;
                }
            }
        }

        return true;
    }

    private static bool IsInterlockedIncrement(ArgumentSyntax argument)
        => argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            && access.Name.Identifier.ValueText is "Increment" or "Add" or "Decrement"
            && NameOf(access.Expression) == "Interlocked";

    private static bool InSetUp(SyntaxNode node)
    {
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case ConstructorDeclarationSyntax:
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }:
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax }:
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        _ => null,
    };
}
