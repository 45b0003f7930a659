using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 before restore: Newtonsoft.Json and SqlClient are packages, so JsonConvert.SerializeObject and
/// SqlCommand.Parameters.AddWithValue do not bind until restore. Recognised by name when unbound. Look-alikes: objects
/// without card data, masked values and tokens, the application's own JsonConvert (it binds), other AddWithValue shapes.
/// </summary>
public class CardDataPersistedUnresolvedTests
{
    [Fact]
    public Task Serialized_card_objects_and_sql_parameters_are_reported_before_restore() => VerifyCS.VerifyUnresolvedAsync(@"
using Microsoft.Data.SqlClient;
using Newtonsoft.Json;
public class RefillMessage
{
    public int OrderId { get; set; }
    public string Cvv { get; set; } = """";
}

public class CardStore
{
    public string Publish(int orderId, string cvv)
    {
        var message = new RefillMessage { OrderId = orderId, Cvv = cvv };
        return JsonConvert.SerializeObject({|FG1004:message|});
    }

    public void Save(SqlConnection connection, string cardNumber, string cvv)
    {
        using (var command = new SqlCommand(""INSERT INTO Cards VALUES (@CardNumber, @Cvv)"", connection))
        {
            command.Parameters.AddWithValue(""@CardNumber"", {|FG1004:cardNumber|});
            command.Parameters.AddWithValue(""@Cvv"", {|FG1004:cvv|});
        }
    }
}");

    [Fact]
    public Task Objects_without_card_data_masked_values_and_tokens_are_not_reported() => VerifyCS.VerifyUnresolvedAsync(@"
using Microsoft.Data.SqlClient;
using Newtonsoft.Json;
public class OrderMessage
{
    public int OrderId { get; set; }
    public string CardLast4 { get; set; } = """";
    public string PaymentToken { get; set; } = """";
}

public class Orders
{
    public string Publish(OrderMessage order) => JsonConvert.SerializeObject(order);

    public void Save(SqlCommand command, string cardLast4, string cardToken, int quantity)
    {
        command.Parameters.AddWithValue(""@Last4"", cardLast4);
        command.Parameters.AddWithValue(""@Token"", cardToken);
        command.Parameters.AddWithValue(""@Quantity"", quantity);
    }
}");

    [Fact]
    public Task Test_code_serializing_payloads_is_not_reported()
    {
        var test = new VerifyCS.UnresolvedTest();
        test.TestState.Sources.Add(("/repo/CardApp/UnitTest/CardsApiTests.cs", @"
using Newtonsoft.Json;
public class CardModel { public string CardNumber { get; set; } = ""; }
public class CardsApiTests
{
    public string Payload() => JsonConvert.SerializeObject(new CardModel());
}"));
        return test.RunAsync();
    }

    [Fact]
    public Task The_applications_own_serializer_binds_and_is_not_a_sink() => VerifyCS.VerifyUnresolvedAsync(@"
public class Card { public string CardNumber { get; set; } = """"; }
public static class JsonConvert { public static string SerializeObject(object value) => value.GetType().Name; }
public class Audit
{
    public string Describe(Card card) => JsonConvert.SerializeObject(card);
}");
}
