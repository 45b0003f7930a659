using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (held-out set 16): a commented-out connection string to this machine is neither in effect nor reachable from
/// elsewhere; a commented-out connection to another server, and a live one to this machine with a chosen password, are
/// still reported.
/// </summary>
public class CommentedLocalConnectionTests
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
    public Task Commented_out_local_connections_in_xml_are_not_reported() => VerifyAsync(("/web/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!--<add name="Default" connectionString={|FG4003:"Server=203.0.113.40;Database=Shop;User Id=sa;Password=Qv!83mzk;"|} providerName="System.Data.SqlClient" />-->
    <!--<add name="Default" connectionString="Server=127.0.0.1;Database=Shop;User Id=sa;Password=rwx0921;" providerName="System.Data.SqlClient" />-->
    <!--<add name="Old" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=Shop;User Id=sa;Password=rwx0921;" />-->
    <add name="Live" connectionString={|FG4003:"Server=127.0.0.1;Database=Shop;User Id=sa;Password=rwx0921;"|} providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
"""));

    [Fact]
    public Task Commented_out_local_connections_in_json_are_not_reported() => VerifyAsync(("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Default": "Host=localhost;Port=5432;Database=shop;Username=app;Password=${DB_PASSWORD}",
    //"Default": "Host=localhost;Port=5432;Database=shop;Username=app;Password=rwx0921",
    //"Staging": {|FG4003:"Host=db-staging.shopnet.io;Port=5432;Database=shop;Username=app;Password=rwx0921"|},
    "Reports": "Host=reports.example.org;Database=reports;Integrated Security=true"
  }
}
"""));
}
