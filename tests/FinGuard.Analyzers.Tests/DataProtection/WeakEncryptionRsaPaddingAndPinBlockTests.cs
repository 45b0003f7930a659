using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.WeakEncryptionAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 18: RSA encryption with PKCS#1 v1.5 padding is weak encryption; ECB on a single ISO 9564 PIN
/// block is the mode the standard prescribes (the block cipher is still reported where it is created).
/// </summary>
public class WeakEncryptionRsaPaddingAndPinBlockTests
{
    [Fact]
    public Task Rsa_encryption_with_pkcs1_padding_is_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class TokenSealer
{
    public byte[] Seal(string xmlKey, byte[] data)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.FromXmlString(xmlKey);
        return {|FG3003:rsa.Encrypt(data, false)|};
    }

    public byte[] SealWithPadding(RSA rsa, byte[] data) => {|FG3003:rsa.Encrypt(data, RSAEncryptionPadding.Pkcs1)|};
}
""");

    [Fact]
    public Task Rsa_with_oaep_and_decryption_with_pkcs1_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public class TokenSealer
{
    public byte[] Seal(RSACryptoServiceProvider rsa, byte[] data) => rsa.Encrypt(data, true);
    public byte[] SealOaep(RSA rsa, byte[] data) => rsa.Encrypt(data, RSAEncryptionPadding.OaepSHA256);
    public byte[] Open(RSA rsa, byte[] data) => rsa.Decrypt(data, RSAEncryptionPadding.Pkcs1);
}
""");

    // Encrypting to a counterparty's certificate (a processor's security credential): the receiver fixes the padding.
    [Fact]
    public Task Rsa_pkcs1_to_a_certificates_public_key_is_not_reported_but_to_a_configured_key_is() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
public class GatewayCredential
{
    public byte[] SealForGateway(byte[] certificate, byte[] password)
    {
        var x509 = new X509Certificate2(certificate);
        using RSA rsa = x509.GetRSAPublicKey()!;
        return rsa.Encrypt(password, RSAEncryptionPadding.Pkcs1);
    }

    public byte[] SealWithConfiguredKey(string xmlKey, byte[] password)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.FromXmlString(xmlKey);
        return {|FG3003:rsa.Encrypt(password, false)|};
    }
}
""");

    // MoMo's payment request prescribes RSA with PKCS#1 padding for its hash field: a processor's protocol, in transit.
    [Fact]
    public Task Rsa_pkcs1_in_a_type_named_for_a_processor_that_prescribes_it_is_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
public static class MomoSecurity
{
    public static byte[] BuildHash(string publicKeyXml, byte[] data)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.FromXmlString(publicKeyXml);
        return rsa.Encrypt(data, false);
    }
}
public static class MonogramSealer
{
    public static byte[] Seal(string keyXml, byte[] data)
    {
        using var rsa = new RSACryptoServiceProvider();
        rsa.FromXmlString(keyXml);
        return {|FG3003:rsa.Encrypt(data, false)|};
    }
}
""");

    // ZaloPay's kit prescribes RSA with PKCS#1 padding too; its helpers come in the processor's namespace, not named for it.
    [Fact]
    public Task Rsa_pkcs1_in_a_processor_kits_namespace_is_not_reported_but_in_a_look_alike_namespace_it_is() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
namespace ZaloPay.Helper.Crypto
{
    public static class RsaHelper
    {
        public static byte[] Encrypt(string publicKeyXml, byte[] data)
        {
            using var rsa = new RSACryptoServiceProvider();
            rsa.FromXmlString(publicKeyXml);
            return rsa.Encrypt(data, false);
        }
    }
}
namespace Shop.Helpers.Crypto
{
    public static class RsaHelper
    {
        public static byte[] Encrypt(string publicKeyXml, byte[] data)
        {
            using var rsa = new RSACryptoServiceProvider();
            rsa.FromXmlString(publicKeyXml);
            return {|FG3003:rsa.Encrypt(data, false)|};
        }
    }
}
""");

    [Fact]
    public Task Ecb_on_a_pin_block_is_not_reported_but_its_cipher_and_ecb_elsewhere_are() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
#pragma warning disable SYSLIB0021
public class PinBlockEncoder
{
    public byte[] EncryptPinBlock(byte[] key, byte[] clearPinBlock)
    {
        var tdes = {|FG3003:new TripleDESCryptoServiceProvider()|};
        tdes.Key = key;
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.None;
        return tdes.CreateEncryptor().TransformFinalBlock(clearPinBlock, 0, 8);
    }
}
public class RecordEncoder
{
    public byte[] EncryptRecord(byte[] key, byte[] record)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = {|FG3003:CipherMode.ECB|};
        return aes.CreateEncryptor().TransformFinalBlock(record, 0, record.Length);
    }

    // A PIN (not a PIN block) encrypted with ECB is still ECB over data.
    public byte[] EncryptPin(byte[] key, byte[] pin)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return {|FG3003:aes.EncryptEcb(pin, PaddingMode.PKCS7)|};
    }
}
""");
}
