using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on actions that return card data without <c>Ok(...)</c> (issue 18, set 7): <c>return await service.GetCards()</c>
/// in an action declared as <c>Task&lt;ActionResult&lt;Pagination&lt;CardDto&gt;&gt;&gt;</c>, <c>ActionResult&lt;List&lt;CardDto&gt;&gt;</c>
/// or <c>IEnumerable&lt;CardDto&gt;</c>: the declared type is unwrapped (tasks, action results, collections, one user
/// wrapper) to the type that carries the PAN. DTOs with only the last four, a masked number or a token, and methods
/// that are not actions, stay silent.
/// </summary>
public class CardDataReturnedWrappedTests
{
    [Fact]
    public Task Wrapped_card_dtos_returned_by_actions_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class CardResponseDto { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; public bool IsBlocked { get; set; } }
public class CardSummaryDto { public string Last4 { get; set; } = ""; public string MaskedCardNumber { get; set; } = ""; public string CardToken { get; set; } = ""; }
public class Pagination<T> { public int PageNumber { get; set; } public int TotalCount { get; set; } public List<T> Items { get; set; } = new(); }
public interface ICardService
{
    Task<Pagination<CardResponseDto>> GetCards(int page);
    Task<List<CardResponseDto>> GetCardsByUser(string user);
    Task<Pagination<CardSummaryDto>> GetSummaries(int page);
    IEnumerable<CardResponseDto> All();
}
public class CardController : ControllerBase
{
    private readonly ICardService _cards;
    public CardController(ICardService cards) => _cards = cards;

    public async Task<ActionResult<Pagination<CardResponseDto>>> GetCards(int page) => {|FG1004:await _cards.GetCards(page)|};
    public async Task<ActionResult<List<CardResponseDto>>> GetMyCards() { return {|FG1004:await _cards.GetCardsByUser("me")|}; }
    public IEnumerable<CardResponseDto> GetAll() => {|FG1004:_cards.All()|};
    public async Task<ActionResult<Pagination<CardSummaryDto>>> GetSummaries(int page) => await _cards.GetSummaries(page);
}
public class CardReports
{
    private readonly ICardService _cards;
    public CardReports(ICardService cards) => _cards = cards;
    public async Task<Pagination<CardResponseDto>> Page(int page) => await _cards.GetCards(page);
}
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public class ActionResult<T>
    {
        public ActionResult(T value) { }
        public static implicit operator ActionResult<T>(T value) => new ActionResult<T>(value);
    }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
}
""");
}
