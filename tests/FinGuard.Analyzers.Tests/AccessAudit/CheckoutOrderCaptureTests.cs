using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.AccessAudit.MoneyMovementAccessAnalyzer>;

namespace FinGuard.Analyzers.Tests.AccessAudit;

/// <summary>
/// FG5001/FG5002 (held-out set 18): capturing the buyer's own checkout order after they approved it
/// (<c>/v2/checkout/orders/{id}/capture</c>) is a pay-in, counted as a charge (not reported unless charges are included).
/// Look-alikes: a back office's capture of an authorization and an order-management capture are still captures.
/// </summary>
public class CheckoutOrderCaptureTests
{
    [Fact]
    public Task Capturing_the_buyers_checkout_order_is_a_charge() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public sealed class PayPalOptions { public string ApiBaseUrl { get; set; } = ""; }
[ApiController]
public sealed class PaymentsController : ControllerBase
{
    private readonly HttpClient _http = new HttpClient();
    private readonly PayPalOptions _opt = new PayPalOptions();

    [HttpPost("capture-order")]
    public async Task<IActionResult> Capture(string payPalOrderId)
    {
        var response = await _http.PostAsync($"{_opt.ApiBaseUrl}/v2/checkout/orders/{payPalOrderId}/capture", new StringContent("{}"));
        return Ok(response.IsSuccessStatusCode);
    }
}
""" + AspNetStubs.Source);

    [Fact]
    public Task Back_office_captures_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public sealed class PayPalOptions { public string ApiBaseUrl { get; set; } = ""; }
[ApiController]
public sealed class OperationsController : ControllerBase
{
    private readonly HttpClient _http = new HttpClient();
    private readonly PayPalOptions _opt = new PayPalOptions();

    [HttpPost("capture-authorization")]
    public async Task<IActionResult> {|FG5001:CaptureAuthorization|}(string authorizationId)
    {
        var response = await {|FG5002:_http.PostAsync($"{_opt.ApiBaseUrl}/v2/payments/authorizations/{authorizationId}/capture", new StringContent("{}"))|};
        return Ok(response.IsSuccessStatusCode);
    }

    [HttpPost("capture-shipped")]
    public async Task<IActionResult> {|FG5001:CaptureShipped|}(string orderId)
    {
        var response = await {|FG5002:_http.PostAsync($"{_opt.ApiBaseUrl}/ordermanagement/v1/orders/{orderId}/capture", new StringContent("{}"))|};
        return Ok(response.IsSuccessStatusCode);
    }
}
""" + AspNetStubs.Source);
}
