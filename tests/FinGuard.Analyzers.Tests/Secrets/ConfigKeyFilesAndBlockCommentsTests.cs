using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>
/// FG4003 (held-out set 17): the file name of a service account's JSON key names where the key is, not the key; a
/// member on its own line of a <c>/* */</c> block is committed as a <c>//</c> line is, and a 3D store key is a secret name.
/// Look-alikes: prose in the same block, a commented-out connection to this machine, a generated key under a key-file name.
/// </summary>
public class ConfigKeyFilesAndBlockCommentsTests
{
    private static Task VerifyAsync(string path, string text)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        test.TestState.AdditionalFiles.Add((path, text));
        return test.RunAsync();
    }

    [Fact]
    public Task Key_file_names_are_not_reported_and_key_material_is() => VerifyAsync("/api/appsettings.Development.json", """
{
  "FirebasePrivateKey": "shop-firebase-adminsdk-q7w2e-9f8e7d6c5b.json",
  "Google": { "ServiceAccountKey": "./keys/shop-service-account.json" },
  "Signing": { "PrivateKey": {|FG4003:"Zt5Hq8WmK3xNb7RcL2vPy9DjF4gS6aUe"|} }
}
""");

    [Fact]
    public Task Members_in_block_comments_are_reported_and_prose_is_not() => VerifyAsync("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "DefaultConnection": "",
    /*
      The pooler address is used for IPv4 networks; the password is not kept in environment variables.
      Password: see the team vault.

      "DefaultConnection": {|FG4003:"Host=pooler.dbcloud.io;Port=6543;Database=atm;Username=atm_owner;Password=Wq8zLm2Xv5Kt"|}
      "LocalConnection": "Host=localhost;Port=5432;Database=atm;Username=postgres;Password=postgres"
    */
    "Archive": "Host=archive.dbcloud.io;Database=atm;Integrated Security=true"
  },
  "Pos": { "StoreKey": {|FG4003:"QPLM4821"|}, "StoreKeyName": "storekey" }
}
""");
}
