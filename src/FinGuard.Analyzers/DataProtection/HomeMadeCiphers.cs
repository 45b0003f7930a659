using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// FG3003's recognisers for ciphers written by hand instead of taken from System.Security.Cryptography:
/// <list type="bullet">
/// <item>a <b>repeating-key XOR</b>: inside a loop, an element of one buffer XOR-ed with an element of another buffer
/// that is the key (indexed modulo its own length, or named key/secret/password/keystream), in a method or type whose
/// name says encryption (encrypt, cipher, crypt, xor, obfuscate). Decrypt-only methods are left alone, like the rest
/// of the rule, so migrations can still read old data.</item>
/// <item><b>RC4's key schedule</b>: a 256-entry state array whose entries are swapped and mixed with key bytes modulo 256.</item>
/// </list>
/// Precision: checksums, CRCs, hashes, Luhn and bit twiddling XOR a running value or a constant, not two buffers
/// element by element, and are not named as encryption; combining key components (PCI PIN key ceremonies XOR two
/// key-named buffers) is key handling, not encryption, so exactly one side must be the key; shuffles of 256 entries
/// take no key bytes; a keystream XOR-ed in a method that runs AES itself (ECB or TransformBlock of counter blocks: CTR
/// or OFB built by hand, as .NET has no CTR mode) is a mode of a real cipher.
/// </summary>
internal static class HomeMadeCiphers
{
    public static void AnalyzeXor(OperationAnalysisContext context)
    {
        IOperation left, right;
        switch (context.Operation)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ExclusiveOr } binary:
                left = binary.LeftOperand;
                right = binary.RightOperand;
                break;
            case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.ExclusiveOr } compound:
                left = compound.Target;
                right = compound.Value;
                break;
            default:
                return;
        }

        if (!IsElement(left, out ISymbol? leftBuffer, out IOperation? leftIndex)
            || !IsElement(right, out ISymbol? rightBuffer, out IOperation? rightIndex)
            || SymbolEqualityComparer.Default.Equals(leftBuffer, rightBuffer)
            || IsKey(rightBuffer!, rightIndex!) == IsKey(leftBuffer!, leftIndex!)
            || !InLoop(context.Operation)
            || !NamedAsEncryption(EnclosingFunction(context.Operation) ?? context.ContainingSymbol)
            || RunsABlockCipher(HardCodedBytes.Root(context.Operation)))
        {
            return;
        }

        WeakEncryptionAnalyzer.Report(context, context.Operation.Syntax.GetLocation(), "A home-made XOR cipher hides nothing: the key falls out of one known plaintext");
    }

    /// <summary>
    /// An "encryption" that only encodes (held-out set 8, issue 18): a method named as encryption (<c>Encrypt</c>,
    /// <c>EncryptPin</c>, <c>Cipher</c>) whose body turns its input into Base64 or hex text, calls nothing but text
    /// encodings, <c>Convert</c>, <c>BitConverter</c> and string methods, and has no loop or XOR (a home-made cipher is
    /// reported as one). Anyone who reads the stored value decodes it.
    /// Called for <c>Convert.ToBase64String</c>/<c>ToHexString</c> and <c>BitConverter.ToString</c> only. An encrypt
    /// method that runs any other call (a cipher, a protector, a helper of its own) is judged by the rest of the rule; a
    /// method named <c>Encode</c> or <c>ToBase64</c> says what it does and is not reported.
    /// </summary>
    public static void AnalyzeEncodingAsEncryption(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        string? typeName = method.ContainingType?.Name;
        if (!(typeName == "Convert" && method.Name is "ToBase64String" or "ToHexString" or "ToHexStringLower")
            && !(typeName == "BitConverter" && method.Name == "ToString")
            || method.ContainingType!.ContainingNamespace?.Name != "System" || method.ContainingType.ContainingNamespace.ContainingNamespace?.IsGlobalNamespace != true)
        {
            return;
        }

        if (context.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary, Parameters.Length: > 0 } member
            || EnclosingFunction(invocation) != null || !NamedAsEncryptionMethod(member.Name))
        {
            return;
        }

        foreach (IOperation operation in HardCodedBytes.Root(invocation).DescendantOperations())
        {
            switch (operation)
            {
                case IInvocationOperation call when !IsEncodingOrText(call.TargetMethod.ContainingType):
                case IObjectCreationOperation creation when !IsEncodingOrText(creation.Type as INamedTypeSymbol):
                case IDynamicInvocationOperation or IInvalidOperation:
                // A loop or a XOR transforms the bytes (a home-made cipher, reported as such), not just encodes them.
                case ILoopOperation or ICompoundAssignmentOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.ExclusiveOr }:
                    return;
            }
        }

        WeakEncryptionAnalyzer.Report(context, invocation.Syntax.GetLocation(), "'" + member.Name + "' only encodes its input (" + method.Name + "), which anyone can decode: it is not encryption");
    }

    // The method's own name, not its type's: EncryptPin, Cipher, EncryptData; never Decrypt or Encode.
    private static bool NamedAsEncryptionMethod(string name)
    {
        bool encryption = false;
        foreach (string word in Shared.IdentifierWords.Split(name))
        {
            switch (word)
            {
                case "decrypt" or "decipher" or "unprotect" or "decrypted" or "decryption":
                    return false;
                case "encrypt" or "encrypted" or "encryption" or "cipher" or "encipher" or "crypt":
                    encryption = true;
                    break;
            }
        }

        return encryption;
    }

    // System.Text encodings, System.Convert, System.BitConverter, string and its builder: reshaping text, no secret.
    private static bool IsEncodingOrText(INamedTypeSymbol? type)
    {
        if (type == null)
        {
            return false;
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        INamespaceSymbol? ns = type.ContainingNamespace;
        string? nsName = ns?.Name;
        bool inSystem = nsName == "System" && ns!.ContainingNamespace?.IsGlobalNamespace == true;
        if (inSystem)
        {
            return type.Name is "Convert" or "BitConverter";
        }

        if (nsName == "Text" && ns!.ContainingNamespace is { Name: "System" } system && system.ContainingNamespace?.IsGlobalNamespace == true)
        {
            for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
            {
                if (current.Name is "Encoding" or "StringBuilder")
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static void AnalyzeStateArray(OperationAnalysisContext context)
    {
        var creation = (IArrayCreationOperation)context.Operation;
        if (creation.DimensionSizes.Length != 1 || !IsConstant(creation.DimensionSizes[0], 256)
            || creation.Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Int32 or SpecialType.System_UInt32 })
        {
            return;
        }

        ISymbol? state = AssignedTo(creation);
        if (state == null)
        {
            return;
        }

        bool swapped = false;
        bool keyed = false;
        foreach (IOperation operation in HardCodedBytes.Root(creation).DescendantOperations())
        {
            switch (operation)
            {
                // s[i] = s[j] (a temp swap) or (s[i], s[j]) = (s[j], s[i]).
                case ISimpleAssignmentOperation assignment when IsElementOf(assignment.Target, state) && IsElementOf(assignment.Value, state):
                    swapped = true;
                    break;
                case IDeconstructionAssignmentOperation deconstruction when CountElementsOf(deconstruction.Target, state) >= 2:
                    swapped = true;
                    break;
                // j = (j + s[i] + key[i % key.Length]) % 256, or & 0xFF: the key schedule.
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } reduce when IsConstant(reduce.RightOperand, 256):
                    keyed |= MixesStateWithOtherBuffer(reduce.LeftOperand, state);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.And } mask when IsConstant(mask.RightOperand, 255):
                    keyed |= MixesStateWithOtherBuffer(mask.LeftOperand, state);
                    break;
            }
        }

        if (swapped && keyed)
        {
            WeakEncryptionAnalyzer.Report(context, creation.Syntax.GetLocation(), "RC4 (a key-scheduled 256-entry state with swaps) is a broken stream cipher");
        }
    }

    private static bool IsConstant(IOperation operation, int value)
        => operation.ConstantValue.HasValue && operation.ConstantValue.Value is int constant && constant == value;

    private static bool MixesStateWithOtherBuffer(IOperation sum, ISymbol state)
    {
        bool hasState = false, hasOther = false;
        foreach (IOperation operation in sum.DescendantOperationsAndSelf())
        {
            if (IsElement(operation, out ISymbol? buffer, out _))
            {
                if (SymbolEqualityComparer.Default.Equals(buffer, state))
                {
                    hasState = true;
                }
                else
                {
                    hasOther = true;
                }
            }
        }

        return hasState && hasOther;
    }

    private static ISymbol? AssignedTo(IOperation creation)
    {
        IOperation? parent = creation.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment => Buffer(assignment.Target),
            _ => null,
        };
    }

    private static int CountElementsOf(IOperation operation, ISymbol state)
    {
        int count = 0;
        foreach (IOperation descendant in operation.DescendantOperationsAndSelf())
        {
            if (IsElementOf(descendant, state))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsElementOf(IOperation operation, ISymbol state)
        => IsElement(operation, out ISymbol? buffer, out _) && SymbolEqualityComparer.Default.Equals(buffer, state);

    /// <summary>An element of an array, byte span or string held in a local, parameter or field: <c>data[i]</c>, <c>text[i]</c>.</summary>
    private static bool IsElement(IOperation operation, out ISymbol? buffer, out IOperation? index)
    {
        operation = WrappedValues.Strip(operation);
        switch (operation)
        {
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                buffer = Buffer(element.ArrayReference);
                index = element.Indices[0];
                return buffer != null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } indexer
                when HardCodedBytes.IsBytes(instance.Type) || instance.Type?.SpecialType == SpecialType.System_String:
                buffer = Buffer(instance);
                index = indexer.Arguments[0].Value;
                return buffer != null;
            default:
                buffer = null;
                index = null;
                return false;
        }
    }

    private static ISymbol? Buffer(IOperation operation) => WrappedValues.Strip(operation) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field,
        _ => null,
    };

    // key[i % key.Length] repeats the key over the data; a buffer named key/secret/password/keystream is one too.
    private static bool IsKey(ISymbol buffer, IOperation index)
    {
        if (WrappedValues.Strip(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } remainder
            && WrappedValues.Strip(remainder.RightOperand) is IPropertyReferenceOperation { Property.Name: "Length" or "Count" } length
            && length.Instance != null && SymbolEqualityComparer.Default.Equals(Buffer(length.Instance), buffer))
        {
            return true;
        }

        foreach (string word in Shared.IdentifierWords.Split(buffer.Name))
        {
            if (word is "key" or "secret" or "password" or "passphrase" or "keystream")
            {
                return true;
            }
        }

        return false;
    }

    // CTR or OFB built by hand (.NET has no AES-CTR): the keystream XOR-ed over the data comes from AES itself
    // (EncryptEcb or TransformBlock of counter blocks), so the XOR is a mode of a real cipher, not a home-made one.
    private static bool RunsABlockCipher(IOperation root)
    {
        foreach (IOperation operation in root.DescendantOperations())
        {
            if (operation is IInvocationOperation { TargetMethod: { Name: "EncryptEcb" or "TransformBlock" or "TransformFinalBlock" or "CreateEncryptor" } method }
                && method.ContainingNamespace?.ToDisplayString() == "System.Security.Cryptography")
            {
                return true;
            }
        }

        return false;
    }

    // The analysis runs on the member's body: the local function or lambda around the XOR is found in the tree.
    private static ISymbol? EnclosingFunction(IOperation operation)
    {
        for (IOperation? node = operation.Parent; node != null; node = node.Parent)
        {
            switch (node)
            {
                case ILocalFunctionOperation local:
                    return local.Symbol;
                case IAnonymousFunctionOperation lambda:
                    return lambda.Symbol;
            }
        }

        return null;
    }

    private static bool InLoop(IOperation operation)
    {
        for (IOperation? node = operation.Parent; node != null; node = node.Parent)
        {
            if (node is ILoopOperation)
            {
                return true;
            }

            if (node is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    // The method (or, for a lambda or local function, the member around it) or its type is named as encryption, and the
    // method is not a decrypt-only path.
    private static bool NamedAsEncryption(ISymbol symbol)
    {
        ISymbol? member = symbol;
        bool encryption = false;
        while (member is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction } function)
        {
            // A local function's own name counts too (top-level statements have no named member around it).
            if (function.MethodKind == MethodKind.LocalFunction)
            {
                foreach (string word in Shared.IdentifierWords.Split(function.Name))
                {
                    if (word is "decrypt" or "decipher" or "unprotect")
                    {
                        return false;
                    }

                    encryption |= IsEncryptionWord(word);
                }
            }

            member = member.ContainingSymbol;
        }

        if (member == null)
        {
            return encryption;
        }

        foreach (string word in Shared.IdentifierWords.Split(member.Name))
        {
            if (word is "decrypt" or "decipher" or "unprotect")
            {
                return false;
            }

            encryption |= IsEncryptionWord(word);
        }

        if (!encryption && member.ContainingType != null)
        {
            // Type names say less than method names: "CryptoUtils" holds hashing and key handling too, so only words
            // that name a cipher count there.
            foreach (string word in Shared.IdentifierWords.Split(member.ContainingType.Name))
            {
                encryption |= word is "cipher" or "encryption" or "encryptor" or "obfuscator" or "xor";
            }
        }

        return encryption;
    }

    private static bool IsEncryptionWord(string word)
        => word is "encrypt" or "encryption" or "encipher" or "cipher" or "crypt" or "xor" or "obfuscate";
}
