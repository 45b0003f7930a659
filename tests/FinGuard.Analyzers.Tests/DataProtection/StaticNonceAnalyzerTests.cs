using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    public class StaticNonceAnalyzerTests
    {
        [Fact]
        public Task Static_zero_constant_and_reused_nonces_are_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
using System.Text;
public class Sealer
{
    private static readonly byte[] SharedNonce = RandomNumberGenerator.GetBytes(12);
    private static readonly byte[] ZeroIv = new byte[16];

    public void A(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:SharedNonce|}, p, c, t);

    public void B(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:new byte[12]|}, p, c, t);

    public void C(AesGcm gcm, byte[] p, byte[] c, byte[] t) => gcm.Encrypt({|FG3004:Encoding.ASCII.GetBytes(""nonce-123456"")|}, p, c, t);

    public byte[] D(AesGcm gcm, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p, c, t);
        return nonce;
    }

    public void E(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        gcm.Encrypt(nonce, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
    }

    public void F(AesGcm gcm, byte[][] items, byte[] t)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:nonce|}, item, item, t);
        }
    }

    public ICryptoTransform G(Aes aes)
    {
        aes.IV = {|FG3004:ZeroIv|};
        return aes.CreateEncryptor(aes.Key, {|FG3004:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|});
    }
}");

        [Fact]
        public Task Random_nonces_decryption_and_nonces_read_from_the_ciphertext_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System;
using System.IO;
using System.Security.Cryptography;
public class GoodSealer
{
    public byte[] Seal(AesGcm gcm, byte[] plain)
    {
        var nonce = new byte[AesGcm.NonceByteSizes.MaxSize];
        RandomNumberGenerator.Fill(nonce);
        var tag = new byte[16];
        var cipher = new byte[plain.Length];
        gcm.Encrypt(nonce, plain, cipher, tag);
        return nonce;
    }

    public void Many(AesGcm gcm, byte[][] items, byte[] t)
    {
        var nonce = new byte[12];
        foreach (var item in items)
        {
            RandomNumberGenerator.Fill(nonce);
            gcm.Encrypt(nonce, item, item, t);
        }
    }

    public byte[] Open(AesGcm gcm, byte[] stored)
    {
        var nonce = new byte[12];
        var zero = new byte[12];
        Buffer.BlockCopy(stored, 0, nonce, 0, 12);
        var plain = new byte[stored.Length - 28];
        gcm.Decrypt(nonce, stored.AsSpan(28), stored.AsSpan(12, 16), plain);
        return plain;
    }

    public byte[] FromStream(AesGcm gcm, Stream input, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        input.ReadExactly(nonce);
        gcm.Encrypt(nonce, p, c, t);
        return c;
    }

    public ICryptoTransform Cbc(Aes aes)
    {
        aes.GenerateIV();
        byte[] iv = aes.IV;
        return aes.CreateEncryptor(aes.Key, iv);
    }

    public void Counter(AesGcm gcm, long counter, byte[] p, byte[] c, byte[] t)
    {
        var nonce = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(nonce.AsSpan(4), counter);
        gcm.Encrypt(nonce, p, c, t);
    }
}");
    }
}
