using System.IO;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace FinGuard.Benchmarks.RealCode;

/// <summary>
/// One compilation unit of a repository: the C# files whose nearest project file is in <see cref="Directory"/>
/// (or the whole repository when it has no project files). What an editor knows before restore is read from the
/// project file and the nearest Directory.Build.props: assembly name, output kind, implicit usings, nullable,
/// project references (which need no restore) and package references (resolved only with references from the cache).
/// </summary>
internal sealed class RepoProject
{
    public RepoProject(string directory, string? projectFile)
    {
        Directory = directory;
        ProjectFile = projectFile;
    }

    public string Directory { get; }

    public string? ProjectFile { get; }

    public string Name => ProjectFile != null ? Path.GetFileNameWithoutExtension(ProjectFile) : Path.GetFileName(Directory.TrimEnd(Path.DirectorySeparatorChar));

    public string AssemblyName { get; set; } = "";

    public OutputKind OutputKind { get; set; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>null: no implicit usings; "Microsoft.NET.Sdk", "Microsoft.NET.Sdk.Web", "Microsoft.NET.Sdk.Worker" ...</summary>
    public string? ImplicitUsingsSdk { get; set; }

    public bool Nullable { get; set; }

    public string TargetFramework { get; set; } = "";

    public List<string> Usings { get; } = new List<string>();

    public List<string> ProjectReferences { get; } = new List<string>();

    public List<(string Id, string? Version)> PackageReferences { get; } = new List<(string, string?)>();

    public List<string> Files { get; } = new List<string>();

    public List<string> AdditionalFiles { get; } = new List<string>();

    /// <summary>Preprocessor symbols a build of the first target framework defines (DEBUG, TRACE, NET, NET8_0_OR_GREATER ...).</summary>
    public IEnumerable<string> PreprocessorSymbols()
    {
        yield return "DEBUG";
        yield return "TRACE";
        string tfm = TargetFramework.ToLowerInvariant();
        if (tfm.StartsWith("netstandard", StringComparison.Ordinal))
        {
            yield return "NETSTANDARD";
            yield break;
        }

        if (tfm.StartsWith("net4", StringComparison.Ordinal) || tfm.StartsWith("net3", StringComparison.Ordinal) || tfm.StartsWith("net2", StringComparison.Ordinal))
        {
            yield return "NETFRAMEWORK";
            yield break;
        }

        yield return "NET";
        yield return "NETCOREAPP";
        int major = 10;
        if (tfm.StartsWith("net", StringComparison.Ordinal) && tfm.Length > 3)
        {
            string digits = new string(tfm.Substring(3).TakeWhile(char.IsDigit).ToArray());
            if (int.TryParse(digits, out int parsed) && parsed >= 5 && parsed <= 20)
            {
                major = parsed;
            }
        }

        for (int v = 5; v <= major; v++)
        {
            yield return "NET" + v + "_0_OR_GREATER";
        }

        yield return "NETCOREAPP3_1_OR_GREATER";
    }

    /// <summary>The global usings the SDK generates for ImplicitUsings (the Web and Worker SDKs add their own).</summary>
    public IEnumerable<string> GlobalUsings()
    {
        var usings = new List<string>();
        if (ImplicitUsingsSdk != null)
        {
            usings.AddRange(new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" });
            if (ImplicitUsingsSdk.EndsWith(".Web", StringComparison.OrdinalIgnoreCase) || ImplicitUsingsSdk.EndsWith(".Razor", StringComparison.OrdinalIgnoreCase) || ImplicitUsingsSdk.EndsWith(".BlazorWebAssembly", StringComparison.OrdinalIgnoreCase))
            {
                usings.AddRange(new[] { "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging" });
            }
            else if (ImplicitUsingsSdk.EndsWith(".Worker", StringComparison.OrdinalIgnoreCase))
            {
                usings.AddRange(new[] { "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging" });
            }
        }

        usings.AddRange(Usings);
        return usings.Distinct(StringComparer.Ordinal);
    }
}

internal static class RepoProjects
{
    private static readonly HashSet<string> SkippedFolders = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", ".vs", "node_modules", "packages" };

    /// <summary>
    /// Splits a repository folder into compilation units: each C# file belongs to its nearest ancestor folder with a
    /// project file (one compilation per project, so equal type names in different projects never collide); files
    /// above every project, and every file of a repository without project files, form one unit of their own.
    /// </summary>
    public static List<RepoProject> Discover(string repoDirectory, List<string> warnings)
    {
        string root = Path.GetFullPath(repoDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var csFiles = new List<string>();
        var projectFiles = new List<string>();
        var configFiles = new List<string>();
        Walk(root, csFiles, projectFiles, configFiles);

        var byDirectory = new Dictionary<string, RepoProject>(StringComparer.Ordinal);
        foreach (IGrouping<string, string> group in projectFiles.GroupBy(p => Path.GetDirectoryName(p)!, StringComparer.Ordinal))
        {
            // Two project files in one folder (x.csproj and x.NetFramework.csproj) compile the same files: take one.
            string chosen = group.OrderBy(p => Path.GetFileNameWithoutExtension(p).Equals(Path.GetFileName(group.Key), StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal).First();
            var project = new RepoProject(group.Key, chosen);
            ReadProject(project, root, warnings);
            byDirectory[group.Key] = project;
        }

        RepoProject? loose = null;
        foreach (string file in csFiles)
        {
            RepoProject? owner = OwnerOf(Path.GetDirectoryName(file)!, root, byDirectory);
            if (owner == null)
            {
                loose ??= new RepoProject(root, null) { AssemblyName = Path.GetFileName(root).Replace('+', '.'), ImplicitUsingsSdk = byDirectory.Count == 0 ? "Microsoft.NET.Sdk.Web" : null, Nullable = true };
                owner = loose;
            }

            owner.Files.Add(file);
        }

        foreach (string file in configFiles)
        {
            // What FinGuard's props pass: appsettings*.json, local.settings*.json and *.config of the project folder,
            // Properties/launchSettings*.json.
            string directory = Path.GetDirectoryName(file)!;
            string name = Path.GetFileName(file);
            bool inProperties = Path.GetFileName(directory).Equals("Properties", StringComparison.OrdinalIgnoreCase);
            if (byDirectory.Count == 0)
            {
                if (loose != null)
                {
                    loose.AdditionalFiles.Add(file);
                }
            }
            else if (inProperties && name.StartsWith("launchSettings", StringComparison.OrdinalIgnoreCase))
            {
                if (byDirectory.TryGetValue(Path.GetDirectoryName(directory)!, out RepoProject? project))
                {
                    project.AdditionalFiles.Add(file);
                }
            }
            else if (!name.StartsWith("launchSettings", StringComparison.OrdinalIgnoreCase) && byDirectory.TryGetValue(directory, out RepoProject? project))
            {
                project.AdditionalFiles.Add(file);
            }
        }

        if (byDirectory.Count == 0 && csFiles.Count > 0)
        {
            warnings.Add($"{Path.GetFileName(root)}: no project files, so all {csFiles.Count} C# files are one compilation (unpack with RealCode/unpack.sh to get the project files)");
        }

        var projects = byDirectory.Values.Where(p => p.Files.Count > 0).OrderBy(p => p.Directory, StringComparer.Ordinal).ToList();
        if (loose != null)
        {
            projects.Add(loose);
        }

        return projects;
    }

    public static bool IsConfigFile(string name)
        => (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) && !name.Equals("packages.config", StringComparison.OrdinalIgnoreCase))
            || (name.StartsWith("launchSettings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            || (name.StartsWith("local.settings", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase));

    private static void Walk(string directory, List<string> csFiles, List<string> projectFiles, List<string> configFiles)
    {
        IEnumerable<string> files, directories;
        try
        {
            files = System.IO.Directory.GetFiles(directory).OrderBy(f => f, StringComparer.Ordinal).ToList();
            directories = System.IO.Directory.GetDirectories(directory).OrderBy(d => d, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            if (name.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            {
                csFiles.Add(file);
            }
            else if (name.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                projectFiles.Add(file);
            }
            else if (IsConfigFile(name))
            {
                configFiles.Add(file);
            }
        }

        foreach (string sub in directories)
        {
            if (!SkippedFolders.Contains(Path.GetFileName(sub)) && (new DirectoryInfo(sub).Attributes & FileAttributes.ReparsePoint) == 0)
            {
                Walk(sub, csFiles, projectFiles, configFiles);
            }
        }
    }

    private static RepoProject? OwnerOf(string directory, string root, Dictionary<string, RepoProject> byDirectory)
    {
        for (string? d = directory; d != null && d.Length >= root.Length; d = Path.GetDirectoryName(d))
        {
            if (byDirectory.TryGetValue(d, out RepoProject? project))
            {
                return project;
            }
        }

        return null;
    }

    private static void ReadProject(RepoProject project, string root, List<string> warnings)
    {
        XDocument? csproj = Load(project.ProjectFile!, warnings);
        var documents = new List<XDocument>();
        string? buildProps = FindAbove(project.Directory, root, "Directory.Build.props");
        if (buildProps != null && Load(buildProps, warnings) is XDocument props)
        {
            documents.Add(props);
        }

        if (csproj != null)
        {
            documents.Add(csproj);
        }

        string? Property(string name)
        {
            string? value = null;
            foreach (XDocument document in documents)
            {
                foreach (XElement e in document.Descendants().Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup"))
                {
                    string v = e.Value.Trim();
                    bool conditional = e.Attribute("Condition") != null || e.Parent!.Attribute("Condition") != null;
                    if (v.Length > 0 && !v.Contains("$(", StringComparison.Ordinal) && (!conditional || value == null))
                    {
                        value = v;
                    }
                }
            }

            return value;
        }

        string sdk = csproj?.Root?.Attribute("Sdk")?.Value ?? "";
        bool sdkStyle = sdk.Length > 0;
        project.AssemblyName = Property("AssemblyName") ?? project.Name;
        string? outputType = Property("OutputType");
        bool exe = string.Equals(outputType, "Exe", StringComparison.OrdinalIgnoreCase) || string.Equals(outputType, "WinExe", StringComparison.OrdinalIgnoreCase)
            || (outputType == null && sdk.EndsWith(".Web", StringComparison.OrdinalIgnoreCase));
        project.OutputKind = exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        string? implicitUsings = Property("ImplicitUsings");
        if (sdkStyle && (string.Equals(implicitUsings, "enable", StringComparison.OrdinalIgnoreCase) || string.Equals(implicitUsings, "true", StringComparison.OrdinalIgnoreCase)))
        {
            project.ImplicitUsingsSdk = sdk.Split(';')[0].Split('/')[0].Trim();
        }

        project.Nullable = string.Equals(Property("Nullable"), "enable", StringComparison.OrdinalIgnoreCase);
        project.TargetFramework = (Property("TargetFramework") ?? Property("TargetFrameworks") ?? Property("TargetFrameworkVersion") ?? "").Split(';')[0].Trim();
        if (project.TargetFramework.StartsWith("v4", StringComparison.OrdinalIgnoreCase))
        {
            project.TargetFramework = "net4";
        }

        if (csproj == null)
        {
            return;
        }

        Dictionary<string, string> centralVersions = CentralVersions(project.Directory, root, warnings);
        foreach (XElement e in documents.SelectMany(d => d.Descendants()))
        {
            string? include = e.Attribute("Include")?.Value.Trim();
            switch (e.Name.LocalName)
            {
                case "ProjectReference" when !string.IsNullOrEmpty(include) && !include.Contains("$(", StringComparison.Ordinal):
                    project.ProjectReferences.Add(Path.GetFullPath(Path.Combine(project.Directory, include.Replace('\\', Path.DirectorySeparatorChar))));
                    break;
                case "PackageReference" when !string.IsNullOrEmpty(include):
                    string? version = e.Attribute("Version")?.Value ?? e.Elements().FirstOrDefault(c => c.Name.LocalName == "Version")?.Value
                        ?? e.Attribute("VersionOverride")?.Value ?? (centralVersions.TryGetValue(include, out string? central) ? central : null);
                    project.PackageReferences.Add((include, version?.Trim()));
                    break;
                case "Using" when !string.IsNullOrEmpty(include) && e.Attribute("Alias") == null && e.Attribute("Static") == null:
                    project.Usings.Add(include);
                    break;
            }
        }

        string packagesConfig = Path.Combine(project.Directory, "packages.config");
        if (File.Exists(packagesConfig) && Load(packagesConfig, warnings) is XDocument packages)
        {
            foreach (XElement e in packages.Descendants().Where(e => e.Name.LocalName == "package"))
            {
                string? id = e.Attribute("id")?.Value;
                if (!string.IsNullOrEmpty(id))
                {
                    project.PackageReferences.Add((id, e.Attribute("version")?.Value));
                }
            }
        }
    }

    private static Dictionary<string, string> CentralVersions(string directory, string root, List<string> warnings)
    {
        var versions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? file = FindAbove(directory, root, "Directory.Packages.props");
        if (file != null && Load(file, warnings) is XDocument document)
        {
            foreach (XElement e in document.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
            {
                string? id = e.Attribute("Include")?.Value;
                string? version = e.Attribute("Version")?.Value;
                if (!string.IsNullOrEmpty(id) && !string.IsNullOrEmpty(version))
                {
                    versions[id] = version;
                }
            }
        }

        return versions;
    }

    private static string? FindAbove(string directory, string root, string fileName)
    {
        for (string? d = directory; d != null && d.Length >= root.Length; d = Path.GetDirectoryName(d))
        {
            string candidate = Path.Combine(d, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static XDocument? Load(string path, List<string> warnings)
    {
        try
        {
            return XDocument.Load(path);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{path}: not read ({e.GetType().Name}: {e.Message})");
            return null;
        }
    }
}
