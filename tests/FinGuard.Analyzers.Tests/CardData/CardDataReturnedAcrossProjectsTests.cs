using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 when the repository an action calls lives in another project of the solution. The IDE references a project
/// as a compilation, so the repository method's syntax is at hand but belongs to another compilation and cannot be
/// bound in this one: following it threw "SyntaxTree is not part of the compilation" (AD0001) in 15 real repositories
/// (issue 18, session 19). The call is then judged by its type, as for a repository behind an interface.
/// </summary>
public class CardDataReturnedAcrossProjectsTests
{
    private const string Data = """
#nullable enable
namespace Shop.Data
{
    public class BankCard { public int Id { get; set; } public string CardNumber { get; set; } = ""; }
    public class Receipt { public int Id { get; set; } public string Reference { get; set; } = ""; }
    public class CardRepository
    {
        public BankCard? Get(int id) => id > 0 ? new BankCard { Id = id } : null;
        public Receipt? GetReceipt(int id) => id > 0 ? new Receipt { Id = id } : null;
    }
}
""";

    private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult : IActionResult { }
    public abstract class ControllerBase
    {
        public ActionResult Ok(object? value) => null!;
    }
}
""";

    private static Task VerifyAsync(string source)
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add("#nullable enable\n" + source + Mvc);
        test.TestState.AdditionalProjects["Shop.Data"].Sources.Add(Data);
        test.TestState.AdditionalProjectReferences.Add("Shop.Data");
        return test.RunAsync();
    }

    [Fact]
    public Task A_card_returned_from_a_repository_in_another_project_is_reported_by_its_type() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
using Shop.Data;
public class CardsController : ControllerBase
{
    private readonly CardRepository _cards = new();

    public IActionResult Get(int id)
    {
        var card = _cards.Get(id);
        return Ok({|FG1004:card|});
    }
}
""");

    [Fact]
    public Task A_receipt_returned_from_a_repository_in_another_project_stays_silent() => VerifyAsync("""
using Microsoft.AspNetCore.Mvc;
using Shop.Data;
public class ReceiptsController : ControllerBase
{
    private readonly CardRepository _cards = new();

    public IActionResult Get(int id) => Ok(_cards.GetReceipt(id));
}
""");
}
