using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 24: log calls on a logger whose package is unresolved before restore (Serilog's static
/// <c>Log</c>, an <c>ILogger</c> of a package not restored). The calls do not bind, so their arguments are read against
/// the template's holes as a bound call's are.
/// </summary>
public class AccountDataLoggedUnboundLoggerTests
{
    [Fact]
    public Task Account_data_in_the_holes_of_an_unresolved_static_Serilog_log_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using Serilog;
public sealed class Wallet { public long WalletNumber { get; set; } public string HolderSsn { get; set; } = ""; }
public class PayoutService
{
    public void Pay(string clientId, long bankAccountNumber, string payeeSsn, decimal total, Wallet wallet)
    {
        Log.Information("Paying {Total} into account {BankAccountNumber} for {ClientId}", total, {|FG3006:bankAccountNumber|}, clientId);
        Log.Warning("Payee {Ssn} refused", {|FG3006:payeeSsn|});
        Log.Error("Payout failed for {Holder}", {|FG3006:wallet.HolderSsn|});
        Log.Debug("Payee ssn " + {|FG3006:payeeSsn|});
    }
}
""");

    [Fact]
    public Task Safe_values_and_calls_that_are_not_logs_stay_silent() => VerifyCS.VerifyUnresolvedAsync("""

using Serilog;
public class PayoutService
{
    private readonly ILogger _log;
    public PayoutService(ILogger log) => _log = log;
    public void Pay(string clientId, long bankAccountNumber, string maskedAccountNumber, decimal total)
    {
        // Ids, amounts and masked forms; values beyond the template's holes; a constant template with no holes.
        Log.Information("Paying {Total} for {ClientId} to {Masked}", total, clientId, maskedAccountNumber);
        Log.Information("Paying {Total}", total, bankAccountNumber);
        Log.Information("Payout sent", bankAccountNumber);
        // A method of another name, and a receiver that is not a logger.
        Log.Write(bankAccountNumber);
        Metrics.Information("Payout {Account}", bankAccountNumber);
        _log.Verbose("Payout {Total}", total);
    }
}
""");

    [Fact]
    public Task An_unresolved_ILogger_instance_writing_an_iban_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using Microsoft.Extensions.Logging;
public class RefundService
{
    private readonly ILogger<RefundService> _logger;
    public RefundService(ILogger<RefundService> logger) => _logger = logger;
    public void Refund(string iban, string reference)
    {
        _logger.LogInformation("Refund {Reference} to {Iban}", reference, {|FG3006:iban|});
        _logger.LogInformation("Refund {Reference}", reference);
    }
}
""");

    // Issue 18, set 25: log4net's ILog before restore.
    [Fact]
    public Task Account_data_in_an_unresolved_log4net_message_is_reported() => VerifyCS.VerifyUnresolvedAsync("""

using log4net;
public sealed class Customer { public string Name { get; set; } = ""; public string CPF { get; set; } = ""; public string MaskedCpf { get; set; } = ""; }
public class CustomerService
{
    private readonly ILog Log = LogManager.GetLogger("Shop.Log");
    public void Create(Customer customer, string customerId)
    {
        Log.Info($"Creating a customer with CPF {{|FG3006:customer.CPF|}}");
        Log.Error("Customer CPF " + {|FG3006:customer.CPF|});
        Log.Info($"Created customer {customerId} ({customer.MaskedCpf})");
        Log.Warn("Customer created");
    }
}
""");

    [Fact]
    public Task Info_calls_on_receivers_that_are_not_log4net_loggers_stay_silent() => VerifyCS.VerifyUnresolvedAsync("""

public sealed class Customer { public string CPF { get; set; } = ""; }
public class Banner { public void Info(string text) { } }
public class CustomerService
{
    private readonly Banner Log = new Banner();
    private readonly Telemetry.ITracker _tracker = null!;
    public void Create(Customer customer)
    {
        Log.Info("CPF " + customer.CPF);
        _tracker.Info("CPF " + customer.CPF);
    }
}
""");
}
