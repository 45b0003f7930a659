using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace FinGuard.Benchmarks.RealCode;

/// <summary>
/// The "restored" view, kept basic: a project's package references (and their dependencies, from each package's
/// nuspec) resolved from the local NuGet cache (NUGET_PACKAGES or ~/.nuget/packages), taking the requested version
/// when it is there, else the nearest version above it, else the newest. Packages missing from the cache are
/// listed, not fetched; <c>run.sh --restore</c> fills the cache first. Assemblies the framework's reference packs
/// already provide are left out, so a package never shadows the framework.
/// </summary>
internal sealed class NuGetCacheReferences
{
    private static readonly string[] FrameworkPreference =
    {
        "net10.0", "net9.0", "net8.0", "net7.0", "net6.0", "net5.0", "netcoreapp3.1", "netcoreapp3.0", "netstandard2.1", "netstandard2.0",
        "netcoreapp2.2", "netcoreapp2.1", "netcoreapp2.0", "netstandard1.6", "netstandard1.5", "netstandard1.4", "netstandard1.3", "netstandard1.2",
        "netstandard1.1", "netstandard1.0", "net48", "net472", "net471", "net47", "net462", "net461", "net46", "net452", "net451", "net45", "net40",
    };

    private readonly string _root;
    private readonly HashSet<string> _frameworkAssemblies;
    private readonly Dictionary<string, (List<string> Assemblies, List<(string Id, string? Version)> Dependencies)?> _cache = new(StringComparer.OrdinalIgnoreCase);

    public NuGetCacheReferences(IEnumerable<string> frameworkAssemblyNames)
    {
        string? env = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        _root = !string.IsNullOrEmpty(env) ? env : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        _frameworkAssemblies = new HashSet<string>(frameworkAssemblyNames, StringComparer.OrdinalIgnoreCase);
    }

    public string Root => _root;

    /// <summary>Assembly paths for the packages and their dependencies; <paramref name="missing"/> gets the ids not in the cache.</summary>
    public List<string> Resolve(IEnumerable<(string Id, string? Version)> packages, HashSet<string> missing)
    {
        var assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); // file name -> path: one per name
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<(string Id, string? Version, int Depth)>(packages.Select(p => (p.Id, p.Version, 0)));
        while (queue.Count > 0)
        {
            (string id, string? version, int depth) = queue.Dequeue();
            // A package named like a framework assembly (System.Text.Json) is part of the framework the code binds against.
            if (!seen.Add(id) || depth > 8 || _frameworkAssemblies.Contains(id))
            {
                continue;
            }

            var entry = Package(id, version);
            if (entry == null)
            {
                missing.Add(id);
                continue;
            }

            foreach (string dll in entry.Value.Assemblies)
            {
                string name = Path.GetFileName(dll);
                if (!_frameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(dll)) && !assemblies.ContainsKey(name))
                {
                    assemblies[name] = dll;
                }
            }

            foreach ((string depId, string? depVersion) in entry.Value.Dependencies)
            {
                queue.Enqueue((depId, depVersion, depth + 1));
            }
        }

        return assemblies.Values.OrderBy(p => p, StringComparer.Ordinal).ToList();
    }

    private (List<string> Assemblies, List<(string Id, string? Version)> Dependencies)? Package(string id, string? version)
    {
        string key = id + "/" + version;
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        (List<string>, List<(string, string?)>)? result = null;
        string folder = Path.Combine(_root, id.ToLowerInvariant());
        string? chosen = Directory.Exists(folder) ? ChooseVersion(Directory.GetDirectories(folder).Select(Path.GetFileName).ToList()!, version) : null;
        if (chosen != null)
        {
            string packageFolder = Path.Combine(folder, chosen);
            var dlls = new List<string>();
            string lib = Path.Combine(packageFolder, "lib");
            string? tfm = Directory.Exists(lib) ? ChooseFramework(Directory.GetDirectories(lib).Select(Path.GetFileName).ToList()!) : null;
            if (tfm != null)
            {
                dlls.AddRange(Directory.GetFiles(Path.Combine(lib, tfm), "*.dll").Where(f => !f.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase)));
            }

            result = (dlls, Dependencies(packageFolder, id));
        }

        _cache[key] = result;
        return result;
    }

    private static List<(string, string?)> Dependencies(string packageFolder, string id)
    {
        var dependencies = new List<(string, string?)>();
        string nuspec = Path.Combine(packageFolder, id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(nuspec))
        {
            nuspec = Directory.GetFiles(packageFolder, "*.nuspec").FirstOrDefault() ?? "";
        }

        if (nuspec.Length == 0)
        {
            return dependencies;
        }

        XDocument document;
        try
        {
            document = XDocument.Load(nuspec);
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            return dependencies;
        }

        XElement? group = null;
        List<XElement> groups = document.Descendants().Where(e => e.Name.LocalName == "group" && e.Parent?.Name.LocalName == "dependencies").ToList();
        if (groups.Count > 0)
        {
            var byFramework = groups.ToDictionary(g => NormalizeFramework(g.Attribute("targetFramework")?.Value ?? ""), g => g, StringComparer.OrdinalIgnoreCase);
            string? best = ChooseFramework(byFramework.Keys.ToList());
            group = best != null ? byFramework[best] : null;
        }

        IEnumerable<XElement> items = group != null ? group.Elements() : document.Descendants().Where(e => e.Name.LocalName == "dependency" && e.Parent?.Name.LocalName == "dependencies");
        foreach (XElement dependency in items.Where(e => e.Name.LocalName == "dependency"))
        {
            string? depId = dependency.Attribute("id")?.Value;
            if (!string.IsNullOrEmpty(depId))
            {
                dependencies.Add((depId, dependency.Attribute("version")?.Value));
            }
        }

        return dependencies;
    }

    /// <summary>".NETStandard2.0" → "netstandard2.0", "net8.0" stays, ".NETFramework4.6.1" → "net461".</summary>
    private static string NormalizeFramework(string framework)
    {
        string f = framework.Trim().ToLowerInvariant();
        if (f.StartsWith(".netstandard", StringComparison.Ordinal))
        {
            return "netstandard" + f.Substring(".netstandard".Length);
        }

        if (f.StartsWith(".netcoreapp", StringComparison.Ordinal))
        {
            string v = f.Substring(".netcoreapp".Length);
            return Version.TryParse(v, out Version? parsed) && parsed.Major >= 5 ? "net" + v : "netcoreapp" + v;
        }

        if (f.StartsWith(".netframework", StringComparison.Ordinal))
        {
            return "net" + f.Substring(".netframework".Length).Replace(".", "", StringComparison.Ordinal);
        }

        return f;
    }

    private static string? ChooseFramework(List<string> available)
    {
        foreach (string preferred in FrameworkPreference)
        {
            string? hit = available.FirstOrDefault(a => string.Equals(a, preferred, StringComparison.OrdinalIgnoreCase)
                || a.StartsWith(preferred + "-", StringComparison.OrdinalIgnoreCase));
            if (hit != null)
            {
                return hit;
            }
        }

        return available.FirstOrDefault(a => a.StartsWith("net", StringComparison.OrdinalIgnoreCase) && !a.Contains("android", StringComparison.OrdinalIgnoreCase) && !a.Contains("ios", StringComparison.OrdinalIgnoreCase));
    }

    private static string? ChooseVersion(List<string> available, string? requested)
    {
        var parsed = available.Select(v => (Text: v, Version: Parse(v))).Where(v => v.Version != null).OrderBy(v => v.Version).ToList();
        if (parsed.Count == 0)
        {
            return null;
        }

        string? wanted = requested?.Trim().Trim('[', '(', ')', ']').Split(',')[0].Trim();
        if (!string.IsNullOrEmpty(wanted))
        {
            string? exact = available.FirstOrDefault(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase));
            if (exact != null)
            {
                return exact;
            }

            Version? min = Parse(wanted);
            if (min != null)
            {
                var above = parsed.FirstOrDefault(v => v.Version! >= min);
                if (above.Text != null)
                {
                    return above.Text;
                }
            }
        }

        return parsed[parsed.Count - 1].Text;
    }

    private static Version? Parse(string text)
    {
        string core = text.Split('-', '+')[0];
        if (!core.Contains('.', StringComparison.Ordinal))
        {
            core += ".0";
        }

        return Version.TryParse(core, out Version? v) ? v : null;
    }
}
