using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Benchmarks.RealCode;

internal sealed class RealCodeOptions
{
    public const string Usage = @"FinGuard real-code evaluation (docs/benchmarks.md, ""Real-code evaluation"")
  dotnet run -c Release --project tests/FinGuard.Benchmarks -- --real-code [options]
  (or: bash tests/FinGuard.Benchmarks/RealCode/run.sh [options], which packs and unpacks first)
  --package FILE|DIR  the packed FinGuard (.nupkg, or its unzipped folder); default: newest artifacts/realcode/package/*.nupkg
  --sources DIR       one folder per repository, <owner>+<name>/ (default artifacts/realcode/src)
  --labels DIR        *.labels files (default tests/FinGuard.Benchmarks/RealCode/labels)
  --judged DIR        *.judged files (default tests/FinGuard.Benchmarks/RealCode/judged)
  --repo OWNER+NAME   only this repository (repeatable)
  --references MODE   none (default: the SDK's reference packs only, as an editor before restore) or cache (also the
                      repository's package references, resolved from the local NuGet cache)
  --add-package ID[/VERSION]  with --references cache: also reference this package in every project (repeatable)
  --restore           with --references cache: first restore each repository's package references into the NuGet
                      cache (dotnet restore of a scratch project per repository; packages that fail are dropped)
  --md FILE           also write a Markdown summary (per family, per rule, counts) to FILE
  --update-docs FILE  also put that summary between <!-- realcode:start --> and <!-- realcode:end --> in FILE
                      (docs/benchmarks.md)
  --pending DIR       write the unjudged diagnostics as <owner>+<name>.pending files (judged-file format, verdict 'tp|fp')
  --no-generators     do not run the package's source generator
  --max-file-kb N     skip C# files larger than N KiB (default 2048; listed)
  --project-timeout S give up on one project's analysis after S seconds (default 900; listed)";

    public string? Package { get; private set; }

    public string Sources { get; private set; } = Path.Combine(Program.RepoRoot, "artifacts", "realcode", "src");

    public string Labels { get; private set; } = Path.Combine(Program.RepoRoot, "tests", "FinGuard.Benchmarks", "RealCode", "labels");

    public string Judged { get; private set; } = Path.Combine(Program.RepoRoot, "tests", "FinGuard.Benchmarks", "RealCode", "judged");

    public List<string> Repos { get; } = new List<string>();

    public bool CacheReferences { get; private set; }

    public List<(string Id, string? Version)> AddPackages { get; } = new List<(string, string?)>();

    public bool Restore { get; private set; }

    public string? Markdown { get; private set; }

    public string? Pending { get; private set; }

    public string? UpdateDocs { get; private set; }

    public bool Generators { get; private set; } = true;

    public int MaxFileKb { get; private set; } = 2048;

    public int ProjectTimeoutSeconds { get; private set; } = 900;

    public bool Help { get; private set; }

    public static RealCodeOptions Parse(IReadOnlyList<string> args)
    {
        var o = new RealCodeOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
            switch (args[i])
            {
                case "--real-code":
                    break;
                case "--package":
                    o.Package = Next();
                    break;
                case "--sources":
                    o.Sources = Next();
                    break;
                case "--labels":
                    o.Labels = Next();
                    break;
                case "--judged":
                    o.Judged = Next();
                    break;
                case "--repo":
                    o.Repos.Add(Next().Replace('/', '+'));
                    break;
                case "--references":
                    string mode = Next();
                    o.CacheReferences = mode switch
                    {
                        "none" => false,
                        "cache" => true,
                        _ => throw new ArgumentException("--references takes none or cache"),
                    };
                    break;
                case "--add-package":
                    string[] parts = Next().Split('/', 2);
                    o.AddPackages.Add((parts[0], parts.Length > 1 ? parts[1] : null));
                    break;
                case "--restore":
                    o.Restore = true;
                    o.CacheReferences = true;
                    break;
                case "--md":
                    o.Markdown = Next();
                    break;
                case "--update-docs":
                    o.UpdateDocs = Next();
                    break;
                case "--pending":
                    o.Pending = Next();
                    break;
                case "--no-generators":
                    o.Generators = false;
                    break;
                case "--max-file-kb":
                    o.MaxFileKb = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--project-timeout":
                    o.ProjectTimeoutSeconds = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "-h":
                case "--help":
                    o.Help = true;
                    break;
                default:
                    throw new ArgumentException("unknown option " + args[i] + "\n" + Usage);
            }
        }

        return o;
    }
}

/// <summary>What one repository gave: its diagnostics and what the run had to skip or could not do.</summary>
internal sealed class RepoRun
{
    public RepoRun(RealCodeLabelFile labels)
    {
        Labels = labels;
    }

    public RealCodeLabelFile Labels { get; }

    public List<RealCodeDiagnostic> Diagnostics { get; } = new List<RealCodeDiagnostic>();

    public List<string> Notes { get; } = new List<string>();

    public int Projects { get; set; }

    public int Files { get; set; }

    public long Lines { get; set; }

    public int CompilerErrors { get; set; }

    /// <summary>Compiler errors by ID, with the first message: how well the code bound (CS0246 = a missing package).</summary>
    public Dictionary<string, (int Count, string First)> ErrorsById { get; } = new Dictionary<string, (int, string)>(StringComparer.Ordinal);

    public int PackageAssemblies { get; set; }

    public int Crashes { get; set; }

    public TimeSpan Time { get; set; }

    public bool Missing { get; set; }
}

/// <summary>
/// <c>--real-code</c>: runs the packed FinGuard over unpacked public repositories and scores its diagnostics against
/// hand-written labels (RealCodeScoring.cs). One compilation per project folder, against the SDK's reference packs
/// (what an editor sees before restore) or also the packages found in the NuGet cache; never crashes on odd input:
/// unreadable or huge files and failing projects are listed and skipped.
/// </summary>
internal static class RealCodeRun
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        RealCodeOptions options = RealCodeOptions.Parse(args);
        if (options.Help)
        {
            Console.WriteLine(RealCodeOptions.Usage);
            return 0;
        }

        var total = Stopwatch.StartNew();
        string packagePath = options.Package ?? NewestPackage();
        PackedPackage package = AnalyzerPacks.Packed(packagePath);
        Log($"package {package.Path}: {package.Pack.Analyzers.Length} analyzers, {package.Generators.Length} generators");
        foreach (string failure in package.LoadFailures)
        {
            Log("load failure: " + failure);
        }

        var problems = new List<string>();
        List<RealCodeLabelFile> labelFiles = Directory.Exists(options.Labels)
            ? Directory.GetFiles(options.Labels, "*.labels").OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => RealCodeLabelParser.ParseLabels(f, File.ReadAllLines(f))).ToList()
            : new List<RealCodeLabelFile>();
        if (labelFiles.Count == 0)
        {
            Console.Error.WriteLine("no *.labels files in " + options.Labels);
            return 2;
        }

        labelFiles = labelFiles.Where(l => options.Repos.Count == 0 || options.Repos.Contains(l.RepoKey, StringComparer.OrdinalIgnoreCase)).ToList();
        problems.AddRange(labelFiles.SelectMany(l => l.Problems));
        var judgements = new List<RealCodeJudgement>();
        if (Directory.Exists(options.Judged))
        {
            foreach (string file in Directory.GetFiles(options.Judged, "*.judged").OrderBy(f => f, StringComparer.Ordinal))
            {
                judgements.AddRange(RealCodeLabelParser.ParseJudged(file, File.ReadAllLines(file), problems));
            }
        }

        ImmutableArray<MetadataReference> framework = CorpusReferences.Framework();
        var nuget = options.CacheReferences ? new NuGetCacheReferences(framework.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? ""))) : null;
        var runs = new List<RepoRun>();
        foreach (RealCodeLabelFile labels in labelFiles)
        {
            var run = new RepoRun(labels);
            runs.Add(run);
            string folder = Path.Combine(options.Sources, labels.RepoKey);
            if (!Directory.Exists(folder))
            {
                run.Missing = true;
                Log($"{labels.RepoKey}: no sources in {folder} (run RealCode/unpack.sh): not scored");
                continue;
            }

            string commitStamp = Path.Combine(folder, ".finguard-commit");
            if (File.Exists(commitStamp) && labels.Commit.Length > 0 && !File.ReadAllText(commitStamp).Trim().StartsWith(labels.Commit, StringComparison.OrdinalIgnoreCase))
            {
                run.Notes.Add($"sources are at commit {File.ReadAllText(commitStamp).Trim()}, labels at {labels.Commit}: unpack again");
            }

            await AnalyzeRepositoryAsync(run, folder, options, package, framework, nuget);
            Log($"{labels.RepoKey}: {run.Projects} projects, {run.Files} files, {run.Lines:N0} lines, {run.Diagnostics.Count} FinGuard diagnostics, {run.CompilerErrors} compiler errors, {run.Crashes} analyzer exceptions, {run.Time.TotalSeconds:0.0} s");
            foreach (RealCodeLabel label in labels.Labels)
            {
                if (!File.Exists(Path.Combine(options.Sources, label.File)))
                {
                    problems.Add($"{label.Origin}: no such file in the sources: {label.File}");
                }
            }
        }

        List<RepoRun> scored = runs.Where(r => !r.Missing).ToList();
        RealCodeScore score = RealCodeScorer.Score(
            scored.SelectMany(r => r.Labels.Labels).ToList(),
            judgements,
            scored.SelectMany(r => r.Diagnostics).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());

        string mode = options.CacheReferences ? "SDK reference packs + packages from the NuGet cache" : "SDK reference packs only (an editor before restore)";
        Console.WriteLine(RenderText(score, scored, runs, problems, package, mode, total.Elapsed));
        string markdown = RenderMarkdown(score, scored, package, mode, total.Elapsed);
        if (options.Markdown != null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Markdown))!);
            File.WriteAllText(options.Markdown, markdown);
            Log("summary written to " + options.Markdown);
        }

        if (options.UpdateDocs != null)
        {
            const string start = "<!-- realcode:start -->", end = "<!-- realcode:end -->";
            string docs = File.ReadAllText(options.UpdateDocs);
            int from = docs.IndexOf(start, StringComparison.Ordinal), to = docs.IndexOf(end, StringComparison.Ordinal);
            if (from < 0 || to < from)
            {
                Console.Error.WriteLine($"{options.UpdateDocs}: no {start} ... {end} block; not updated");
                return 1;
            }

            File.WriteAllText(options.UpdateDocs, docs.Substring(0, from + start.Length) + "\n" + markdown + docs.Substring(to));
            Log("summary put into " + options.UpdateDocs);
        }

        if (options.Pending != null)
        {
            Directory.CreateDirectory(options.Pending);
            foreach (IGrouping<string, RealCodeDiagnostic> repo in score.Unjudged.GroupBy(d => d.File.Split('/')[0]))
            {
                string file = Path.Combine(options.Pending, repo.Key + ".pending");
                File.WriteAllLines(file, repo.Select(d => $"{d.File}:{d.Line} {d.Id} tp|fp # {d.Message}"));
                Log($"{repo.Count()} unjudged diagnostics written to {file}");
            }
        }

        return 0;
    }


    // Where in FinGuard an analyzer exception was thrown: the innermost FinGuard frame of its stack, so that a crash
    // found on real code names the method to mend (the message alone, such as "SyntaxTree is not part of the
    // compilation", does not).
    private static string FinGuardFrame(Exception exception)
    {
        string? frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at FinGuard.", StringComparison.Ordinal));
        return frame == null ? "" : " (" + frame + ")";
    }
    private static string NewestPackage()
    {
        string folder = Path.Combine(Program.RepoRoot, "artifacts", "realcode", "package");
        string? newest = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "FinGuard.*.nupkg").OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException("no package in " + folder + ": pass --package, or pack with: dotnet pack src/FinGuard.Package -o " + folder);
    }

    private static async Task AnalyzeRepositoryAsync(RepoRun run, string folder, RealCodeOptions options, PackedPackage package, ImmutableArray<MetadataReference> framework, NuGetCacheReferences? nuget)
    {
        var sw = Stopwatch.StartNew();
        string sourcesRoot = Path.GetFullPath(options.Sources);
        List<RepoProject> projects;
        try
        {
            projects = RepoProjects.Discover(folder, run.Notes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run.Notes.Add($"sources not read ({e.GetType().Name}: {e.Message})");
            return;
        }

        run.Projects = projects.Count;
        if (options.Restore)
        {
            RestoreIntoCache(run, projects.SelectMany(p => p.PackageReferences).Concat(options.AddPackages).ToList());
        }

        // Case-insensitive: a project written on Windows may reference ..\Core\Core.csproj for core/Core.csproj.
        var byFile = projects.Where(p => p.ProjectFile != null).GroupBy(p => p.ProjectFile!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var compilations = new Dictionary<RepoProject, CSharpCompilation>();
        var building = new HashSet<RepoProject>();
        var missingPackages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        CSharpCompilation Build(RepoProject project)
        {
            if (compilations.TryGetValue(project, out CSharpCompilation? done))
            {
                return done;
            }

            building.Add(project);
            var references = new List<MetadataReference>(framework);
            // Project references need no restore: an editor knows the referenced projects' types. They flow
            // transitively, as in the SDK (DisableTransitiveProjectReferences is false by default): an API project that
            // references Application, which references Domain, sees Domain's types too; without them its DTOs from Domain
            // stay unbound (CS0012) and rules that read their members see nothing.
            foreach (RepoProject referenced in Closure(project, byFile))
            {
                if (referenced != project && !building.Contains(referenced))
                {
                    references.Add(Build(referenced).ToMetadataReference());
                }
            }

            if (nuget != null)
            {
                IEnumerable<(string, string?)> packages = Closure(project, byFile).SelectMany(p => p.PackageReferences).Concat(options.AddPackages);
                List<string> dlls = nuget.Resolve(packages, missingPackages);
                run.PackageAssemblies += dlls.Count;
                references.AddRange(dlls.Select(d => MetadataReference.CreateFromFile(d)));
            }

            CSharpCompilation compilation = CreateCompilation(project, references, options, run);
            compilations[project] = compilation;
            building.Remove(project);
            return compilation;
        }

        foreach (RepoProject project in projects)
        {
            CSharpCompilation compilation;
            try
            {
                compilation = Build(project);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                run.Notes.Add($"{project.Name}: not compiled ({e.GetType().Name}: {e.Message})");
                continue;
            }

            var projectTime = Stopwatch.StartNew();
            await AnalyzeProjectAsync(run, project, compilation, options, package, sourcesRoot);
            if (projectTime.Elapsed > TimeSpan.FromSeconds(30))
            {
                // Where the time goes on a large repository (the compiler's binding dominates, not FinGuard's callbacks).
                Log($"  {run.Labels.RepoKey}: {project.Name}: {project.Files.Count} files, {projectTime.Elapsed.TotalSeconds:0} s");
            }
        }

        if (run.ErrorsById.Count > 0)
        {
            run.Notes.Add("most frequent compiler errors: " + string.Join("; ", run.ErrorsById.OrderByDescending(e => e.Value.Count).Take(5).Select(e => $"{e.Key} x{e.Value.Count} (e.g. {e.Value.First})")));
        }

        if (missingPackages.Count > 0)
        {
            run.Notes.Add($"{missingPackages.Count} packages not in the NuGet cache ({nuget?.Root}): {string.Join(", ", missingPackages.OrderBy(p => p, StringComparer.OrdinalIgnoreCase).Take(30))}{(missingPackages.Count > 30 ? ", ..." : "")}");
        }

        run.Time = sw.Elapsed;
    }

    /// <summary>
    /// Fills the NuGet cache with a repository's packages: one scratch project referencing them all (highest
    /// version asked for), restored with the ordinary client; packages the restore rejects (unknown, no such
    /// version) are dropped and the restore tried again, at most three times.
    /// </summary>
    private static void RestoreIntoCache(RepoRun run, List<(string Id, string? Version)> packages)
    {
        var wanted = packages.Where(p => !p.Id.StartsWith("Microsoft.NETCore.App", StringComparison.OrdinalIgnoreCase) && !p.Id.StartsWith("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase))
            .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Version).Where(v => !string.IsNullOrWhiteSpace(v) && !v!.Contains("$(", StringComparison.Ordinal)).OrderByDescending(v => Version.TryParse(v!.Split('-')[0].Trim('[', '(', ' '), out Version? parsed) ? parsed : new Version(0, 0)).FirstOrDefault(), StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return;
        }

        string folder = Path.Combine(Program.RepoRoot, "artifacts", "realcode", "restore", run.Labels.RepoKey);
        Directory.CreateDirectory(folder);
        var dropped = new List<string>();
        for (int attempt = 0; attempt < 3 && wanted.Count > 0; attempt++)
        {
            var project = new StringBuilder("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net" + Environment.Version.Major + ".0</TargetFramework>\n    <NuGetAudit>false</NuGetAudit>\n    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>\n    <NoWarn>$(NoWarn);NU1603;NU1605;NU1608;NU1701;NU1107</NoWarn>\n  </PropertyGroup>\n  <ItemGroup>\n");
            foreach (KeyValuePair<string, string?> package in wanted.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
            {
                project.Append("    <PackageReference Include=\"").Append(System.Security.SecurityElement.Escape(package.Key)).Append("\" Version=\"").Append(System.Security.SecurityElement.Escape(package.Value ?? "*")).Append("\" />\n");
            }

            project.Append("  </ItemGroup>\n</Project>\n");
            File.WriteAllText(Path.Combine(folder, "restore.csproj"), project.ToString());
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
            (int exit, string output) = RunDotnet(folder, TimeSpan.FromMinutes(5), "restore", "restore.csproj", "-nologo", "-tl:off");
            if (exit == 0)
            {
                break;
            }

            // error NU1101: Unable to find package X. No packages exist ... / NU1102: Unable to find package X with version ...
            // (a registry mirror may lack packages that nuget.org has)
            var rejected = System.Text.RegularExpressions.Regex.Matches(output, @"NU1[0-9]{3}: [^\n]*?package '?([A-Za-z0-9_.\-]+)'?")
                .Select(m => m.Groups[1].Value.TrimEnd('.')).Where(wanted.ContainsKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (rejected.Count == 0)
            {
                run.Notes.Add("restore failed: " + string.Join(" | ", output.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(3)).Trim());
                break;
            }

            foreach (string id in rejected)
            {
                wanted.Remove(id);
                dropped.Add(id);
            }
        }

        if (dropped.Count > 0)
        {
            run.Notes.Add("restore dropped: " + string.Join(", ", dropped));
        }
    }

    private static (int ExitCode, string Output) RunDotnet(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(info)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>The project and every project it references, transitively (package references flow through them).</summary>
    private static IEnumerable<RepoProject> Closure(RepoProject project, Dictionary<string, RepoProject> byFile)
    {
        var seen = new HashSet<RepoProject>();
        var stack = new Stack<RepoProject>();
        stack.Push(project);
        while (stack.Count > 0)
        {
            RepoProject p = stack.Pop();
            if (!seen.Add(p))
            {
                continue;
            }

            foreach (string reference in p.ProjectReferences)
            {
                if (byFile.TryGetValue(reference, out RepoProject? r))
                {
                    stack.Push(r);
                }
            }
        }

        return seen;
    }

    private static CSharpCompilation CreateCompilation(RepoProject project, List<MetadataReference> references, RealCodeOptions options, RepoRun run)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, project.PreprocessorSymbols().ToArray());
        var trees = new ConcurrentBag<(int Index, SyntaxTree Tree, int Lines)>();
        var skipped = new ConcurrentBag<string>();
        Parallel.For(0, project.Files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            string path = project.Files[i];
            try
            {
                var info = new FileInfo(path);
                if (info.Length > options.MaxFileKb * 1024L)
                {
                    skipped.Add($"{path}: {info.Length / 1024} KiB, over --max-file-kb");
                    return;
                }

                SourceText? text = ReadSource(path);
                if (text == null)
                {
                    skipped.Add($"{path}: binary content");
                    return;
                }

                trees.Add((i, CSharpSyntaxTree.ParseText(text, parseOptions, path), text.Lines.Count));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add($"{path}: not read ({e.Message})");
            }
        });

        foreach (string s in skipped.OrderBy(s => s, StringComparer.Ordinal))
        {
            run.Notes.Add("skipped " + s);
        }

        List<SyntaxTree> ordered = trees.OrderBy(t => t.Index).Select(t => t.Tree).ToList();
        run.Files += ordered.Count;
        run.Lines += trees.Sum(t => (long)t.Lines);
        string globalUsings = string.Concat(project.GlobalUsings().Select(u => "global using global::" + u + ";\n"));
        if (globalUsings.Length > 0)
        {
            ordered.Add(CSharpSyntaxTree.ParseText(globalUsings, parseOptions, Path.Combine(project.Directory, "obj", project.Name + ".GlobalUsings.g.cs")));
        }

        var compilationOptions = new CSharpCompilationOptions(
            project.OutputKind,
            nullableContextOptions: project.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            allowUnsafe: true,
            concurrentBuild: true,
            optimizationLevel: OptimizationLevel.Debug)
            .WithSyntaxTreeOptionsProvider(new NoEditorConfigOptions());
        string assemblyName = string.IsNullOrEmpty(project.AssemblyName) ? project.Name : project.AssemblyName;
        return CSharpCompilation.Create(assemblyName, ordered, references, compilationOptions);
    }

    /// <summary>UTF-8 (with or without BOM), UTF-16 by BOM, else Latin-1: never throws on odd encodings; null for binary files.</summary>
    public static SourceText? ReadSource(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int probe = Math.Min(bytes.Length, 8000);
        bool utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && Array.IndexOf(bytes, (byte)0, 0, probe) >= 0)
        {
            return null;
        }

        Encoding encoding;
        if (utf16)
        {
            encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
        }
        else
        {
            try
            {
                _ = new UTF8Encoding(false, true).GetCharCount(bytes);
                encoding = new UTF8Encoding(false);
            }
            catch (DecoderFallbackException)
            {
                encoding = Encoding.Latin1;
            }
        }

        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, encoding, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false);
    }

    private static async Task AnalyzeProjectAsync(RepoRun run, RepoProject project, CSharpCompilation compilation, RealCodeOptions options, PackedPackage package, string sourcesRoot)
    {
        Compilation analyzed = compilation;
        if (options.Generators && !package.Generators.IsEmpty)
        {
            try
            {
                GeneratorDriver driver = CSharpGeneratorDriver.Create(package.Generators, parseOptions: (CSharpParseOptions?)compilation.SyntaxTrees.FirstOrDefault()?.Options ?? CSharpParseOptions.Default);
                driver.RunGeneratorsAndUpdateCompilation(compilation, out analyzed, out ImmutableArray<Diagnostic> generatorDiagnostics);
                foreach (Diagnostic d in generatorDiagnostics.Where(d => d.Id.StartsWith("CS8784", StringComparison.Ordinal) || d.Id.StartsWith("CS8785", StringComparison.Ordinal)))
                {
                    run.Crashes++;
                    run.Notes.Add($"{project.Name}: generator failed: {d.GetMessage(CultureInfo.InvariantCulture)}");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                run.Notes.Add($"{project.Name}: generators not run ({e.GetType().Name}: {e.Message})");
                analyzed = compilation;
            }
        }

        ImmutableArray<AdditionalText> additional = project.AdditionalFiles.Select(f => (AdditionalText)new FileText(f)).ToImmutableArray();
        var crashes = new ConcurrentBag<string>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additional),
            (exception, analyzer, _) => crashes.Add($"{analyzer.GetType().Name}: {exception.GetType().Name}: {exception.Message}{FinGuardFrame(exception)}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.ProjectTimeoutSeconds));
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            CompilationWithAnalyzers withAnalyzers = analyzed.WithAnalyzers(package.Pack.Analyzers, analyzerOptions);
            // Compiler and analyzer diagnostics in one pass (the compiler's errors say how well the code bound).
            diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(timeout.Token);
            foreach (Diagnostic error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)))
            {
                run.CompilerErrors++;
                run.ErrorsById[error.Id] = run.ErrorsById.TryGetValue(error.Id, out var seen) ? (seen.Count + 1, seen.First) : (1, error.GetMessage(CultureInfo.InvariantCulture));
            }
        }
        catch (OperationCanceledException)
        {
            run.Notes.Add($"{project.Name}: analysis stopped after {options.ProjectTimeoutSeconds} s (--project-timeout); its diagnostics are missing");
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run.Notes.Add($"{project.Name}: analysis failed ({e.GetType().Name}: {e.Message})");
            return;
        }

        foreach (string crash in crashes.Distinct())
        {
            run.Notes.Add($"{project.Name}: analyzer exception {crash}");
        }

        run.Crashes += crashes.Count;
        foreach (Diagnostic d in diagnostics)
        {
            if (d.Id == "AD0001")
            {
                run.Crashes++;
                run.Notes.Add($"{project.Name}: AD0001 {d.GetMessage(CultureInfo.InvariantCulture)}");
                continue;
            }

            if (!d.Id.StartsWith("FG", StringComparison.Ordinal) || d.Severity == DiagnosticSeverity.Hidden || d.IsSuppressed)
            {
                continue;
            }

            FileLinePositionSpan span = d.Location.GetLineSpan();
            string file = span.Path ?? "";
            if (file.Length > 0 && Path.IsPathRooted(file))
            {
                string relative = Path.GetRelativePath(sourcesRoot, file);
                file = relative.StartsWith("..", StringComparison.Ordinal) ? file : relative.Replace('\\', '/');
            }

            if (d.Id.StartsWith("FG9", StringComparison.Ordinal))
            {
                run.Notes.Add($"{file}:{span.StartLinePosition.Line + 1} {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}");
                continue;
            }

            run.Diagnostics.Add(new RealCodeDiagnostic(file, span.StartLinePosition.Line + 1, d.Id, d.GetMessage(CultureInfo.InvariantCulture), CallLine(d.Location)));
        }
    }

    // The first line of the outermost call or object creation around the diagnostic's node, within its statement and
    // at most MaxCallLines above it; 0 when that is the diagnostic's own line. Labels sit on the invocation's line
    // (benchmarks.md, "Label format"), rules report on the value that is logged, posted or returned.
    private const int MaxCallLines = 10;

    private static int CallLine(Location location)
    {
        if (location.SourceTree is not { } tree)
        {
            return 0;
        }

        SyntaxNode? node = tree.GetRoot().FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        int line = location.GetLineSpan().StartLinePosition.Line;
        int callLine = line;
        for (SyntaxNode? current = node; current != null; current = current.Parent)
        {
            if (current is Microsoft.CodeAnalysis.CSharp.Syntax.StatementSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax)
            {
                break;
            }

            if (current is Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.BaseObjectCreationExpressionSyntax)
            {
                int start = tree.GetLineSpan(current.Span).StartLinePosition.Line;
                if (start < callLine && line - start <= MaxCallLines)
                {
                    callLine = start;
                }
            }
        }

        return callLine < line ? callLine + 1 : 0;
    }

    private static string RenderText(RealCodeScore score, List<RepoRun> scored, List<RepoRun> runs, List<string> problems, PackedPackage package, string mode, TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.Append($"FinGuard real-code evaluation: package {Path.GetFileName(package.Path)} ({package.Pack.Analyzers.Length} analyzers), references: {mode}; {elapsed.TotalSeconds:0} s\n\n");
        b.Append("Repositories\n");
        foreach (RepoRun run in runs)
        {
            string commit = run.Labels.Commit.Length >= 12 ? run.Labels.Commit.Substring(0, 12) : run.Labels.Commit;
            b.Append(run.Missing
                ? $"  {run.Labels.RepoKey} @ {commit}: NO SOURCES (not scored)\n"
                : $"  {run.Labels.RepoKey} @ {commit}: {run.Labels.Labels.Count(l => !l.IsNone)} labels + {run.Labels.Labels.Count(l => l.IsNone)} none, {run.Projects} projects, {run.Files} files, {run.Lines:N0} lines, {run.Diagnostics.Count} diagnostics, {run.CompilerErrors} compiler errors{(run.PackageAssemblies > 0 ? $", {run.PackageAssemblies} package assembly references" : "")}, {run.Crashes} analyzer exceptions, {run.Time.TotalSeconds:0.0} s\n");
        }

        b.Append('\n').Append(FamilyTable(score, markdown: false)).Append('\n');
        b.Append(RuleTable(score, markdown: false)).Append('\n');

        Section(b, "Missed labels (FN)", score.Missed.OrderBy(l => l.File, StringComparer.Ordinal).ThenBy(l => l.Line).Select(l => $"{l.File}:{l.Line} {l.What} # {l.Why}"));
        Section(b, "Rule mismatches (TP for the family, another rule of it reported)", score.RuleMismatches.Select(m => $"{m.Label.File}:{m.Label.Line} label {m.Label.What}, reported {m.Diagnostic.Id} at line {m.Diagnostic.Line}: {m.Diagnostic.Message}"));
        Section(b, "Diagnostics on look-alikes (none labels: FP)", score.LookAlikeHits.Select(m => $"{m.Diagnostic.File}:{m.Diagnostic.Line} {m.Diagnostic.Id} {m.Diagnostic.Message} # none: {m.Label.Why}"));
        Section(b, "Judged false positives", score.Judged.Where(j => !j.Judgement.IsTruePositive).Select(j => $"{j.Diagnostic.File}:{j.Diagnostic.Line} {j.Diagnostic.Id} # {j.Judgement.Why}"));
        Section(b, "Unlabelled, unjudged diagnostics (judge each into judged/<owner>+<name>.judged as 'path:line FGnnnn tp|fp # why')", score.Unjudged.Select(d => $"{d.File}:{d.Line} {d.Id} {d.Message}"));
        Section(b, "Judgements no diagnostic matches any more", score.StaleJudgements.Select(j => $"{j.Origin}: {j.File}:{j.Line} {j.RuleId}"));
        Section(b, "Label and judgement file problems", problems);
        Section(b, "Notes (skipped files, projects, analyzer exceptions, FG9xxx)", scored.SelectMany(r => r.Notes.Select(n => r.Labels.RepoKey + ": " + n)));
        b.Append($"Summary: {score.Matches.Count} TP, {score.Missed.Count} FN, {score.LookAlikeHits.Count + score.Judged.Count(j => !j.Judgement.IsTruePositive)} FP, {score.Judged.Count(j => j.Judgement.IsTruePositive)} judged TP, {score.Unjudged.Count} unjudged, {score.RuleMismatches.Count()} rule mismatches, {scored.Sum(r => r.Crashes)} analyzer exceptions\n");
        return b.ToString();
    }

    private static void Section(StringBuilder b, string title, IEnumerable<string> lines)
    {
        List<string> list = lines.ToList();
        b.Append($"{title}: {list.Count}\n");
        foreach (string line in list)
        {
            b.Append("  ").Append(line).Append('\n');
        }

        b.Append('\n');
    }

    private static string FamilyTable(RealCodeScore score, bool markdown)
    {
        var rows = score.Families.Select(f => (f.Key, f.Value)).ToList();
        var all = new RealCodeCounts();
        foreach ((_, RealCodeCounts c) in rows)
        {
            all.Labels += c.Labels;
            all.TruePositives += c.TruePositives;
            all.MatchedDiagnostics += c.MatchedDiagnostics;
            all.FalseNegatives += c.FalseNegatives;
            all.LookAlikeHits += c.LookAlikeHits;
            all.JudgedTruePositives += c.JudgedTruePositives;
            all.JudgedFalsePositives += c.JudgedFalsePositives;
            all.Unjudged += c.Unjudged;
            all.RuleMismatches += c.RuleMismatches;
            all.Diagnostics += c.Diagnostics;
        }

        rows.Add(("All", all));
        return Table(markdown, "Family", rows, includeRecallColumns: true);
    }

    private static string RuleTable(RealCodeScore score, bool markdown)
        => Table(markdown, "Rule", score.Rules.Select(r => (r.Key, r.Value)).ToList(), includeRecallColumns: true);

    private static string Table(bool markdown, string first, List<(string Key, RealCodeCounts Counts)> rows, bool includeRecallColumns)
    {
        string[] headers = { first, "Labels", "TP", "FN", "Matched", "FP (none)", "FP (judged)", "Judged TP", "Unjudged", "Mismatch", "Diagnostics", "Precision", "Precision floor", "Recall" };
        var cells = rows.Select(r => new[]
        {
            r.Key, N(r.Counts.Labels), N(r.Counts.TruePositives), N(r.Counts.FalseNegatives), N(r.Counts.MatchedDiagnostics), N(r.Counts.LookAlikeHits), N(r.Counts.JudgedFalsePositives),
            N(r.Counts.JudgedTruePositives), N(r.Counts.Unjudged), N(r.Counts.RuleMismatches), N(r.Counts.Diagnostics),
            RealCodeScorer.Format(r.Counts.Precision), RealCodeScorer.Format(r.Counts.PrecisionFloor), RealCodeScorer.Format(r.Counts.Recall),
        }).ToList();
        var b = new StringBuilder();
        if (markdown)
        {
            b.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
            b.Append("|---").Append(string.Concat(Enumerable.Repeat("|---:", headers.Length - 1))).Append("|\n");
            foreach (string[] row in cells)
            {
                b.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
            }

            return b.ToString();
        }

        int[] widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        b.Append(string.Join("  ", headers.Select((h, i) => i == 0 ? h.PadRight(widths[i]) : h.PadLeft(widths[i])))).Append('\n');
        foreach (string[] row in cells)
        {
            b.Append(string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i])))).Append('\n');
        }

        return b.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string RenderMarkdown(RealCodeScore score, List<RepoRun> scored, PackedPackage package, string mode, TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.Append($"Real-code evaluation, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: package `{Path.GetFileName(package.Path)}`, references: {mode}; run {elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} cores.\n\n");
        b.Append("| Repository | Commit | Labels | none | Projects | Files | Lines | Diagnostics | Compiler errors | Analyzer exceptions |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (RepoRun run in scored)
        {
            string commit = run.Labels.Commit.Length >= 12 ? run.Labels.Commit.Substring(0, 12) : run.Labels.Commit;
            b.Append($"| {run.Labels.Repo} | `{commit}` | {run.Labels.Labels.Count(l => !l.IsNone)} | {run.Labels.Labels.Count(l => l.IsNone)} | {run.Projects} | {run.Files:N0} | {run.Lines:N0} | {run.Diagnostics.Count} | {run.CompilerErrors} | {run.Crashes} |\n");
        }

        b.Append("\nPer family (precision counts labelled and judged diagnostics; the floor counts every unjudged one as false):\n\n");
        b.Append(FamilyTable(score, markdown: true));
        b.Append("\nPer rule (recall side - labels, TP, FN - on the labelled rule's row, a family-only label on its family's row; precision side - matched diagnostics, FP, judged, unjudged - on the reported rule's row):\n\n");
        b.Append(RuleTable(score, markdown: true));
        b.Append($"\n{score.Matches.Count} true positives ({score.RuleMismatches.Count()} by another rule of the labelled family), {score.Missed.Count} missed labels, {score.LookAlikeHits.Count} diagnostics on look-alikes, {score.Judged.Count} judged unlabelled diagnostics ({score.Judged.Count(j => j.Judgement.IsTruePositive)} tp), {score.Unjudged.Count} not judged yet.\n");
        return b.ToString();
    }

    private static void Log(string message) => Console.Error.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {message}");

    /// <summary>A configuration file passed as an AdditionalFile, as FinGuard's props pass appsettings*.json.</summary>
    private sealed class FileText : AdditionalText
    {
        public FileText(string path)
        {
            Path = path;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                return ReadSource(Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
