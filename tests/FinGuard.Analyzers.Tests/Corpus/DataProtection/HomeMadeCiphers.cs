using System;
using System.Buffers.Binary;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Corpus.DataProtection
{
    // "Encryption" of customer references in a settlement file, written before anyone asked.
    public sealed class SettlementReferenceObfuscator
    {
        private readonly byte[] _key;

        public SettlementReferenceObfuscator(Func<string, string?> configuration)
            => _key = Convert.FromBase64String(configuration("Settlement:ReferenceKey") ?? throw new InvalidOperationException("Settlement:ReferenceKey is not set"));

        public string Encrypt(string reference)
        {
            byte[] data = Encoding.UTF8.GetBytes(reference);
            for (int i = 0; i < data.Length; i++)
            {
                data[i] ^= _key[i % _key.Length]; // expect: FG3003
            }

            return Convert.ToBase64String(data);
        }

        public string Decrypt(string stored)
        {
            byte[] data = Convert.FromBase64String(stored);
            for (int i = 0; i < data.Length; i++)
            {
                data[i] ^= _key[i % _key.Length];
            }

            return Encoding.UTF8.GetString(data);
        }
    }

    public static class LegacyFileCrypto
    {
        public static byte[] XorWithPassword(byte[] file, byte[] password)
        {
            var output = new byte[file.Length];
            for (int i = 0; i < file.Length; i++)
            {
                output[i] = (byte)(file[i] ^ password[i % password.Length]); // expect: FG3003
            }

            return output;
        }

        // RC4, from a partner's 2009 SDK sample.
        public static byte[] Rc4(byte[] key, byte[] data)
        {
            var s = new byte[256]; // expect: FG3003
            for (int i = 0; i < 256; i++)
            {
                s[i] = (byte)i;
            }

            for (int i = 0, j = 0; i < 256; i++)
            {
                j = (j + s[i] + key[i % key.Length]) & 0xFF;
                (s[i], s[j]) = (s[j], s[i]);
            }

            var output = new byte[data.Length];
            for (int n = 0, i = 0, j = 0; n < data.Length; n++)
            {
                i = (i + 1) & 0xFF;
                j = (j + s[i]) & 0xFF;
                (s[i], s[j]) = (s[j], s[i]);
                output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
            }

            return output;
        }
    }

    // Look-alikes: XOR that is not a cipher.
    public static class PaymentFileChecks
    {
        private static readonly uint[] Crc32Table = BuildTable();

        public static uint Crc32(byte[] data)
        {
            uint crc = 0xFFFFFFFFu;
            foreach (byte b in data)
            {
                crc = Crc32Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
            }

            return crc ^ 0xFFFFFFFFu;
        }

        public static byte LongitudinalRedundancyCheck(byte[] message)
        {
            byte lrc = 0;
            for (int i = 0; i < message.Length; i++)
            {
                lrc ^= message[i];
            }

            return lrc;
        }

        public static bool PassesLuhn(string digits)
        {
            int sum = 0;
            bool doubleIt = false;
            for (int i = digits.Length - 1; i >= 0; i--)
            {
                int d = digits[i] - '0';
                if (doubleIt)
                {
                    d = d * 2 > 9 ? d * 2 - 9 : d * 2;
                }

                sum += d;
                doubleIt ^= true;
            }

            return sum % 10 == 0;
        }

        public static byte[] FoldDigests(byte[] first, byte[] second)
        {
            var folded = new byte[first.Length];
            for (int i = 0; i < first.Length; i++)
            {
                folded[i] = (byte)(first[i] ^ second[i % second.Length]);
            }

            return folded;
        }

        public static int[] ShuffledTerminalSlots(Random random)
        {
            var slots = new int[256];
            for (int i = 0; i < slots.Length; i++)
            {
                slots[i] = i;
            }

            for (int i = slots.Length - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (slots[i], slots[j]) = (slots[j], slots[i]);
            }

            return slots;
        }

        private static uint[] BuildTable()
        {
            var table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }

    public sealed class CryptoToolbox
    {
        public static bool FixedTimeEquals(byte[] expected, byte[] actual)
        {
            int diff = expected.Length ^ actual.Length;
            for (int i = 0; i < expected.Length && i < actual.Length; i++)
            {
                diff |= expected[i] ^ actual[i];
            }

            return diff == 0;
        }

        // HMAC's inner and outer pads: XOR with constants.
        public static (byte[] Inner, byte[] Outer) Pads(byte[] key)
        {
            var inner = new byte[64];
            var outer = new byte[64];
            for (int i = 0; i < 64; i++)
            {
                byte k = i < key.Length ? key[i] : (byte)0;
                inner[i] = (byte)(k ^ 0x36);
                outer[i] = (byte)(k ^ 0x5C);
            }

            return (inner, outer);
        }
    }

    // Counter nonces: fine within one process, repeated after every restart.
    public sealed class TokenVaultSealer
    {
        private static long _sealed;
        private ulong _messages;
        private long _persistedCounter;
        private readonly AesGcm _gcm;

        public TokenVaultSealer(AesGcm gcm, long lastCounterFromDatabase)
        {
            _gcm = gcm;
            _persistedCounter = lastCounterFromDatabase;
        }

        public byte[] Seal(byte[] plain, byte[] tag)
        {
            var nonce = new byte[12];
            BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _sealed));
            var cipher = new byte[plain.Length];
            _gcm.Encrypt(nonce, plain, cipher, tag); // expect: FG3004
            return cipher;
        }

        public byte[] SealMessage(byte[] key, byte[] plain, byte[] tag)
        {
            Span<byte> nonce = stackalloc byte[12];
            ulong counter = _messages++;
            BinaryPrimitives.WriteUInt64LittleEndian(nonce, counter);
            var cipher = new byte[plain.Length];
            using var chacha = new ChaCha20Poly1305(key);
            chacha.Encrypt(nonce, plain, cipher, tag); // expect: FG3004
            return cipher;
        }

        // Restored from storage on start-up: does not restart at zero.
        public byte[] SealPersisted(byte[] plain, byte[] tag)
        {
            var nonce = new byte[12];
            BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _persistedCounter));
            var cipher = new byte[plain.Length];
            _gcm.Encrypt(nonce, plain, cipher, tag);
            return cipher;
        }

        // A random prefix per message: the counter only orders them.
        public byte[] SealWithRandomPrefix(byte[] plain, byte[] tag)
        {
            var nonce = new byte[12];
            RandomNumberGenerator.Fill(nonce.AsSpan(0, 4));
            BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), Interlocked.Increment(ref _sealed));
            var cipher = new byte[plain.Length];
            _gcm.Encrypt(nonce, plain, cipher, tag);
            return cipher;
        }
    }

    // Instance-style legacy ciphers with a matching decrypt method (the FG3003 and FG3004 fixes rewrite both sides).
    public sealed class MandateReferenceCipher
    {
        private readonly byte[] _key;

        public MandateReferenceCipher(byte[] key) => _key = key;

        public string Encrypt(string mandateReference)
        {
            using var des = TripleDES.Create(); // expect: FG3003
            des.Key = _key;
            des.Mode = CipherMode.ECB; // expect: FG3003
            byte[] plain = Encoding.UTF8.GetBytes(mandateReference);
            return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(plain, 0, plain.Length));
        }

        // Decryption only (reads what Encrypt wrote): not reported, the encrypting side is.
        public string Decrypt(string stored)
        {
            using var des = TripleDES.Create();
            des.Key = _key;
            des.Mode = CipherMode.ECB;
            byte[] cipher = Convert.FromBase64String(stored);
            return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(cipher, 0, cipher.Length));
        }
    }

    public sealed class RemittanceNoteCipher
    {
        private static readonly byte[] NoteIv = Encoding.ASCII.GetBytes("remittance-iv-16"); // expect: FG3004 (the IV field, also reported where it encrypts)
        private readonly Func<byte[]> _key;
        private readonly Func<byte[]> _macKey;

        public RemittanceNoteCipher(Func<byte[]> key, Func<byte[]> macKey)
        {
            _key = key;
            _macKey = macKey;
        }

        public byte[] EncryptNote(string note)
        {
            using var aes = Aes.Create();
            aes.Key = _key();
            aes.IV = NoteIv; // expect: FG3004
            using var buffer = new MemoryStream();
            using (var crypto = new CryptoStream(buffer, aes.CreateEncryptor(), CryptoStreamMode.Write))
            using (var writer = new StreamWriter(crypto, Encoding.UTF8))
            {
                writer.Write(note);
            }

            return buffer.ToArray();
        }

        public string DecryptNote(byte[] stored)
        {
            using var aes = Aes.Create();
            aes.Key = _key();
            aes.IV = NoteIv; // expect: FG3004
            using var crypto = new CryptoStream(new MemoryStream(stored), aes.CreateDecryptor(), CryptoStreamMode.Read);
            using var reader = new StreamReader(crypto, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        public byte[] Authenticate(byte[] stored) => HMACSHA256.HashData(_macKey(), stored);
    }
}
