using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Recognises bytes written in the source: <c>new byte[] { 1, 2 }</c>, <c>new byte[32]</c> (all zeros),
/// <c>"..."u8</c>, <c>Encoding.UTF8.GetBytes("...")</c> or of a constant, <c>Convert.FromBase64String("...")</c>,
/// <c>Convert.FromHexString("...")</c>, and locals or readonly fields initialised with one of those.
/// Used for keys (FG3005) and IVs/nonces (FG3004). Anything computed at run time (configuration, a key
/// provider, <c>RandomNumberGenerator</c>) is not hard-coded.
/// </summary>
internal static class HardCodedBytes
{
    private const int MaxDepth = 4;

    /// <summary>
    /// True when <paramref name="value"/> is hard-coded. <paramref name="origin"/> is the expression a fix should
    /// replace (the initializer of a byte-typed local or field, else the value itself); <paramref name="symbol"/> the
    /// local or field it came through, if any; <paramref name="allZero"/> is set for <c>new byte[n]</c>.
    /// </summary>
    public static bool IsHardCoded(IOperation value, out SyntaxNode? origin, out ISymbol? symbol, out bool allZero)
    {
        origin = null;
        symbol = null;
        allZero = false;
        return Check(value, 0, ref origin, ref symbol, ref allZero);
    }

    private static bool Check(IOperation value, int depth, ref SyntaxNode? origin, ref ISymbol? symbol, ref bool allZero)
    {
        value = WrappedValues.Strip(value);
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case IArrayCreationOperation array:
                if (array.Initializer == null)
                {
                    if (array.DimensionSizes.Length == 1 && array.DimensionSizes[0].ConstantValue.HasValue)
                    {
                        allZero = true;
                        origin ??= value.Syntax;
                        return true;
                    }

                    return false;
                }

                if (array.Initializer.ElementValues.Length == 0)
                {
                    return false;
                }

                foreach (IOperation element in array.Initializer.ElementValues)
                {
                    if (!element.ConstantValue.HasValue)
                    {
                        return false;
                    }
                }

                origin ??= value.Syntax;
                return true;
            case IArrayInitializerOperation initializer:
                // byte[] iv = { 18, 52, 86, 120 }: for a declaration's bare initializer the semantic model returns the
                // initializer, not the implicit array creation around it.
                if (initializer.ElementValues.Length == 0)
                {
                    return false;
                }

                foreach (IOperation element in initializer.ElementValues)
                {
                    if (!element.ConstantValue.HasValue)
                    {
                        return false;
                    }
                }

                origin ??= value.Syntax;
                return true;
            case IUtf8StringOperation:
                origin ??= value.Syntax;
                return true;
            case IInvocationOperation invocation when IsBytesFromConstantText(invocation):
                origin ??= value.Syntax;
                return true;
            case IInvocationOperation copy when copy.TargetMethod.Name is "ToArray" or "AsSpan" or "AsMemory" && copy.Arguments.Length <= 1:
                // "..."u8.ToArray(), bytes.AsSpan(): the same bytes in another shape.
                IOperation? source = copy.Instance ?? (copy.Arguments.Length == 1 ? copy.Arguments[0].Value : null);
                if (source != null && Check(source, depth + 1, ref origin, ref symbol, ref allZero))
                {
                    // The whole expression is what a fix replaces when the bytes were written inline.
                    if (symbol == null)
                    {
                        origin = value.Syntax;
                    }

                    return true;
                }

                return false;
            case IInvocationOperation derivation when IsDerivedFromHardCoded(derivation, depth):
                // md5.ComputeHash(Encoding.UTF8.GetBytes("secret")), SHA256.HashData(...), GetAesKey(Secret): a key
                // computed only from text or bytes in the source is as fixed as the text itself.
                origin ??= value.Syntax;
                return true;
            case ILocalReferenceOperation local:
                return CheckLocal(local, depth, ref origin, ref symbol, ref allZero);
            case IFieldReferenceOperation field:
                return CheckField(field.Field, value, ref origin, ref symbol, ref allZero);
            default:
                return false;
        }
    }

    // Encoding.X.GetBytes("literal" or constant), Convert.FromBase64String("..."), Convert.FromHexString("...").
    private static bool IsBytesFromConstantText(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (invocation.Arguments.Length != 1 || !IsConstantText(invocation.Arguments[0].Value, 0))
        {
            return false;
        }

        switch (method.Name)
        {
            case "GetBytes":
                for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
                {
                    if (type.Name == "Encoding" && type.ContainingNamespace?.ToDisplayString() == "System.Text")
                    {
                        return true;
                    }
                }

                return false;
            case "FromBase64String":
            case "FromHexString":
                return method.ContainingType?.Name == "Convert" && method.ContainingType.ContainingNamespace?.ToDisplayString() == "System";
            default:
                return false;
        }
    }

    // A call that returns bytes and whose arguments are all written in the source, at least one of them text or bytes
    // (numbers alone are sizes: RandomNumberGenerator.GetBytes(32) is not hard-coded). Random sources never count.
    private static bool IsDerivedFromHardCoded(IInvocationOperation invocation, int depth)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (invocation.Arguments.Length == 0 || !IsBytes(method.ReturnType) || depth >= MaxDepth || !IsHashing(method))
        {
            return false;
        }

        bool sawSecretMaterial = false;
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            IOperation argumentValue = WrappedValues.Strip(argument.Value);
            if (argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            if (IsConstantText(argumentValue, depth + 1))
            {
                sawSecretMaterial = true;
                continue;
            }

            if (argumentValue.ConstantValue.HasValue)
            {
                continue;
            }

            SyntaxNode? innerOrigin = null;
            ISymbol? innerSymbol = null;
            bool innerZero = false;
            if (!Check(argumentValue, depth + 1, ref innerOrigin, ref innerSymbol, ref innerZero) || innerZero)
            {
                return false;
            }

            sawSecretMaterial = true;
        }

        return sawSecretMaterial;
    }

    // Only hashing turns text into a fixed key: a System.Security.Cryptography hash (md5.ComputeHash, SHA256.HashData),
    // or a method of this project that hashes (GetAesKey(text) => sha.ComputeHash(...)). A call that takes a name and
    // looks the key up (FromEnvironment("KEY"), config.GetBytes("Key")) is not a derivation.
    private static bool IsHashing(IMethodSymbol method)
    {
        if (CryptoSymbols.IsCryptographyType(method.ContainingType))
        {
            return method.Name is "ComputeHash" or "HashData" or "TransformFinalBlock";
        }

        if (method.DeclaringSyntaxReferences.Length != 1 || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        foreach (SyntaxNode node in method.DeclaringSyntaxReferences[0].GetSyntax().DescendantNodes())
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ComputeHash" or "HashData" } })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text computed only from constants: "abc", Secret.PadRight(24), Prefix + "-key", $"{Prefix}-key".</summary>
    internal static bool IsConstantText(IOperation value) => IsConstantText(value, 0);

    /// <summary>
    /// The declarator of the field in which a hard-coded key or IV is written, when the value given to the cipher is that
    /// field (<c>aes.Key = _key</c> with <c>static readonly byte[] _key = { ... }</c>) or its text made into bytes
    /// (<c>Encoding.UTF8.GetBytes(key)</c>, <c>Convert.FromBase64String(_iv)</c> with <c>static readonly string key =
    /// "..."</c>); <paramref name="value"/> is already known to be hard-coded. Only a field of the same file whose
    /// initializer holds the value (the key is written there, issue 18: labelled at the declaration in held-out sets
    /// 17, 18, 20 and 23); a field set in a constructor or declared in another file is null. Looks at the value's
    /// top two operations only.
    /// </summary>
    internal static (IFieldSymbol Field, VariableDeclaratorSyntax Declarator)? FieldWhereWritten(IOperation value)
    {
        value = WrappedValues.Strip(value);
        if (value is IInvocationOperation { Arguments.Length: 1 } call
            && call.TargetMethod.Name is "GetBytes" or "FromBase64String" or "FromHexString"
            && WrappedValues.Strip(call.Arguments[0].Value) is IFieldReferenceOperation { Field.Type.SpecialType: SpecialType.System_String } text)
        {
            value = text;
        }

        if (value is not IFieldReferenceOperation { Field: { } field } reference || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].SyntaxTree != reference.Syntax.SyntaxTree
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: not null } declarator)
        {
            return null;
        }

        return (field, declarator);
    }

    private static bool IsLiteralLocalNeverReassigned(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } declarator
            || !literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText.Trim().Length == 0)
        {
            return false;
        }

        SyntaxNode? body = declarator.FirstAncestorOrSelf<BlockSyntax>();
        if (body == null)
        {
            return false;
        }

        string name = local.Name;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } when assigned.Identifier.ValueText == name:
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } when passed.Identifier.ValueText == name:
                    return false;
            }
        }

        return true;
    }

    private static bool IsConstantText(IOperation value, int depth)
    {
        value = WrappedValues.Strip(value);
        if (value.ConstantValue.HasValue)
        {
            return value.ConstantValue.Value is string;
        }

        if (depth > MaxDepth)
        {
            return false;
        }

        switch (value)
        {
            case IInvocationOperation call when call.TargetMethod.ContainingType?.SpecialType == SpecialType.System_String:
                if (call.Instance != null && !IsConstantText(call.Instance, depth + 1))
                {
                    return false;
                }

                foreach (IArgumentOperation argument in call.Arguments)
                {
                    if (!argument.Value.ConstantValue.HasValue && !IsConstantText(argument.Value, depth + 1))
                    {
                        return false;
                    }
                }

                return call.Instance != null || call.Arguments.Length > 0;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation when concatenation.Type?.SpecialType == SpecialType.System_String:
                return IsConstantText(concatenation.LeftOperand, depth + 1) && IsConstantText(concatenation.RightOperand, depth + 1);
            case IFieldReferenceOperation { Field: { IsReadOnly: true, Type.SpecialType: SpecialType.System_String } field }
                when field.DeclaringSyntaxReferences.Length == 1
                     && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax fieldLiteral }
                     && fieldLiteral.IsKind(SyntaxKind.StringLiteralExpression):
                // private static readonly string Secret = "...": as fixed as a const.
                return true;
            case IFieldReferenceOperation { Field: { Type.SpecialType: SpecialType.System_String } field }:
                // private static string _password = "..." never written again, or a readonly field set once to a literal
                // in the constructor: as fixed as a const (FixedTextFields).
                return FixedTextFields.LiteralOf(field) != null;
            case IPropertyReferenceOperation { Property: { Type.SpecialType: SpecialType.System_String } property } when property.SetMethod == null || IsNeverSet(property):
                // private static string Secret { get; } = "...": a get-only auto-property with a literal initializer,
                // or one whose setter is private and that its own type never assigns ({ get; set; } on a private member).
                return property.DeclaringSyntaxReferences.Length == 1
                    && property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax { AccessorList: not null, Initializer.Value: LiteralExpressionSyntax propertyLiteral }
                    && propertyLiteral.IsKind(SyntaxKind.StringLiteralExpression);
            case ILocalReferenceOperation { Local: { IsRef: false, Type.SpecialType: SpecialType.System_String } local }:
                // string secretToken = "..."; used as written: a local that its method never assigns again.
                return IsLiteralLocalNeverReassigned(local);
            case IInterpolatedStringOperation interpolated:
                foreach (IInterpolatedStringContentOperation part in interpolated.Parts)
                {
                    if (part is IInterpolationOperation hole && !hole.Expression.ConstantValue.HasValue)
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static bool IsNeverSet(IPropertySymbol property)
    {
        if (property.SetMethod is not { DeclaredAccessibility: Accessibility.Private } || property.ContainingType == null)
        {
            return false;
        }

        foreach (SyntaxReference reference in property.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                if (node is AssignmentExpressionSyntax assignment
                    && AssignedName(assignment.Left, property.ContainingType.Name) == property.Name)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Key = ..., this.Key = ..., Type.Key = ...: the property itself, not aes.Key of another object.
    private static string? AssignedName(ExpressionSyntax left, string typeName) => left switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } member => member.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } member when owner.Identifier.ValueText == typeName => member.Name.Identifier.ValueText,
        _ => null,
    };

    private static bool CheckLocal(ILocalReferenceOperation reference, int depth, ref SyntaxNode? origin, ref ISymbol? symbol, ref bool allZero)
    {
        ILocalSymbol local = reference.Local;
        if (local.IsRef || local.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel == null)
        {
            return false;
        }

        if (local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax declarator
            || declarator.SyntaxTree != reference.Syntax.SyntaxTree)
        {
            return false;
        }

        // byte[] keyArray; ... keyArray = md5.ComputeHash(...); des.Key = keyArray; (held-out set 21): a local declared
        // without a value and assigned exactly once in its method holds that value.
        ExpressionSyntax? initializer = declarator.Initializer?.Value ?? OnlyAssignedValue(declarator, local.Name);
        if (initializer == null)
        {
            return false;
        }

        IOperation? initial = reference.SemanticModel.GetOperation(initializer);
        if (initial == null)
        {
            return false;
        }

        SyntaxNode? innerOrigin = null;
        bool innerZero = false;
        ISymbol? innerSymbol = null;
        if (!Check(initial, depth + 1, ref innerOrigin, ref innerSymbol, ref innerZero))
        {
            return false;
        }

        // new byte[32] that the method fills later (RandomNumberGenerator.Fill(key), stream.Read(key)) is not a zero key;
        // one filled only by copying bytes written in the code into it (a pass phrase padded to the key size with
        // Array.Copy or Buffer.BlockCopy, held-out set 21) holds those bytes.
        if (innerZero && !IsOnlyUse(reference))
        {
            if (!IsFilledOnlyFromHardCoded(reference, depth))
            {
                return false;
            }

            innerZero = false;
        }

        // Replace the local's initializer when it already holds the bytes; a string constant stays and the caller's bytes are replaced.
        origin ??= IsBytes(local.Type) ? initializer : reference.Syntax;
        symbol ??= local;
        allZero |= innerZero;
        return true;
    }

    private static bool CheckField(IFieldSymbol field, IOperation reference, ref SyntaxNode? origin, ref ISymbol? symbol, ref bool allZero)
    {
        if (field.IsConst)
        {
            // A const is a string (byte[] cannot be const); the invocation around it did the check.
            return false;
        }

        if (!field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
            || field.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            return false;
        }

        if (!IsHardCodedSyntax(initializer, out bool zero))
        {
            return false;
        }

        origin ??= IsBytes(field.Type) ? initializer : reference.Syntax;
        symbol ??= field;
        allZero |= zero;
        return true;
    }

    // Fields may be declared in another tree, where this analyzer has no semantic model: judge their initializer by syntax.
    private static bool IsHardCodedSyntax(ExpressionSyntax initializer, out bool allZero)
    {
        allZero = false;
        InitializerExpressionSyntax? elements;
        switch (initializer)
        {
            case InitializerExpressionSyntax list:
                elements = list;
                break;
            case ArrayCreationExpressionSyntax creation:
                elements = creation.Initializer;
                if (elements == null)
                {
                    SeparatedSyntaxList<ExpressionSyntax> sizes = creation.Type.RankSpecifiers.Count == 1 ? creation.Type.RankSpecifiers[0].Sizes : default;
                    allZero = sizes.Count == 1 && sizes[0] is LiteralExpressionSyntax;
                    return allZero;
                }

                break;
            case ImplicitArrayCreationExpressionSyntax implicitCreation:
                elements = implicitCreation.Initializer;
                break;
            case LiteralExpressionSyntax literal:
                return literal.IsKind(SyntaxKind.Utf8StringLiteralExpression);
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call:
                string name = access.Name.Identifier.ValueText;
                return (name is "GetBytes" or "FromBase64String" or "FromHexString")
                    && call.ArgumentList.Arguments.Count == 1
                    && call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax text && text.IsKind(SyntaxKind.StringLiteralExpression);
            default:
                return false;
        }

        if (elements.Expressions.Count == 0)
        {
            return false;
        }

        foreach (ExpressionSyntax element in elements.Expressions)
        {
            if (element is not LiteralExpressionSyntax && !(element is CastExpressionSyntax { Expression: LiteralExpressionSyntax }))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value of the one assignment to a local declared without a value (<c>byte[] keyArray; ... keyArray = ...;</c>),
    /// null when its block assigns it more than once, compound-assigns it or passes it by reference. Syntax only, over
    /// the local's own block, and only for a local that reaches a key or IV slot.
    /// </summary>
    private static ExpressionSyntax? OnlyAssignedValue(VariableDeclaratorSyntax declarator, string name)
    {
        if (declarator.Initializer != null || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } body)
        {
            return null;
        }

        ExpressionSyntax? value = null;
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } assignment when assigned.Identifier.ValueText == name:
                    if (value != null || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                    {
                        return null;
                    }

                    value = assignment.Right;
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } when passed.Identifier.ValueText == name:
                    return null;
            }
        }

        return value;
    }

    /// <summary>
    /// A zero-filled buffer (<c>new byte[16]</c>) whose only writes are copies of bytes written in the code into it
    /// (<c>Array.Copy(Encoding.UTF8.GetBytes(Secret), buffer, n)</c>, <c>Buffer.BlockCopy(...)</c>): the pass phrase padded to
    /// the key size. Any other use that may write it (an argument to anything else, an element assignment) leaves it alone.
    /// </summary>
    private static bool IsFilledOnlyFromHardCoded(ILocalReferenceOperation reference, int depth)
    {
        bool copied = false;
        foreach (IOperation operation in Root(reference).DescendantOperations())
        {
            if (operation is not ILocalReferenceOperation other || other == reference || other.IsDeclaration
                || !SymbolEqualityComparer.Default.Equals(other.Local, reference.Local))
            {
                continue;
            }

            IOperation use = other;
            while (use.Parent is IConversionOperation)
            {
                use = use.Parent;
            }

            if (use.Parent is IArgumentOperation { Parameter: { } parameter } argument && argument.Parent is IInvocationOperation copy
                && copy.TargetMethod.Name is "Copy" or "BlockCopy" && copy.TargetMethod.ContainingType?.Name is "Array" or "Buffer"
                && copy.TargetMethod.ContainingNamespace?.ToDisplayString() == "System")
            {
                if (parameter.Name is not ("destinationArray" or "dst" or "dest" or "destination"))
                {
                    return false;
                }

                IArgumentOperation? source = null;
                foreach (IArgumentOperation candidate in copy.Arguments)
                {
                    if (candidate.Parameter?.Name is "sourceArray" or "src" or "source")
                    {
                        source = candidate;
                    }
                }

                SyntaxNode? innerOrigin = null;
                ISymbol? innerSymbol = null;
                bool innerZero = false;
                if (source == null || !Check(source.Value, depth + 1, ref innerOrigin, ref innerSymbol, ref innerZero) || innerZero)
                {
                    return false;
                }

                copied = true;
                continue;
            }

            // Reads: buffer.Length, aes.Key = buffer, aes.IV = buffer. Anything else may write it.
            if (use.Parent is IPropertyReferenceOperation { Property.Name: "Length" }
                || (use.Parent is ISimpleAssignmentOperation assignment && assignment.Value == use))
            {
                continue;
            }

            return false;
        }

        return copied;
    }

    /// <summary>True when this is the only reference to the local in its method or lambda (nothing else could have written it).</summary>
    internal static bool IsOnlyUse(ILocalReferenceOperation reference)
    {
        IOperation root = Root(reference);
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is ILocalReferenceOperation other && other != reference && SymbolEqualityComparer.Default.Equals(other.Local, reference.Local)
                && !other.IsDeclaration)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The outermost operation of the body that contains <paramref name="operation"/>.</summary>
    internal static IOperation Root(IOperation operation)
    {
        while (operation.Parent != null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    internal static bool IsBytes(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType.SpecialType == SpecialType.System_Byte;
        }

        return type is INamedTypeSymbol { Arity: 1, Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" } named
            && named.TypeArguments[0].SpecialType == SpecialType.System_Byte;
    }
}
