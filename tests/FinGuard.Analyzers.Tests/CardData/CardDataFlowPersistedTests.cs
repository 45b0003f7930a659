using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1004 through the card-data flow (issue #20): card data that reaches a store, a file or a response through calls and objects.</summary>
public class CardDataFlowPersistedTests
{
    private const string Form = """

public class PaymentForm
{
    public string CardNumber { get; set; } = "";
    public string CardToken { get; set; } = "";
}
namespace FinGuard.Security
{
    internal static class CardMasking { public static string Mask(string? pan) => "****"; }
}
""";

    private const string Mvc = @"
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
    public abstract class Controller : ControllerBase { public IActionResult View(object? model) => null!; }
}";

    [Fact]
    public Task Private_helper_inserts_the_value_with_Dapper()
    {
        var test = new VerifyCS.Test { TestCode = """

using System.Data;
using Dapper;
public class CardStore
{
    private readonly IDbConnection _db;
    public CardStore(IDbConnection db) => _db = db;
    public void Save(PaymentForm form)
    {
        Remember({|#0:form.CardNumber|});
        Remember(form.CardToken);
        Remember(FinGuard.Security.CardMasking.Mask(form.CardNumber));
    }
    private void Remember(string value) => _db.Execute("insert into seen(v) values (@v)", new { v = value });
}
""" + Form };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("FG1004", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("form.CardNumber", "card number", "Dapper (Execute) through Remember(value)"));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Field_holds_the_value_until_a_file_write() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
public class Exporter
{
    private string _line = "";
    public void Add(PaymentForm form) => _line = {|FG1004:form.CardNumber|};
    public void AddToken(PaymentForm form) => _token = form.CardToken;
    private string _token = "";
    public void Flush(string path)
    {
        File.WriteAllText(path, _line);
        File.AppendAllText(path, _token);
    }
}
""" + Form);

    [Fact]
    public Task Direct_file_write_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
public class Exporter
{
    public void Export(PaymentForm form) => File.WriteAllText("cards.txt", {|FG1004:form.CardNumber|});
}
""" + Form);

    [Fact]
    public Task Decrypted_card_number_returned_in_a_view_model() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.AspNetCore.Mvc;
public interface ICipher { string Unprotect(string data); }
public class CardRow { public string ProtectedPan { get; set; } = ""; public string Last4 { get; set; } = ""; }
public class CardViewModel { public string Display { get; set; } = ""; }
public class CardsController : Controller
{
    private readonly ICipher _cipher;
    public CardsController(ICipher cipher) => _cipher = cipher;
    public IActionResult Show(CardRow row)
    {
        var vm = new CardViewModel { Display = _cipher.Unprotect(row.ProtectedPan) };
        return View({|FG1004:vm|});
    }
    public IActionResult ShowMasked(CardRow row)
    {
        var vm = new CardViewModel { Display = FinGuard.Security.CardMasking.Mask(_cipher.Unprotect(row.ProtectedPan)) };
        return View(vm);
    }
    public CardViewModel Raw(CardRow row) => {|FG1004:new CardViewModel { Display = _cipher.Unprotect(row.ProtectedPan) }|};
    public CardViewModel Last(CardRow row) => new CardViewModel { Display = row.Last4 };
}
""" + Form + Mvc);

    [Fact]
    public Task Member_assigned_only_masked_values_is_not_persisted_card_data() => VerifyCS.VerifyAnalyzerAsync("""

using System.Text.Json;
public class OrderSummary
{
    public string CardNumber { get; set; } = "";
}
public class Orders
{
    public string Describe(PaymentForm form)
    {
        var summary = new OrderSummary { CardNumber = FinGuard.Security.CardMasking.Mask(form.CardNumber) };
        return JsonSerializer.Serialize(summary);
    }
}
""" + Form);
}
