// Stand-in for the Square .NET SDK (Square package v40+; real namespaces and type names).
namespace Square
{
    public class Money { public long? Amount { get; set; } public string? Currency { get; set; } }

    public class CreatePaymentRequest
    {
        public required string SourceId { get; set; }
        public required string IdempotencyKey { get; set; }
        public Money? AmountMoney { get; set; }
    }

    public class CreatePaymentResponse { }
}

namespace Square.Payments
{
    using System.Threading;
    using System.Threading.Tasks;

    public class PaymentsClient
    {
        public Task<Square.CreatePaymentResponse> CreateAsync(Square.CreatePaymentRequest request, object? options = null, CancellationToken cancellationToken = default) => Task.FromResult(new Square.CreatePaymentResponse());
    }
}
