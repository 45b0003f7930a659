using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.CardDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>FG1003 through the application's own logger wrappers (an ISeqLogger.LogInfo(message, args) over Serilog or Seq).</summary>
public class CardDataLoggedWrapperTests
{
    [Fact]
    public Task Calls_of_the_applications_own_logger_wrapper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public interface ISeqLogger
{
    void LogInfo(string message, params object[] parameters);
    void LogError(string message, params object[] parameters);
}
public class AppLog
{
    public static void Warn(string text) { }
    public static void Write(string format, object arg) { }
}
public class Card { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class CardService
{
    private readonly ISeqLogger _seqLogger;
    public CardService(ISeqLogger seqLogger) => _seqLogger = seqLogger;
    public void Create(Card card, string pan)
    {
        _seqLogger.LogInfo("Card {CardNumber} created", {|FG1003:card.CardNumber|});
        _seqLogger.LogError("Card creation failed for {Value}", {|FG1003:pan|});
        AppLog.Warn($"cvv {{|FG1003:card.Cvv|}}");
        AppLog.Write("card {0}", {|FG1003:card.CardNumber|});
    }
}
""");

    [Fact]
    public Task Look_alike_methods_and_types_are_not_log_sinks() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
public class LogEntity { public string Message { get; set; } = ""; }
public class LogEntityRepository { public void Save(string message, string cardNumber) { } }
public class AuthClient { public Task LoginAsync(string text, string cardNumber) => Task.CompletedTask; }
public class Catalog { public void Info(string message, string cardNumber) { } }
public class Blog { public void Write(string text, string cardNumber) { } }
public class Logistics { public void Error(string message, string cardNumber) { } }
public class AuditLogger { public void LogInfo(int code, string cardNumber) { } }
public class ContextLogger { public void LogInfo(string context, string cardNumber) { } }
public class Card { public string CardNumber { get; set; } = ""; }
public class Service
{
    public async Task Run(Card card, LogEntityRepository logs, AuthClient auth, Catalog catalog, Blog blog, Logistics logistics, AuditLogger audit, ContextLogger contextLogger)
    {
        contextLogger.LogInfo("checkout", card.CardNumber);
        logs.Save("created", card.CardNumber);
        await auth.LoginAsync("user", card.CardNumber);
        catalog.Info("card", card.CardNumber);
        blog.Write("card", card.CardNumber);
        logistics.Error("card", card.CardNumber);
        audit.LogInfo(1, card.CardNumber);
    }
}
""");
}
