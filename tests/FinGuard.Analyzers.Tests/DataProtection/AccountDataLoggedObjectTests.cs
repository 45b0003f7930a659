using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>FG3006 for objects written whole: serialized, destructured, or printed by a record's ToString (issue 18, sets 10 and 12).</summary>
public class AccountDataLoggedObjectTests
{
    // Newtonsoft.Json is not referenced by the tests (nor, before restore, by the real-code evaluation): a stand-in.
    private const string JsonConvertStub = """

namespace Newtonsoft.Json { public static class JsonConvert { public static string SerializeObject(object value) => ""; public static T DeserializeObject<T>(string text) => default!; } }
""";

    [Fact]
    public Task Serialized_requests_that_carry_account_numbers_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
public class NameEnquiryRequest { public string RequestId { get; set; } = ""; public string AccountNumber { get; set; } = ""; }
public class Beneficiary { public string Name { get; set; } = ""; public string Iban { get; set; } = ""; }
public class BulkTransferCommand { public string Reference { get; set; } = ""; public List<Beneficiary> Beneficiaries { get; set; } = new(); }
public class LoanApplication { public string FullName { get; set; } = ""; public string Bvn { get; set; } = ""; }
public class EnquiryClient
{
    private readonly ILogger<EnquiryClient> _logger;
    public EnquiryClient(ILogger<EnquiryClient> logger) => _logger = logger;
    public void Send(NameEnquiryRequest request, BulkTransferCommand command, LoanApplication application)
    {
        _logger.LogInformation($"Name enquiry {request.RequestId} | Request >> {{|FG3006:JsonConvert.SerializeObject(request)|}}");
        _logger.LogInformation("Bulk transfer: " + {|FG3006:System.Text.Json.JsonSerializer.Serialize(command)|});
        string payload = JsonConvert.SerializeObject(application);
        _logger.LogInformation("Loan application {Payload}", {|FG3006:payload|});
    }
}
""" + JsonConvertStub);

    [Fact]
    public Task Destructured_objects_and_records_that_print_account_data_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
public sealed record IbanCode(string Value);
public sealed record PaymentOrder(string PayerIban, decimal Amount);
public class Transfer { public string DestinationAccountNumber { get; set; } = ""; public decimal Amount { get; set; } }
public class TransferService
{
    private readonly ILogger<TransferService> _logger;
    public TransferService(ILogger<TransferService> logger) => _logger = logger;
    public void Execute(IbanCode sender, PaymentOrder order, Transfer transfer)
    {
        _logger.LogError("Sender account {Sender} not found", {|FG3006:sender|});
        _logger.LogInformation("Executing {Order}", {|FG3006:order|});
        _logger.LogInformation("Executing {@Transfer}", {|FG3006:transfer|});
    }
}
""");

    // Held-out set 17: an anonymous object whose account data is ciphertext (IDataProtector.Protect, an Encrypt helper)
    // logs nothing readable; one member left clear, or unprotected again, is still reported.
    [Fact]
    public Task Anonymous_objects_of_protected_account_data_are_not_reported_but_clear_members_are() => VerifyCS.VerifyAnalyzerAsync("""

using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
public interface IDataProtector { string Protect(string plaintext); string Unprotect(string protectedData); }
public class PayoutLog
{
    private readonly ILogger<PayoutLog> _logger;
    private readonly IDataProtector _protector;
    public PayoutLog(ILogger<PayoutLog> logger, IDataProtector protector) { _logger = logger; _protector = protector; }
    public void Write(string iban, string accountNumber, decimal amount)
    {
        _logger.LogInformation("Payout {@Payout}", new { Iban = _protector.Protect(iban), Amount = amount });
        _logger.LogInformation("Payout {Payout}", JsonConvert.SerializeObject(new { Iban = EncryptIban(iban), AccountNumber = EncryptIban(accountNumber) }));
        _logger.LogInformation("Payout {@Payout}", {|FG3006:new { Iban = _protector.Protect(iban), AccountNumber = accountNumber }|});
        _logger.LogInformation("Payout {Payout}", {|FG3006:JsonConvert.SerializeObject(new { Iban = _protector.Unprotect(iban) })|});
    }

    private static string EncryptIban(string value) => value;
}
""" + JsonConvertStub);

    [Fact]
    public Task Objects_without_account_data_or_with_it_left_out_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
[AttributeUsage(AttributeTargets.Property)] public sealed class SensitiveDataAttribute : Attribute { }
public class SchemesRequest { public string RequestId { get; set; } = ""; public string CountryId { get; set; } = ""; public int AccountId { get; set; } }
public class MaskedPayee { public string MaskedAccountNumber { get; set; } = ""; public string IbanLast4 { get; set; } = ""; }
public class RedactedTransfer
{
    [JsonIgnore] public string Iban { get; set; } = "";
    [SensitiveData] public string AccountNumber { get; set; } = "";
    public decimal Amount { get; set; }
}
public class Transfer { public string Iban { get; set; } = ""; public decimal Amount { get; set; } }
public sealed record TransferSummary(string Iban, decimal Amount) { public override string ToString() => $"Transfer of {Amount}"; }
public class SchemeClient
{
    private readonly ILogger<SchemeClient> _logger;
    public SchemeClient(ILogger<SchemeClient> logger) => _logger = logger;
    public void Send(MaskedPayee payee, RedactedTransfer redacted, Transfer transfer, TransferSummary summary, Dictionary<string, string> headers, string responseText)
    {
        var request = new SchemesRequest { RequestId = Guid.NewGuid().ToString("N"), CountryId = "NG" };
        string json = JsonConvert.SerializeObject(request);
        _logger.LogInformation("GET_SCHEMES_REQUEST: {0}", json);
        _logger.LogInformation("Anonymous {Payload}", JsonConvert.SerializeObject(new { request.RequestId, Channel = "mobile" }));
        _logger.LogInformation("Payee {Payee}", JsonConvert.SerializeObject(payee));
        _logger.LogInformation("Redacted {Transfer}", System.Text.Json.JsonSerializer.Serialize(redacted));
        _logger.LogInformation("Headers {Headers}", JsonConvert.SerializeObject(headers));
        _logger.LogInformation("Transfer {Transfer}", transfer);
        _logger.LogInformation("Summary {Summary}", summary);
        var parsed = JsonConvert.DeserializeObject<Transfer>(responseText);
        _logger.LogInformation("Parsed amount {Amount}", parsed.Amount);
    }
}
""" + JsonConvertStub);

    [Fact]
    public Task Write_message_methods_of_the_applications_log_type_are_log_calls() => VerifyCS.VerifyAnalyzerAsync("""

public interface ILogs { void Logger(string logmessage, string logtype); void ServiceMsg(string logmessage, string logtype); string GetMessage(string messageId); }
public class Loan { public string AccountNumber { get; set; } = ""; public string LoanReferenceId { get; set; } = ""; }
public class CollectionJob
{
    private readonly ILogs _log;
    public CollectionJob(ILogs log) => _log = log;
    public void Collect(Loan loan)
    {
        _log.ServiceMsg($"Account Number {{|FG3006:loan.AccountNumber|}} is funded for {loan.LoanReferenceId}", "INFO");
        _log.Logger("Disbursed to account " + {|FG3006:loan.AccountNumber|}, "INFO");
        _log.GetMessage(loan.AccountNumber);
    }
}
""");

    [Fact]
    public async Task A_logger_interface_declared_in_a_referenced_project_is_a_log_call()
    {
        // The web project logs through ILogs declared in the solution's business-logic project (held-out set 12).
        var test = new VerifyCS.Test
        {
            TestCode = """
public class LoanRequest { public string CustomerName { get; set; } = ""; public string Bvn { get; set; } = ""; }
public class LoanController
{
    private readonly Core.ILogs _log;
    public LoanController(Core.ILogs log) => _log = log;
    public void Apply(LoanRequest request) => _log.Logger("Loan request for " + request.CustomerName + ", BVN " + {|FG3006:request.Bvn|}, "INFO");
}
""",
        };
        test.TestState.AdditionalProjects["Core"].Sources.Add(("ILogs.cs", "namespace Core { public interface ILogs { void Logger(string logmessage, string logtype); } }"));
        test.TestState.AdditionalProjectReferences.Add("Core");
        await test.RunAsync();
    }

    [Fact]
    public Task A_serializer_that_does_not_bind_is_recognised_by_name() => VerifyCS.VerifyAnalyzerAsync("""

public interface ILogs { void Logger(string logmessage, string logtype); }
public class LoanRequest { public string CustomerName { get; set; } = ""; public string Bvn { get; set; } = ""; }
public class SummaryRequest { public string CustomerName { get; set; } = ""; public string ProductCode { get; set; } = ""; }
public class LoanController
{
    private readonly ILogs _log;
    public LoanController(ILogs log) => _log = log;
    public void Apply(LoanRequest request, SummaryRequest summary)
    {
        _log.Logger($"Loan request received: {{|FG3006:{|CS0103:JsonConvert|}.SerializeObject(request)|}}", "INFO");
        _log.Logger($"Summary: {{|CS0103:JsonConvert|}.SerializeObject(summary)}", "INFO");
    }
}
""");
}
