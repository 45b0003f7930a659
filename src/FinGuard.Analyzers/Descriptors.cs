using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    /// <summary>
    /// All diagnostic descriptors, built by one factory so help links, categories and tags never drift.
    /// Default severities are Warning: the IDE shows a squiggle and FinGuard's build gate decides what blocks
    /// (card data and secrets block by default), so that later waivers and baselines can let a finding pass
    /// without the compiler itself failing the build.
    /// </summary>
    public static class Descriptors
    {
        public const string CardDataCategory = "FinGuard.CardData";

        public static readonly DiagnosticDescriptor PanMember = Create(
            RuleIds.PanMember,
            title: "Member holds a full card number (PAN)",
            messageFormat: "'{0}' holds a full card number (PAN): replace it with a processor token (for example a Stripe PaymentMethod id) and keep at most the first six and last four digits",
            category: CardDataCategory,
            description: "Servers should never hold a primary account number: collect it with the processor's client-side tokenization (Stripe.js/Elements, Braintree Drop-in, Adyen Web) and keep the token. PCI DSS v4.0 requirements 3.2 and 3.5.");

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description, DiagnosticSeverity severity = DiagnosticSeverity.Warning)
            => new DiagnosticDescriptor(id, title, messageFormat, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: RuleIds.GetHelpUri(id), customTags: new[] { "FinGuard", "PCI-DSS" });
    }
}
