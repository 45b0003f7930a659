using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers;

/// <summary>Reference assemblies pinned once for every test: .NET 8 (restored from NuGet on first run) plus Stripe.net, logging, configuration abstractions, EF Core and Dapper.</summary>
internal static class TestReferences
{
    public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

    public static readonly ImmutableArray<MetadataReference> Packages = ImmutableArray.Create<MetadataReference>(
        Net80BuildOf(typeof(Stripe.StripeClient).Assembly, "stripe.net"),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Configuration.IConfiguration).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.PrecisionAttribute).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Dapper.SqlMapper).Assembly.Location));

    // The test host runs on a newer .NET and loads the package's newest build, which references a newer
    // System.Runtime than the .NET 8 reference assemblies (CS1705 in every test that uses the package).
    // Prefer the package's net8.0 build from the NuGet cache when it is there.
    private static MetadataReference Net80BuildOf(Assembly assembly, string packageId)
    {
        string location = assembly.Location;
        string? version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0];
        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string candidate = version == null ? string.Empty : Path.Combine(root, packageId, version, "lib", "net8.0", Path.GetFileName(location));
        return MetadataReference.CreateFromFile(File.Exists(candidate) ? candidate : location);
    }
}
