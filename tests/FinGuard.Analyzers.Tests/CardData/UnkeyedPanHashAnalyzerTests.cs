using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.UnkeyedPanHashAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

public class UnkeyedPanHashAnalyzerTests
{
    [Fact]
    public Task Unkeyed_hashes_of_a_pan_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Security.Cryptography;
using System.Text;
public class CardIndex
{
    public string CardNumber { get; set; } = "";
    public byte[] A(string pan) => {|FG1007:SHA256.HashData(Encoding.UTF8.GetBytes(pan))|};
    public byte[] B() { using var sha = SHA1.Create(); return {|FG1007:sha.ComputeHash(Encoding.ASCII.GetBytes(CardNumber + "salt"))|}; }
    public byte[] C(string cardNo) => {|FG1007:MD5.HashData(Encoding.UTF8.GetBytes(cardNo.Trim()))|};
    public byte[] D(string pan) => {|FG1007:SHA512.HashData(Encoding.UTF8.GetBytes($"{pan}:v1"))|};
}
""");

    [Fact]
    public Task Hmac_abstract_algorithms_and_other_values_are_not_reported() => VerifyCS.VerifyAnalyzerAsync(@"
using System.Security.Cryptography;
using System.Text;
public class CardIndex
{
    public byte[] Key = new byte[32];
    public byte[] A(string pan) => HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(pan));
    public byte[] B(string pan) { using var hmac = new HMACSHA256(Key); return hmac.ComputeHash(Encoding.UTF8.GetBytes(pan)); }
    public byte[] C(HashAlgorithm algorithm, string pan) => algorithm.ComputeHash(Encoding.UTF8.GetBytes(pan));
    public byte[] D(string orderNumber, string cardToken, string last4) => SHA256.HashData(Encoding.UTF8.GetBytes(orderNumber + cardToken + last4));
    public byte[] E(byte[] file) => SHA256.HashData(file);
}");
}
