using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor StripeMoneyMovementWithoutKey = Create(
            RuleIds.StripeMoneyMovementWithoutKey,
            title: "Stripe call that moves money has no idempotency key",
            messageFormat: "'{0}' moves money without an idempotency key, so a retried request can charge twice: pass RequestOptions with an IdempotencyKey derived from the order or payment",
            category: IdempotencyCategory,
            description: "Stripe.net makes a random idempotency key for each call, kept only across its own network retries; a retry by the application (a timeout, a Polly policy, a user pressing Pay again) sends a new key and Stripe performs the operation again. Pass RequestOptions.IdempotencyKey derived from the business operation. PCI DSS v4.0 requirement 6.2 (secure, robust payment software).");

        public static readonly DiagnosticDescriptor StripeObjectCreationWithoutKey = Create(
            RuleIds.StripeObjectCreationWithoutKey,
            title: "Stripe call that creates an object has no idempotency key",
            messageFormat: "'{0}' creates a Stripe object without an idempotency key, so a retried request can create a duplicate: pass RequestOptions with an IdempotencyKey derived from the business operation",
            category: IdempotencyCategory,
            description: "Creating customers, setup intents, invoices or Checkout sessions twice leaves duplicates that later get charged or confuse reconciliation. Pass RequestOptions.IdempotencyKey derived from the business operation. PCI DSS v4.0 requirement 6.2.",
            severity: DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor ProcessorCallWithoutKey = Create(
            RuleIds.ProcessorCallWithoutKey,
            title: "Processor SDK call that moves money has no idempotency key",
            messageFormat: "'{0}' moves money without {1}, so a retried request can pay twice: pass a key derived from the order or payment",
            category: IdempotencyCategory,
            description: "Adyen (RequestOptions.IdempotencyKey), Checkout.com (the idempotencyKey argument) and PayPal (PayPal-Request-Id) deduplicate retried requests only when the request carries a key. PCI DSS v4.0 requirement 6.2.");

        public static readonly DiagnosticDescriptor PaymentHttpPostWithoutKey = Create(
            RuleIds.PaymentHttpPostWithoutKey,
            title: "Payment HTTP request has no idempotency key header",
            messageFormat: "'{0}' sends a payment request without an idempotency header, so a retried request can pay twice: add a '{1}' header derived from the order or payment to this request",
            category: IdempotencyCategory,
            description: "A POST, PUT or PATCH to a payment endpoint (a processor's API host, a path such as /charges, /payments, /refunds, /payouts, /transfers or /captures, or an endpoint configured in .editorconfig) is only safe to retry when it carries an idempotency key: Idempotency-Key for Stripe, Adyen and most APIs, PayPal-Request-Id for PayPal, Cko-Idempotency-Key for Checkout.com. PCI DSS v4.0 requirement 6.2.");

        public static readonly DiagnosticDescriptor KeyRegeneratedPerAttempt = Create(
            RuleIds.KeyRegeneratedPerAttempt,
            title: "Idempotency key is regenerated on every retry attempt",
            messageFormat: "The idempotency key is created inside the retried code, so every attempt sends a new key and can charge again: create the key once before the retry loop or policy and reuse it",
            category: IdempotencyCategory,
            description: "An idempotency key only protects a retry when the retry sends the same key. A key made with Guid.NewGuid(), DateTime.Now or a random number inside a retry loop, a Polly retry callback or any retried lambda changes on each attempt. PCI DSS v4.0 requirement 6.2.");

        public static readonly DiagnosticDescriptor ConstantOrSharedKey = Create(
            RuleIds.ConstantOrSharedKey,
            title: "Idempotency key is constant or shared between requests",
            messageFormat: "The idempotency key is {0}, so different payments share it and later ones are rejected or answered with the first result: derive one key per business operation and set it on that request only",
            category: IdempotencyCategory,
            description: "A literal key, a key kept in a static field or a key header on HttpClient.DefaultRequestHeaders is sent with every request: the processor returns the first request's result for all later payments (or rejects them). PCI DSS v4.0 requirement 6.2.");

        public static readonly DiagnosticDescriptor InfinitePaymentTimeout = Create(
            RuleIds.InfinitePaymentTimeout,
            title: "Payment HTTP client has no timeout",
            messageFormat: "This payment client never times out, so a hung processor call blocks checkout and leaves the payment's outcome unknown: set a finite Timeout (for example 30 seconds) and retry with the same idempotency key",
            category: IdempotencyCategory,
            description: "Timeout.InfiniteTimeSpan on an HttpClient that calls a payment processor lets one stuck connection hold a checkout request, a thread and the customer indefinitely; a finite timeout plus a retry that reuses the idempotency key resolves the outcome safely. PCI DSS v4.0 requirement 6.2.");
    }
}
