using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using FinGuard.Security;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Xunit;

namespace FinGuard.Analyzers.Tests.Generators
{
    /// <summary>Behaviour of the FieldEncryption helper and its EF Core converters, compiled from the files the generator embeds.</summary>
    public class FieldEncryptionTests
    {
        private static readonly byte[] KeyV1 = Fixed(1);
        private static readonly byte[] KeyV2 = Fixed(2);

        [Theory]
        [InlineData("DE89370400440532013000")]
        [InlineData("")]
        [InlineData("Zoë – 123-45-6789 🏦")]
        public void Strings_round_trip(string value)
        {
            var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            string stored = encryption.Encrypt(value);
            Assert.NotEqual(value, stored);
            Assert.Equal(value, encryption.Decrypt(stored));
        }

        [Theory]
        [InlineData("10.50")]
        [InlineData("0")]
        [InlineData("-79228162514264337593543950335")]
        [InlineData("0.0000000000000000000000000001")]
        [InlineData("1234567.8900")]
        public void Decimals_round_trip_exactly_with_their_scale(string text)
        {
            decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            decimal back = encryption.DecryptDecimal(encryption.EncryptDecimal(value));
            Assert.Equal(value, back);
            Assert.Equal(text, back.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Longs_round_trip() => Assert.Equal(long.MinValue, new FieldEncryption(new Keys("v1", ("v1", KeyV1))).DecryptInt64(new FieldEncryption(new Keys("v1", ("v1", KeyV1))).EncryptInt64(long.MinValue)));

        [Fact]
        public void Two_encryptions_of_one_value_differ()
        {
            var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            Assert.NotEqual(encryption.Encrypt("GB29NWBK60161331926819"), encryption.Encrypt("GB29NWBK60161331926819"));
        }

        [Fact]
        public void Output_records_the_key_id_and_uses_a_96_bit_nonce_and_128_bit_tag()
        {
            var encryption = new FieldEncryption(new Keys("2026-q4", ("2026-q4", KeyV1)));
            byte[] stored = Convert.FromBase64String(encryption.Encrypt("abc"));
            Assert.Equal(new byte[] { 0x46, 0x47, 0x46, 0x45, 2 }, stored[..5]);
            Assert.Equal("2026-q4", FieldEncryption.GetKeyId(Convert.ToBase64String(stored)));
            Assert.Equal(4 + 2 + 7 + 12 + 16 + 3, stored.Length);
        }

        [Fact]
        public void Tampering_fails_closed()
        {
            var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            byte[] stored = Convert.FromBase64String(encryption.Encrypt("021000021"));
            for (int i = 0; i < stored.Length; i++)
            {
                byte[] copy = (byte[])stored.Clone();
                copy[i] ^= 0x01;
                Assert.ThrowsAny<Exception>(() => encryption.Decrypt(Convert.ToBase64String(copy)));
            }

            Assert.ThrowsAny<CryptographicException>(() => encryption.Decrypt(Convert.ToBase64String(stored, 0, stored.Length - 1)));
            Assert.ThrowsAny<CryptographicException>(() => encryption.Decrypt("not base64!"));
            Assert.ThrowsAny<CryptographicException>(() => encryption.Decrypt(""));
        }

        [Fact]
        public void Data_under_key_v1_decrypts_after_v2_becomes_current()
        {
            var v1Current = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            string old = v1Current.Encrypt("123-45-6789");

            var v2Current = new FieldEncryption(new Keys("v2", ("v1", KeyV1), ("v2", KeyV2)));
            string fresh = v2Current.Encrypt("123-45-6789");
            Assert.Equal("123-45-6789", v2Current.Decrypt(old));
            Assert.Equal("123-45-6789", v2Current.Decrypt(fresh));
            Assert.Equal("v1", FieldEncryption.GetKeyId(old));
            Assert.Equal("v2", FieldEncryption.GetKeyId(fresh));
        }

        [Fact]
        public void Wrong_key_fails()
        {
            string stored = new FieldEncryption(new Keys("v1", ("v1", KeyV1))).Encrypt("secret balance");
            var impostor = new FieldEncryption(new Keys("v1", ("v1", KeyV2)));
            Assert.ThrowsAny<CryptographicException>(() => impostor.Decrypt(stored));
        }

        [Fact]
        public void Keys_must_be_256_bits_and_configured()
        {
            Assert.Throws<InvalidOperationException>(() => new FieldEncryption(new Keys("v1", ("v1", new byte[16]))).Encrypt("x"));
            var empty = new ConfigurationFieldEncryptionKeyProvider(_ => null);
            InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => new FieldEncryption(empty).Encrypt("x"));
            Assert.Contains("FinGuard:FieldEncryption:CurrentKeyId", error.Message);
            Assert.Contains("FINGUARD_TEST_UNSET_KEY", Assert.Throws<InvalidOperationException>(() => FieldEncryptionKeys.FromEnvironment("FINGUARD_TEST_UNSET_KEY")).Message);
        }

        [Fact]
        public void Configuration_provider_reads_current_id_and_keys()
        {
            var config = new Dictionary<string, string?>
            {
                ["FinGuard:FieldEncryption:CurrentKeyId"] = "v2",
                ["FinGuard:FieldEncryption:Keys:v1"] = Convert.ToBase64String(KeyV1),
                ["FinGuard:FieldEncryption:Keys:v2"] = Convert.ToBase64String(KeyV2),
            };
            var encryption = new FieldEncryption(new ConfigurationFieldEncryptionKeyProvider(k => config.TryGetValue(k, out string? v) ? v : null));
            string stored = encryption.Encrypt("IBAN");
            Assert.Equal("v2", FieldEncryption.GetKeyId(stored));
            Assert.Equal("IBAN", encryption.Decrypt(stored));
        }

        [Fact]
        public void Ef_core_converters_round_trip()
        {
            var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
            ValueConverter text = new EncryptedStringConverter(encryption);
            ValueConverter money = new EncryptedDecimalConverter(encryption);
            ValueConverter number = new EncryptedInt64Converter(encryption);
            Assert.Equal("NL91ABNA0417164300", text.ConvertFromProvider(text.ConvertToProvider("NL91ABNA0417164300")));
            Assert.Equal(1042.10m, money.ConvertFromProvider(money.ConvertToProvider(1042.10m)));
            Assert.Equal(123456789L, number.ConvertFromProvider(number.ConvertToProvider(123456789L)));
            Assert.NotEqual("NL91ABNA0417164300", text.ConvertToProvider("NL91ABNA0417164300"));
        }

        [Fact]
        public void Ef_core_accepts_the_converters_on_required_and_nullable_properties()
        {
            var builder = new Microsoft.EntityFrameworkCore.ModelBuilder();
            builder.Entity<Account>(b =>
            {
                b.HasKey(a => a.Id);
                b.Property(a => a.Iban).HasConversion(new EncryptedStringConverter());
                b.Property(a => a.Nickname).HasConversion(new EncryptedStringConverter());
                b.Property(a => a.Balance).HasConversion(new EncryptedDecimalConverter());
                b.Property(a => a.Overdraft).HasConversion(new EncryptedDecimalConverter());
                b.Property(a => a.Number).HasConversion(new EncryptedInt64Converter());
            });
            Microsoft.EntityFrameworkCore.Metadata.IModel model = builder.FinalizeModel();
            var overdraft = model.FindEntityType(typeof(Account))!.FindProperty(nameof(Account.Overdraft))!;
            Assert.IsType<EncryptedDecimalConverter>(overdraft.GetValueConverter());
        }

        private sealed class Account
        {
            public int Id { get; set; }
            public string Iban { get; set; } = "";
            public string? Nickname { get; set; }
            public decimal Balance { get; set; }
            public decimal? Overdraft { get; set; }
            public long Number { get; set; }
        }

        private static byte[] Fixed(byte seed)
        {
            // Test keys only: derived, never used outside this test.
            var key = new byte[32];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(seed * 31 + i);
            }

            return key;
        }

        private sealed class Keys : IFieldEncryptionKeyProvider
        {
            private readonly Dictionary<string, byte[]> _keys = new Dictionary<string, byte[]>();

            public Keys(string current, params (string Id, byte[] Key)[] keys)
            {
                CurrentKeyId = current;
                foreach (var (id, key) in keys)
                {
                    _keys[id] = key;
                }
            }

            public string CurrentKeyId { get; }

            public byte[] GetKey(string keyId) => _keys.TryGetValue(keyId, out byte[]? key) ? key : throw new KeyNotFoundException(keyId);
        }
    }
}
