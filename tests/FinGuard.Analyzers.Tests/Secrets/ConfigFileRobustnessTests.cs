using System.Collections.Immutable;
using System.Threading;
using FinGuard.Analyzers.Secrets;
using FinGuard.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Tests.Secrets;

/// <summary>FG4003 reads files people are in the middle of editing: damaged JSON and XML must never crash it.</summary>
public class ConfigFileRobustnessTests
{
    private const string Json = """
{
  // comment
  "Stripe": { "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ", "PublishableKey": "pk_live_51HqLyjWDarjtT1zdp7dc9QxZ", },
  "ConnectionStrings": { "Payments": "Server=sql;Database=Pay;User Id=app;Password=S3cr3t!Pass;" },
  "Plaid": { "Secret": "a1b2c3d4e5f6a7b8c9d0", "Escaped": "\u0073k_live_\"quoted\"" },
  /* block */ "List": [ 1, true, null, -2.5e3, { "Password": "Pr0d-Passw0rd!" } ]
}
""";

    private const string Xml = """
<?xml version="1.0"?>
<configuration>
  <appSettings><add key="StripeSecretKey" value="sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" /></appSettings>
  <connectionStrings><add name="Db" connectionString="Server=sql;Database=Pay;User Id=app;Password=S3cr3t!Pass" /></connectionStrings>
  <secrets><StripeSecretKey>sk_live_4eC39HqLyjWDarjtT1zdp7dcA</StripeSecretKey><![CDATA[ sk_live_9aZ3kLmQ2wErTy7UiOp4SdFg ]]></secrets>
</configuration>
""";

    [Fact]
    public async Task Damaged_configuration_files_never_crash_the_analyzer()
    {
        var random = new Random(20261125);
        var compilation = await TestCompilation.CreateAsync(("Program.cs", "public class Program { }"));
        int variants = 0;
        foreach ((string name, string text) in new[] { ("appsettings.json", Json), ("web.config", Xml), ("launchSettings.json", Json) })
        {
            foreach (string damaged in RobustnessTests.Damage(text, random).Take(150).Append(string.Empty).Append("\uFEFF").Append("{").Append("<"))
            {
                ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(compilation, "/app/" + name, damaged);
                Diagnostic? crash = diagnostics.FirstOrDefault(d => d.Id == "AD0001");
                Assert.True(crash == null, $"FG4003 crashed on a damaged {name}: {crash?.GetMessage()}\n---\n{damaged}");
                variants++;
            }
        }

        Assert.True(variants > 400);
    }

    [Fact]
    public async Task Intact_files_are_reported_once_per_secret()
    {
        var compilation = await TestCompilation.CreateAsync(("Program.cs", "public class Program { }"));
        Assert.Equal(4, (await AnalyzeAsync(compilation, "/app/appsettings.json", Json)).Count(d => d.Id == "FG4003"));
        Assert.Equal(4, (await AnalyzeAsync(compilation, "/app/web.config", Xml)).Count(d => d.Id == "FG4003"));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string path, string text)
    {
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new InMemoryText(path, text)));
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(new CommittedSecretAnalyzer()),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
