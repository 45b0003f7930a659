using FinGuard.Analyzers.Secrets;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;
using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// Tuning pass 3 (sets 11, 12): stored password hashes under a password name, example payloads of the API
/// documentation, and Azure Functions' local.settings.json. Each with the look-alikes that stay reported.
/// </summary>
public class PasswordHashAndExampleTests
{
    [Theory]
    [InlineData("$2a$11$Qm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPe")]
    [InlineData("$2y$10$eImiTXuWVxfM37uY4JANjQ==AbCdEfGhIjKlMnOpQrStUvWxYz0123")]
    [InlineData("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$ZGlnZXN0ZGlnZXN0ZGlnZXN0")]
    [InlineData("pbkdf2_sha256$600000$Qm7v1Lk9TzH3$ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0")]
    [InlineData("10000$c2FsdHNhbHRzYWx0c2FsdA==$ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0")]
    [InlineData("310000.c2FsdHNhbHRzYWx0c2FsdA.ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGln")]
    [InlineData("AQAAAAIAAYagAAAAEJ8kQm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPeR4tY6uI0oP2aS==")]
    public void Password_hash_formats_are_recognised(string value) => Assert.True(SecretFormats.LooksLikePasswordHash(value));

    [Theory]
    [InlineData("Tr0ub4dor&3x")]
    [InlineData("$uperS3cret!2024")]
    [InlineData("12345.67890")]
    [InlineData("abb409d3cd1bcf6585b34f2f461d0c8a")]
    [InlineData("zXKpCqMQPmOR/JRldSlkQUtvvIzOewUVqsUP0sBHpxQ=")]
    [InlineData("sk_live_51HqLyjWDarjtT1zdp7dc9QxZ")]
    public void Passwords_keys_and_hex_digests_are_not_hash_formats(string value) => Assert.False(SecretFormats.LooksLikePasswordHash(value));

    // A seeded entity's password member holds what the application compares hashed logins with: a bcrypt or Identity
    // hash, or a salt and digest as 40+ characters of base64. A typed password there, and a base64 value passed to a
    // credential (a generated password), stay reported; so does a hex digest an API takes as the password itself.
    [Fact]
    public Task Stored_password_hashes_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class User { public string Email { get; set; } public string Password { get; set; } public string PasswordHash { get; set; } }
public class Seed
{
    public User[] Users() => new[]
    {
        new User { Email = "a@example.com", Password = "Q29uZmlnU2FsdDEyMzQ1Ng/Hx9KkLm2PqRsTuVwXyZaBcDeFgHiJ" },
        new User { Email = "b@example.com", Password = "$2b$12$Qm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPe" },
        new User { Email = "c@example.com", PasswordHash = "AQAAAAIAAYagAAAAEJ8kQm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPeR4tY6uI0oP2aS==" },
        new User { Email = "d@example.com", Password = {|FG4001:"Kx9!marlow77"|} },
    };

    private const string AdminPassword = "$2a$11$Qm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPe";
    public string Smtp() => Send(password: {|FG4001:"Q29uZmlnU2FsdDEyMzQ1Ng/Hx9KkLm2PqRsTuVwXyZaBcDeFgHiJ"|});
    public object Payer() => new { payerId = "p-1", payerPwd = {|FG4001:"abb409d3cd1bcf6585b34f2f461d0c8a"|} };
    private static string Send(string password) => password;
}
""");

    // Example payloads of the API documentation (Swashbuckle's example providers, the Azure Functions OpenAPI extension's
    // OpenApiExample<T>) are shown to readers, never used; the same value in a class that is not an example is reported.
    [Fact]
    public Task Api_documentation_examples_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

public class LoginRequest { public string Email { get; set; } public string Password { get; set; } }
public class LoginRequestExample : IExamplesProvider<LoginRequest>
{
    public LoginRequest GetExamples() => new LoginRequest { Email = "jane@example.com", Password = "Sunny!Harbour42" };
}
public class LoginFunctionExample : Microsoft.Azure.WebJobs.Extensions.OpenApi.Core.Abstractions.OpenApiExample<LoginRequest>
{
    public LoginRequest Build() => new LoginRequest { Email = "jane@example.com", Password = "Sunny!Harbour42" };
}
public class LoginClient : BaseClient
{
    public LoginRequest Login() => new LoginRequest { Email = "jane@example.com", Password = {|FG4001:"Sunny!Harbour42"|} };
}
""");

    [Fact]
    public Task Configuration_password_hashes_are_not_reported() => RunConfigAsync(("/api/appsettings.json", """
{
  "Admin": {
    "Password": "$2b$12$Qm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPe",
    "Identity": { "Password": "AQAAAAIAAYagAAAAEJ8kQm7v1Lk9TzH3pXc2Rb8yUe0dN4sW6fJ5gA1hK7lM3nB9vC2xZ8qPeR4tY6uI0oP2aS==" }
  },
  "Smtp": { "Password": {|FG4003:"Kx9!marlow77"|}, "RelayPassword": {|FG4003:"Q29uZmlnU2FsdDEyMzQ1Ng/Hx9KkLm2PqRsTuVwXyZaBcDeFgHiJ"|} }
}
"""));

    // Azure Functions' local.settings.json: the host's "Values" are the function's settings; the storage emulator and the
    // runtime name are not secrets, an account key and a certificate password are.
    [Fact]
    public Task Functions_local_settings_are_read() => RunConfigAsync(("/functions/local.settings.json", """
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Storage:ConnectionString": {|FG4003:"DefaultEndpointsProtocol=https;AccountName=paystore7;AccountKey=Zk4mQ8vL2pR7tW1xY5bN3cH6jF9dS0aG2eK8uM4nB7vC1xZ5qP3rT6wY9iO2lA4sD7fG0hJ3kL6zX9cV2bN5mQ==;EndpointSuffix=core.windows.net"|},
    "Signing_Certificate_Password": {|FG4003:"Mx7#Ledger2024"|},
    "Payments:BaseAddress": "https://payments.example.com/api/"
  },
  "Host": { "LocalHttpPort": 7071, "CORS": "*" }
}
"""), ("/functions/local.settings.sample.txt", """{ "Values": { "Signing_Certificate_Password": "Mx7#Ledger2024" } }"""));

    private static Task RunConfigAsync(params (string Path, string Text)[] files)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test.RunAsync();
    }
}
