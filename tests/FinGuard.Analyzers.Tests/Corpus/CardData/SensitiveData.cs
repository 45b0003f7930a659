using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Corpus.CardData.Sensitive
{
    // A request model posted by a legacy checkout form.
    public sealed class CardForm
    {
        public string CardNumber { get; set; } = ""; // expect: FG1001
        public string Cvv { get; set; } = ""; // expect: FG1002
        public int ExpMonth { get; set; }
        public int ExpYear { get; set; }
        public string NameOnCard { get; set; } = "";
    }

    public record CardAuthorization(string CardToken, string Cvc2, int ExpMonth, int ExpYear); // expect: FG1002

    public sealed class StoredCard
    {
        public Guid Id { get; set; }
        public string CustomerId { get; set; } = "";
        public string CardToken { get; set; } = "";
        public string CardLast4 { get; set; } = "";
        public string CardBrand { get; set; } = "";
        public string SecurityCode { get; set; } = ""; // expect: FG1002
        public string CvcCheck { get; set; } = "";
        public bool CvcProvided { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    public sealed class PosTransaction
    {
        public string TerminalId { get; set; } = "";
        public string Track2Data { get; set; } = ""; // expect: FG1002
        public byte[] PinBlock { get; set; } = Array.Empty<byte>(); // expect: FG1002
        public string TrackingNumber { get; set; } = "";
        public string ReceiptNumber { get; set; } = "";
    }

    public sealed class CvvCache
    {
        private readonly ConcurrentDictionary<string, string> _cvvByCustomer = new(); // expect: FG1002

        public void Remember(string customerId, string cvv) => _cvvByCustomer[customerId] = cvv;
    }

    public sealed class AddressBook
    {
        public string PinCode { get; set; } = "";
        public string City { get; set; } = "";
        public bool IsPinned { get; set; }
        public string WifiSecurityCode { get; set; } = "";
        public string CorrelationCid { get; set; } = "";
        public string GiftCardSecurityCode { get; set; } = "";
        public int CvcLength { get; set; }
        public string EncryptedCvc { get; set; } = ""; // expect: FG1002
        public string GiftCardCode { get; set; } = "";
        public string CardCodeResponse { get; set; } = "";
    }

    public sealed class ProcessorSettings
    {
        public bool RequireCvc { get; set; }
        public string CvvResultCode { get; set; } = "";
        public List<string> AcceptedCardTypes { get; set; } = new();
        public const string CvcFieldName = "cvc";
    }
}
