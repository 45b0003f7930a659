// Stand-in for the PayPal Server SDK for .NET (PayPalServerSDK package; real namespaces and type names).
namespace PaypalServerSdk.Standard.Models
{
    public class OrderRequest { public string? Intent { get; set; } }
    public class Order { public string? Id { get; set; } }
    public class CreateOrderInput
    {
        public string? PaypalRequestId { get; set; }
        public OrderRequest? Body { get; set; }
        public string? Prefer { get; set; }
    }

    public class CaptureOrderInput
    {
        public string Id { get; set; } = "";
        public string? PaypalRequestId { get; set; }
    }
}

namespace PaypalServerSdk.Standard.Http.Response
{
    public class ApiResponse<T> { public T? Data { get; set; } }
}

namespace PaypalServerSdk.Standard.Controllers
{
    using System.Threading;
    using System.Threading.Tasks;
    using PaypalServerSdk.Standard.Http.Response;
    using PaypalServerSdk.Standard.Models;

    public class OrdersController
    {
        public Task<ApiResponse<Order>> CreateOrderAsync(CreateOrderInput input, CancellationToken cancellationToken = default) => Task.FromResult(new ApiResponse<Order>());
        public Task<ApiResponse<Order>> CaptureOrderAsync(CaptureOrderInput input, CancellationToken cancellationToken = default) => Task.FromResult(new ApiResponse<Order>());
        public Task<ApiResponse<Order>> GetOrderAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(new ApiResponse<Order>());
    }
}
