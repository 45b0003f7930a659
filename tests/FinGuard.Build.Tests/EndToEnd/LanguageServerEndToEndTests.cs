using System.Diagnostics;
using System.IO;
using System.Threading;
using Xunit.Abstractions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// FinGuard where users work: squiggles from a real language server (csharp-ls, pinned in .config/dotnet-tools.json),
/// which loads the project through MSBuild and runs the packed package's analyzers, and the proof that one
/// <c>.editorconfig</c> gives the same findings in the language server, <c>dotnet build</c> and <c>dotnet format</c>.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class LanguageServerEndToEndTests
{
    // Line 4 (zero-based) holds a PAN member; PayerInstrument holds one only in this team's vocabulary (see the
    // option below); the rest are look-alikes that must stay silent in every host.
    private const string CheckoutSource =
        "namespace App;\n\npublic class Checkout\n{\n" +
        "    public string CardNumber { get; set; } = \"\";\n" +
        "    public string PayerInstrument { get; set; } = \"\";\n" +
        "    public string GiftCardCode { get; set; } = \"\";\n" +
        "    public string CardLast4 { get; set; } = \"\";\n" +
        "    public string CardType { get; set; } = \"\";\n" +
        "}\n";

    private const string SeverityOnly = "root = true\n\n[*.cs]\ndotnet_diagnostic.FG1001.severity = error\n";

    // A team whose "card number" is a gift-card scheme's and whose PAN field has a name of its own.
    private const string WithFinGuardOptions = SeverityOnly +
        "finguard.card_data.safe_names = CardNumber\nfinguard.card_data.extra_names = PayerInstrument\n";

    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    private string CliHome => Path.Combine(_feed.Directory, "dotnet-cli-home");

    public LanguageServerEndToEndTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    [Fact]
    public void Csharp_ls_shows_the_squiggle_at_the_editorconfig_severity_and_every_host_agrees_on_the_options()
    {
        // A private CLI home: the SDK caches where a local tool was restored (~/.dotnet/toolResolverCache) and trusts
        // that entry even after the package folder it names is gone (a deleted clone's private NuGet cache), so
        // "dotnet tool run" then fails on a machine where "dotnet tool restore" has just succeeded.
        DotNet.Result tools = DotNet.RunWith(_feed.RepoRoot, new Dictionary<string, string> { ["DOTNET_CLI_HOME"] = CliHome }, "tool", "restore");
        Assert.True(tools.ExitCode == 0, tools.ToString());

        TestProject project = _feed.CreateProject("lsp").WriteFile("Checkout.cs", CheckoutSource).WriteFile(".editorconfig", SeverityOnly);
        DotNet.Result restore = DotNet.Run(project.Directory, "restore", project.ProjectFile, "-nologo");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        string document = Path.Combine(project.Directory, "Checkout.cs");

        // Default recogniser: the PAN member, as an error because .editorconfig says so.
        LspDiagnostic squiggle = Assert.Single(FinGuardSquiggles(project, document, "default options"));
        Assert.Equal(new LspDiagnostic("FG1001", 4, 18, 4, 28, 1, squiggle.Message), squiggle);
        Assert.Contains("'CardNumber' holds a full card number", squiggle.Message);
        AssertHostsAgree(project, squiggle);

        // The finguard.* options change the result the same way in every host.
        project.WriteFile(".editorconfig", WithFinGuardOptions);
        LspDiagnostic configured = Assert.Single(FinGuardSquiggles(project, document, "finguard.* options"));
        Assert.Equal(new LspDiagnostic("FG1001", 5, 18, 5, 33, 1, configured.Message), configured);
        AssertHostsAgree(project, configured);
    }

    /// <summary>
    /// Opens the document in a fresh csharp-ls (a restart, as after an .editorconfig edit) and pulls diagnostics
    /// until the project has loaded and FinGuard has reported.
    /// </summary>
    private IReadOnlyList<LspDiagnostic> FinGuardSquiggles(TestProject project, string document, string label)
    {
        using LanguageServerClient server = LanguageServerClient.Start(_feed.RepoRoot, CliHome);
        var clock = Stopwatch.StartNew();
        server.Initialize(project.Directory);
        server.OpenDocument(document);

        // csharp-ls loads the project in the background after the first open; until then a pull returns nothing.
        IReadOnlyList<LspDiagnostic> finGuard = Array.Empty<LspDiagnostic>();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            finGuard = server.PullDiagnostics(document).Where(d => d.Code.StartsWith("FG", StringComparison.Ordinal)).ToArray();
            if (finGuard.Count > 0)
            {
                break;
            }

            Thread.Sleep(500);
        }

        _output.WriteLine($"csharp-ls ({label}): first FinGuard squiggle after {clock.Elapsed.TotalSeconds:0.0} s: {string.Join("; ", finGuard)}");
        Assert.True(finGuard.Count > 0, "no FinGuard diagnostic from csharp-ls within 3 minutes\n" + server.Log);

        // Logged, not asserted: csharp-ls 0.28 offers only Roslyn's own code fixes and refactorings (it instantiates
        // providers from Roslyn's Features assemblies, not from analyzer packages), so FinGuard's lightbulb appears in
        // Visual Studio, C# Dev Kit and Rider; with csharp-ls, dotnet format applies the same fixes (docs/options.md).
        IReadOnlyList<string> actions = server.CodeActionTitles(document, finGuard[0]);
        _output.WriteLine($"csharp-ls ({label}): code actions offered: {string.Join("; ", actions)}");
        return finGuard;
    }

    /// <summary><c>dotnet build</c> and <c>dotnet format analyzers --verify-no-changes</c> report exactly the squiggle.</summary>
    private void AssertHostsAgree(TestProject project, LspDiagnostic squiggle)
    {
        string expected = $"Checkout.cs({squiggle.StartLine + 1},{squiggle.StartCharacter + 1}) {squiggle.Code}";

        DotNet.Result build = project.Build();
        Assert.Equal(new[] { expected }, SampleCopy.Findings(project.Directory, build.Output));
        Assert.Contains("error FG1001", build.Output);

        DotNet.Result format = DotNet.Run(project.Directory, "format", "analyzers", project.ProjectFile, "--verify-no-changes", "--no-restore",
            "--diagnostics", "FG1001", "--severity", "info");
        Assert.Equal(new[] { expected }, SampleCopy.Findings(project.Directory, format.Output));
        _output.WriteLine($"dotnet build and dotnet format agree: {expected}");
    }
}
