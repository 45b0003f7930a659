using System;
using System.Data;
using System.Threading.Tasks;
using Dapper;

namespace Corpus.DataProtection
{
    public interface ISensitiveFieldCipher
    {
        string Encrypt(string value);

        string Decrypt(string value);
    }

    public sealed class PayoutRecipient
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Iban { get; set; } = "";
        public string SortCode { get; set; } = "";
        public string AccountNumber { get; set; } = "";
    }

    // Raw SQL repositories (Dapper) that write bank details.
    public sealed class PayoutRecipientRepository
    {
        private readonly IDbConnection _connection;
        private readonly ISensitiveFieldCipher _cipher;

        public PayoutRecipientRepository(IDbConnection connection, ISensitiveFieldCipher cipher)
        {
            _connection = connection;
            _cipher = cipher;
        }

        public Task<int> InsertAsync(PayoutRecipient recipient)
        {
            const string sql = "INSERT INTO payout_recipients (name, iban, sort_code, account_number) VALUES (@Name, @Iban, @SortCode, @AccountNumber)";
            return _connection.ExecuteAsync(sql, new
            {
                recipient.Name,
                recipient.Iban, // expect: FG3001
                SortCode = recipient.SortCode, // silent by default: a sort code identifies the bank, not the account
                AccountNumber = _cipher.Encrypt(recipient.AccountNumber),
            });
        }

        public int UpdateIban(long id, string newIban)
        {
            string encryptedIban = _cipher.Encrypt(newIban);
            return _connection.Execute("UPDATE payout_recipients SET iban = @Iban WHERE id = @Id", new { Id = id, Iban = encryptedIban });
        }

        public int RecordBalance(long id, decimal balance)
            => _connection.Execute("UPDATE wallets SET balance = @Balance WHERE id = @Id", new { Id = id, Balance = balance }); // expect: FG3002

        public PayoutRecipient? FindByIbanHash(string ibanHash)
            => _connection.QueryFirstOrDefault<PayoutRecipient>("SELECT * FROM payout_recipients WHERE iban_hash = @IbanHash", new { IbanHash = ibanHash });

        public int Audit(long id, string orderNumber, int pageNumber)
            => _connection.Execute("INSERT INTO audit (id, order_number, page) VALUES (@Id, @OrderNumber, @PageNumber)", new { Id = id, OrderNumber = orderNumber, PageNumber = pageNumber });

        public int StoreTaxId(long customerId, string taxId) // the parameter is fine; the write below is the finding
            => _connection.Execute("UPDATE customers SET tax_id = @TaxId WHERE id = @Id", new { Id = customerId, TaxId = taxId }); // expect: FG3001
    }
}
