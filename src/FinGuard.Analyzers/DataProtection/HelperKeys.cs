using System.Collections.Concurrent;
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

    /// <summary>Called by <see cref="KeyInCodeAnalyzer"/> for calls and creations whose method is not .NET's cryptography.</summary>
    public static void Analyze(OperationAnalysisContext context, IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        // Every call of the compilation comes through here: rule names out by fragment before splitting them into words.
        string name = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        if (arguments.IsEmpty || !IdentifierWords.ContainsAnyFragment(name, EncryptionFragments) || !NamesEncryption(name))
        {
            return;
        }

        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || !IsKeyParameter(parameter.Name))
            {
                continue;
            }

            if (parameter.Type.SpecialType == SpecialType.System_String)
            {
                ReportText(context, argument.Value, reportedConstants);
            }
            else if (HardCodedBytes.IsBytes(parameter.Type))
            {
                KeyInCodeAnalyzer.Check(context, argument.Value, method.ContainingType?.Name ?? "encryption");
            }
        }
    }

    private static void ReportText(OperationAnalysisContext context, IOperation value, ConcurrentDictionary<ISymbol, bool> reportedConstants)
    {
        value = HardCodedBytes.Unwrap(value);
        if (!value.ConstantValue.HasValue || value.ConstantValue.Value is not string text || text.Trim().Length == 0)
        {
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
            if (HandleWords.Contains(word))
            {
                return false;
            }

            key |= word is "key" or "passphrase" or "secret";
        }

        return key;
    }

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
