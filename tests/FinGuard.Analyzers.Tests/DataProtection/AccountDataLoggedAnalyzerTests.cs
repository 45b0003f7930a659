using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class AccountDataLoggedAnalyzerTests
{
    [Fact]
    public Task Account_numbers_ibans_and_national_ids_in_logs_and_exceptions_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class Payee { public string Iban { get; set; } = ""; public string AccountNumber { get; set; } = ""; public string Ssn { get; set; } = ""; }
public class PayoutService
{
    private readonly ILogger<PayoutService> _logger;
    public PayoutService(ILogger<PayoutService> logger) => _logger = logger;
    public void Pay(Payee payee, string taxId, string reference)
    {
        _logger.LogInformation("Paying {Iban}", {|FG3006:payee.Iban|});
        _logger.LogWarning($"Account {{|FG3006:payee.AccountNumber|}} rejected");
        Console.WriteLine("SSN: " + {|FG3006:payee.Ssn|});
        _logger.LogInformation("Payee {BankAccountNumber}", {|FG3006:reference|});
        throw new InvalidOperationException($"Unknown tax id {{|FG3006:taxId|}}");
    }
}
""");

    [Fact]
    public Task Amounts_routing_numbers_masked_forms_and_call_results_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using Microsoft.Extensions.Logging;
public class Payee
{
    public string Iban { get; set; } = "";
    public string IbanLast4 { get; set; } = "";
    public string MaskedAccountNumber { get; set; } = "";
    public string AccountNumberHash { get; set; } = "";
    public string RoutingNumber { get; set; } = "";
    public decimal Balance { get; set; }
    public Guid AccountId { get; set; }
    public string OrderNumber { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
}
public class PayoutService
{
    private readonly ILogger<PayoutService> _logger;
    public PayoutService(ILogger<PayoutService> logger) => _logger = logger;
    public void Pay(Payee payee, decimal amount)
    {
        _logger.LogInformation("Paying {Amount} to {Last4}", amount, payee.IbanLast4);
        _logger.LogInformation("Account {Masked} ({Hash})", payee.MaskedAccountNumber, payee.AccountNumberHash);
        _logger.LogInformation("Bank {RoutingNumber}, balance {Balance}", payee.RoutingNumber, payee.Balance);
        _logger.LogInformation("Account {AccountId}, order {OrderNumber}, phone {PhoneNumber}", payee.AccountId, payee.OrderNumber, payee.PhoneNumber);
        _logger.LogInformation("Iban {Iban}", Mask(payee.Iban));
        _logger.LogInformation("Iban {Iban}", "DE00 **** 1234");
    }
    private static string Mask(string value) => "****" + value.Substring(value.Length - 4);
}
""");

    // National ids under their local names (a Georgian private number, a Brazilian CPF) in exception messages that an
    // error middleware logs; validation results, formats and hashes of them are not the id.
    [Fact]
    public Task National_ids_under_local_names_in_exception_messages_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
public class CreateAccountRequest { public string PrivateNumber { get; set; } = ""; public string Cpf { get; set; } = ""; public string PersonalNumberFormat { get; set; } = ""; }
public class AccountService
{
    public void Create(CreateAccountRequest request, string idNumber, string cpfHash, bool cpfIsValid, int numberOfIds)
    {
        if (request.PrivateNumber.Length != 11)
        {
            throw new Exception($"User with Private Number: {{|FG3006:request.PrivateNumber|}} is not registered");
        }

        Console.WriteLine("CPF " + {|FG3006:request.Cpf|} + " id " + {|FG3006:idNumber|});
        Console.WriteLine($"Format {request.PersonalNumberFormat}, hash {cpfHash}, valid {cpfIsValid}, ids {numberOfIds}");
    }
}
""");

    // Held-out set 8 (issue 18): a list or array of account numbers is logged element by element.
    [Fact]
    public Task Lists_and_arrays_of_ibans_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using Microsoft.Extensions.Logging;
public class AccountOpening
{
    private readonly ILogger<AccountOpening> _logger;
    public AccountOpening(ILogger<AccountOpening> logger) => _logger = logger;
    public void Opened(int userId, List<string> ibans, string[] accountNumbers, IReadOnlyList<string> newIbans)
    {
        _logger.LogInformation("User {UserId} opened {Ibans}", userId, {|FG3006:ibans|});
        _logger.LogInformation("Accounts {Accounts}", {|FG3006:accountNumbers|});
        _logger.LogInformation("New accounts {Ibans}", {|FG3006:newIbans|});
    }
}
""");

    [Fact]
    public Task Lists_of_ids_flags_and_masked_forms_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
public class BankAccount { public string Iban { get; set; } = ""; }
public class AccountOpening
{
    private readonly ILogger<AccountOpening> _logger;
    public AccountOpening(ILogger<AccountOpening> logger) => _logger = logger;
    public void Opened(List<int> accountIds, List<Guid> ibanRequestIds, List<string> maskedIbans, List<bool> ibans, List<BankAccount> accounts, Dictionary<string, string> accountNumbers)
    {
        _logger.LogInformation("Accounts {AccountIds}", accountIds);
        _logger.LogInformation("Requests {Ids}", ibanRequestIds);
        _logger.LogInformation("Accounts {Masked}", maskedIbans);
        _logger.LogInformation("Valid {Flags}", ibans);
        _logger.LogInformation("Accounts {Count}", accounts);
        _logger.LogInformation("Lookup {Map}", accountNumbers);
    }
}
""");
}
