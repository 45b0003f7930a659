using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor PanMember = Create(
            RuleIds.PanMember,
            title: "Member holds a full card number (PAN)",
            messageFormat: "'{0}' holds a full card number (PAN): replace it with a processor token (for example a Stripe PaymentMethod id) and keep at most the first six and last four digits",
            category: CardDataCategory,
            description: "Servers should never hold a primary account number: collect it with the processor's client-side tokenization (Stripe.js/Elements, Braintree Drop-in, Adyen Web) and keep the token. PCI DSS v4.0 requirements 3.2 and 3.5.");
    }
}
