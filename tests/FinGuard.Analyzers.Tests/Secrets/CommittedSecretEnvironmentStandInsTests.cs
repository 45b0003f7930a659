using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (issue 18, set 25): a development or test environment's settings file whose value names that environment in
/// plain words is a stand-in (<c>EnvironmentStandIns</c>). Twins: the same value in the base <c>appsettings.json</c>, a
/// generated value that starts with "dev", a Stripe test key and a connection string in the development file, and a
/// production file's value.
/// </summary>
public class CommittedSecretEnvironmentStandInsTests
{
    private static Task VerifyAsync(params (string Path, string Text)[] files)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Values_that_name_their_environment_in_its_own_settings_file_are_stand_ins() => VerifyAsync(
        ("/gateway/appsettings.Development.json", """
{
  "Jwt": { "Secret": "dev-secret-key-minimum-32-characters-long-for-development", "Issuer": "gateway" },
  "JwtSettings": { "SecretKey": "DevelopmentSecretKeyThatIsAtLeast32CharactersLong!" }
}
"""),
        ("/api/appsettings.test.json", """
{
  "Smtp": { "Host": "smtp.test.com", "Password": "test_password" },
  "Jwt": { "Key": "test_jwt_secret_key_for_tests_only" }
}
"""));

    [Fact]
    public Task The_same_values_elsewhere_and_real_keys_in_environment_files_are_reported() => VerifyAsync(
        ("/gateway/appsettings.json", """
{
  "Jwt": { "Secret": {|FG4003:"dev-secret-key-minimum-32-characters-long-for-development"|} }
}
"""),
        ("/gateway/appsettings.Production.json", """
{
  "Jwt": { "Secret": {|FG4003:"DevelopmentSecretKeyThatIsAtLeast32CharactersLong!"|} }
}
"""),
        ("/api/appsettings.Development.json", """
{
  "Jwt": { "Secret": {|FG4003:"devQ8fkZ2pLw9xRt4vNc7mBy3hJs6dGa"|} },
  "Stripe": { "SecretKey": {|FG4003:"sk_test_51HqLyjWDarjtT1zdp7dc9QxZ"|} },
  "ConnectionStrings": { "Db": {|FG4003:"Server=sql.internal;Database=Dev;User Id=dev;Password=Dev0ps!Pass2024;"|} }
}
"""));

    // Issue 18, set 23: the key written in both files is the key production runs with.
    [Fact]
    public Task A_development_worded_value_the_base_settings_hold_too_is_reported_in_both() => VerifyAsync(
        ("/site/appsettings.json", """
{
  "Jwt": { "SecretKey": {|FG4003:"Site-Super-Secret-Key-256-bits-long-for-security-development-only"|} }
}
"""),
        ("/site/appsettings.Development.json", """
{
  "Jwt": { "SecretKey": {|FG4003:"Site-Super-Secret-Key-256-bits-long-for-security-development-only"|} }
}
"""),
        ("/other/appsettings.Development.json", """
{
  "Jwt": { "SecretKey": "Site-Super-Secret-Key-256-bits-long-for-security-development-only" }
}
"""));
}
