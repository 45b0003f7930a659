using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;

namespace FinGuard.Benchmarks;

/// <summary>
/// What the generated corpus compiles against, as a user's ASP.NET Core project would: the installed SDK's
/// reference packs (Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref), plus Stripe.net and EF Core.
/// </summary>
public static class CorpusReferences
{
    private static readonly string[] PackageAssemblies =
    {
        "Stripe.net.dll", "Newtonsoft.Json.dll", "Microsoft.EntityFrameworkCore.dll", "Microsoft.EntityFrameworkCore.Abstractions.dll",
    };

    public static ImmutableArray<MetadataReference> Create()
    {
        var references = new List<MetadataReference>(Framework());
        foreach (string name in PackageAssemblies)
        {
            string path = Path.Combine(AppContext.BaseDirectory, name);
            if (File.Exists(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return references.ToImmutableArray();
    }

    /// <summary>
    /// Only the installed SDK's reference packs (Microsoft.NETCore.App.Ref and Microsoft.AspNetCore.App.Ref): what an
    /// editor binds a .NET project against before its packages are restored (the real-code evaluation's default).
    /// </summary>
    public static ImmutableArray<MetadataReference> Framework()
    {
        string dotnetRoot = DotNetRoot();
        var references = new List<MetadataReference>();
        foreach (string pack in new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" })
        {
            string refFolder = NewestRefFolder(Path.Combine(dotnetRoot, "packs", pack));
            references.AddRange(Directory.EnumerateFiles(refFolder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p)));
        }

        return references.ToImmutableArray();
    }

    private static string DotNetRoot()
    {
        // .../dotnet/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll
        string? env = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "packs")))
        {
            return env;
        }

        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        return runtime.Parent!.Parent!.Parent!.FullName;
    }

    private static string NewestRefFolder(string packFolder)
    {
        string? best = null;
        Version? bestVersion = null;
        foreach (string dir in Directory.EnumerateDirectories(packFolder))
        {
            string name = Path.GetFileName(dir);
            int dash = name.IndexOf('-');
            if (Version.TryParse(dash < 0 ? name : name.Substring(0, dash), out Version? version) && (bestVersion == null || version > bestVersion))
            {
                foreach (string tfm in Directory.EnumerateDirectories(Path.Combine(dir, "ref")))
                {
                    best = tfm;
                }

                bestVersion = version;
            }
        }

        return best ?? throw new InvalidOperationException("no reference pack under " + packFolder);
    }
}
