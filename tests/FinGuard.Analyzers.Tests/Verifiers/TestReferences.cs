using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers
{
    /// <summary>Reference assemblies pinned once for every test: .NET 8 (restored from NuGet on first run) plus Stripe.net and logging.</summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        public static readonly ImmutableArray<MetadataReference> Packages = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(Net80Build(typeof(Stripe.StripeClient).Assembly)),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));

        // The test assembly runs on a newer .NET and loads that build of a package (Stripe.net's lib/net10.0 needs
        // System.Runtime 10: CS1705 against the .NET 8 reference assemblies), so compile test code against the
        // package's net8.0 build from the NuGet cache when it is there.
        private static string Net80Build(System.Reflection.Assembly assembly)
        {
            System.Reflection.AssemblyName name = assembly.GetName();
            string packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string version = name.Version == null ? "" : name.Version.ToString(3);
            string candidate = System.IO.Path.Combine(packages, name.Name!.ToLowerInvariant(), version, "lib", "net8.0", name.Name + ".dll");
            return System.IO.File.Exists(candidate) ? candidate : assembly.Location;
        }
    }
}
