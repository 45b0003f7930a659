using VerifyConfig = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 on local development database credentials: on this machine, a password that is the engine's name
/// (<c>postgresql</c>) or the database's own name is a stand-in, and so is an engine's default word under a database section's password setting; a template's "your key" in
/// Spanish (<c>tu_clave</c>) is a placeholder. Look-alikes: the same passwords on a remote server, a chosen password on
/// this machine (also the word password with digits for letters, <c>pa55w0rd!</c>, <c>P@ssw0rd42</c>, which a SQL
/// Server container is commonly given), and a chosen password under a database section.
/// </summary>
public class LocalDatabaseDefaultsTests
{
    private static Task VerifyAsync(string text)
    {
        var test = new VerifyConfig.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add(("/api/appsettings.json", text));
        return test.RunAsync();
    }

    [Fact]
    public Task Local_engine_names_and_database_names_are_not_reported() => VerifyAsync("""
{
  "ConnectionStrings": {
    "Jobs": "Host=localhost;Database=jobs;Username=postgres;Password=postgresql;Port=5432",
    "Ledger": "server=localhost;database=Ledger;user id=sa;password=ledger;"
  },
  "DatabaseOptions": { "User": "postgres", "Password": "postgres", "Host": "localhost" },
  "BrainTree": { "MerchantId": "tu_merchant", "PrivateKey": "tu_clave", "PublicKey": "tu-clave-publica" }
}
""");

    [Fact]
    public Task Remote_servers_and_chosen_passwords_are_reported() => VerifyAsync("""
{
  "ConnectionStrings": {
    "Jobs": {|FG4003:"Host=pgsql.harbourledger.net;Database=jobs;Username=postgres;Password=postgresql;Port=5432"|},
    "Shop": {|FG4003:"server=pgsql.harbourledger.net;user id=shopadmin;password=pa55w0rd!;database=shop"|},
    "Ledger": {|FG4003:"server=pgsql.harbourledger.net;database=Ledger;user id=sa;password=ledger;"|},
    "Local": {|FG4003:"server=localhost;database=Ledger;user id=sa;password=Harb0ur7Ledger;"|},
    "LocalShop": {|FG4003:"server=localhost;user id=shopadmin;password=pa55w0rd!;database=shop"|},
    "Catalog": {|FG4003:"Data Source=(local);Initial Catalog=Catalog;User ID=sa;Password=P@ssw0rd42"|},
    "Compose": {|FG4003:"Server=accounts-db;Database=AccountsDb;User=sa;Password=P@ssw0rd2;"|},
    "ComposeName": {|FG4003:"Server=ledger-db;Database=ledger;User=sa;Password=ledger;"|}
  },
  "Postgres": { "User": "ledger", "Password": {|FG4003:"Harb0ur7Ledger"|} },
  "Mail": { "Password": {|FG4003:"Kx7rTq2mLp9v"|} }
}
""");
}
