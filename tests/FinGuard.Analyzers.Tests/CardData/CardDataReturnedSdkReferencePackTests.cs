using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using FinGuard.Analyzers.CardData;
using FinGuard.Analyzers.Tests.Verifiers;

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
        ImmutableArray<Diagnostic>? analyzed = await SdkReferencePacks.AnalyzeAsync(Source, "CardsController.cs", new CardDataPersistedAnalyzer());
        if (analyzed is not { } diagnostics)
        {
            // No SDK layout next to the runtime (a runtime-only host): nothing to bind against.
            return;
        }

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        int[] lines = diagnostics.Where(d => d.Id == "FG1004").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray();
        Assert.Equal(new[] { 35, 38 }, lines);
    }
}
