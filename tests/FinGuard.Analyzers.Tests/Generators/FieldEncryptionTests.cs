using System.Security.Cryptography;
using FinGuard.Security;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FinGuard.Analyzers.Tests.Generators;

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
            Assert.Throws<CryptographicException>(() => encryption.Decrypt(Convert.ToBase64String(copy)));
        }

        Assert.Throws<CryptographicException>(() => encryption.Decrypt(Convert.ToBase64String(stored, 0, stored.Length - 1)));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt("not base64!"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(""));
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
        Assert.Throws<CryptographicException>(() => impostor.Decrypt(stored));
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

    [Fact]
    public void A_value_copied_to_another_column_or_row_or_read_as_another_type_fails_to_decrypt()
    {
        var encryption = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
        string iban = encryption.Encrypt("DE89370400440532013000", "Customer.Iban", "customer-17");
        Assert.Equal("DE89370400440532013000", encryption.Decrypt(iban, "Customer.Iban", "customer-17"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(iban, "Customer.Nickname", "customer-17"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(iban, "Customer.Iban", "customer-18"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(iban, "Customer.Iban"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(iban));

        // An 8-byte string's ciphertext is not an Int64 amount, and an amount is not text.
        string eightBytes = encryption.Encrypt("12345678", "Payment.Amount");
        Assert.Throws<CryptographicException>(() => encryption.DecryptInt64(eightBytes, "Payment.Amount"));
        string amount = encryption.EncryptInt64(104210, "Payment.Amount");
        Assert.Equal(104210, encryption.DecryptInt64(amount, "Payment.Amount"));
        Assert.Throws<CryptographicException>(() => encryption.Decrypt(amount, "Payment.Amount"));
        Assert.Throws<CryptographicException>(() => encryption.DecryptDecimal(encryption.EncryptDecimal(1042.10m, "Account.Balance"), "Account.Overdraft"));

        // Through the EF Core converters, which pass the purpose: a value moved between columns fails.
        ValueConverter ibanColumn = new EncryptedStringConverter("Customer.Iban", encryption);
        ValueConverter nicknameColumn = new EncryptedStringConverter("Customer.Nickname", encryption);
        object stored = ibanColumn.ConvertToProvider("NL91ABNA0417164300")!;
        Assert.Equal("NL91ABNA0417164300", ibanColumn.ConvertFromProvider(stored));
        Assert.Throws<CryptographicException>(() => nicknameColumn.ConvertFromProvider(stored));
    }

    [Fact]
    public void Format_1_values_still_decrypt_and_are_told_apart_from_format_2()
    {
        string v1 = FormatOneValue("v1", KeyV1, "123-45-6789");
        var encryption = new FieldEncryption(new Keys("v2", ("v1", KeyV1), ("v2", KeyV2)));
        Assert.Equal("123-45-6789", encryption.Decrypt(v1));
        Assert.Equal(1, FieldEncryption.GetFormatVersion(v1));
        Assert.False(FieldEncryption.IsEncryptedValue(v1));
        string v2 = encryption.Encrypt("123-45-6789", "Customer.TaxId");
        Assert.Equal(2, FieldEncryption.GetFormatVersion(v2));
        Assert.True(FieldEncryption.IsEncryptedValue(v2));
        Assert.Equal(0, FieldEncryption.GetFormatVersion("plain text"));
    }

    [Fact]
    public void Unknown_and_retired_key_ids_fail_with_a_CryptographicException()
    {
        string underV1 = new FieldEncryption(new Keys("v1", ("v1", KeyV1))).Encrypt("021000021", "Account.Routing");
        var withoutV1 = new FieldEncryption(new Keys("v2", ("v2", KeyV2)));
        Assert.Throws<CryptographicException>(() => withoutV1.Decrypt(underV1, "Account.Routing"));

        var config = new Dictionary<string, string?>
        {
            ["FinGuard:FieldEncryption:CurrentKeyId"] = "v2",
            ["FinGuard:FieldEncryption:Keys:v1"] = Convert.ToBase64String(KeyV1),
            ["FinGuard:FieldEncryption:Keys:v2"] = Convert.ToBase64String(KeyV2),
        };
        var rotated = new FieldEncryption(new ConfigurationFieldEncryptionKeyProvider(k => config.TryGetValue(k, out string? v) ? v : null));
        Assert.Equal("021000021", rotated.Decrypt(underV1, "Account.Routing"));
        config["FinGuard:FieldEncryption:RetiredKeyIds"] = "v0, v1";
        CryptographicException retired = Assert.Throws<CryptographicException>(() => rotated.Decrypt(underV1, "Account.Routing"));
        Assert.Contains("v1", retired.Message);
    }

    [Fact]
    public void Configure_validates_keys_at_startup()
    {
        Assert.Throws<InvalidOperationException>(() => FieldEncryption.Configure(new ConfigurationFieldEncryptionKeyProvider(_ => null)));
        Assert.Throws<InvalidOperationException>(() => FieldEncryption.Configure(new Keys("v1", ("v1", new byte[16]))));
        Assert.Throws<InvalidOperationException>(() => FieldEncryption.Configure(new Keys("v9", ("v1", KeyV1))));
    }

    [Fact]
    public void AddFinGuardFieldEncryption_is_the_one_configuration_point_and_fails_at_startup_without_keys()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Assert.Throws<InvalidOperationException>(() => services.AddFinGuardFieldEncryption(new DictionaryConfiguration(new Dictionary<string, string?>())));
        var settings = new Dictionary<string, string?>
        {
            ["FinGuard:FieldEncryption:CurrentKeyId"] = "v1",
            ["FinGuard:FieldEncryption:Keys:v1"] = Convert.ToBase64String(KeyV1),
            ["FinGuard:FieldEncryption:LookupKey"] = Convert.ToBase64String(KeyV2),
        };
        services.AddFinGuardFieldEncryption(new DictionaryConfiguration(settings));
        Assert.Contains(services, d => d.ServiceType == typeof(FieldEncryption) && d.ImplementationInstance != null);
        Assert.Contains(services, d => d.ServiceType == typeof(FieldLookupHash) && d.ImplementationInstance != null);
        var encryption = (FieldEncryption)services.Single(d => d.ServiceType == typeof(FieldEncryption)).ImplementationInstance!;
        Assert.Equal("x", encryption.Decrypt(encryption.Encrypt("x", "T.C"), "T.C"));
    }

    [Fact]
    public void Lookup_hashes_are_equal_for_equal_values_and_differ_by_purpose_and_key()
    {
        var lookup = new FieldLookupHash(KeyV1);
        Assert.Equal(lookup.Compute("DE89370400440532013000", "Customer.Iban"), lookup.Compute("DE89370400440532013000", "Customer.Iban"));
        Assert.NotEqual(lookup.Compute("DE89370400440532013000", "Customer.Iban"), lookup.Compute("DE89370400440532013000", "Payee.Iban"));
        Assert.NotEqual(lookup.Compute("DE89370400440532013000", "Customer.Iban"), new FieldLookupHash(KeyV2).Compute("DE89370400440532013000", "Customer.Iban"));
        Assert.Throws<InvalidOperationException>(() => new FieldLookupHash(new byte[16]));
    }

    [Fact]
    public void Re_encryption_migrates_plaintext_format_1_and_old_key_rows_in_resumable_batches()
    {
        var old = new FieldEncryption(new Keys("v1", ("v1", KeyV1)));
        var keys = new Keys("v2", ("v1", KeyV1), ("v2", KeyV2));
        var current = new FieldEncryption(keys);
        var table = new List<Row>
        {
            new Row(1, "DE89370400440532013000"),                                  // plaintext, before the converter
            new Row(2, FormatOneValue("v1", KeyV1, "GB29NWBK60161331926819")),    // format 1
            new Row(3, old.Encrypt("NL91ABNA0417164300", "Customer.Iban")),       // format 2, old key
            new Row(4, current.Encrypt("FR1420041010050500013M02606", "Customer.Iban")), // already current
            new Row(5, null),
        };
        string[] expected = { "DE89370400440532013000", "GB29NWBK60161331926819", "NL91ABNA0417164300", "FR1420041010050500013M02606" };
        string untouched = table[3].Iban!;
        var migration = new FieldReEncryption(current, keys, "Customer.Iban", legacyDecrypt: plaintext => plaintext);
        var saved = new List<string>();
        int saves = 0;

        IReadOnlyList<Row> Load(string? after, int size) => table.Where(r => after == null || r.Id > int.Parse(after)).OrderBy(r => r.Id).Take(size).ToList();
        void Save(IReadOnlyList<Row> rows, string checkpoint)
        {
            if (++saves == 2)
            {
                throw new InvalidOperationException("simulated crash");
            }

            saved.Add(checkpoint);
        }

        // A crash in the second batch: the first batch's rows and checkpoint were saved.
        Assert.Throws<InvalidOperationException>(() => migration.Run<Row>(Load, r => r.Id.ToString(), r => r.Iban, (r, v) => r.Iban = v, Save, batchSize: 2));
        Assert.Equal(new[] { "2" }, saved);

        ReEncryptionSummary summary = migration.Run<Row>(Load, r => r.Id.ToString(), r => r.Iban, (r, v) => r.Iban = v, Save, resumeAfter: saved.Last(), batchSize: 2);
        Assert.Equal("5", summary.Checkpoint);
        Assert.Equal(untouched, table[3].Iban);
        Assert.All(table.Take(4), r => Assert.Equal("v2", FieldEncryption.GetKeyId(r.Iban!)));
        Assert.Equal(expected, table.Take(4).Select(r => current.Decrypt(r.Iban!, "Customer.Iban")));
        Assert.False(table.Take(4).Any(r => migration.NeedsReEncryption(r.Iban)));

        // Without a legacy decryption, a value FinGuard did not write fails loudly instead of being guessed at.
        var strict = new FieldReEncryption(current, keys, "Customer.Iban");
        Assert.Throws<CryptographicException>(() => strict.ReEncrypt("DE89370400440532013000"));
    }

    private sealed class Row
    {
        public Row(int id, string? iban)
        {
            Id = id;
            Iban = iban;
        }

        public int Id { get; }

        public string? Iban { get; set; }
    }

    // FinGuard 1.x's format: version 1 | key-id length | key id | nonce | tag | ciphertext, the header as associated data.
    private static string FormatOneValue(string keyId, byte[] key, string plaintext)
    {
        byte[] id = System.Text.Encoding.UTF8.GetBytes(keyId);
        byte[] plain = System.Text.Encoding.UTF8.GetBytes(plaintext);
        int header = 2 + id.Length;
        var output = new byte[header + 12 + 16 + plain.Length];
        output[0] = 1;
        output[1] = (byte)id.Length;
        id.CopyTo(output, 2);
        RandomNumberGenerator.Fill(output.AsSpan(header, 12));
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(output.AsSpan(header, 12), plain, output.AsSpan(header + 28), output.AsSpan(header + 12, 16), output.AsSpan(0, header));
        return Convert.ToBase64String(output);
    }

    private sealed class DictionaryConfiguration : Microsoft.Extensions.Configuration.IConfiguration
    {
        private readonly Dictionary<string, string?> _values;

        public DictionaryConfiguration(Dictionary<string, string?> values) => _values = values;

        public string? this[string key]
        {
            get => _values.TryGetValue(key, out string? value) ? value : null;
            set => _values[key] = value;
        }

        public IEnumerable<Microsoft.Extensions.Configuration.IConfigurationSection> GetChildren() => Array.Empty<Microsoft.Extensions.Configuration.IConfigurationSection>();

        public Microsoft.Extensions.Primitives.IChangeToken GetReloadToken() => throw new NotSupportedException();

        public Microsoft.Extensions.Configuration.IConfigurationSection GetSection(string key) => throw new NotSupportedException();
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
