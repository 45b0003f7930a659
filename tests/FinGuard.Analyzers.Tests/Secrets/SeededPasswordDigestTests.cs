using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001 on set 21: an entity's Password initialised with a hex SHA digest (40/64/96/128 hex digits), or beside a Salt
/// in the same initializer, is the stored hash of a seeded account, not a password. Look-alikes: a random password in an
/// entity without a salt, a hex string of another length, and a 64-hex secret outside an entity's password member.
/// </summary>
public class SeededPasswordDigestTests
{
    private const string Types = """

public class Member
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string Salt { get; set; } = "";
}
""";

    [Fact]
    public Task Hex_digests_and_salted_passwords_of_entities_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class MemberSeed
{
    public static Member[] All() => new[]
    {
        new Member { Id = 1, Email = "first@example.org", Password = "3f9a1c7e5b2d8046a1e9c3b7d5f20846ce1a9b3d7f5e20c4a6b8d1f3e5c7a902" },
        new Member { Id = 2, Email = "second@example.org", Password = "9b2e4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c5e7b" },
        new Member { Id = 3, Email = "third@example.org", Salt = "q81Lk3vX0pZ7mR2t", Password = "7gk2Lr9xQw4Zp1Vn8Ts3Bm6Yc0Hd5Jf2Uq7Ea9Kx4W" },
    };
}
""" + Types, null);

    [Fact]
    public Task Random_passwords_odd_hex_lengths_and_hex_secrets_elsewhere_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

public static class MemberSeed
{
    public static Member[] All() => new[]
    {
        new Member { Id = 1, Email = "first@example.org", Password = {|FG4001:"7gk2Lr9xQw4Zp1Vn8Ts3Bm6Yc0Hd5Jf2Uq7Ea9"|} },
        new Member { Id = 2, Email = "second@example.org", Password = {|FG4001:"3f9a1c7e5b2d8046a1e9c3b7d5f20846ce1a9b3d7f5e20c4a6b8d1f3e5c7a9"|} },
    };

    public const string SigningSecret = {|FG4001:"3f9a1c7e5b2d8046a1e9c3b7d5f20846ce1a9b3d7f5e20c4a6b8d1f3e5c7a902"|};
}
""" + Types, null);
}
