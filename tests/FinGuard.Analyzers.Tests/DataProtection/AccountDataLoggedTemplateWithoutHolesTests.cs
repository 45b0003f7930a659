using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

// Held-out set 10 (three fp in one application, a shape any ILogger user can write): ILogger's extension methods keep
// only the arguments the template has holes for, so LogInformation("REQUEST:", json) writes "REQUEST:" and nothing else.
public class AccountDataLoggedTemplateWithoutHolesTests
{
    [Fact]
    public Task Arguments_after_a_constant_ilogger_template_without_holes_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class Transfer { public string Iban { get; set; } = ""; public string NationalId { get; set; } = ""; }
public class TransferClient
{
    private readonly ILogger<TransferClient> _logger;
    public TransferClient(ILogger<TransferClient> logger) => _logger = logger;
    public void Send(Transfer transfer, string accountNumber, Exception error)
    {
        _logger.LogInformation("TRANSFER_REQUEST:", transfer.Iban);
        _logger.LogInformation($"OPENING_REQUEST: ", transfer.NationalId);
        _logger.LogWarning(error, "Transfer failed", accountNumber);
        _logger.LogDebug("Escaped {{Iban}} is text, not a hole", transfer.Iban);
    }
}
""");

    [Fact]
    public Task The_same_values_filling_a_hole_or_after_a_template_that_is_not_constant_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class Transfer { public string Iban { get; set; } = ""; public string NationalId { get; set; } = ""; }
public class TransferClient
{
    private readonly ILogger<TransferClient> _logger;
    public TransferClient(ILogger<TransferClient> logger) => _logger = logger;
    public void Send(Transfer transfer, string accountNumber, Exception error, string prefix)
    {
        _logger.LogInformation("TRANSFER_REQUEST: {Request}", {|FG3006:transfer.Iban|});
        _logger.LogWarning(error, "Transfer failed for {Account}", {|FG3006:accountNumber|});
        _logger.LogInformation(prefix, {|FG3006:transfer.NationalId|});
        _logger.LogInformation($"OPENING_REQUEST: {{|FG3006:transfer.NationalId|}}");
    }
}
""");

    [Fact]
    public Task An_application_logger_wrapper_with_a_template_without_holes_stays_reported() => VerifyCS.VerifyAnalyzerAsync("""

public interface IAuditLogger { void LogInfo(string message, params object[] parameters); }
public class Transfer { public string Iban { get; set; } = ""; }
public class TransferClient
{
    private readonly IAuditLogger _log;
    public TransferClient(IAuditLogger log) => _log = log;
    public void Send(Transfer transfer) => _log.LogInfo("TRANSFER_REQUEST:", {|FG3006:transfer.Iban|});
}
""");
}
