using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>FG3006 through the application's own logger wrappers.</summary>
public class AccountDataLoggedWrapperTests
{
    [Fact]
    public Task Account_numbers_through_the_applications_logger_wrapper_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public interface ISeqLogger { void LogInfo(string message, params object[] parameters); }
public class BankAccount { public string Iban { get; set; } = ""; }
public class AccountService
{
    private readonly ISeqLogger _seqLogger;
    public AccountService(ISeqLogger seqLogger) => _seqLogger = seqLogger;
    public void Create(BankAccount account) => _seqLogger.LogInfo("Created account {Iban}", {|FG3006:account.Iban|});
}
""");

    [Fact]
    public Task Look_alike_methods_of_log_named_types_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public class LogEntityRepository { public void Save(string message, string iban) { } public void LogInfo(int level, string iban) { } }
public class BankAccount { public string Iban { get; set; } = ""; }
public class AccountService
{
    public void Create(BankAccount account, LogEntityRepository logs)
    {
        logs.Save("created", account.Iban);
        logs.LogInfo(1, account.Iban);
    }
}
""");
}
