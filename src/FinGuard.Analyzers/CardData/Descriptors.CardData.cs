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

        public static readonly DiagnosticDescriptor SensitiveAuthenticationData = Create(
            RuleIds.SensitiveAuthenticationData,
            title: "Sensitive authentication data is held or stored",
            messageFormat: "'{0}' holds the {1}, which must never be stored after authorization: remove it and let the processor collect it client-side",
            category: CardDataCategory,
            description: "Card security codes (CVV/CVC/CVV2/CID), full track data and PINs/PIN blocks are sensitive authentication data: PCI DSS v4.0 requirement 3.3.1 forbids keeping them after authorization, even encrypted. Collect them only in the processor's client-side fields.");

        public static readonly DiagnosticDescriptor CardDataLogged = Create(
            RuleIds.CardDataLogged,
            title: "Card data is written to a log",
            messageFormat: "'{0}' writes the {1} to a log or message{2}: log the masked value from CardMasking.Mask(...) or the token instead",
            category: CardDataCategory,
            description: "Logs, console output, Debug/Trace and exception messages are stored and shipped widely: a full PAN there is stored cardholder data (PCI DSS v4.0 3.4.1, 3.5.1, 10.3) and security codes may not be stored at all (3.3.1).");

        public static readonly DiagnosticDescriptor CardDataPersisted = Create(
            RuleIds.CardDataPersisted,
            title: "Card data is persisted, serialized or returned unmasked",
            messageFormat: "'{0}' puts the {1} unmasked into {2}: store or send the processor token or the masked value instead",
            category: CardDataCategory,
            description: "Databases, serialized payloads and API responses outlive the request: a PAN there must be rendered unreadable (token, truncation, keyed hash or strong encryption; PCI DSS v4.0 3.5.1) and sensitive authentication data may not be stored at all (3.3.1).");

        public static readonly DiagnosticDescriptor RawCardDataToProcessor = Create(
            RuleIds.RawCardDataToProcessor,
            title: "Raw card data is sent to the processor from the server",
            messageFormat: "'{0}' sends raw card data to {1} from the server: collect the card with the processor's client-side tokenization and send only the token or payment method id",
            category: CardDataCategory,
            description: "Creating tokens or payment methods from raw card numbers on the server puts the whole server in PCI DSS scope (SAQ D instead of SAQ A) and requires requirement 3 and 4 controls for every hop. Use Stripe.js/Elements, Braintree Drop-in/Hosted Fields, Adyen Web/Client-side encryption or Checkout.com Frames.");

        public static readonly DiagnosticDescriptor CardNumberLiteral = Create(
            RuleIds.CardNumberLiteral,
            title: "Literal looks like a real card number",
            messageFormat: "'{0}' is a Luhn-valid {1} card number in source code: remove it or use the processor's documented test card numbers in tests only",
            category: CardDataCategory,
            description: "A 13-19 digit literal that passes the Luhn check and has a card brand's prefix and length is a card number checked into source control, which PCI DSS v4.0 3.2.1 and 3.5.1 forbid for real cards. Known processor test card numbers are reported at Info and are allowed in test projects.");

        public static readonly DiagnosticDescriptor UnkeyedPanHash = Create(
            RuleIds.UnkeyedPanHash,
            title: "Card number hashed without a key",
            messageFormat: "'{0}' hashes the card number with unkeyed {1}: use a keyed HMAC (for example HMACSHA256) whose key is managed like other cryptographic keys",
            category: CardDataCategory,
            description: "PANs have so little entropy that an unkeyed SHA-256/SHA-1/MD5 hash is reversed by enumeration; PCI DSS v4.0 requirement 3.5.1.1 requires keyed cryptographic hashes of the entire PAN with managed keys.");
    }
}
