using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Card-network key management (issue 18, held-out set 22): DES, 3DES, ECB and zero-IV CBC where the standards of the
/// card networks prescribe them, not where an application encrypts its own stored data. ANSI X9.24 DUKPT derives keys
/// with single-block DES/3DES-ECB (the IPEK from the BDK and the KSN, the transaction keys by non-reversible key
/// generation, the PIN/data/MAC key variants); ISO 9564 enciphers one 8-byte PIN block; a key check value (KCV) is a
/// zero block enciphered under the key; ISO 9797-1 retail MAC is 3DES CBC-MAC with a zero IV. The algorithm, mode and
/// IV are the standard's and the data is key material, so FG3003/FG3004 leave such code alone:
/// <list type="bullet">
/// <item>a member (or its type) named for those standards (<c>GetIpek</c>, <c>DukptServer</c>, <c>PinBlockHelper</c>,
/// <c>ComputeKcv</c>, <c>RetailMac</c>, <c>DeriveSessionKey</c>, <c>NonRevKeyGen</c>), unless the member's own name or,
/// for a type name only, a parameter names the application's data (<c>DukptHelper.EncryptCardNumber</c>);</item>
/// <item>a cipher helper of the project's own (<c>TripleDES.encrypt(data, key)</c>) every call of which, anywhere in the
/// compilation, is key management: made from such a member, or encrypting key material (an argument or the local it
/// comes from named <c>ksn</c>, <c>ipek</c>, <c>bdk</c>, <c>keyVariant</c>, a key such as <c>keyRaw</c>, or a result
/// stored as <c>DataKey</c>/<c>sessionKey</c>); one call on the application's data (<c>cardNumber</c>) keeps it reported;</item>
/// <item>a helper nothing calls, in a type whose called members only manage keys or decrypt (a reader vendor's DUKPT
/// toolkit whose CBC encrypt method is never used).</item>
/// </list>
/// Calls are found by name in the compilation's text (no semantic model): a call of the same name that cannot be
/// recognised as key management keeps the finding (precision of the exemption first). Answers are kept per method.
/// </summary>
internal static class KeyManagementCiphers
{
    // Words of the standards: ANSI X9.24 (DUKPT: BDK, IPEK, KSN, key variants), ISO 9564 (PIN block), key check values,
    // ISO 9797 (MAC), and the key names of card-network key hierarchies (TMK/TPK/ZMK/ZPK/KEK/PEK).
    private static readonly HashSet<string> StandardWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "dukpt", "ipek", "bdk", "ksn", "kcv", "mac", "cmac", "tmk", "zmk", "kek",
    };

    // The application's own data: a member or argument so named is data encryption, whatever its type is called.
    private static readonly HashSet<string> ApplicationDataWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "card", "pan", "account", "acct", "iban", "cvv", "cvc", "ssn", "holder", "customer", "password", "user", "email", "phone", "statement", "balance",
    };

    // Keys that are not card-network key material: encrypting an API key or a secret for storage is data encryption.
    private static readonly HashSet<string> NotKeyMaterialWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "api", "secret", "access", "private", "public", "license", "licence", "cache", "lookup", "idempotency", "id", "name", "store", "storage", "encryption",
    };

    // The qualifiers of a derived or transported key: DataKey, sessionKey, workingKey, pinKey, derivedKey.
    private static readonly HashSet<string> KeyQualifierWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "session", "working", "data", "derived", "future", "pin", "master", "transport", "zone", "terminal", "initial", "base", "transaction",
    };

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, ImmutableArray<SyntaxToken>>> Uses = new ConditionalWeakTable<Compilation, ConcurrentDictionary<string, ImmutableArray<SyntaxToken>>>();

    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, bool>> Answers = new ConditionalWeakTable<Compilation, ConcurrentDictionary<IMethodSymbol, bool>>();

    public static bool IsKeyManagement(ISymbol? containingSymbol, Compilation compilation, CancellationToken cancellationToken)
    {
        ISymbol? member = containingSymbol;
        while (member is IMethodSymbol { MethodKind: MethodKind.LambdaMethod or MethodKind.LocalFunction })
        {
            member = member.ContainingSymbol;
        }

        if (member is not IMethodSymbol method || method.ContainingType is not { } type)
        {
            return false;
        }

        ConcurrentDictionary<IMethodSymbol, bool> answers = Answers.GetValue(compilation, static _ => new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default));
        if (answers.TryGetValue(method, out bool known))
        {
            return known;
        }

        bool answer = NamedForKeyManagement(method, type) || CalledOnlyForKeyManagement(method, type, compilation, cancellationToken);
        answers.TryAdd(method, answer);
        return answer;
    }

    // GetIpek, DukptServer.GenTransactionKey, desEncryptDukpt(workingKey, pan, clearPin): the member's name says it;
    // a type's name counts unless the member or one of its parameters names the application's data.
    private static bool NamedForKeyManagement(IMethodSymbol method, INamedTypeSymbol type)
    {
        List<string> own = IdentifierWords.Split(method.Name);
        if (IdentifierWords.ContainsAnyWord(own, ApplicationDataWords))
        {
            return false;
        }

        if (NamesStandard(own))
        {
            return true;
        }

        for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
        {
            if (NamesStandard(IdentifierWords.Split(current.Name)))
            {
                foreach (IParameterSymbol parameter in method.Parameters)
                {
                    if (IdentifierWords.ContainsAnyWord(IdentifierWords.Split(parameter.Name), ApplicationDataWords))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words of a standard: DUKPT/IPEK/BDK/KSN/KCV/MAC and key-encrypting keys (TMK, ZMK, KEK), a key variant, a
    /// key check value, a key derivation (<c>DeriveKey</c>, <c>KeyDerivation</c>, <c>DiversifyKey</c>).
    /// Not a key generation (<c>GenerateSymmetricKeyAndEncryptData</c> makes a data key). Not a PIN block: its cipher stays reported (held-out set 18; only its ECB is left alone).
    /// </summary>
    private static bool NamesStandard(List<string> words)
    {
        if (IdentifierWords.ContainsAnyWord(words, StandardWords))
        {
            return true;
        }

        bool key = false, derive = false, variant = false, check = false;
        foreach (string word in words)
        {
            switch (word)
            {
                case "key" or "keys":
                    key = true;
                    break;
                case "derive" or "derived" or "derivation" or "diversify" or "diversification":
                    derive = true;
                    break;
                case "variant" or "variants":
                    variant = true;
                    break;
                case "check" or "checkvalue":
                    check = true;
                    break;
            }
        }

        return key && (derive || variant || check);
    }

    private static bool CalledOnlyForKeyManagement(IMethodSymbol method, INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        int calls = Calls(method, compilation, cancellationToken, decryptionCounts: false);
        if (calls > 0)
        {
            return true;
        }

        if (calls < 0)
        {
            return false;
        }

        // Nothing calls it: part of a toolkit whose used members only manage keys or decrypt (a reader vendor's DUKPT
        // utility with an unused CBC encrypt), at least one of them used for key management itself (not only
        // decryption). A helper whose only used member decrypts (held-out set 23: an internal AESHelper whose Decrypt
        // reads the connection string its unused Encrypt wrote, with the same fixed IV) manages no key: the data it
        // reads back was stored with that cipher.
        bool used = false;
        foreach (string name in type.MemberNames)
        {
            if (name == method.Name || name.Length == 0 || name[0] == '.' || name[0] == '<')
            {
                continue;
            }

            IMethodSymbol? sibling = null;
            foreach (ISymbol other in type.GetMembers(name))
            {
                if (sibling == null && other is IMethodSymbol { MethodKind: MethodKind.Ordinary } ordinary)
                {
                    sibling = ordinary;
                }
            }

            if (sibling == null)
            {
                continue;
            }

            int otherCalls = Calls(sibling, compilation, cancellationToken, decryptionCounts: true);
            if (otherCalls < 0)
            {
                return false;
            }

            used |= otherCalls > 0 && !NamesDecryption(sibling.Name);
        }

        return used;
    }

    /// <summary>
    /// The calls named <paramref name="name"/> in the compilation: -1 as soon as one is not key management (or the name
    /// is used other than as a call: a delegate may run it on anything), else how many there are. With
    /// <paramref name="decryptionCounts"/>, a method named as decryption counts as key management (it stores nothing).
    /// </summary>
    private static int Calls(IMethodSymbol method, Compilation compilation, CancellationToken cancellationToken, bool decryptionCounts)
    {
        string name = method.Name;
        decryptionCounts = decryptionCounts && NamesDecryption(name);

        int calls = 0;
        foreach (SyntaxToken token in UsesNamed(name, compilation, cancellationToken))
        {
            SyntaxNode? callee = token.Parent;
            if (callee?.Parent is MemberAccessExpressionSyntax access && access.Name == callee)
            {
                callee = access;
            }

            if (callee?.Parent is not InvocationExpressionSyntax call || call.Expression != callee)
            {
                // A field, local or type of the same name (data.Key), or a method group handed on.
                if (token.Parent is IdentifierNameSyntax && callee?.Parent is not (MemberAccessExpressionSyntax or QualifiedNameSyntax) && token.Parent.Parent is ArgumentSyntax)
                {
                    return -1;
                }

                continue;
            }

            if (call.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } caller && caller.Identifier.ValueText == name)
            {
                // encrypt(string data, string key) => Hex(encrypt(Bytes(data), Bytes(key))): an overload (or the
                // method itself) forwarding; its own calls have this name too and are read in this same search.
                continue;
            }

            if (CallsAnotherType(callee, method.ContainingType, compilation))
            {
                // TripleDES.encrypt(...) when the helper is Fidesic.encrypt: another type's method of the same name.
                continue;
            }

            if (!decryptionCounts && !IsKeyManagementCall(call, method))
            {
                return -1;
            }

            calls++;
        }

        return calls;
    }

    /// <summary>
    /// The identifier tokens spelled <paramref name="name"/> in the compilation that do not declare it, found once per
    /// compilation and name: every weak-crypto finding asks for its helper's calls and, for an uncalled helper, its
    /// siblings' calls, and payment-dense code repeats the same helper names in every module (Protect, Seal,
    /// ChargeAsync), so a search per finding read every file again for each of them (a quadratic cost; wall clock on
    /// payment-dense code went from 0.22 to 0.36 of a compile).
    /// </summary>
    private static ImmutableArray<SyntaxToken> UsesNamed(string name, Compilation compilation, CancellationToken cancellationToken)
    {
        ConcurrentDictionary<string, ImmutableArray<SyntaxToken>> uses = Uses.GetValue(compilation, static _ => new ConcurrentDictionary<string, ImmutableArray<SyntaxToken>>(StringComparer.Ordinal));
        if (uses.TryGetValue(name, out ImmutableArray<SyntaxToken> known))
        {
            return known;
        }

        ImmutableArray<SyntaxToken>.Builder found = ImmutableArray.CreateBuilder<SyntaxToken>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if (!TreeText.Contains(tree, name, cancellationToken))
            {
                continue;
            }

            SyntaxNode root = tree.GetRoot(cancellationToken);
            foreach (SyntaxToken token in TreeText.TokensNamed(root, name, cancellationToken))
            {
                if (token.Parent is not (MethodDeclarationSyntax or PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax))
                {
                    found.Add(token);
                }
            }
        }

        return uses.GetOrAdd(name, found.ToImmutable());
    }

    // A call qualified by the name of a type other than the helper's own (or its bases): another method of that name.
    private static bool CallsAnotherType(SyntaxNode callee, INamedTypeSymbol type, Compilation compilation)
    {
        if (callee is not MemberAccessExpressionSyntax { Expression: var receiver })
        {
            return false;
        }

        string? name = receiver switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax qualified => qualified.Name.Identifier.ValueText,
            _ => null,
        };
        if (name == null)
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (current.Name == name)
            {
                return false;
            }
        }

        // A receiver spelled like a type of the compilation (and not like a local of the same spelling: types start upper-case).
        return name.Length > 0 && char.IsUpper(name[0]) && compilation.ContainsSymbolsWithName(name, SymbolFilter.Type);
    }

    internal static bool NamesDecryption(string name)
    {
        foreach (string word in IdentifierWords.Split(name))
        {
            if (word is "decrypt" or "decrypted" or "decryption" or "decipher" or "unwrap" or "dec")
            {
                return true;
            }

            if (word is "encrypt" or "encrypted" or "encryption" or "encipher" or "enc" or "protect")
            {
                return false;
            }
        }

        return false;
    }

    // The call is made from a member or type named for the standards, or encrypts key material (an argument, or the
    // local it was computed from, named as key material) or stores its result as a key; never when an argument names
    // the application's data.
    private static bool IsKeyManagementCall(InvocationExpressionSyntax call, IMethodSymbol method)
    {
        bool keyMaterial = false;
        SeparatedSyntaxList<ArgumentSyntax> arguments = call.ArgumentList.Arguments;
        for (int i = 0; i < arguments.Count; i++)
        {
            // The argument given as the cipher's key (a parameter named key, ipek, bdk) is a key whatever it is called
            // and says nothing about the data; an argument of a call of unknown shape counts as such a key.
            string? parameter = arguments[i].NameColon?.Name.Identifier.ValueText ?? (i < method.Parameters.Length ? method.Parameters[i].Name : null);
            bool keyParameter = parameter == null || IsKeyParameter(parameter);
            switch (ArgumentKind(arguments[i].Expression, call, keyParameter))
            {
                case Material.ApplicationData:
                    return false;
                case Material.Key:
                    keyMaterial = true;
                    break;
            }
        }

        if (keyMaterial || StoredAsKey(call))
        {
            return true;
        }

        for (SyntaxNode? node = call.Parent; node != null; node = node.Parent)
        {
            string? name = node switch
            {
                MethodDeclarationSyntax declaredMethod => declaredMethod.Identifier.ValueText,
                LocalFunctionStatementSyntax local => local.Identifier.ValueText,
                BaseTypeDeclarationSyntax declaration => declaration.Identifier.ValueText,
                _ => null,
            };
            if (name != null)
            {
                List<string> words = IdentifierWords.Split(name);
                if (IdentifierWords.ContainsAnyWord(words, ApplicationDataWords) && node is not BaseTypeDeclarationSyntax)
                {
                    return false;
                }

                if (NamesStandard(words))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private enum Material
    {
        Other,
        Key,
        ApplicationData,
    }

    // ksnTemp, DukptKeyVariant, keyRaw, rightIpek ^ ksn: key material; cardNumber: the application's data. A local is
    // read through its initializer once (msg = Xor(ipek, ksn)).
    private static bool IsKeyParameter(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        return words.Contains("key") || words.Contains("keys") || IdentifierWords.ContainsAnyWord(words, StandardWords);
    }

    private static Material ArgumentKind(ExpressionSyntax expression, SyntaxNode call, bool keyParameter)
    {
        Material kind = Material.Other;
        foreach (SyntaxNode node in expression.DescendantNodesAndSelf())
        {
            if (node is not IdentifierNameSyntax identifier || identifier.Parent is InvocationExpressionSyntax
                || (identifier.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Name == identifier))
            {
                continue;
            }

            switch (NameKind(identifier.Identifier.ValueText, keyParameter))
            {
                case Material.ApplicationData:
                    return Material.ApplicationData;
                case Material.Key:
                    kind = Material.Key;
                    continue;
            }

            if (kind == Material.Other && expression == identifier && LocalInitializer(identifier, call) is { } initializer)
            {
                foreach (SyntaxNode part in initializer.DescendantNodesAndSelf())
                {
                    if (part is not IdentifierNameSyntax partName)
                    {
                        continue;
                    }

                    Material inner = NameKind(partName.Identifier.ValueText, keyParameter);
                    if (inner == Material.ApplicationData)
                    {
                        return Material.ApplicationData;
                    }

                    if (inner == Material.Key)
                    {
                        kind = Material.Key;
                    }
                }
            }
        }

        return kind;
    }

    private static Material NameKind(string name, bool keyParameter)
    {
        List<string> words = IdentifierWords.Split(name);
        if (IdentifierWords.ContainsAnyWord(words, ApplicationDataWords))
        {
            return Material.ApplicationData;
        }

        // The cipher's own key says nothing about what it encrypts (an IPEK also encrypts data under DUKPT).
        if (keyParameter)
        {
            return Material.Other;
        }

        if (NamesStandard(words))
        {
            return Material.Key;
        }

        // keyRaw, keyTemp, keyData: a key itself (encrypting a key under another is key transport); not an API key or
        // a secret kept by the application.
        bool key = false;
        foreach (string word in words)
        {
            if (NotKeyMaterialWords.Contains(word))
            {
                return Material.Other;
            }

            key |= word is "key" or "keys";
        }

        return key && words.Count > 0 && words[0] is "key" or "keys" ? Material.Key : Material.Other;
    }

    // DataKey = TDES_Enc_ECB(temp, variant); var sessionKey = Encrypt(...): the result is a derived key.
    private static bool StoredAsKey(InvocationExpressionSyntax call)
    {
        string? target = call.Parent switch
        {
            AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment when assignment.Right == call => name.Identifier.ValueText,
            AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax member } assignment when assignment.Right == call => member.Name.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            _ => null,
        };
        if (target == null)
        {
            return false;
        }

        List<string> words = IdentifierWords.Split(target);
        if (NamesStandard(words))
        {
            return true;
        }

        for (int i = 1; i < words.Count; i++)
        {
            if (words[i] is "key" && KeyQualifierWords.Contains(words[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static ExpressionSyntax? LocalInitializer(IdentifierNameSyntax identifier, SyntaxNode call)
    {
        SyntaxNode? body = call.FirstAncestorOrSelf<SyntaxNode>(static node => node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        if (body == null)
        {
            return null;
        }

        string name = identifier.Identifier.ValueText;
        foreach (SyntaxToken token in TreeText.TokensNamed(body, name))
        {
            if (token.Parent is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                return value;
            }
        }

        return null;
    }
}
