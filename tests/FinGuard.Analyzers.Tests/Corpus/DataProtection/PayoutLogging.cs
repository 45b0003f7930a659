using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Corpus.DataProtection.Logging
{
    public sealed class PayoutInstruction
    {
        public Guid Id { get; set; }
        public string BeneficiaryName { get; set; } = "";
        public string Iban { get; set; } = "";
        public string IbanLast4 { get; set; } = "";
        public string Bic { get; set; } = "";
        public string SortCode { get; set; } = "";
        public decimal Amount { get; set; }
        public string Currency { get; set; } = "EUR";
    }

    public sealed class PayoutLogger
    {
        private readonly ILogger<PayoutLogger> _logger;

        public PayoutLogger(ILogger<PayoutLogger> logger) => _logger = logger;

        public Task SubmitAsync(PayoutInstruction payout, CancellationToken cancellationToken)
        {
            _logger.LogInformation("Submitting payout {PayoutId} of {Amount} {Currency}", payout.Id, payout.Amount, payout.Currency);
            _logger.LogDebug("Beneficiary {Name} account {Iban}", payout.BeneficiaryName, payout.Iban); // expect: FG3006
            _logger.LogInformation("Beneficiary account ending {Last4}", payout.IbanLast4);
            _logger.LogInformation("Bank {Bic} {SortCode}", payout.Bic, payout.SortCode);
            return Task.CompletedTask;
        }

        public void Reject(PayoutInstruction payout, string nationalId, string reason)
        {
            _logger.LogWarning("Payout {PayoutId} rejected: {Reason}", payout.Id, reason);
            if (reason.Length == 0)
            {
                throw new InvalidOperationException($"Payout rejected for national id {nationalId}"); // expect: FG3006
            }
        }

        public void Audit(string customerSsn, string accountNumberMasked)
        {
            Console.WriteLine($"KYC check for {customerSsn}"); // expect: FG3006
            Console.WriteLine($"Account {accountNumberMasked} verified");
        }
    }
}
