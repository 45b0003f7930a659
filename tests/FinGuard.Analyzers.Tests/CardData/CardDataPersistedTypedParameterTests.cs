using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 (issue 18, session 25): two parameter shapes of hand-built SQL that store card data, before restore (neither
/// SqlClient nor Dapper referenced). ADO.NET's (name, type) overload with the value set on the parameter it returns,
/// <c>cmd.Parameters.Add("@pin", SqlDbType.NVarChar).Value = pin</c>, judged by the value and else by the parameter's name,
/// and silent when the command found in the method only looks the card up. Dapper's <c>DynamicParameters.Add(name, value,
/// ...)</c> on a local executed with a command that writes (an INSERT, a procedure named for a write), silent for a
/// read procedure, a <c>Query</c>, a masked or token value.
/// </summary>
public class CardDataPersistedTypedParameterTests
{
    [Fact]
    public Task Typed_parameter_values_of_an_insert_or_update_set_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using System.Data.SqlClient;
public class CardStore
{
    private SqlConnection connection;

    public void Issue(string cardNumber, string pinHash, string pin, string owner)
    {
        using (SqlCommand command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO Cards VALUES (@cardNumber, @pinHash, @owner, @pin)";
            command.Parameters.Add("@cardNumber", SqlDbType.NVarChar).Value = {|FG1004:cardNumber|};
            command.Parameters.Add("@pinHash", SqlDbType.NVarChar).Value = pinHash;
            command.Parameters.Add("@owner", SqlDbType.NVarChar).Value = owner;
            command.Parameters.Add("@pin", SqlDbType.NVarChar).Value = {|FG1004:pin|};
            command.ExecuteNonQuery();
        }
    }

    public void ChangePin(string cardNumber, string newPin)
    {
        var command = new SqlCommand("UPDATE Cards SET Hint = @pin WHERE CardNumber = @cardNumber", connection);
        command.Parameters.Add("@cardNumber", SqlDbType.NVarChar).Value = cardNumber;
        command.Parameters.Add("@pin", SqlDbType.NVarChar).Value = {|FG1004:newPin|};
    }

    public void ChangeCode(string cardNumber, string code)
    {
        var command = new SqlCommand("UPDATE Cards SET SecretHint = @cvv WHERE Number = @number", connection);
        command.Parameters.Add("@number", SqlDbType.NVarChar).Value = cardNumber;
        command.Parameters.Add("@cvv", SqlDbType.NVarChar, 4).Value = {|FG1004:code|};
    }
}
""");

    [Fact]
    public Task Typed_parameters_of_lookups_masked_values_and_tokens_stay_silent() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using System.Data.SqlClient;
public class CardReader
{
    private SqlConnection connection;

    public void Find(string cardNumber)
    {
        var command = new SqlCommand("SELECT Balance FROM Cards WHERE CardNumber = @cardNumber", connection);
        command.Parameters.Add("@cardNumber", SqlDbType.NVarChar).Value = cardNumber;
    }

    public void SignIn(string login, string pin)
    {
        var command = new SqlCommand("INSERT INTO Logins (UserName, Pin) VALUES (@login, @pin)", connection);
        command.Parameters.Add("@pin", SqlDbType.NVarChar).Value = pin;
    }

    public void Debit(string cardNumber, decimal amount)
    {
        var command = new SqlCommand("INSERT INTO Transactions (FromAccount, Amount) VALUES ((SELECT AccountID FROM Cards WHERE CardNumber = @cardNumber), @amount)", connection);
        command.Parameters.Add("@cardNumber", SqlDbType.NVarChar).Value = cardNumber;
        command.Parameters.Add("@amount", SqlDbType.Decimal).Value = amount;
    }

    public void Block(string cardNumber)
    {
        var command = new SqlCommand("sp_check_card", connection);
        command.Parameters.Add("@card", SqlDbType.NVarChar).Value = cardNumber;
    }

    public void Save(string maskedCardNumber, string cardToken, string last4, string giftCardNumber, string note)
    {
        var command = new SqlCommand("INSERT INTO Payments (Masked, Token, Last4, Gift, Number) VALUES (@masked, @token, @last4, @gift, @number)", connection);
        command.Parameters.Add("@masked", SqlDbType.NVarChar).Value = maskedCardNumber;
        command.Parameters.Add("@token", SqlDbType.NVarChar).Value = cardToken;
        command.Parameters.Add("@last4", SqlDbType.NVarChar).Value = last4;
        command.Parameters.Add("@gift", SqlDbType.NVarChar).Value = giftCardNumber;
        command.Parameters.Add("@number", SqlDbType.NVarChar).Value = note;
        command.Parameters.Add("@pan", SqlDbType.NVarChar).Value = Mask(note);
    }

    private static string Mask(string value) => "****" + value.Substring(value.Length - 4);
}
""");

    [Fact]
    public Task Dynamic_parameters_of_a_write_procedure_or_insert_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using Dapper;
public class VoucherCard { public string CardNumber { get; set; } public int Cvv { get; set; } public int Balance { get; set; } }
public class VoucherCardRepository
{
    private IDbConnection _connection;

    public async void Create(VoucherCard card)
    {
        var parm = new DynamicParameters();
        parm.Add("p_balance", card.Balance, DbType.Int64, ParameterDirection.Input);
        parm.Add("p_card_number", {|FG1004:card.CardNumber|}, DbType.String, ParameterDirection.Input);
        parm.Add("p_cvv", {|FG1004:card.Cvv|}, DbType.Int64, ParameterDirection.Input);
        await _connection.ExecuteAsync("cards_package.create_card", param: parm, commandType: CommandType.StoredProcedure);
    }

    public void Insert(VoucherCard card)
    {
        const string sql = "INSERT INTO Cards (Number) VALUES (@Number)";
        var p = new DynamicParameters();
        p.Add("@Number", {|FG1004:card.CardNumber|});
        _connection.Execute(sql, p);
    }
}
""");

    [Fact]
    public Task Dynamic_parameters_of_reads_masked_values_and_tokens_stay_silent() => VerifyCS.VerifyUnresolvedAsync("""

using System.Data;
using Dapper;
public class SavedCard { public string CardNumber { get; set; } public string CardToken { get; set; } public string MaskedNumber { get; set; } }
public class SavedCardRepository
{
    private IDbConnection _connection;

    public void Delete(SavedCard card)
    {
        var parm = new DynamicParameters();
        parm.Add("p_card_number", card.CardNumber);
        _connection.Execute("cards_package.delete_card", parm, commandType: CommandType.StoredProcedure);
    }

    public SavedCard Find(string cardNumber)
    {
        var parm = new DynamicParameters();
        parm.Add("p_card_number", cardNumber);
        return _connection.QuerySingle<SavedCard>("cards_package.create_card", parm);
    }

    public void Store(SavedCard card)
    {
        var parm = new DynamicParameters();
        parm.Add("p_token", card.CardToken);
        parm.Add("p_masked", card.MaskedNumber);
        parm.Add("p_number", Mask(card.CardNumber));
        _connection.Execute("cards_package.create_card", parm);
    }

    public void Rename(SavedCard card)
    {
        var parm = new DynamicParameters();
        parm.Add("@CardNumber", card.CardNumber);
        _connection.Execute("UPDATE Cards SET Nickname = @Nickname WHERE CardNumber = @CardNumber", parm);
    }

    private static string Mask(string value) => "****" + value.Substring(value.Length - 4);
}
""");
}
