using FinGuard.Analyzers.Secrets;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (held-out set 18): the password word itself is a stand-in: <c>user/pass</c> on a local database or a compose
/// database service (the documented trivial-default policy, with <c>pass</c>, <c>passwd</c> and <c>pwd</c> beside
/// <c>password</c>), and <c>password</c> with one typing slip (<c>passwors</c>) under an SMTP password name.
/// Look-alikes: the same pair on a remote host, chosen passwords on a local server, words that merely start alike.
/// </summary>
public class TemplatePasswordWordsTests
{
    private static Task VerifyAsync(string path, string text)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("passwors")]
    [InlineData("pasword")]
    [InlineData("passwordd")]
    [InlineData("passowrd")]
    [InlineData("PASSWROD")]
    public void Password_with_one_slip_is_a_placeholder(string value) => Assert.True(SecretFormats.IsPlaceholder(value));

    [Theory]
    [InlineData("passport")]
    [InlineData("passwo12")]
    [InlineData("pastword9")]
    [InlineData("bassw0rd")]
    public void Other_words_are_not(string value) => Assert.False(SecretFormats.IsPlaceholder(value));

    [Fact]
    public Task User_pass_on_local_and_compose_databases_is_not_reported() => VerifyAsync("/api/appsettings.json", """
{
  "MongoDataBase": { "ConnectionString": "mongodb://user:pass@localhost/bank" },
  "Compose": { "ConnectionString": "mongodb://user:pass@mongo-db/bank" },
  "PostgreSQLDataBase": { "ConnectionString": "Host=postgres;Port=5432;Database=bank;Username=user;Password=pass" },
  "Local": { "ConnectionString": "Server=localhost;Database=Bank;User Id=sa;Password=pwd" },
  "smtpusername": "mailer",
  "smtppassword": "passwors"
}
""");

    [Fact]
    public Task The_same_words_on_remote_hosts_and_chosen_passwords_are_reported() => VerifyAsync("/api/appsettings.json", """
{
  "Remote": { "ConnectionString": {|FG4003:"Host=db.bank-prod.internal;Port=5432;Database=bank;Username=user;Password=pass"|} },
  "Chosen": { "ConnectionString": {|FG4003:"mongodb://user:Kq7mZ2pL9v@localhost/bank"|} },
  "smtppassword": {|FG4003:"Passport2024!"|}
}
""");
}
