using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataPersistedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004 judges what it follows as FG1001 and FG1002 judge the declaration (issue 18, set 24; <c>NonPaymentCardMembers</c>):
/// an account's <c>SecurityCode</c> returned in a login response (also a database-first <c>AccountT.AccountSecurityCode</c>),
/// a member-card shop's bare card number written by its data layer, a loyalty card's number returned with its points.
/// Twins: a card payment DTO's security code returned, the same data layer where the application also holds a payment
/// card's CVV, a card number beside a card's expiry.
/// </summary>
public class OtherCardsFollowedByValueTests
{
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
public abstract class Dbhelper
{
    private static System.Data.OleDb.OleDbConnection connection = null!;
    private static System.Data.OleDb.OleDbCommand command = null!;

    public static int ExecuteNonQuery(string cmdText)
    {
        command = new System.Data.OleDb.OleDbCommand(cmdText, connection);
        return command.ExecuteNonQuery();
    }
}
""";

    [Fact]
    public Task Account_security_codes_returned_in_login_responses_are_left_alone() => VerifyCS.VerifyUnresolvedAsync("""

using Microsoft.AspNetCore.Mvc;
public class AccountT
{
    public int AccountId { get; set; }
    public string AccountUsername { get; set; } = "";
    public string AccountPassword { get; set; } = "";
    public string AccountSecurityCode { get; set; } = "";
}
public class ClientRegisterResponseDto
{
    public string OtpCode { get; set; } = "";
    public string SecurityCode { get; set; } = "";
    public System.DateTime OTPExpireTime { get; set; }
}
public class AccountController : ControllerBase
{
    private static AccountT Find(int id) => new AccountT();

    public ActionResult Login(int id)
    {
        AccountT account = Find(id);
        var response = new ClientRegisterResponseDto { OtpCode = "1234", SecurityCode = account.AccountSecurityCode };
        return Ok(response);
    }

    public ActionResult Get(int id)
    {
        AccountT account = Find(id);
        return Ok(account);
    }
}
""" + Mvc);

    [Fact]
    public Task A_card_payments_security_code_returned_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using Microsoft.AspNetCore.Mvc;
public class CardPaymentDto
{
    public string CardNumber { get; set; } = "";
    public string SecurityCode { get; set; } = "";
    public string Token { get; set; } = "";
}
public class CardController : ControllerBase
{
    public ActionResult Echo(string token, string securityCode)
    {
        return Ok({|FG1004:new CardPaymentDto { Token = token, SecurityCode = securityCode }|});
    }
}
""" + Mvc);

    [Fact]
    public Task Card_numbers_written_by_a_member_card_shops_data_layer_are_left_alone() => VerifyCS.VerifyUnresolvedAsync("""

public class VipInfo
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
}
public static class DataService
{
    public static int AddNewVip(VipInfo vip, string CardNum)
    {
        string sql = "insert into VipInfo (VipName,VipPhone,CardNumber) values('" + vip.Name + "','" + vip.Phone + "'," + CardNum + ")";
        return Dbhelper.ExecuteNonQuery(sql);
    }
}
""" + Mvc);

    [Fact]
    public Task Card_numbers_written_where_the_application_also_holds_a_payment_card_are_reported() => VerifyCS.VerifyUnresolvedAsync("""

public class VipInfo
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
}
public class Checkout
{
    public string Cvv { get; set; } = "";
}
public static class DataService
{
    public static int AddNewVip(VipInfo vip, string CardNum)
    {
        string sql = {|FG1004:"insert into VipInfo (VipName,VipPhone,CardNumber) values('" + vip.Name + "','" + vip.Phone + "'," + CardNum + ")"|};
        return Dbhelper.ExecuteNonQuery(sql);
    }
}
""" + Mvc);
}
