using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;
using VerifyCode = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.SecretLiteralAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4001/FG4003: "password" in other languages (contraseña, Passwort, mot de passe, senha, wachtwoord, parola, hasło, şifre,
/// kata sandi) names a password as "Password" does, as a whole last word; plurals, longer words and non-secret values do not.
/// </summary>
public class ForeignPasswordNameTests
{
    [Fact]
    public Task Passwords_under_foreign_names_in_settings_are_reported()
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.Development.json", """
{
  "DataRequest": { "Usuario": "kata", "Contrasena": {|FG4003:"“k474.2025#"|} },
  "Banco": { "Contraseña": {|FG4003:"Banc0Seguro77"|}, "Senha": {|FG4003:"s3nhaF0rte"|} },
  "Mail": { "SmtpPasswort": {|FG4003:"Mail2024xyz"|}, "mot_de_passe": {|FG4003:"Soleil2023"|}, "Wachtwoord": {|FG4003:"Tulp4567ab"|} },
  "Db": { "Parola": {|FG4003:"parola123x"|}, "Haslo": {|FG4003:"Krakow1234"|}, "Şifre": {|FG4003:"Ankara0612"|}, "Kata_Sandi": {|FG4003:"Jakarta45x"|} }
}
"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Look_alike_foreign_names_in_settings_are_not_reported()
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/app/appsettings.json", """
{
  "Labels": { "Senhas": "Senhas e acesso", "SenhaLabel": "Digite sua senha", "ParolaChiave": "pagamento2024" },
  "Game": { "Parola": "ciao", "ParolaDelGiorno": "Amico2024" },
  "Account": { "Contrasena": "<tu contraseña>", "Passwort": "", "Senha": "${SENHA_BANCO}", "Wachtwoord": "changeme" },
  "Person": { "Sandiego": "Office22", "Passworte": "Rules2024" }
}
"""));
        return test.RunAsync();
    }

    [Fact]
    public Task Passwords_under_foreign_names_in_code_are_reported() => new VerifyCode.Test
    {
        TestCode = """
public class SmtpSettings
{
    public string Usuario { get; set; } = "facturas";
    public string Contrasena { get; set; } = {|FG4001:"Fact2024!x"|};
    public string Passwort { get; set; } = {|FG4001:"Geheim9876"|};
    public string SenhaSmtp = "sem senha";
    public string Senhas { get; set; } = "Senhas9876";
    public string ParolaChiave { get; set; } = "Chiave2024";
}
""",
    }.RunAsync();
}
