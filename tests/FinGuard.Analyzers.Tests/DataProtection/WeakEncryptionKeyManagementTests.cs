using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;
using VerifyIv = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 22: DES/3DES/ECB prescribed by card-network key management (ANSI X9.24 DUKPT derivation, key
/// check values, ISO 9797 retail MAC) is not data encryption; the application's own data encrypted with them, also in
/// a type or helper with a key-management look, stays reported.
/// </summary>
public class WeakEncryptionKeyManagementTests
{
    [Fact]
    public Task Dukpt_derivation_and_check_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class TerminalKeys
{
    public static byte[] DeriveIpek(byte[] bdk, byte[] ksn)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = bdk;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.None;
        return tdes.CreateEncryptor().TransformFinalBlock(ksn, 0, 8);
    }

    public static byte[] ComputeKcv(byte[] key)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        return tdes.EncryptEcb(new byte[8], PaddingMode.None);
    }
}
public class DukptServer
{
    public byte[] NextTransactionKey(byte[] currentKey, byte[] counter)
    {
        using var des = DES.Create();
        des.Key = currentKey;
        des.Mode = CipherMode.ECB;
        return des.CreateEncryptor().TransformFinalBlock(counter, 0, 8);
    }
}
""");

    // A type named for the standard does not make the application's data key material: the member or its parameter
    // says card data. A KeyHelper is no key-management name at all.
    [Fact]
    public Task Card_data_encrypted_in_a_type_with_a_key_management_name_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class KeyHelper
{
    public byte[] EncryptCardNumber(byte[] key, byte[] cardNumber)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = key;
        tdes.Mode = {|FG3003:CipherMode.ECB|};
        return tdes.CreateEncryptor().TransformFinalBlock(cardNumber, 0, cardNumber.Length);
    }
}
public class DukptHelper
{
    public byte[] EncryptCardNumber(byte[] key, byte[] number)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = key;
        return tdes.CreateEncryptor().TransformFinalBlock(number, 0, number.Length);
    }

    public byte[] Protect(byte[] key, byte[] accountNumber)
    {
        using var des = {|FG3003:DES.Create()|};
        des.Key = key;
        return des.CreateEncryptor().TransformFinalBlock(accountNumber, 0, accountNumber.Length);
    }
}
""");

    // A helper of the project's own called only to derive keys (from a DUKPT type, on a KSN, into a data key) or only
    // with key material; its unused CBC sibling in the same toolkit goes with it.
    [Fact]
    public Task A_cipher_helper_called_only_for_key_derivation_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Security.Cryptography;
public static class Des3
{
    // A forwarding overload: its own calls are read like the byte[] ones.
    public static string Encrypt(string data, string key) => Convert.ToHexString(Encrypt(Convert.FromHexString(data), Convert.FromHexString(key)));

    public static byte[] Encrypt(byte[] data, byte[] key)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.None;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptCbc(byte[] data, byte[] key)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        tdes.Mode = CipherMode.CBC;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public static class DukptService
{
    public static byte[] InitialKey(byte[] ksn, byte[] bdk) => Des3.Encrypt(ksn, bdk);
}
public class TrackReader
{
    private byte[] _dataKey = new byte[16];

    public void Load(byte[] ksn, byte[] variant, byte[] baseKey)
    {
        var temp = Xor(ksn, variant);
        var dataKey = Des3.Encrypt(temp, baseKey);
        _dataKey = dataKey;
    }

    public byte[] Wrap(byte[] keyRaw, byte[] kek) => Des3.Encrypt(keyRaw, kek);
    public string KeyCheckValue(string ipekHex, string zeroBlock) => Des3.Encrypt(zeroBlock, ipekHex);
    public string Ipek(string ksnHex, string bdkHex) => Des3.Encrypt(ksnHex, bdkHex);

    private static byte[] Xor(byte[] a, byte[] b) => a;
}
""");

    [Fact]
    public Task A_cipher_helper_also_called_on_card_data_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class Des3
{
    public static byte[] Encrypt(byte[] data, byte[] key)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = key;
        tdes.Mode = {|FG3003:CipherMode.ECB|};
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] EncryptCbc(byte[] data, byte[] key)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = key;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public static class DukptService
{
    public static byte[] InitialKey(byte[] ksn, byte[] bdk) => Des3.Encrypt(ksn, bdk);
}
public class CardVault
{
    public byte[] Store(byte[] cardNumber, byte[] key) => Des3.Encrypt(cardNumber, key);
    public byte[] StoreRecord(byte[] record, byte[] key) => Des3.Encrypt(record, key);
}
""");

    // Encrypting "a key" that is the application's own secret (an API key) under the cipher's key is data encryption;
    // a generic key argument (the cipher's own key) says nothing about the data.
    [Fact]
    public Task Secrets_and_plain_data_under_a_key_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
internal static class Des3
{
    public static byte[] Encrypt(byte[] data, byte[] key)
    {
        using var tdes = {|FG3003:TripleDES.Create()|};
        tdes.Key = key;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }
}
public class SettingsStore
{
    public byte[] Save(byte[] apiKey, byte[] masterKey) => Des3.Encrypt(apiKey, masterKey);
    public byte[] SaveNote(byte[] note, byte[] kek) => Des3.Encrypt(note, kek);
}
""");

    // ISO 9797-1 retail MAC: 3DES CBC-MAC with a zero IV, the standard's construction.
    [Fact]
    public Task Retail_mac_with_a_zero_iv_is_not_reported_but_a_zero_iv_for_stored_data_is() => VerifyIv.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class MessageAuthentication
{
    public static byte[] ComputeRetailMac(byte[] key, byte[] message)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        tdes.IV = new byte[8];
        return tdes.CreateEncryptor().TransformFinalBlock(message, 0, message.Length);
    }

    public static byte[] EncryptStatement(byte[] key, byte[] statement)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.IV = {|FG3004:new byte[16]|};
        return aes.CreateEncryptor().TransformFinalBlock(statement, 0, statement.Length);
    }
}
""");
}
