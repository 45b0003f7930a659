using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using FinGuard.Analyzers.DataProtection;

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
        string? packs = SdkPacks();
        if (packs == null)
        {
            // No SDK layout next to the runtime (a runtime-only host): nothing to bind against.
            return;
        }

        var references = new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .Select(pack => NewestRefFolder(Path.Combine(packs, pack)))
            .SelectMany(folder => Directory.GetFiles(folder, "*.dll"))
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file));
        var compilation = CSharpCompilation.Create("Bank", new[] { CSharpSyntaxTree.ParseText(Source, path: "TransfersController.cs") }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new AccountDataExposedAnalyzer()))
            .GetAllDiagnosticsAsync();

        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        int[] lines = diagnostics.Where(d => d.Id == "FG3007").Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1).OrderBy(l => l).ToArray();
        Assert.Equal(new[] { 34, 45 }, lines);
    }

    // <dotnet root>/shared/Microsoft.NETCore.App/<version>/System.Private.CoreLib.dll -> <dotnet root>/packs.
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
