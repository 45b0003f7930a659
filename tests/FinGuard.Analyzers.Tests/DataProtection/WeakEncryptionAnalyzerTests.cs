using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

public class WeakEncryptionAnalyzerTests
{
    [Fact]
    public Task Weak_ciphers_ecb_unauthenticated_cbc_and_short_keys_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
#pragma warning disable SYSLIB0021
public class LegacyVault
{
    public SymmetricAlgorithm A() => {|FG3003:DES.Create()|};
    public SymmetricAlgorithm B() => {|FG3003:TripleDES.Create()|};
    public SymmetricAlgorithm C() => {|FG3003:new RC2CryptoServiceProvider()|};
    public SymmetricAlgorithm D() => {|FG3003:new TripleDESCryptoServiceProvider()|};

    public byte[] Ecb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = {|FG3003:CipherMode.ECB|};
        return {|FG3003:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
    }

    public byte[] Cbc(byte[] key, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = {|FG3003:128|};
        aes.Mode = {|FG3003:CipherMode.CBC|};
        return {|FG3003:aes.EncryptCbc(data, iv)|};
    }

    public ICryptoTransform DefaultMode(byte[] key, byte[] iv)
    {
        var aes = Aes.Create();
        return {|FG3003:aes.CreateEncryptor(key, iv)|};
    }
}");

    // A MAC member on the type (Sign..., ...Hmac..., Authenticate...) makes CBC encrypt-then-MAC; names that only contain
    // the letters (Machine, Design, Author) do not (the member names are pre-filtered by text before being split, issue #26).
    [Fact]
    public Task Mac_members_count_by_word_and_names_that_only_contain_the_letters_do_not() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class SignedVault
{
    public byte[] Encrypt(byte[] key, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = 256;
        return aes.EncryptCbc(data, iv);
    }

    public byte[] SignPayload(byte[] cipher) => cipher;
}
public class HmacVault
{
    private readonly byte[] _payloadHmacKey = new byte[32];
    public byte[] Encrypt(byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = 256;
        return aes.EncryptCbc(data, iv);
    }
}
public class MachineVault
{
    public string MachineName { get; set; } = """";
    public string DesignNotes { get; set; } = """";
    public string AuthorName { get; set; } = """";
    public byte[] Encrypt(byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = 256;
        return {|FG3003:aes.EncryptCbc(data, iv)|};
    }
}");

    [Fact]
    public Task Gcm_authenticated_cbc_decryption_and_configured_algorithms_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class GoodVault
{
    public byte[] Gcm(byte[] key, byte[] plain)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, plain, cipher, tag);
        return cipher;
    }

    public byte[] CbcThenHmac(byte[] key, byte[] macKey, byte[] iv, byte[] data)
    {
        using var aes = Aes.Create();
        aes.KeySize = 256;
        aes.Mode = CipherMode.CBC;
        byte[] cipher = aes.EncryptCbc(data, iv);
        byte[] mac = HMACSHA256.HashData(macKey, cipher);
        return cipher;
    }

    public byte[] LegacyRead(Aes aes, byte[] data, byte[] iv) => aes.DecryptCbc(data, iv);

    public ICryptoTransform Injected(Aes configured, byte[] key, byte[] iv) => configured.CreateEncryptor(key, iv);

    public ICryptoTransform Ctr(byte[] key, byte[] iv)
    {
        var aes = Aes.Create();
        aes.Mode = CipherMode.CFB;
        return aes.CreateEncryptor(key, iv);
    }

    public byte[] Hash(byte[] data) => SHA256.HashData(data);
}");

    [Fact]
    public Task Home_made_xor_ciphers_and_rc4_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
public static class XorCipher
{
    public static byte[] Apply(byte[] data, byte[] key)
    {
        var output = new byte[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            output[i] = (byte)({|FG3003:data[i] ^ key[i % key.Length]|});
        }

        return output;
    }
}

public static class TextObfuscation
{
    public static string Obfuscate(string accountNumber, string secret)
    {
        var chars = new char[accountNumber.Length];
        for (int i = 0; i < accountNumber.Length; i++)
        {
            chars[i] = (char)({|FG3003:accountNumber[i] ^ secret[i % secret.Length]|});
        }

        return new string(chars);
    }
}

public class AccountExport
{
    private readonly byte[] _secret;

    public AccountExport(byte[] secret) => _secret = secret;

    public void EncryptInPlace(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++)
        {
            {|FG3003:buffer[i] ^= _secret[i % _secret.Length]|};
        }
    }

    public byte[] DecryptLegacy(byte[] data)
    {
        // Decrypt-only paths stay readable during a migration, like the rest of FG3003.
        var output = new byte[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            output[i] = (byte)(data[i] ^ _secret[i % _secret.Length]);
        }

        return output;
    }
}

public static class LegacyStream
{
    public static byte[] Schedule(byte[] key)
    {
        var s = {|FG3003:new byte[256]|};
        for (int i = 0; i < 256; i++)
        {
            s[i] = (byte)i;
        }

        int j = 0;
        for (int i = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) % 256;
            (s[i], s[j]) = (s[j], s[i]);
        }

        return s;
    }

    public static int[] ScheduleWithTemp(byte[] password)
    {
        int[] box = {|FG3003:new int[256]|};
        for (int i = 0; i < 256; i++)
        {
            box[i] = i;
        }

        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + box[i] + password[i % password.Length]) & 0xFF;
            int tmp = box[i];
            box[i] = box[j];
            box[j] = tmp;
        }

        return box;
    }
}");

    [Fact]
    public Task Checksums_crcs_hashes_luhn_shuffles_and_bit_twiddling_are_not_xor_ciphers() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
public static class Checks
{
    private static readonly uint[] CrcTable = new uint[256];

    public static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        for (int i = 0; i < data.Length; i++)
        {
            crc = CrcTable[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    public static byte Lrc(byte[] data)
    {
        byte lrc = 0;
        foreach (byte b in data)
        {
            lrc ^= b;
        }

        return lrc;
    }

    public static byte[] Fold(byte[] left, byte[] right)
    {
        // XOR of two buffers that is not named as encryption (a key-derivation or hash step).
        var output = new byte[left.Length];
        for (int i = 0; i < left.Length; i++)
        {
            output[i] = (byte)(left[i] ^ right[i % right.Length]);
        }

        return output;
    }

    public static bool Luhn(string digits)
    {
        int sum = 0;
        bool alternate = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int n = digits[i] - '0';
            if (alternate) { n *= 2; if (n > 9) n -= 9; }
            sum += n;
            alternate ^= true;
        }

        return sum % 10 == 0;
    }

    public static int[] Shuffle(Random random)
    {
        var order = new int[256];
        for (int i = 0; i < 256; i++) order[i] = i;
        for (int i = 255; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    public static int Parity(int value) => (value ^ (value >> 1)) & 1;
}

public static class CryptoKeyCeremony
{
    // Key components are XOR-ed into a key (PCI PIN): key handling, not encryption.
    public static byte[] XorKeyComponents(byte[] keyComponent1, byte[] keyComponent2)
    {
        var key = new byte[keyComponent1.Length];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)(keyComponent1[i] ^ keyComponent2[i % keyComponent2.Length]);
        }

        return key;
    }

    public static byte[] PinBlock(byte[] pinField, byte[] panField)
    {
        var block = new byte[8];
        for (int i = 0; i < 8; i++)
        {
            block[i] = (byte)(pinField[i] ^ panField[i]);
        }

        return block;
    }
}

public class CipherSuiteSelector
{
    public byte[] Mask(byte[] data)
    {
        var output = new byte[data.Length];
        for (int i = 0; i < data.Length; i++)
        {
            output[i] = (byte)(data[i] ^ 0x5A);
        }

        return output;
    }

    public bool ConstantTimeEquals(byte[] a, byte[] b)
    {
        int diff = 0;
        for (int i = 0; i < a.Length; i++)
        {
            diff |= a[i] ^ b[i];
        }

        return diff == 0;
    }
}");

    [Fact]
    public Task Ctr_built_on_aes_is_not_a_home_made_cipher_but_an_encrypt_local_function_is() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
public class CtrEncryption
{
    // AES-CTR by hand (.NET has no CTR mode): the keystream is AES of counter blocks.
    public byte[] EncryptCtr(ICryptoTransform aesEcb, byte[] data, byte[] counter)
    {
        var output = new byte[data.Length];
        var keystream = new byte[16];
        for (int i = 0; i < data.Length; i++)
        {
            if (i % 16 == 0)
            {
                aesEcb.TransformBlock(counter, 0, 16, keystream, 0);
                counter[15]++;
            }

            output[i] = (byte)(data[i] ^ keystream[i % 16]);
        }

        return output;
    }
}

public class Ledger
{
    public byte[] Store(byte[] record, byte[] key)
    {
        return EncryptRecord(record);

        byte[] EncryptRecord(byte[] data)
        {
            for (int i = 0; i < data.Length; i++)
            {
                {|FG3003:data[i] ^= key[i % key.Length]|};
            }

            return data;
        }
    }
}");

    // Reading data written with 3DES, ECB or CBC (a migration off them needs it) stores nothing: the creation, the
    // mode and the key size in a decryption-only method are not reported, the encrypting side is.
    [Fact]
    public Task Decryption_only_methods_are_not_reported_but_their_encrypting_twins_are() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0021
public class LegacyCardStore
{
    public string Encrypt(string value, byte[] key)
    {
        using var tdes = {|FG3003:new TripleDESCryptoServiceProvider()|};
        tdes.Key = key;
        tdes.Mode = {|FG3003:CipherMode.ECB|};
        using var transform = tdes.CreateEncryptor();
        byte[] plain = Encoding.UTF8.GetBytes(value);
        return Convert.ToBase64String(transform.TransformFinalBlock(plain, 0, plain.Length));
    }

    public string Decrypt(string value, byte[] key)
    {
        using var tdes = new TripleDESCryptoServiceProvider();
        tdes.Key = key;
        tdes.Mode = CipherMode.ECB;
        using var transform = tdes.CreateDecryptor();
        byte[] cipher = Convert.FromBase64String(value);
        return Encoding.UTF8.GetString(transform.TransformFinalBlock(cipher, 0, cipher.Length));
    }

    public string DecryptText(string cipherText, byte[] key, byte[] iv) => ReadAll(Convert.FromBase64String(cipherText), key, iv);

    // Not named as decryption, but it only builds a decryptor.
    private string ReadAll(byte[] data, byte[] key, byte[] iv)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        using var stream = new CryptoStream(new MemoryStream(data), aes.CreateDecryptor(key, iv), CryptoStreamMode.Read);
        return new StreamReader(stream).ReadToEnd();
    }

    public SymmetricAlgorithm DecryptorAlgorithm() => TripleDES.Create();
}

public class LookAlikes
{
    // Key rotation decrypts and re-encrypts: it still writes 3DES ciphertext.
    public byte[] RotateKey(byte[] cipher, byte[] oldKey, byte[] newKey)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        byte[] plain = tdes.CreateDecryptor(oldKey, new byte[8]).TransformFinalBlock(cipher, 0, cipher.Length);
        return tdes.CreateEncryptor(newKey, new byte[8]).TransformFinalBlock(plain, 0, plain.Length);
    }

    // Named as decryption, but it encrypts.
    public byte[] DecryptOrEncrypt(byte[] data, byte[] key)
    {
        using var des = {|FG3003:DES.Create()|};
        return des.CreateEncryptor(key, new byte[8]).TransformFinalBlock(data, 0, data.Length);
    }

    // No decryptor and no name: an algorithm handed out for any use.
    public SymmetricAlgorithm Algorithm()
    {
        var aes = Aes.Create();
        aes.Mode = {|FG3003:CipherMode.ECB|};
        return aes;
    }
}");

    // Held-out set 6 (issue 18): a generic cipher helper (T : SymmetricAlgorithm, the callers pick AesManaged or
    // RijndaelManaged) that sets CBC without a MAC, and an encryption key derived with PasswordDeriveBytes (PBKDF1) or
    // with PBKDF2 at a handful of iterations. Its decrypting twin is left alone, like every decryption.
    [Fact]
    public Task Generic_cbc_helpers_and_weak_key_derivations_for_encryption_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.IO;
using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0041, SYSLIB0060
internal class Cryptography
{
    private static int _iterations = 2;

    public string Encrypt<T>(string value, string password, byte[] salt, byte[] iv) where T : SymmetricAlgorithm, new()
    {
        using (T cipher = new T())
        {
            PasswordDeriveBytes derived =
                {|FG3003:new PasswordDeriveBytes(password, salt, "SHA1", _iterations)|};
            byte[] key = derived.GetBytes(32);
            cipher.Mode = {|FG3003:CipherMode.CBC|};
            using ICryptoTransform encryptor = cipher.CreateEncryptor(key, iv);
            byte[] data = Encoding.UTF8.GetBytes(value);
            return System.Convert.ToBase64String(encryptor.TransformFinalBlock(data, 0, data.Length));
        }
    }

    public string Decrypt<T>(string value, string password, byte[] salt, byte[] iv) where T : SymmetricAlgorithm, new()
    {
        using (T cipher = new T())
        {
            byte[] key = new PasswordDeriveBytes(password, salt, "SHA1", _iterations).GetBytes(32);
            cipher.Mode = CipherMode.CBC;
            using ICryptoTransform decryptor = cipher.CreateDecryptor(key, iv);
            byte[] data = System.Convert.FromBase64String(value);
            return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(data, 0, data.Length));
        }
    }

    public ICryptoTransform FewIterations(string password, byte[] salt)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CFB;
        aes.Key = {|FG3003:new Rfc2898DeriveBytes(password, salt, 10, HashAlgorithmName.SHA256)|}.GetBytes(32);
        return aes.CreateEncryptor();
    }
}
""");

    [Fact]
    public Task Strong_derivations_password_hashing_and_authenticated_generic_helpers_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
#pragma warning disable SYSLIB0041, SYSLIB0060
internal class Vault
{
    // Password hashing, not a cipher key: another concern than data encryption.
    public byte[] HashPassword(string password, byte[] salt) => new Rfc2898DeriveBytes(password, salt, 2, HashAlgorithmName.SHA256).GetBytes(32);
    public byte[] LegacyHash(string password, byte[] salt) => new PasswordDeriveBytes(password, salt).GetBytes(20);

    public ICryptoTransform Strong(string password, byte[] salt)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CFB;
        aes.Key = new Rfc2898DeriveBytes(password, salt, 600000, HashAlgorithmName.SHA256).GetBytes(32);
        return aes.CreateEncryptor();
    }

    // Encrypt-then-MAC in the generic helper; ECB/CBC not set on a type parameter that is no cipher.
    public byte[] Sealed<T>(byte[] key, byte[] iv, byte[] data) where T : SymmetricAlgorithm, new()
    {
        using T cipher = new T();
        cipher.Mode = CipherMode.CBC;
        byte[] body = cipher.CreateEncryptor(key, iv).TransformFinalBlock(data, 0, data.Length);
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(body);
    }
}
public class Settings<T> where T : new() { public CipherMode Mode { get; set; } }
public class Config
{
    public void Set<T>(Settings<T> settings) where T : new() => settings.Mode = CipherMode.CBC;
}
""");

    // Held-out set 8 (issue 18): an "Encrypt" that only Base64- or hex-encodes hides nothing.
    [Fact]
    public Task Encrypt_methods_that_only_encode_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Text;
public static class PinProtector
{
    public static string Encrypt(string plainText)
    {
        if (string.IsNullOrEmpty(plainText)) return "";
        var bytes = Encoding.UTF8.GetBytes(plainText);
        return {|FG3003:Convert.ToBase64String(bytes)|};
    }

    public static string EncryptPin(string pin) => {|FG3003:Convert.ToHexString(Encoding.ASCII.GetBytes(pin.Trim()))|};

    public static string CipherAccount(byte[] account) => {|FG3003:BitConverter.ToString(account)|}.Replace("-", "");
}
""");

    [Fact]
    public Task Encoding_methods_real_ciphers_and_decoders_are_not_reported_as_encoding() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Text;
public interface IVault { byte[] Seal(byte[] plain); }
public class Codec
{
    private readonly IVault _vault;
    public Codec(IVault vault) => _vault = vault;

    public static string EncodeBase64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    public string Encrypt(string plainText) => Convert.ToBase64String(_vault.Seal(Encoding.UTF8.GetBytes(plainText)));

    public string EncryptWithHelper(string plainText)
    {
        byte[] sealedBytes = Seal(Encoding.UTF8.GetBytes(plainText));
        return Convert.ToBase64String(sealedBytes);
    }

    public static string Decrypt(string stored) => Encoding.UTF8.GetString(Convert.FromBase64String(stored));

    public static string EncryptedFieldLabel() => Convert.ToBase64String(new byte[] { 1, 2 });

    private byte[] Seal(byte[] plain) => _vault.Seal(plain);

    // A loop that transforms the bytes is a home-made cipher (reported as such when it XORs with a key), not an encoding.
    public static string EncryptShifted(string text)
    {
        byte[] data = Encoding.UTF8.GetBytes(text);
        for (int i = 0; i < data.Length; i++)
        {
            data[i] += 3;
        }

        return Convert.ToBase64String(data);
    }
}
""");

    // Held-out set 8 (issue 18): FG3003 is about stored data. A private cipher whose every call becomes a URL (a record id
    // hidden in a link), one nothing calls, and a processor's prescribed payload encryption are not reported; the same
    // private cipher whose result is kept, and a public helper, are.
    [Fact]
    public Task Ciphers_for_links_dead_code_and_processor_payloads_are_not_stored_data() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
using System.Web;
public class EmployeeListPage
{
    public string Link(string id) => "EmployeeEdit.aspx?id=" + HttpUtility.UrlEncode(Encrypt(id));
    public string Other(string id) => "Employee.aspx?ref=" + Encrypt(id);
    public string Escaped(string id) => Uri.EscapeDataString(this.Encrypt(id));

    private string Encrypt(string clearText)
    {
        using TripleDES des = TripleDES.Create();
        return clearText;
    }

    private string Unused(string clearText)
    {
        using TripleDES des = TripleDES.Create();
        return clearText;
    }
}
public static class AlipayEncrypt
{
    public static string AesEncrypt(byte[] key, string content)
    {
        using Aes aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        return content;
    }
}
""");

    [Fact]
    public Task Private_ciphers_whose_output_is_kept_and_public_helpers_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Web;
public class Customer { public string Pin { get; set; } = ""; }
public class RegistrationPage
{
    public void Save(Customer customer, string pin)
    {
        customer.Pin = Encrypt(pin);
        var link = "Customer.aspx?id=" + HttpUtility.UrlEncode(Encrypt(pin));
    }

    private string Encrypt(string clearText)
    {
        using TripleDES des = {|FG3003:TripleDES.Create()|};
        return clearText;
    }
}
public static class PageCrypto
{
    public static string Encrypt(string clearText)
    {
        using TripleDES des = {|FG3003:TripleDES.Create()|};
        return clearText;
    }
}
public static class PaymentEncrypt
{
    public static string AesEncrypt(byte[] key, string content)
    {
        using Aes aes = Aes.Create();
        aes.Mode = {|FG3003:CipherMode.CBC|};
        return content;
    }
}
""");
}
