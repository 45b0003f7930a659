using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using FinGuard.Analyzers.CardData;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1004's returned card data against the installed SDK's own reference packs, as an editor binds a project before
/// restore (issue 18, session 21): the .NET 10 pack's System.Linq.AsyncEnumerable makes an EF query without EF Core a
/// failed call rather than an unresolved one; the rows it returns are still judged by the context's DbSet.
/// </summary>
public class CardDataReturnedSdkReferencePackTests
{
    private const string Source = """
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Shop
{
    public class SavedCard
    {
        public int Id { get; set; }
        public string CardNumber { get; set; }
        public string Cvv { get; set; }
    }

    public class Branch
    {
        public int Id { get; set; }
        public string City { get; set; }
    }

    public class ShopContext : DbContext
    {
        public DbSet<SavedCard> Cards { get; set; }
        public DbSet<Branch> Branches { get; set; }
    }

    public class CardsController : Controller
    {
        private readonly ShopContext _context;
        public CardsController(ShopContext context) { _context = context; }

        public async Task<IActionResult> Get(int id)
        {
            var card = await _context.Cards.FirstOrDefaultAsync(m => m.Id == id);
            return Ok(card);
        }

        public async Task<IActionResult> All() => Ok(await _context.Cards.ToListAsync());

        public async Task<IActionResult> Branches() => Ok(await _context.Branches.ToListAsync());
    }
}
""";

    [Fact]
    public async Task Card_rows_from_ef_queries_that_fail_to_bind_against_the_sdk_pack_are_reported()
    {
        string? packs = SdkPacks();
        if (packs == null)
        {
            return;
        }

        var references = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .Select(pack => NewestRefFolder(Path.Combine(packs, pack)))
            .SelectMany(folder => Directory.GetFiles(folder, "*.dll"))
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file));
        var compilation = CSharpCompilation.Create("Shop", new[] { CSharpSyntaxTree.ParseText(Source, path: "CardsController.cs") }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CardDataPersistedAnalyzer()))
            .GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        int[] lines = diagnostics.Where(d => d.Id == "FG1004").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray();
        Assert.Equal(new[] { 35, 38 }, lines);
    }

    private static string? SdkPacks()
    {
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        string packs = Path.Combine(runtime.Parent!.Parent!.Parent!.FullName, "packs");
        return Directory.Exists(Path.Combine(packs, "Microsoft.AspNetCore.App.Ref")) ? packs : null;
    }

    private static string NewestRefFolder(string pack)
    {
        string version = Directory.GetDirectories(pack).OrderBy(d => System.Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new System.Version(0, 0)).Last();
        return Directory.GetDirectories(Path.Combine(version, "ref")).OrderBy(d => d, System.StringComparer.Ordinal).Last();
    }
}
