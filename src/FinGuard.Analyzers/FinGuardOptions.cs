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
        private readonly ConcurrentDictionary<(string?, string?), SecretsOptions> _secretsCache = new ConcurrentDictionary<(string?, string?), SecretsOptions>();

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
    }
}
