using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData
{
    /// <summary>
    /// FG1004 through an application's own wrappers (issue 18, set 8): an INSERT run through a project's
    /// (sql, parameters) data manager, and a response envelope whose object-typed member was filled with card data.
    /// </summary>
    public class CardDataPersistedWrappersTests
    {
        [Fact]
        public Task Sql_writes_through_an_own_data_manager_are_reported_once_at_the_call() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
public class Card { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; public int UserId { get; set; } }
public interface IDataManager
{
    Task<int> Execute<T>(string sql, T item);
    Task<T[]> Query<T, P>(string sql, P parameters);
}
public class CardRepository
{
    private readonly IDataManager _data;
    public CardRepository(IDataManager data) => _data = data;

    public async Task Create(Card card)
    {
        string query = @"
            INSERT INTO Cards (CardNumber, Cvv, UserId) VALUES (@CardNumber, @Cvv, @UserId);";
        await {|FG1004:_data.Execute(query, new
        {
            card.CardNumber,
            card.Cvv,
            card.UserId,
        })|};
        await {|FG1004:_data.Execute("insert into Cards values (@CardNumber, @Cvv, @UserId)", card)|};
    }
}
""");

        [Fact]
        public Task Reads_and_card_free_writes_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
public class Card { public string CardNumber { get; set; } = ""; public int UserId { get; set; } }
public interface IDataManager
{
    Task<int> Execute<T>(string sql, T item);
    Task<T[]> Query<T, P>(string sql, P parameters);
}
public class CardRepository
{
    private readonly IDataManager _data;
    public CardRepository(IDataManager data) => _data = data;

    public async Task Run(Card card, string cardToken)
    {
        string select = "SELECT * FROM Cards WHERE UserId = @UserId";
        await _data.Query<Card, object>(select, new { card.UserId });
        await _data.Execute("INSERT INTO Tokens (Token, UserId) VALUES (@Token, @UserId)", new { Token = cardToken, card.UserId });
        await _data.Execute("DELETE FROM Cards WHERE UserId = @UserId", card);
        await _data.Execute("UPDATE Cards SET UserId = @UserId WHERE CardNumber = @CardNumber", new { card.CardNumber, card.UserId });
    }
}
""");

        private const string Mvc = """

namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
}
public interface IMapper { T Map<T>(object source); }
public class ApiResponse { public object? Result { get; set; } public int StatusCode { get; set; } }
public class Payment { public int Id { get; set; } public string CardNo { get; set; } = ""; public string CvcNo { get; set; } = ""; }
public class PaymentSummary { public int Id { get; set; } public string Last4 { get; set; } = ""; }
""";

        [Fact]
        public Task Envelopes_filled_with_card_data_are_reported_where_returned() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class PaymentController : ControllerBase
{
    private readonly IMapper _mapper;
    private readonly ApiResponse _response = new();
    public PaymentController(IMapper mapper) => _mapper = mapper;

    public ApiResponse Create(Payment payment)
    {
        _response.Result = _mapper.Map<Payment>(payment);
        _response.StatusCode = 201;
        {|FG1004:return _response;|}
    }

    public IActionResult GetAll(List<Payment> payments)
    {
        var response = new ApiResponse();
        response.Result = payments;
        return Ok({|FG1004:response|});
    }
}
""" + Mvc);

        [Fact]
        public Task Envelopes_filled_with_safe_data_or_elsewhere_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.AspNetCore.Mvc;
public class PaymentController : ControllerBase
{
    private readonly IMapper _mapper;
    private readonly ApiResponse _response = new();
    public PaymentController(IMapper mapper) => _mapper = mapper;

    public ApiResponse Create(Payment payment)
    {
        _response.Result = _mapper.Map<PaymentSummary>(payment);
        return _response;
    }

    public ApiResponse Fail(Payment payment)
    {
        try
        {
            _response.Result = payment.Id;
        }
        finally
        {
            _response.StatusCode = 500;
        }

        return _response;
    }

    public IActionResult GetAll(List<PaymentSummary> payments)
    {
        var response = new ApiResponse { StatusCode = 200 };
        response.Result = payments;
        return Ok(response);
    }
}
""" + Mvc);
    }
}
