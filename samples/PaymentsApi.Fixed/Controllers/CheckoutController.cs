using Microsoft.AspNetCore.Authorization;
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

    // Refunds move the merchant's money: only the payments back office may call this (PCI DSS 7.2).
    [HttpPost("{paymentIntentId}/refund")]
    [Authorize(Policy = "PaymentsAdmin")]
    public async Task<IActionResult> Refund(string paymentIntentId, [FromQuery] long amountInCents, CancellationToken cancellationToken)
    {
        var refund = await checkout.RefundAsync(paymentIntentId, amountInCents, User.Identity?.Name, cancellationToken);
        return Ok(new { refund.Id, refund.Status });
    }
}
