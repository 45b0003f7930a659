using System.IO;
using Xunit.Abstractions;

namespace FinGuard.Build.Tests.EndToEnd;

/// <summary>
/// The fixes work from the command line exactly as in the IDE: <c>dotnet format analyzers</c> applies Fix All over
/// the project from the packed package, adds no file to the project, and the result builds through the gate.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class FormatEndToEndTests
{
    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _output;

    public FormatEndToEndTests(PackageFeed feed, ITestOutputHelper output)
    {
        _feed = feed;
        _output = output;
    }

    /// <summary>
    /// The way to fix a whole repository at once: every FinGuard ID through <c>dotnet format analyzers</c> on a copy
    /// of the vulnerable sample. Only findings no code fix can reach remain (a secret in appsettings.json); once
    /// the user moves that secret out by hand, the project builds and passes the gate.
    /// </summary>
    [Fact]
    public void Dotnet_format_fixes_every_fixable_finding_of_the_sample_and_the_build_then_passes_the_gate()
    {
        string sample = SampleCopy.Create(_feed, "PaymentsApi");
        string projectFile = Path.Combine(sample, "PaymentsApi.csproj");
        string version = "-p:FinGuardVersion=" + _feed.Version;
        DotNet.Result restore = DotNet.Run(sample, "restore", projectFile, version, "-nologo");
        Assert.True(restore.ExitCode == 0, restore.ToString());
        var before = Directory.GetFiles(sample, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(sample, f)).ToDictionary(f => f, File.ReadAllText);

        string[] ruleIds = Directory.GetFiles(Path.Combine(_feed.RepoRoot, "docs", "rules"), "FG*.md")
            .Select(Path.GetFileNameWithoutExtension).Where(id => id![2] != '9').OrderBy(id => id, StringComparer.Ordinal).ToArray()!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        DotNet.Result format = DotNet.Run(sample, new[] { "format", "analyzers", projectFile, "--no-restore", "--severity", "info", "--diagnostics" }.Concat(ruleIds).ToArray());
        Assert.True(format.ExitCode == 0, format.ToString());

        // No file added or removed (a fix that adds a document would make dotnet format write <Compile Include>).
        string[] after = Directory.GetFiles(sample, "*", SearchOption.AllDirectories).Where(f => !IsBuildOutput(sample, f)).ToArray();
        Assert.Equal(before.Keys.OrderBy(f => f, StringComparer.Ordinal), after.OrderBy(f => f, StringComparer.Ordinal));
        Assert.Equal(before[projectFile], File.ReadAllText(projectFile));
        string[] changed = after.Where(f => before[f] != File.ReadAllText(f)).Select(f => Path.GetRelativePath(sample, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        _output.WriteLine($"dotnet format analyzers ({ruleIds.Length} IDs) took {clock.Elapsed.TotalSeconds:0.0} s and changed: {string.Join(", ", changed)}");
        Assert.Equal(new[] { "Controllers/CheckoutController.cs", "Data/PaymentsDbContext.cs", "Models/CheckoutRequest.cs", "Services/OrderPaymentService.cs" }, changed);

        DotNet.Result fixedBuild = DotNet.Run(sample, DotNet.BuildArguments(projectFile, version, "--no-restore"));
        Assert.Equal(new[] { "appsettings.json(5,22) FG4003" }, SampleCopy.Findings(sample, fixedBuild.Output));
        Assert.DoesNotContain("error CS", fixedBuild.Output);

        // What FG4003 asks for, done by hand: the secret moves to user secrets or the environment.
        string settings = Path.Combine(sample, "appsettings.json");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("whsec_3kTq9XbV2mPz8RfLw4YcN7HdJ1sA6eUo", string.Empty, StringComparison.Ordinal));
        DotNet.Result green = DotNet.Run(sample, DotNet.BuildArguments(projectFile, version, "--no-restore"));
        Assert.True(green.ExitCode == 0, green.ToString());
        Assert.Contains("gate passed", green.Output);
        Assert.Empty(SampleCopy.Findings(sample, green.Output));
    }

    /// <summary>
    /// Issue #25's console program with three crypto mistakes (shared with the analyzer tests' behavioural round trips):
    /// run once to store values, then <c>dotnet format analyzers --diagnostics FG3003 FG3004</c> on three fresh copies
    /// must make the same edits every time (the SDK walks the IDs in hash-set order and starts each Fix All from
    /// whichever diagnostic comes first), and the fixed program, built through the gate, must read every value the
    /// original stored and round-trip new ones.
    /// </summary>
    [Fact]
    public void Dotnet_format_fixes_the_three_mistakes_program_identically_every_run_and_it_still_reads_what_it_stored()
    {
        string programPath = Path.Combine(_feed.RepoRoot, "tests", "FinGuard.Analyzers.Tests", "DataProtection", "ThreeMistakesProgram.cs");
        string shared = File.ReadAllText(programPath).Replace("\r\n", "\n");
        int start = shared.IndexOf("Source = \"\"\"\n", StringComparison.Ordinal) + "Source = \"\"\"\n".Length;
        string mistakes = shared.Substring(start, shared.IndexOf("\n\"\"\";", start, StringComparison.Ordinal) - start) + "\n";

        var copies = new TestProject[3];
        for (int i = 0; i < copies.Length; i++)
        {
            copies[i] = _feed.CreateProject("crypto-format")
                .WriteProject("<OutputType>Exe</OutputType>")
                .WriteFile("Mistakes.cs", mistakes)
                .WriteFile("Main.cs", MistakesMain);
        }

        // Run 1: the original program stores its values.
        DotNet.Result originalBuild = copies[0].Build();
        Assert.True(originalBuild.ExitCode == 0, originalBuild.ToString());
        string data = Path.Combine(copies[0].Directory, "stored.txt");
        DotNet.Result write = DotNet.Run(copies[0].Directory, Path.Combine("bin", "Debug", "net10.0", "App.dll"), "write", data);
        Assert.True(write.ExitCode == 0, write.ToString());
        DotNet.Result readBefore = DotNet.Run(copies[0].Directory, Path.Combine("bin", "Debug", "net10.0", "App.dll"), "read", data);
        Assert.True(readBefore.ExitCode == 0, readBefore.ToString());

        // dotnet format on each fresh copy: the same edits every time.
        var results = new string[copies.Length];
        for (int i = 0; i < copies.Length; i++)
        {
            DotNet.Result format = DotNet.Run(copies[i].Directory, "format", "analyzers", copies[i].ProjectFile, "--diagnostics", "FG3003", "FG3004", "--severity", "info");
            Assert.True(format.ExitCode == 0, format.ToString());
            results[i] = File.ReadAllText(Path.Combine(copies[i].Directory, "Mistakes.cs"));
            Assert.Equal(MistakesMain, File.ReadAllText(Path.Combine(copies[i].Directory, "Main.cs")));
        }

        _output.WriteLine(results[0]);
        Assert.NotEqual(mistakes, results[0]);
        Assert.All(results, text => Assert.Equal(results[0], text));
        Assert.Contains("FieldEncryption.Default.DecryptBytes(data, \"Vault\", legacyValue => aes.DecryptEcb(legacyValue, PaddingMode.PKCS7))", results[0]);
        Assert.Contains("private string DecryptLegacy(string stored)", results[0]);
        Assert.Contains("int ivOffset = FinGuardIvOffset(data);", results[0]);

        // Run 2: the fixed program reads everything run 1 stored (same lines) and round-trips new values.
        DotNet.Result fixedBuild = copies[0].Build();
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.DoesNotContain("error CS", fixedBuild.Output);
        DotNet.Result readAfter = DotNet.Run(copies[0].Directory, Path.Combine("bin", "Debug", "net10.0", "App.dll"), "read", data);
        Assert.True(readAfter.ExitCode == 0, readAfter.ToString());
        Assert.Equal(Lines(readBefore.Output), Lines(readAfter.Output));
        Assert.Contains("alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliett", readAfter.Output);
    }

    private static string[] Lines(string output)
        => output.Replace("\r\n", "\n").Split('\n').Where(line => line.StartsWith("read:", StringComparison.Ordinal) || line.StartsWith("new:", StringComparison.Ordinal)).ToArray();

    // Stores one value per mistake ("write"), reads them back and round-trips new ones ("read"). FieldEncryption is
    // configured (from a test key) only once the fixes have brought it in.
    private const string MistakesMain = """
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

public static class Program
{
    private static readonly byte[] TestKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static int Main(string[] args)
    {
        ConfigureFieldEncryptionWhenPresent();
        if (args[0] == "write")
        {
            File.WriteAllLines(args[1], Write().Select(Convert.ToBase64String));
            return 0;
        }

        byte[][] stored = File.ReadAllLines(args[1]).Select(Convert.FromBase64String).ToArray();
        Console.WriteLine("read:" + string.Join("|", Read(stored)));
        Console.WriteLine("new:" + string.Join("|", Read(Write())));
        return 0;
    }

    private static byte[][] Write()
    {
        byte[][] batch = Envelope.SealAll(TestKey, new[] { Bytes("bravo"), Bytes("charlie") });
        byte[][] wrappedBatch = WrappedEnvelope.SealAll(TestKey, new[] { Bytes("india"), Bytes("juliett") });
        return new[]
        {
            Envelope.Seal(TestKey, Bytes("alpha")),
            batch[0],
            batch[1],
            new Vault(TestKey).Protect(Bytes("delta")),
            Bytes(new StatementCipher(TestKey).Encrypt("echo")),
            Bytes(new ReferenceCipher(TestKey).Seal("foxtrot")),
            Messages.SealBoth(TestKey, Bytes("one"), Bytes("golf")),
            WrappedEnvelope.Seal(TestKey, Bytes("hotel")),
            wrappedBatch[0],
            wrappedBatch[1],
        };
    }

    private static IEnumerable<string> Read(byte[][] stored)
    {
        yield return Text(Envelope.Open(TestKey, stored[0]));
        yield return Text(Envelope.Open(TestKey, stored[1]));
        yield return Text(Envelope.Open(TestKey, stored[2]));
        yield return Text(new Vault(TestKey).Unprotect(stored[3]));
        yield return new StatementCipher(TestKey).Decrypt(Text(stored[4]));
        yield return new ReferenceCipher(TestKey).Open(Text(stored[5]));
        yield return Text(Messages.OpenSecond(TestKey, stored[6]));
        yield return Text(WrappedEnvelope.Open(TestKey, stored[7]));
        yield return Text(WrappedEnvelope.Open(TestKey, stored[8]));
        yield return Text(WrappedEnvelope.Open(TestKey, stored[9]));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void ConfigureFieldEncryptionWhenPresent()
    {
        Type? provider = Type.GetType("FinGuard.Security.ConfigurationFieldEncryptionKeyProvider");
        if (provider == null)
        {
            return;
        }

        var settings = new Dictionary<string, string?>
        {
            ["FinGuard:FieldEncryption:CurrentKeyId"] = "e2e",
            ["FinGuard:FieldEncryption:Keys:e2e"] = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray()),
        };
        object keys = Activator.CreateInstance(provider, new Func<string, string?>(name => settings.TryGetValue(name, out string? value) ? value : null))!;
        Type.GetType("FinGuard.Security.FieldEncryption")!.GetMethod("Configure")!.Invoke(null, new[] { keys });
    }
}

""";

    private static bool IsBuildOutput(string root, string file)
    {
        string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }

    [Fact]
    public void Dotnet_format_applies_the_FG1001_fix_across_files_and_the_build_passes()
    {
        TestProject project = _feed.CreateProject("format")
            .WriteFile("Checkout.cs", "namespace App;\n\npublic class Checkout\n{\n    public string CardNumber { get; set; } = \"\";\n    private string _pan = \"\";\n    public string Copy(Checkout other) { _pan = other.CardNumber; return _pan; }\n}\n")
            .WriteFile("Use.cs", "namespace App;\n\npublic static class Use\n{\n    public static string Get(Checkout c) => c.CardNumber;\n}\n");
        string projectBefore = File.ReadAllText(project.ProjectFile);
        Assert.NotEqual(0, project.Build().ExitCode);

        DotNet.Result format = DotNet.Run(project.Directory, "format", "analyzers", project.ProjectFile, "--diagnostics", "FG1001", "--severity", "warn");
        Assert.True(format.ExitCode == 0, format.ToString());

        Assert.Equal("namespace App;\n\npublic class Checkout\n{\n    public string CardToken { get; set; } = \"\";\n    private string _cardToken = \"\";\n    public string Copy(Checkout other) { _cardToken = other.CardToken; return _cardToken; }\n}\n",
            File.ReadAllText(Path.Combine(project.Directory, "Checkout.cs")));
        Assert.Equal("namespace App;\n\npublic static class Use\n{\n    public static string Get(Checkout c) => c.CardToken;\n}\n",
            File.ReadAllText(Path.Combine(project.Directory, "Use.cs")));
        Assert.Equal(projectBefore, File.ReadAllText(project.ProjectFile));

        DotNet.Result build = project.Build();
        Assert.True(build.ExitCode == 0, build.ToString());
    }
}
