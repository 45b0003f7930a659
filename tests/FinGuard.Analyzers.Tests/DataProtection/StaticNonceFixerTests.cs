using System.Threading.Tasks;
using Xunit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<FinGuard.Analyzers.DataProtection.StaticNonceAnalyzer, FinGuard.CodeFixes.DataProtection.StaticNonceFixer>;

namespace FinGuard.Analyzers.Tests.DataProtection
{
    public class StaticNonceFixerTests
    {
        [Fact]
        public Task Never_filled_and_reused_nonces_get_fresh_random_bytes() => VerifyCS.VerifyCodeFixAsync(@"
using System.Security.Cryptography;
public class Sealer
{
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        gcm.Encrypt({|FG3004:nonce|}, p1, c1, t1);
        gcm.Encrypt({|FG3004:nonce|}, p2, c2, t2);
        return nonce;
    }

    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            gcm.Encrypt({|FG3004:iv|}, item, item, t);
        }
    }
}", @"
using System.Security.Cryptography;
public class Sealer
{
    public byte[] Seal(AesGcm gcm, byte[] p1, byte[] p2, byte[] c1, byte[] c2, byte[] t1, byte[] t2)
    {
        var nonce = new byte[12];
        RandomNumberGenerator.Fill(nonce);
        gcm.Encrypt(nonce, p1, c1, t1);
        RandomNumberGenerator.Fill(nonce);
        gcm.Encrypt(nonce, p2, c2, t2);
        return nonce;
    }

    public void Loop(AesGcm gcm, byte[][] items, byte[] t)
    {
        var iv = RandomNumberGenerator.GetBytes(12);
        foreach (var item in items)
        {
            RandomNumberGenerator.Fill(iv);
            gcm.Encrypt(iv, item, item, t);
        }
    }
}");
    }
}
