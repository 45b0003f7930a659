using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

#pragma warning disable SYSLIB0021, SYSLIB0022

namespace Corpus.DataProtection
{
    // A home-grown "encryption service" from 2015, still used for exported statements.
    public sealed class LegacyStatementCipher
    {
        private const string Passphrase = "Statements2015!";
        private static readonly byte[] Key = Encoding.UTF8.GetBytes("0123456789ABCDEF0123456789ABCDEF"); // expect: FG3005 (the key field, also reported where it encrypts)
        private static readonly byte[] Iv = { 0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE, 0x10, 0x32, 0x54, 0x76, 0x98, 0xBA, 0xDC, 0xFE }; // expect: FG3004 (the IV field, also reported where it encrypts)

        public byte[] EncryptStatement(byte[] statement)
        {
            using var aes = Aes.Create();
            aes.Key = Key; // expect: FG3005
            aes.IV = Iv; // expect: FG3004
            aes.KeySize = 128; // expect: FG3003
            using ICryptoTransform encryptor = aes.CreateEncryptor(); // expect: FG3003
            return encryptor.TransformFinalBlock(statement, 0, statement.Length);
        }

        public byte[] EncryptReference(string reference)
        {
            using var des = TripleDES.Create(); // expect: FG3003
            des.Key = Encoding.ASCII.GetBytes(Passphrase.PadRight(24)); // expect: FG3005
            des.Mode = CipherMode.ECB; // expect: FG3003
            byte[] data = Encoding.UTF8.GetBytes(reference);
            return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }

        public byte[] DecryptStatement(byte[] cipher)
        {
            using var aes = Aes.Create();
            aes.Key = Key; // silent: the same key is already reported where it encrypts (one finding per key)
            return aes.DecryptCbc(cipher, Iv);
        }

        public SymmetricAlgorithm OldProvider() => new DESCryptoServiceProvider(); // expect: FG3003

        public byte[] Scramble(byte[] data)
        {
            // Not encryption at all, but not a .NET cipher either: out of this rule's reach.
            var output = new byte[data.Length];
            for (int i = 0; i < data.Length; i++)
            {
                output[i] = (byte)(data[i] ^ 0x5A);
            }

            return output;
        }
    }

    public sealed class WebhookSigner
    {
        private static readonly byte[] SigningSecret = Convert.FromBase64String("c2VjcmV0LXNpZ25pbmcta2V5LWZvci13ZWJob29rcw=="); // expect: FG3005 (the signing key field, also reported where it signs)
        private readonly byte[] _configuredKey;

        public WebhookSigner(string base64Key) => _configuredKey = Convert.FromBase64String(base64Key);

        public string Sign(string payload)
        {
            byte[] mac = HMACSHA256.HashData(SigningSecret, Encoding.UTF8.GetBytes(payload)); // expect: FG3005
            return Convert.ToHexString(mac);
        }

        public string SignWithConfiguredKey(string payload)
        {
            using var hmac = new HMACSHA256(_configuredKey);
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        }

        public string LegacySign(string payload)
        {
            using var hmac = new HMACSHA1("legacy-partner-key"u8.ToArray()); // expect: FG3005
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
        }

        public byte[] Fingerprint(string iban) => SHA256.HashData(Encoding.UTF8.GetBytes("fingerprint:" + iban));

        public byte[] PartnerSignature(string partner, byte[] body)
        {
            byte[] partnerKey = Encoding.UTF8.GetBytes($"partner-{partner}-2019");
            return HMACSHA512.HashData(partnerKey, body);
        }

        public byte[] StagingSignature(byte[] body)
        {
            const string StagingKey = "staging-only-key"; // expect: FG3005 (a key in a local is reported where it is written)
            var keyBytes = Encoding.UTF8.GetBytes(StagingKey + "-v2");
            using var hmac = new HMACSHA384(keyBytes);
            return hmac.ComputeHash(body);
        }

        public byte[] Zeroed(byte[] body)
        {
            using var hmac = new HMACSHA256(new byte[64]); // expect: FG3005
            return hmac.ComputeHash(body);
        }

        public byte[] EnvironmentSignature(byte[] body)
        {
            string? secret = Environment.GetEnvironmentVariable("WEBHOOK_SECRET");
            byte[] key = Encoding.UTF8.GetBytes(secret ?? throw new InvalidOperationException("WEBHOOK_SECRET is not set"));
            return HMACSHA256.HashData(key, body);
        }
    }

    // Field encryption done right: AES-256-GCM, random nonce per value, key from a provider.
    public interface IDataKeyProvider
    {
        byte[] GetCurrentKey(out string keyId);

        byte[] GetKey(string keyId);
    }

    public sealed class AccountNumberProtector
    {
        private const int NonceSize = 12;
        private const int TagSize = 16;
        private readonly IDataKeyProvider _keys;

        public AccountNumberProtector(IDataKeyProvider keys) => _keys = keys;

        public byte[] Protect(string accountNumber)
        {
            byte[] key = _keys.GetCurrentKey(out _);
            byte[] plain = Encoding.UTF8.GetBytes(accountNumber);
            var nonce = new byte[NonceSize];
            RandomNumberGenerator.Fill(nonce);
            var tag = new byte[TagSize];
            var cipher = new byte[plain.Length];
            using (var gcm = new AesGcm(key, TagSize))
            {
                gcm.Encrypt(nonce, plain, cipher, tag);
            }

            var output = new byte[NonceSize + TagSize + cipher.Length];
            nonce.CopyTo(output, 0);
            tag.CopyTo(output, NonceSize);
            cipher.CopyTo(output, NonceSize + TagSize);
            return output;
        }

        public string Unprotect(byte[] stored, string keyId)
        {
            var nonce = new byte[NonceSize];
            var tag = new byte[TagSize];
            Buffer.BlockCopy(stored, 0, nonce, 0, NonceSize);
            Buffer.BlockCopy(stored, NonceSize, tag, 0, TagSize);
            var plain = new byte[stored.Length - NonceSize - TagSize];
            using var gcm = new AesGcm(_keys.GetKey(keyId), TagSize);
            gcm.Decrypt(nonce, stored.AsSpan(NonceSize + TagSize), tag, plain);
            return Encoding.UTF8.GetString(plain);
        }

        public byte[][] ProtectBatch(string[] accountNumbers)
        {
            byte[] key = _keys.GetCurrentKey(out _);
            using var gcm = new AesGcm(key, TagSize);
            var nonce = new byte[NonceSize];
            RandomNumberGenerator.Fill(nonce);
            var results = new byte[accountNumbers.Length][];
            for (int i = 0; i < accountNumbers.Length; i++)
            {
                byte[] plain = Encoding.UTF8.GetBytes(accountNumbers[i]);
                var cipher = new byte[plain.Length];
                var tag = new byte[TagSize];
                gcm.Encrypt(nonce, plain, cipher, tag); // expect: FG3004
                results[i] = cipher;
            }

            return results;
        }

        public byte[] ProtectWithZeroNonce(byte[] plain)
        {
            using var gcm = new AesGcm(_keys.GetCurrentKey(out _), TagSize);
            var nonce = new byte[NonceSize];
            var cipher = new byte[plain.Length];
            var tag = new byte[TagSize];
            gcm.Encrypt(nonce, plain, cipher, tag); // expect: FG3004
            return cipher;
        }

        public void ProtectTwice(AesGcm gcm, byte[] first, byte[] second, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
        {
            byte[] nonce = RandomNumberGenerator.GetBytes(NonceSize);
            gcm.Encrypt(nonce, first, c1, t1);
            gcm.Encrypt(nonce, second, c2, t2); // expect: FG3004
        }
    }

    // Encrypt-then-MAC with CBC: acceptable; the MAC covers IV and ciphertext.
    public sealed class CbcHmacEnvelope
    {
        private readonly byte[] _encryptionKey;
        private readonly byte[] _macKey;

        public CbcHmacEnvelope(byte[] encryptionKey, byte[] macKey)
        {
            _encryptionKey = encryptionKey;
            _macKey = macKey;
        }

        public byte[] Seal(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = _encryptionKey;
            aes.GenerateIV();
            byte[] cipher = aes.EncryptCbc(plain, aes.IV);
            byte[] tag = HMACSHA256.HashData(_macKey, cipher);
            var output = new byte[aes.IV.Length + cipher.Length + tag.Length];
            aes.IV.CopyTo(output, 0);
            cipher.CopyTo(output, aes.IV.Length);
            tag.CopyTo(output, aes.IV.Length + cipher.Length);
            return output;
        }

        public static byte[] NewKey()
        {
            var key = new byte[32];
            RandomNumberGenerator.Fill(key);
            return key;
        }

        public static byte[] ReadKey(Stream stream)
        {
            var key = new byte[32];
            stream.ReadExactly(key);
            using var hmac = new HMACSHA256(key);
            return hmac.Key;
        }
    }

    public sealed class StatementExporter
    {
        public byte[] ExportCbc(byte[] key, byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            aes.Mode = CipherMode.CBC; // expect: FG3003
            var iv = new byte[16];
            aes.IV = iv; // expect: FG3004
            return aes.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length);
        }

        public byte[] ExportCbcOneShot(byte[] key, byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            byte[] iv = RandomNumberGenerator.GetBytes(16);
            return aes.EncryptCbc(plain, iv); // expect: FG3003
        }
    }
}
