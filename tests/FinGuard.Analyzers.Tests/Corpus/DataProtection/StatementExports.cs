using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;

namespace Corpus.DataProtection
{
    public sealed class PayoutBatchFile
    {
        public string BatchId { get; set; } = "";
        public DateTime CreatedAt { get; set; }
        public List<PayoutLine> Lines { get; set; } = new();
    }

    public sealed class PayoutLine
    {
        public string Beneficiary { get; set; } = "";
        public string BeneficiaryIban { get; set; } = "";
        public decimal Amount { get; set; }
    }

    public sealed class KycSnapshot
    {
        public string CustomerId { get; set; } = "";
        public string Ssn { get; set; } = "";
        public string Country { get; set; } = "";
    }

    public sealed class ReceiptView
    {
        public string OrderNumber { get; set; } = "";
        public string IbanLast4 { get; set; } = "";
        public decimal Total { get; set; }
    }

    public sealed class ExportWriter
    {
        private readonly string _folder;

        public ExportWriter(string folder) => _folder = folder;

        public Task WriteLineAsync(PayoutLine line)
            => File.WriteAllTextAsync(Path.Combine(_folder, line.Beneficiary + ".json"), JsonSerializer.Serialize(line)); // expect: FG3001

        public void ArchiveKyc(KycSnapshot snapshot)
        {
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(snapshot); // expect: FG3001
            File.WriteAllBytes(Path.Combine(_folder, snapshot.CustomerId + ".kyc"), json);
        }

        public void WriteReceipt(ReceiptView receipt)
            => File.WriteAllText(Path.Combine(_folder, receipt.OrderNumber + ".json"), JsonSerializer.Serialize(receipt));

        public string ToApiResponse(PayoutLine line) => JsonSerializer.Serialize(line);
    }
}
