using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using FinGuard.Analyzers.DataProtection;
using FinGuard.Analyzers.Tests.Verifiers;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3007 against the installed SDK's own reference packs, as an editor binds a project before restore (issue 18,
/// session 21). The .NET 10 pack has System.Linq.AsyncEnumerable, so without EF Core <c>_context.Accounts.ToListAsync()</c>
/// is a failed call to its ToListAsync (not an unresolved one) and <c>View(await ...)</c> does not bind: both are invalid
/// operations. The test stubs bind differently, which is why the suite passed while real MVC code went unreported.
/// </summary>
public class AccountDataExposedSdkReferencePackTests
{
    private const string Source = """
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bank
{
    public class Transfer
    {
        public int Id { get; set; }
        public string AccountNumber { get; set; }
        public int Amount { get; set; }
    }

    public class Branch
    {
        public int Id { get; set; }
        public string City { get; set; }
    }

    public class BankContext : DbContext
    {
        public DbSet<Transfer> Transfers { get; set; }
        public DbSet<Branch> Branches { get; set; }
    }

    public class TransfersController : Controller
    {
        private readonly BankContext _context;
        public TransfersController(BankContext context) { _context = context; }

        public async Task<IActionResult> Index()
        {
            return View(await _context.Transfers.ToListAsync());
        }

        public async Task<IActionResult> Details(int? id)
        {
            var transfer = await _context.Transfers.FirstOrDefaultAsync(m => m.Id == id);
            if (transfer == null)
            {
                return NotFound();
            }

            return View(transfer);
        }

        public async Task<IActionResult> Branches() => View(await _context.Branches.ToListAsync());

        public async Task<IActionResult> Count() => View(await _context.Transfers.CountAsync());
    }
}
""";

    [Fact]
    public async Task Ef_queries_that_fail_to_bind_against_the_sdk_pack_are_judged_by_their_set()
    {
        ImmutableArray<Diagnostic>? analyzed = await SdkReferencePacks.AnalyzeAsync(Source, "TransfersController.cs", new AccountDataExposedAnalyzer());
        if (analyzed is not { } diagnostics)
        {
            // No SDK layout next to the runtime (a runtime-only host): nothing to bind against.
            return;
        }

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        int[] lines = diagnostics.Where(d => d.Id == "FG3007").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray();
        Assert.Equal(new[] { 34, 45 }, lines);
    }
}
