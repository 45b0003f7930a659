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

        private readonly ConcurrentDictionary<(string?, string?), IdempotencyEndpointOptions> _endpointCache = new ConcurrentDictionary<(string?, string?), IdempotencyEndpointOptions>();

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
    }
}
