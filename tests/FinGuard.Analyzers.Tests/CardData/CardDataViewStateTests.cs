using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on card data put into <c>ViewData[...]</c>, <c>ViewBag.X</c> or <c>TempData[...]</c> for display (issue 18,
/// set 7): the full number or the security code is returned to the client. Masked and last-four values, text, other
/// dictionaries and objects whose type merely has card members (as for <c>View(model)</c>) stay silent.
/// </summary>
public class CardDataViewStateTests
{
    [Fact]
    public Task Card_data_put_into_view_data_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class User
{
    public string Name { get; set; } = "";
    public string CardNumber { get; set; } = "";
    public string CardCvc { get; set; } = "";
    public string CardLast4 { get; set; } = "";
}
public class StoredCard { public string CardNumber { get; set; } = ""; }
public class HomeController : Controller
{
    public IActionResult Profile(User user, List<StoredCard> cards, string pan)
    {
        ViewData["Username"] = user.Name;
        ViewData["CardNumber"] = {|FG1004:user.CardNumber|};
        ViewData["CardCvc"] = {|FG1004:user.CardCvc|};
        ViewBag.Pan = {|FG1004:pan|};
        TempData["Pan"] = {|FG1004:user.CardNumber|};
        return View();
    }
}
""" + Mvc);

    [Fact]
    public Task Masked_values_text_and_other_dictionaries_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class User
{
    public string CardNumber { get; set; } = "";
    public string CardLast4 { get; set; } = "";
}
public class Vault { public string CardNumber { get; set; } = ""; }
public class HomeController : Controller
{
    private readonly Dictionary<string, object> _cache = new();

    public IActionResult Profile(User user, Vault vault, string last4, List<Vault> cards)
    {
        vault.CardNumber = "XXXX-XXXX-XXXX-" + last4.Substring(last4.Length - 4);
        ViewData["CardNumber"] = "**** **** **** " + user.CardLast4;
        ViewData["VaultCard"] = vault.CardNumber;
        ViewData["Masked"] = Mask(user.CardNumber);
        ViewBag.Last4 = user.CardLast4;
        TempData["Message"] = "Card number saved";
        ViewData["Cards"] = new List<Vault>();
        ViewBag.Cards = cards;
        _cache["CardNumber"] = user.CardNumber;
        return View();
    }

    private static string Mask(string pan) => "****" + pan.Substring(pan.Length - 4);
}
""" + Mvc);

    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
    public abstract class Controller : ControllerBase
    {
        public ViewFeatures.ViewDataDictionary ViewData { get; } = new();
        public ViewFeatures.ITempDataDictionary TempData { get; } = null!;
        public dynamic ViewBag { get; } = null!;
        public IActionResult View() => null!;
    }
}
namespace Microsoft.AspNetCore.Mvc.ViewFeatures
{
    public class ViewDataDictionary : System.Collections.Generic.Dictionary<string, object?> { }
    public interface ITempDataDictionary : System.Collections.Generic.IDictionary<string, object?> { }
}
""";
}
