using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 and FG4001 on secrets written in a shape the other tests do not read: a passphrase sentence under a setting named
/// for the secret itself ("Secret", "AppSecret"), a value with blanks typed around it, and a mail app password under a name
/// ending in Pass. Look-alikes: stand-in and instruction sentences, notes on where the value lives, short phrases, a
/// sentence under a name that is not a secret's, padded words, and the app-password shape under bypass-like names.
/// </summary>
public class PassphraseAndPaddedSecretTests
{
    private static Task VerifyConfigAsync(string path, string text)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    private static Task VerifyCodeAsync(string source)
    {
        var test = new VerifyCS.Test();
        test.TestState.Sources.Add(("/repo/src/Shop/Startup.cs", source));
        return test.RunAsync();
    }

    [Fact]
    public Task Passphrase_sentences_under_a_secret_setting_are_reported() => VerifyConfigAsync("/svc/appsettings.json", """
{
  "AuthSettings": { "Secret": {|FG4003:"MIGHTY BLUE HARBOUR KEY OF THE LEDGER TEAM"|}, "Issuer": "ledger-auth" },
  "Partner": { "AppSecret": {|FG4003:"correct horse battery staple forever"|} }
}
""");

    [Fact]
    public Task Stand_in_instruction_and_note_sentences_are_not_reported() => VerifyConfigAsync("/svc/appsettings.Production.json", """
{
  "AuthSettings": { "Secret": "Put the signing secret for this service in here" },
  "Partner": { "AppSecret": "Get it from the partner dashboard page", "ClientSecret": "stored in the team key vault only" },
  "Other": { "Secret": "REPLACE THIS WITH YOUR OWN STRONG SECRET", "ApiSecret": "secret per environment, never committed" },
  "Short": { "Secret": "blue harbour key" },
  "Texts": { "Description": "MIGHTY BLUE HARBOUR KEY OF THE LEDGER TEAM", "SecretQuestion": "name of your first pet please" },
  "Urls": { "Secret": "https://vault.example.org/secrets/ledger-auth" }
}
""");

    [Fact]
    public Task Padded_values_in_settings_are_read_without_their_blanks() => VerifyConfigAsync("/web/Web.config", """
<configuration>
  <appSettings>
    <add key="AppSecret" value={|FG4003:"9c4e0a7b21d34f6e8a5b0c1d2e3f4a5b "|} />
    <add key="AppSecretHint" value=" see the wiki " />
    <add key="ClientSecret" value="   " />
  </appSettings>
</configuration>
""");

    [Fact]
    public Task Padded_secrets_and_pass_named_app_passwords_in_code_are_reported() => VerifyCodeAsync("""
public class Startup
{
    public string ClientSecret { get; set; } = {|FG4001:" Qm7ZkL2pXv9RtW4nHc8Ys3Bd "|};
    private readonly string _mailPassword = {|FG4001:"hqzt vmwk rpdx ljcb "|};
    private readonly string _smtpPass = {|FG4001:"qvxr jtnm wzkp hbdf"|};
}
""");

    [Fact]
    public Task Padded_words_and_app_password_shapes_under_other_names_are_not_reported() => VerifyCodeAsync("""
public class Startup
{
    public string ClientSecret { get; set; } = " client secret ";
    private readonly string _mailPassword = "    ";
    private readonly string _bypass = "qvxr jtnm wzkp hbdf";
    private readonly string _compass = "north east south west";
    private readonly string _smtpPass = "your app password";
}
""");
}
