using Microsoft.AspNetCore.Mvc;
using PaymentsApi.Models;
using PaymentsApi.Services;

namespace PaymentsApi.Controllers;

[ApiController]
[Route("api/checkout")]
public sealed class CheckoutController(OrderPaymentService checkout) : ControllerBase
{
    [HttpPost]
    public async Task<ActionResult<CheckoutResult>> Post(CheckoutRequest request, CancellationToken cancellationToken)
    {
        if (request.AmountInCents <= 0)
        {
            return BadRequest("Amount must be positive.");
        }

        return Ok(await checkout.CheckoutAsync(request, cancellationToken));
    }

    [HttpPost("{paymentIntentId}/refund")]
    public async Task<IActionResult> Refund(string paymentIntentId, [FromQuery] long amountInCents, CancellationToken cancellationToken)
    {
        var refund = await checkout.RefundAsync(paymentIntentId, amountInCents, cancellationToken);
        return Ok(new { refund.Id, refund.Status });
    }
}
