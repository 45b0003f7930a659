using System.Collections.Concurrent;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Secrets;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Typed access to FinGuard's <c>finguard.*</c> keys in <c>.editorconfig</c>. One instance per compilation;
/// parsed values are cached by their raw text, so a tree's options are parsed once, not per symbol.
/// </summary>
internal sealed class FinGuardOptions
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<(string?, string?), CardDataNameOptions> _cardDataCache = new ConcurrentDictionary<(string?, string?), CardDataNameOptions>();
    private readonly ConcurrentDictionary<(string?, string?), SecretsOptions> _secretsCache = new ConcurrentDictionary<(string?, string?), SecretsOptions>();

    private readonly ConcurrentDictionary<(string?, string?), IdempotencyEndpointOptions> _endpointCache = new ConcurrentDictionary<(string?, string?), IdempotencyEndpointOptions>();

    private readonly ConcurrentDictionary<(string?, string?, string?), DataProtectionNameOptions> _dataProtectionCache = new ConcurrentDictionary<(string?, string?, string?), DataProtectionNameOptions>();

    public FinGuardOptions(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
    }

    public CardDataNameOptions GetCardDataNames(SyntaxTree? tree)
    {
        if (tree == null)
        {
            return CardDataNameOptions.Empty;
        }

        AnalyzerConfigOptions options = _provider.GetOptions(tree);
        options.TryGetValue(CardDataNameOptions.ExtraNamesKey, out string? extra);
        options.TryGetValue(CardDataNameOptions.SafeNamesKey, out string? safe);
        if (extra == null && safe == null)
        {
            return CardDataNameOptions.Empty;
        }

        return _cardDataCache.GetOrAdd((extra, safe), static key => CardDataNameOptions.Parse(key.Item1, key.Item2));
    }

    public SecretsOptions GetSecrets(SyntaxTree? tree)
    {
        if (tree == null)
        {
            return SecretsOptions.Default;
        }

        AnalyzerConfigOptions options = _provider.GetOptions(tree);
        options.TryGetValue(SecretsOptions.IsTestCodeKey, out string? isTestCode);
        options.TryGetValue(SecretsOptions.PaymentHostsKey, out string? hosts);
        if (isTestCode == null && hosts == null)
        {
            return SecretsOptions.Default;
        }

        return _secretsCache.GetOrAdd((isTestCode, hosts), static key => SecretsOptions.Parse(key.Item1, key.Item2));
    }

    /// <summary>The configuration file names FG4003 skips for this file (its own section first, then global options).</summary>
    public System.Collections.Immutable.ImmutableArray<string> GetExcludedConfigFiles(AdditionalText file)
    {
        if (!_provider.GetOptions(file).TryGetValue(SecretsOptions.ExcludedConfigFilesKey, out string? value))
        {
            _provider.GlobalOptions.TryGetValue(SecretsOptions.ExcludedConfigFilesKey, out value);
        }

        return SecretsOptions.ParseList(value);
    }
    /// <summary>A raw <c>finguard.*</c> option value for a tree, or null when absent.</summary>
    public string? GetString(SyntaxTree? tree, string key)
        => tree != null && _provider.GetOptions(tree).TryGetValue(key, out string? value) ? value : null;

    /// <summary>A boolean <c>finguard.*</c> option for a tree (<c>true</c>/<c>false</c>, case-insensitive); the default when absent or unreadable.</summary>
    public bool GetFlag(SyntaxTree? tree, string key, bool defaultValue)
    {
        if (tree == null || !_provider.GetOptions(tree).TryGetValue(key, out string? value) || value == null)
        {
            return defaultValue;
        }

        value = value.Trim();
        if (string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return string.Equals(value, "false", System.StringComparison.OrdinalIgnoreCase) ? false : defaultValue;
    }

    /// <summary>The <c>finguard.tokenizer_type</c> option: the user's tokenizer types (full or simple names, comma-separated).</summary>
    public const string TokenizerTypeKey = "finguard.tokenizer_type";

    /// <summary>
    /// Whether <paramref name="type"/> (or an interface it implements) is one of the tokenizers configured with
    /// <c>finguard.tokenizer_type</c>; FinGuard's generated <c>ICardTokenizer</c> always is. Values they return are tokens.
    /// </summary>
    public bool IsTokenizer(INamedTypeSymbol? type, SyntaxTree? tree)
    {
        if (type == null)
        {
            return false;
        }

        if (type.Name == "ICardTokenizer" || ImplementsCardTokenizer(type))
        {
            return true;
        }

        if (tree == null || !_provider.GetOptions(tree).TryGetValue(TokenizerTypeKey, out string? configured) || string.IsNullOrWhiteSpace(configured))
        {
            return false;
        }

        foreach (string entry in configured.Split(new[] { ',', ';', ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (Matches(type, entry))
            {
                return true;
            }

            foreach (INamedTypeSymbol @interface in type.AllInterfaces)
            {
                if (Matches(@interface, entry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ImplementsCardTokenizer(INamedTypeSymbol type)
    {
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (@interface.Name == "ICardTokenizer")
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(INamedTypeSymbol type, string entry)
        => entry.IndexOf('.') >= 0
            ? string.Equals(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), entry, System.StringComparison.Ordinal)
            : string.Equals(type.Name, entry, System.StringComparison.Ordinal);
    /// <summary><c>finguard.idempotency.payment_endpoints</c> and <c>finguard.idempotency.safe_endpoints</c> (comma-separated URI parts).</summary>
    public IdempotencyEndpointOptions GetIdempotencyEndpoints(SyntaxTree? tree)
    {
        if (tree == null)
        {
            return IdempotencyEndpointOptions.Empty;
        }

        AnalyzerConfigOptions options = _provider.GetOptions(tree);
        options.TryGetValue(IdempotencyEndpointOptions.PaymentEndpointsKey, out string? payment);
        options.TryGetValue(IdempotencyEndpointOptions.SafeEndpointsKey, out string? safe);
        if (payment == null && safe == null)
        {
            return IdempotencyEndpointOptions.Empty;
        }

        return _endpointCache.GetOrAdd((payment, safe), static key => IdempotencyEndpointOptions.Parse(key.Item1, key.Item2));
    }

    /// <summary>The data-protection recogniser's extensions (<c>finguard.data_protection.*</c>) for a tree.</summary>
    public DataProtectionNameOptions GetDataProtectionNames(SyntaxTree? tree)
    {
        if (tree == null)
        {
            return DataProtectionNameOptions.Empty;
        }

        AnalyzerConfigOptions options = _provider.GetOptions(tree);
        options.TryGetValue(DataProtectionNameOptions.ExtraNamesKey, out string? extra);
        options.TryGetValue(DataProtectionNameOptions.SafeNamesKey, out string? safe);
        options.TryGetValue(DataProtectionNameOptions.EncryptingConvertersKey, out string? converters);
        if (extra == null && safe == null && converters == null)
        {
            return DataProtectionNameOptions.Empty;
        }

        return _dataProtectionCache.GetOrAdd((extra, safe, converters), static key => DataProtectionNameOptions.Parse(key.Item1, key.Item2, key.Item3));
    }
}
