using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData
{
    /// <summary>
    /// Processor SDK members that take raw card data on the server, by their real metadata names: setting one means
    /// the server handled the PAN or security code instead of the processor's client-side tokenization.
    /// Resolve once per compilation with <see cref="Resolve"/>; absent SDKs cost nothing.
    /// </summary>
    internal sealed class PaymentSdkCardMembers
    {
        private static readonly (string TypeName, string Processor, string[] Members)[] Known =
        {
            // Stripe.net: tokens and payment methods created from raw card details.
            ("Stripe.TokenCardOptions", "Stripe", new[] { "Number", "Cvc" }),
            ("Stripe.PaymentMethodCardOptions", "Stripe", new[] { "Number", "Cvc" }),
            ("Stripe.TokenCvcUpdateOptions", "Stripe", new[] { "Cvc" }),
            // Braintree: vaulting or charging a card from its number.
            ("Braintree.CreditCardRequest", "Braintree", new[] { "Number", "CVV" }),
            ("Braintree.TransactionCreditCardRequest", "Braintree", new[] { "Number", "CVV" }),
            // Adyen: unencrypted card fields (the Encrypted* fields from Adyen Web are fine).
            ("Adyen.Model.Checkout.CardDetails", "Adyen", new[] { "Number", "Cvc" }),
            ("Adyen.Model.Payment.Card", "Adyen", new[] { "Number", "Cvc" }),
            // Checkout.com: card sources and card token requests.
            ("Checkout.Payments.Request.Source.RequestCardSource", "Checkout.com", new[] { "Number", "Cvv" }),
            ("Checkout.Tokens.CardTokenRequest", "Checkout.com", new[] { "Number", "Cvv" }),
        };

        private readonly Dictionary<INamedTypeSymbol, (string Processor, string[] Members)> _types;

        private PaymentSdkCardMembers(Dictionary<INamedTypeSymbol, (string Processor, string[] Members)> types)
        {
            _types = types;
        }

        /// <summary>The members present in this compilation, or null when it references none of the SDKs.</summary>
        public static PaymentSdkCardMembers? Resolve(Compilation compilation)
        {
            Dictionary<INamedTypeSymbol, (string, string[])>? types = null;
            foreach ((string typeName, string processor, string[] members) in Known)
            {
                INamedTypeSymbol? type = compilation.GetTypeByMetadataName(typeName);
                if (type != null)
                {
                    types ??= new Dictionary<INamedTypeSymbol, (string, string[])>(SymbolEqualityComparer.Default);
                    types[type] = (processor, members);
                }
            }

            return types == null ? null : new PaymentSdkCardMembers(types);
        }

        /// <summary>Whether the property takes raw card data; gives the processor's name and the kind of data.</summary>
        public bool TryMatch(IPropertySymbol property, out string processor, out CardDataKind kind)
        {
            processor = string.Empty;
            kind = CardDataKind.None;
            if (property.ContainingType == null || !_types.TryGetValue(property.ContainingType.OriginalDefinition, out (string Processor, string[] Members) entry))
            {
                return false;
            }

            foreach (string member in entry.Members)
            {
                if (member == property.Name)
                {
                    processor = entry.Processor;
                    kind = member == "Number" ? CardDataKind.Pan : CardDataKind.SecurityCode;
                    return true;
                }
            }

            return false;
        }
    }
}
