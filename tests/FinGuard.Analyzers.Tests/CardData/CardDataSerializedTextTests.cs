using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 on card data that leaves as text or through shapes the DTO check did not read (held-out set 5): tuples of card
/// models, the JSON text of a card-carrying object returned later, and data-reader columns put into anonymous responses.
/// </summary>
public class CardDataSerializedTextTests
{
    private const string Stubs = """

public class CardModel
{
    public string CardNumber { get; set; } = "";
    public string Cvv { get; set; } = "";
}
public class CardSummary
{
    public string CardToken { get; set; } = "";
    public string CardLast4 { get; set; } = "";
    public int Quantity { get; set; }
}
namespace Microsoft.AspNetCore.Mvc
{
    public interface IActionResult { }
    public abstract class ControllerBase { public IActionResult Ok(object? value) => null!; }
}
namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object? value) => ""; } }
namespace FinGuard.Security { internal static class CardMasking { public static string Mask(string? pan) => ""; } }
""";

    [Fact]
    public Task Card_objects_serialized_only_as_the_body_of_an_outgoing_request_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Newtonsoft.Json;
public static class CardServiceClient
{
    public static async Task<bool> Post(HttpClient client, CardModel card)
    {
        var data = JsonConvert.SerializeObject(card);
        var content = new StringContent(data, Encoding.UTF8, "application/json");
        var response = await client.PostAsync("https://cards.example/charge", content);
        await client.PostAsync("https://cards.example/verify", new StringContent(JsonConvert.SerializeObject(card)));
        var sealedBody = Sealer.EncryptData("key", JsonConvert.SerializeObject(card));
        return response.IsSuccessStatusCode && sealedBody.Length > 0;
    }

    // Also posted, but written to a file and returned too: still stored or returned.
    public static async Task<string> PostAndKeep(HttpClient client, CardModel card)
    {
        var data = JsonConvert.SerializeObject({|FG1004:card|});
        await client.PostAsync("https://cards.example/charge", new StringContent(data));
        File.WriteAllText("last-charge.json", {|FG1004:data|});
        return data;
    }
}
public static class Sealer { public static string EncryptData(string key, string text) => text; }
""" + Stubs);

    // A CRM or SOAP-style request object: its parameters set by indexer and the request executed (issue 18, set 20).
    [Fact]
    public Task Card_objects_serialized_into_a_request_object_that_is_executed_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using Newtonsoft.Json;
public class ActionRequest
{
    private readonly Dictionary<string, object> _parameters = new();
    public ActionRequest(string name) { }
    public object this[string key] { get => _parameters[key]; set => _parameters[key] = value; }
}
public interface IActionService { object Execute(ActionRequest request); }
public class CardSync
{
    private readonly Dictionary<string, object> _cache = new();
    public void Register(IActionService service, CardModel card)
    {
        var saveRequest = new ActionRequest("save_customer_card");
        saveRequest["cardParameters"] = Convert.ToString(JsonConvert.SerializeObject(card));
        service.Execute(saveRequest);
        var json = JsonConvert.SerializeObject(card);
        var verifyRequest = new ActionRequest("verify_card");
        verifyRequest["card"] = json;
        service.Execute(verifyRequest);
    }

    // Built and never executed, or kept in a cache: the text stays here.
    public ActionRequest Build(CardModel card)
    {
        var pendingRequest = new ActionRequest("save_customer_card");
        pendingRequest["cardParameters"] = JsonConvert.SerializeObject({|FG1004:card|});
        _cache["card"] = JsonConvert.SerializeObject({|FG1004:card|});
        return pendingRequest;
    }
}
""" + Stubs);

    [Fact]
    public Task Tuples_of_card_models_are_serialized_card_data() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Newtonsoft.Json;
public class CardService
{
    public string AllToJson(List<(CardModel, string?)> cardModelInfo) => JsonConvert.SerializeObject({|FG1004:cardModelInfo|});
    public string OneToJson((CardModel Card, string? Note) cardModelInfo) => JsonConvert.SerializeObject({|FG1004:cardModelInfo|});
    public string SummaryToJson((CardSummary, string?) summary) => JsonConvert.SerializeObject(summary);
    public string CountsToJson(List<(int Quantity, string Name)> counts) => JsonConvert.SerializeObject(counts);
}
""" + Stubs);

    [Fact]
    public Task Json_text_of_card_models_returned_later_is_reported_at_the_return() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;
public class CardsController : ControllerBase
{
    public IActionResult All(List<CardModel> cards)
    {
        var json = JsonConvert.SerializeObject({|FG1004:cards|});
        return Ok({|FG1004:json|});
    }
    public IActionResult One(CardModel card)
    {
        string text = System.Text.Json.JsonSerializer.Serialize({|FG1004:card|});
        return Ok({|FG1004:text|});
    }
    public IActionResult Inline(CardModel card) => Ok(JsonConvert.SerializeObject({|FG1004:card|}));
    public IActionResult Helper(List<CardModel> cards) => Ok({|FG1004:ToJson(cards)|});
    public IActionResult Summaries(List<CardSummary> summaries)
    {
        var json = JsonConvert.SerializeObject(summaries);
        return Ok(json);
    }
    public IActionResult Masked(CardModel card)
    {
        var json = JsonConvert.SerializeObject(new { Number = FinGuard.Security.CardMasking.Mask(card.CardNumber) });
        return Ok(json);
    }
    private static string ToJson(List<CardModel> cards) => JsonConvert.SerializeObject({|FG1004:cards|});
}
""" + Stubs);

    [Fact]
    public Task Reader_columns_in_card_named_members_of_a_response_are_card_data() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Data.Common;
using Microsoft.AspNetCore.Mvc;
public class ProfilesController : ControllerBase
{
    public IEnumerable<object> Profile(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new
            {
                Id = reader.GetInt32(0),
                UserName = reader.GetString(1),
                {|FG1004:CardNumber = reader.GetString(2)|}
            };
        }
    }
    public IActionResult Card(DbDataReader reader)
        => Ok(new { Name = reader.GetString(1), {|FG1004:CardNumber = reader["CardNumber"].ToString()|} });
    public IActionResult Safe(DbDataReader reader)
        => Ok(new
        {
            CardLast4 = reader.GetString(2),
            CardToken = reader["CardToken"].ToString(),
            OrderNumber = reader.GetString(3),
            CardNumber = FinGuard.Security.CardMasking.Mask(reader.GetString(2)),
            CardCount = reader.GetInt32(4),
        });
    private object NotAnAction(DbDataReader reader) => new { CardNumber = reader.GetString(2) };
}
""" + Stubs);
}
