using System.Collections.Concurrent;
using FinGuard.Analyzers.Recognition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FinGuard.Analyzers
{
    /// <summary>
    /// Typed access to FinGuard's <c>finguard.*</c> keys in <c>.editorconfig</c>. One instance per compilation;
    /// parsed values are cached by their raw text, so a tree's options are parsed once, not per symbol.
    /// </summary>
    internal sealed class FinGuardOptions
    {
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<(string?, string?), CardDataNameOptions> _cardDataCache = new ConcurrentDictionary<(string?, string?), CardDataNameOptions>();

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
}
