using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1003 and a hand-built anonymous object logged with a destructuring placeholder (issue 18, set 8): each member is
    /// judged by what it is given, so a masked card and <c>CVV = "***"</c> are not card data while a copied code is.
    /// </summary>
    public class CardDataLoggedAnonymousTests
    {
        private const string Request = """

public class AuthorizeRequest
{
    public string CustomerId { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
    public decimal Amount { get; set; }
}
""";

        [Fact]
        public Task Safe_hand_built_objects_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class AuthorizeController
{
    public void Post(ILogger logger, AuthorizeRequest request)
    {
        logger.LogInformation("Received {@SafeRequest}", new
        {
            request.CustomerId,
            request.Amount,
            MaskedCard = Mask(request.CardNumber),
            CVV = "***",
        });
    }

    private static string Mask(string pan) => "****" + pan.Substring(pan.Length - 4);
}
""" + Request);

        [Fact]
        public Task Hand_built_objects_that_copy_card_data_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public class AuthorizeController
{
    public void Post(ILogger logger, AuthorizeRequest request, string code)
    {
        logger.LogInformation("Received {@Request}", {|FG1003:new
        {
            request.CustomerId,
            MaskedCard = "****",
            request.Cvv,
        }|});
        logger.LogInformation("Received {@Request}", {|FG1003:new { request.CustomerId, CardNumber = code }|});
    }
}
""" + Request);
    }
}
