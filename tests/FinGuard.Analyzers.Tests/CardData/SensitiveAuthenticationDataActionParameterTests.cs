using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.SensitiveAuthenticationDataAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1002 on an API controller action's simple parameter (issue 18, set 12): [ApiController] binds it from the query string
/// or route, so the security code or PIN travels in the URL that servers and proxies log. Look-alikes: [FromBody]/[FromForm]
/// parameters, MVC controllers without [ApiController] (simple parameters bind from the posted form), non-actions, card
/// numbers (FG1001's), flags and lengths about a code, ordinary methods of other types.
/// </summary>
public class SensitiveAuthenticationDataActionParameterTests
{
    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public abstract class ControllerBase { }
    public abstract class Controller : ControllerBase { }
    public sealed class ApiControllerAttribute : System.Attribute { }
    public sealed class NonActionAttribute : System.Attribute { }
    public sealed class FromBodyAttribute : System.Attribute { }
    public sealed class FromFormAttribute : System.Attribute { }
    public sealed class HttpPostAttribute : System.Attribute { }
}
""";

    [Fact]
    public Task Codes_taken_from_the_url_of_an_api_action_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
[ApiController]
public class PaymentsController : ControllerBase
{
    [HttpPost]
    public string SendPayment(float amount, long cardNumber, int cardExpiryYear, int {|FG1002:cardCvv|}) => "ok";
    public string Authorize(string cardNumber, string {|FG1002:cardPin|}) => "ok";
}
[ApiController]
public abstract class ApiBase : ControllerBase { }
public class CardsController : ApiBase
{
    public string Verify(string {|FG1002:cvc|}) => "ok";
}
""" + Mvc);

    [Fact]
    public Task Bodies_forms_mvc_controllers_and_non_actions_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
public class PaymentRequest { public string Token { get; set; } = ""; }
[ApiController]
public class PaymentsController : ControllerBase
{
    public string Pay([FromBody] PaymentRequest request, [FromForm] string cvv, bool requireCvv, int cvvLength) => "ok";
    [NonAction]
    public string Check(string cvv) => "ok";
    private string Hidden(string cvv) => "ok";
}
public class CheckoutController : Controller
{
    public string Complete(string cardNumber, string cvv) => "ok";
}
public class CardService
{
    public string Charge(string cardNumber, string cvv) => "ok";
}
""" + Mvc);
}
