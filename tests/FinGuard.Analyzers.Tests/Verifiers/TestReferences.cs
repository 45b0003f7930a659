using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers
{
    /// <summary>Reference assemblies pinned once for every test: .NET 8 (restored from NuGet on first run) plus Stripe.net and logging.</summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        public static readonly ImmutableArray<MetadataReference> Packages = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(StripeForNet80()),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));

        // The test assembly runs on a newer .NET and loads Stripe.net's newest build, which references a newer
        // System.Runtime than the pinned .NET 8 reference assemblies (CS1705); compile against the net8.0 build.
        private static string StripeForNet80()
        {
            System.Reflection.Assembly stripe = typeof(Stripe.StripeClient).Assembly;
            System.Version version = stripe.GetName().Version!;
            string packages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string net80 = Path.Combine(packages, "stripe.net", $"{version.Major}.{version.Minor}.{version.Build}", "lib", "net8.0", "Stripe.net.dll");
            return File.Exists(net80) ? net80 : stripe.Location;
        }
    }
}
