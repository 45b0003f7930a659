using System;
using System.Collections.Generic;

namespace Corpus.CardData.Fixtures
{
    public static class SupportConstants
    {
        // Someone pasted a customer's card while debugging a dispute.
        public const string DisputeCard = "4539 5787 6362 1486"; // expect: FG1006
        public const long FallbackPan = 5425233430109903L; // expect: FG1006
        public static readonly string Note = "refund card 374245455400126 manually"; // expect: FG1006

        // Processor test numbers in production code: reported at Info.
        public const string StripeTestVisa = "4242424242424242"; // expect: FG1006

        // Not card numbers.
        public const string ApiVersion = "2024-06-20";
        public const long EpochMillis = 1732540800123L;
        public const string BuildNumber = "20241125103000123";
        public const string OrderNumber = "ORD-4539578763621486";
        public const string CorrelationId = "550e8400-e29b-41d4-a716-446655440000";
        public const string MaskedExample = "453957******1486";
        public const string Iban = "DE89370400440532013000";
        public const string Phone = "+1 415 555 0100";
        public const string LuhnFailing = "4539578763621487";
        public const string ZeroCard = "0000 0000 0000 0000";
        public const long UnixSeconds = 1732540800L;
        public const decimal Amount = 1234567890123.45m;
        public static readonly Guid TenantId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

        public static IReadOnlyList<string> Headers => new[] { "X-Request-Id", "Idempotency-Key" };

        public static string Describe(long ticks) => $"ticks={ticks} at 2026-11-25T10:30:00.1234567Z";
    }
}
