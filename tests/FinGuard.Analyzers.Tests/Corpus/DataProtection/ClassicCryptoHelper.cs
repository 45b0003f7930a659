using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

#pragma warning disable SYSLIB0022, SYSLIB0023, SYSLIB0041

namespace Corpus.DataProtection
{
    // The "StringCipher" every codebase copied from a forum around 2012.
    public static class StringCipher
    {
        private const int Keysize = 128;
        private const int DerivationIterations = 1000;
        private static readonly byte[] Salt = Encoding.ASCII.GetBytes("o6806642kbM7c5");
        private static readonly byte[] InitVectorBytes = Encoding.ASCII.GetBytes("tu89geji340t89u2"); // expect: FG3004 (the IV field, also reported where it encrypts)

        public static string Encrypt(string plainText)
        {
            byte[] plainTextBytes = Encoding.UTF8.GetBytes(plainText);
            using var password = new Rfc2898DeriveBytes("P@ssw0rd-for-bank-exports", Salt, DerivationIterations, HashAlgorithmName.SHA1); // expect: FG3005
            byte[] keyBytes = password.GetBytes(Keysize / 8);
            using var symmetricKey = new RijndaelManaged();
            symmetricKey.BlockSize = 128;
            symmetricKey.Mode = CipherMode.CBC; // expect: FG3003
            symmetricKey.Padding = PaddingMode.PKCS7;
            using ICryptoTransform encryptor = symmetricKey.CreateEncryptor(keyBytes, InitVectorBytes); // expect: FG3004
            using var memoryStream = new MemoryStream();
            using var cryptoStream = new CryptoStream(memoryStream, encryptor, CryptoStreamMode.Write);
            cryptoStream.Write(plainTextBytes, 0, plainTextBytes.Length);
            cryptoStream.FlushFinalBlock();
            return Convert.ToBase64String(memoryStream.ToArray());
        }

        public static string Decrypt(string cipherText, string passPhrase)
        {
            byte[] cipherTextBytes = Convert.FromBase64String(cipherText);
            using var password = new Rfc2898DeriveBytes(passPhrase, Salt, DerivationIterations, HashAlgorithmName.SHA1);
            byte[] keyBytes = password.GetBytes(Keysize / 8);
            using var symmetricKey = Aes.Create();
            using ICryptoTransform decryptor = symmetricKey.CreateDecryptor(keyBytes, InitVectorBytes);
            using var memoryStream = new MemoryStream(cipherTextBytes);
            using var cryptoStream = new CryptoStream(memoryStream, decryptor, CryptoStreamMode.Read);
            using var reader = new StreamReader(cryptoStream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }

    public sealed class ReconciliationFileSigner
    {
        private readonly byte[] _signingKey;

        public ReconciliationFileSigner(Func<string, string?> configuration)
        {
            string? base64 = configuration("Reconciliation:SigningKey");
            _signingKey = string.IsNullOrEmpty(base64) ? throw new InvalidOperationException("Reconciliation:SigningKey is not configured") : Convert.FromBase64String(base64);
        }

        public string Sign(Stream file)
        {
            using var hmac = new HMACSHA256(_signingKey);
            return Convert.ToHexString(hmac.ComputeHash(file));
        }

        public bool Verify(Stream file, string expectedHex)
        {
            byte[] expected = Convert.FromHexString(expectedHex);
            using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _signingKey);
            var buffer = new byte[81920];
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                hmac.AppendData(buffer, 0, read);
            }

            return CryptographicOperations.FixedTimeEquals(hmac.GetHashAndReset(), expected);
        }

        public byte[] TestVectorMac() => HMACSHA256.HashData(Convert.FromHexString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), Encoding.ASCII.GetBytes("Hi There")); // expect: FG3005
    }

    public sealed class CardVaultEnvelope
    {
        private readonly Func<byte[]> _dataKey;

        public CardVaultEnvelope(Func<byte[]> dataKey) => _dataKey = dataKey;

        public (byte[] Nonce, byte[] Cipher, byte[] Tag) Seal(ReadOnlySpan<byte> plain)
        {
            byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            var cipher = new byte[plain.Length];
            using var gcm = new AesGcm(_dataKey(), tag.Length);
            gcm.Encrypt(nonce, plain, cipher, tag);
            return (nonce, cipher, tag);
        }

        public byte[] SealWithChaCha(byte[] plain, byte[] key)
        {
            Span<byte> nonce = stackalloc byte[12];
            RandomNumberGenerator.Fill(nonce);
            var tag = new byte[16];
            var cipher = new byte[plain.Length];
            using var chacha = new ChaCha20Poly1305(key);
            chacha.Encrypt(nonce, plain, cipher, tag);
            return cipher;
        }

        public byte[] SealLegacyCcm(byte[] plain, byte[] key)
        {
            var nonce = new byte[12];
            var tag = new byte[16];
            var cipher = new byte[plain.Length];
            using var ccm = new AesCcm(key);
            ccm.Encrypt(nonce, plain, cipher, tag); // expect: FG3004
            return cipher;
        }
    }
}
