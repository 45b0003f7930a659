using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FinGuard.Analyzers.Tests.Verifiers
{
    /// <summary>Reference assemblies pinned once for every test: .NET 8 (restored from NuGet on first run) plus Stripe.net, logging, EF Core and Dapper.</summary>
    internal static class TestReferences
    {
        public static readonly ReferenceAssemblies Net80 = ReferenceAssemblies.Net.Net80;

        public static readonly ImmutableArray<MetadataReference> Packages = ImmutableArray.Create<MetadataReference>(
            MetadataReference.CreateFromFile(typeof(Stripe.StripeClient).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Microsoft.EntityFrameworkCore.PrecisionAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(Dapper.SqlMapper).Assembly.Location));
    }
}
