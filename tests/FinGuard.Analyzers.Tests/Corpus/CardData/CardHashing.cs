using System;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.CardData.Hashing
{
    // Duplicate-card detection written three ways.
    public sealed class CardIndex
    {
        private readonly byte[] _indexKey;

        public CardIndex(byte[] indexKey) => _indexKey = indexKey;

        public string LegacyLookupKey(string pan) // expect: FG1001
        {
            byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(pan)); // expect: FG1007
            return Convert.ToHexString(digest);
        }

        public string SaltedLookupKey(string cardNumber, string salt) // expect: FG1001
        {
            using var sha = SHA1.Create();
            return Convert.ToBase64String(sha.ComputeHash(Encoding.ASCII.GetBytes(cardNumber + salt))); // expect: FG1007
        }

        public string LookupKey(string pan) // expect: FG1001
        {
            byte[] digest = HMACSHA256.HashData(_indexKey, Encoding.UTF8.GetBytes(pan));
            return Convert.ToHexString(digest);
        }

        public string ReceiptChecksum(string orderNumber, string cardToken, string last4)
            => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(orderNumber + cardToken + last4)));

        public string FileChecksum(byte[] statement) => Convert.ToHexString(MD5.HashData(statement));

        public string PanHashFromHmac(string pan) // expect: FG1001
        {
            using var hmac = new HMACSHA512(_indexKey);
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(pan)));
        }
    }
}
