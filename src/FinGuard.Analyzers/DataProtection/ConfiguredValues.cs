using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// Key and IV material read from configuration, followed through the locals of a method: <c>var ivText =
/// _configuration["Encryption:IV"] ?? "MySecureIV123456"; var iv = Encoding.UTF8.GetBytes(ivText.PadRight(16))</c>.
/// FG3004 takes an IV read so in an encrypting method as one IV for every record; FG3005 takes the literal fallback of a
/// key read so (<c>?? "literal"</c>) as a key written in the code (issue 18, held-out set 7). Configuration reads:
/// the indexer, <c>GetValue</c> and <c>GetSection</c> of <c>Microsoft.Extensions.Configuration</c>'s types.
/// </summary>
internal static class ConfiguredValues
{
    private const int MaxDepth = 3;

    /// <summary>Whether the value (through locals initialised in the same file) reads configuration.</summary>
    public static bool ReadsConfiguration(IOperation value) => Find(value, 0, settingsIv: false, out _);

    /// <summary>
    /// Whether the value (through locals initialised in the same file) reads configuration or an IV-named member of a
    /// settings object: <c>_options.Value.IV</c>, <c>_settings.InitVector</c>, <c>config.CurrentValue.Iv</c> (see
    /// <see cref="IsSettingsIvRead"/>). Options classes are bound from configuration once, so the IV is one for every record.
    /// </summary>
    public static bool ReadsConfiguredIv(IOperation value) => Find(value, 0, settingsIv: true, out _);

    /// <summary>The non-blank string literal after <c>??</c> on a configuration read that the value is computed from, or null.</summary>
    public static ILiteralOperation? LiteralFallback(IOperation value)
    {
        Find(value, 0, settingsIv: false, out ILiteralOperation? fallback);
        return fallback;
    }

    private static bool Find(IOperation value, int depth, bool settingsIv, out ILiteralOperation? fallback)
    {
        fallback = null;
        bool reads = false;
        foreach (IOperation part in value.DescendantOperationsAndSelf())
        {
            switch (part)
            {
                case ICoalesceOperation coalesce when fallback == null && IsConfigurationRead(WrappedValues.Strip(coalesce.Value))
                                                     && WrappedValues.Strip(coalesce.WhenNull) is ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } } literal
                                                     && text.Trim().Length > 0:
                    fallback = literal;
                    reads = true;
                    break;
                case ILocalReferenceOperation { Local: { IsRef: false } local } reference when depth < MaxDepth && reference.SemanticModel != null
                                                                                               && local.DeclaringSyntaxReferences.Length == 1:
                    if (local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer }
                        && initializer.SyntaxTree == reference.Syntax.SyntaxTree && reference.SemanticModel.GetOperation(initializer) is { } initial
                        && Find(initial, depth + 1, settingsIv, out ILiteralOperation? inner))
                    {
                        reads = true;
                        fallback ??= inner;
                    }

                    break;
                default:
                    reads |= IsConfigurationRead(part) || (settingsIv && IsSettingsIvRead(part));
                    break;
            }
        }

        return reads;
    }

    private static bool IsConfigurationRead(IOperation operation)
    {
        INamedTypeSymbol? type = operation switch
        {
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer => indexer.Property.ContainingType,
            IInvocationOperation { TargetMethod.Name: "GetValue" or "GetSection" } call => call.TargetMethod.ContainingType,
            _ => null,
        };
        // The name first: every indexer of the method passes here, and only configuration types pay for the namespace text.
        return type != null
            && type.Name is "IConfiguration" or "IConfigurationRoot" or "IConfigurationSection" or "ConfigurationManager" or "ConfigurationBinder" or "ConfigurationRoot" or "ConfigurationSection"
            && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Configuration";
    }

    /// <summary>
    /// An IV-named text or byte property or field (<see cref="CryptoSymbols.IsIvName"/>) of a settings object: the value of
    /// <c>IOptions&lt;T&gt;</c>/<c>IOptionsSnapshot&lt;T&gt;</c> (<c>.Value</c>) or <c>IOptionsMonitor&lt;T&gt;</c>
    /// (<c>.CurrentValue</c>), or a member declared on a type named as settings (<c>EncryptionSettings</c>,
    /// <c>CryptoOptions</c>, <c>AesConfig</c>, <c>SecurityConfiguration</c>). The name is tested first; the instance only then.
    /// </summary>
    internal static bool IsSettingsIvRead(IOperation operation)
    {
        (ISymbol? member, ITypeSymbol? type, IOperation? instance) = operation switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property } reference => ((ISymbol?)property, (ITypeSymbol?)property.Type, reference.Instance),
            IFieldReferenceOperation { Field.IsStatic: false } field => (field.Field, field.Field.Type, field.Instance),
            _ => (null, null, null),
        };
        if (member == null || !CryptoSymbols.IsIvName(member.Name) || !(type?.SpecialType == SpecialType.System_String || HardCodedBytes.IsBytes(type)))
        {
            return false;
        }

        if (instance != null && WrappedValues.Strip(instance) is IPropertyReferenceOperation { Property: { Name: "Value" or "CurrentValue" } options }
            && options.ContainingType is { Name: "IOptions" or "IOptionsSnapshot" or "IOptionsMonitor" or "OptionsWrapper" } optionsType
            && optionsType.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Options")
        {
            return true;
        }

        return member.ContainingType is { } declaring && !CryptoSymbols.IsCryptographyType(declaring) && IsSettingsTypeName(declaring.Name);
    }

    private static bool IsSettingsTypeName(string name)
    {
        List<string> words = IdentifierWords.Split(name);
        return words.Count > 0 && words[words.Count - 1] is "settings" or "setting" or "options" or "config" or "configuration" or "configs";
    }
}
