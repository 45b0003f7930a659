using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1003 through a wrapper named Log plus a level word on a type not named for logging (Util.LogWarning).</summary>
public class CardDataLoggedLevelNamedWrapperTests
{
    [Fact]
    public Task Level_named_log_methods_of_any_source_type_are_log_calls() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public static class Util
{
    public static void LogWarning(string area, string text, int level = 1, object owner = null) { }
    public static void LogException(string area, string msg, Exception ex = null) { }
}
public class Helpers { public void LogTraceAsync(string message) { } }
public class Order { public string CardNumber { get; set; } = ""; public string SecurityCode { get; set; } = ""; }
public class Checkout
{
    public void Pay(Order order, Helpers helpers)
    {
        Util.LogWarning("Pay/10", "card=" + {|FG1003:order.CardNumber|}, 5, this);
        try { } catch (Exception ex) { Util.LogException("Pay/99", "code " + {|FG1003:order.SecurityCode|}, ex); }
        helpers.LogTraceAsync($"pan {{|FG1003:order.CardNumber|}}");
    }
}
""");

    [Fact]
    public Task Login_logo_and_text_building_log_methods_are_not_log_calls() => VerifyCS.VerifyAnalyzerAsync("""

public static class Util
{
    public static void Login(string user, string message) { }
    public static void LogoUpload(string message, string file) { }
    public static string LogMessage(string message) => message.Length.ToString();
    public static void LogisticsInfo(string message) { }
    public static void LogInfoRecord(string message) { }
    public static void LogInfo(int code, string cardNumber) { }
}
public class Order { public string CardNumber { get; set; } = ""; }
public class Checkout
{
    public void Pay(Order order)
    {
        Util.Login("user", order.CardNumber);
        Util.LogoUpload(order.CardNumber, "a.png");
        var text = Util.LogMessage(order.CardNumber);
        Util.LogisticsInfo(order.CardNumber);
        Util.LogInfoRecord(order.CardNumber);
        Util.LogInfo(1, order.CardNumber);
    }
}
""");

    [Fact]
    public Task Request_text_built_by_a_key_value_helper_and_logged_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class Text
{
    public static string Pair(string key, string value, string suffix = ",") => "\"" + key + "\":\"" + value.Trim() + "\"" + suffix;
}
public static class Util
{
    public static void LogInfo(string area, string msg) { }
}
public class Order { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class Gateway
{
    protected string sent;
    public void Tokenize(Order order)
    {
        // Reported where the text is logged and where the card value enters the field the log reads.
        sent = "{" + Text.Pair("card_pan", {|FG1003:order.CardNumber|}) + Text.Pair("cvv", order.Cvv, "}");
        Util.LogInfo("Tokenize/50", "Sent=" + {|FG1003:sent|});
    }
}
""");
}
