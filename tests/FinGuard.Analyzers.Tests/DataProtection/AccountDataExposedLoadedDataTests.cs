using FinGuard.Analyzers.Tests.AccessAudit;
using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataExposedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// FG3007 (issue 18, held-out set 16): what a response really holds. An empty collection made in place holds nothing,
/// and a value returned by a service call or a query without <c>Include</c> holds its own members, not the navigations
/// (<c>Customer</c> beside <c>CustomerId</c>, a <c>[ForeignKey]</c> or <c>virtual</c> member) that no query loads, unless
/// lazy-loading proxies are on.
/// </summary>
public class AccountDataExposedLoadedDataTests
{
    private const string Vault = """

namespace Vault
{
    using System;
    using System.Collections.Generic;
    using System.Threading.Tasks;

    public sealed class ForeignKeyAttribute : Attribute { public ForeignKeyAttribute(string name) { } }

    public sealed class HolderDto
    {
        public Guid Id { get; set; }
        public string FullName { get; set; } = "";
        public string Iban { get; set; } = "";
    }

    public sealed class SafeBoxDto
    {
        public Guid Id { get; set; }
        public string BoxCode { get; set; } = "";
        public Guid? HolderId { get; set; }
        public HolderDto HolderDto { get; set; } = new HolderDto();
    }

    public sealed class KeyCardDto
    {
        public Guid Id { get; set; }
        [ForeignKey("OwnerRef")]
        public HolderDto Owner { get; set; } = new HolderDto();
    }

    public sealed class StatementDto
    {
        public string Period { get; set; } = "";
        public HolderDto Holder { get; set; } = new HolderDto();
    }

    public sealed class HolderRowDto
    {
        public string FullName { get; set; } = "";
        public string Iban { get; set; } = "";
    }

    public interface IBoxService
    {
        Task<List<SafeBoxDto>> AllAsync();
        Task<KeyCardDto> CardAsync(Guid id);
        Task<StatementDto> StatementAsync(Guid id);
        Task<List<HolderRowDto>> HoldersAsync();
    }
}
""";

    [Fact]
    public Task Navigations_of_service_results_and_empty_collections_are_not_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Vault;

[ApiController]
[Route("api/boxes")]
public sealed class BoxesController : ControllerBase
{
    private readonly IBoxService _boxes;
    public BoxesController(IBoxService boxes) => _boxes = boxes;

    [HttpGet]
    public async Task<IActionResult> All() => Ok(await _boxes.AllAsync());

    [HttpGet("{id}/card")]
    public async Task<IActionResult> Card(Guid id)
    {
        var card = await _boxes.CardAsync(id);
        return Ok(card);
    }

    [HttpGet("empty")]
    public IActionResult Empty() => Ok(new List<HolderRowDto>());

    [HttpGet("none")]
    public IActionResult None() => Ok(Array.Empty<HolderRowDto>());
}
""" + Vault + AspNetStubs.Source);

    [Fact]
    public Task Own_members_and_nested_objects_that_are_no_navigations_are_still_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Vault;

[ApiController]
[Route("api/holders")]
public sealed class HoldersController : ControllerBase
{
    private readonly IBoxService _boxes;
    public HoldersController(IBoxService boxes) => _boxes = boxes;

    [HttpGet]
    public async Task<IActionResult> All()
    {
        {|FG3007:return Ok(await _boxes.HoldersAsync());|}
    }

    [HttpGet("{id}/statement")]
    public async Task<IActionResult> Statement(Guid id)
    {
        {|FG3007:return Ok(await _boxes.StatementAsync(id));|}
    }

    [HttpGet("filled")]
    public IActionResult Filled()
    {
        {|FG3007:return Ok(new List<HolderRowDto> { new HolderRowDto() });|}
    }
}
""" + Vault + AspNetStubs.Source);

    [Fact]
    public Task Navigations_are_reported_when_lazy_loading_proxies_are_on() => VerifyCS.VerifyAnalyzerAsync("""

using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Vault;

[ApiController]
[Route("api/boxes")]
public sealed class BoxesController : ControllerBase
{
    private readonly IBoxService _boxes;
    public BoxesController(IBoxService boxes) => _boxes = boxes;

    [HttpGet]
    public async Task<IActionResult> All()
    {
        {|FG3007:return Ok(await _boxes.AllAsync());|}
    }
}

public static class Setup
{
    public static void Configure(Options options) => options.UseLazyLoadingProxies();
}

public sealed class Options { public void UseLazyLoadingProxies() { } }
""" + Vault + AspNetStubs.Source);

    [Fact]
    public Task Either_side_of_a_coalesce_or_conditional_return_is_judged() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Vault;

public static class ResultExtensions
{
    public static IActionResult? ErrorOrNull(this object result, ControllerBase controller) => null;
}

[ApiController]
[Route("api/holders")]
public sealed class HoldersController : ControllerBase
{
    private readonly IBoxService _boxes;
    public HoldersController(IBoxService boxes) => _boxes = boxes;

    [HttpGet("{id}")]
    public async Task<IActionResult> One(Guid id)
    {
        var rows = await _boxes.HoldersAsync();
        {|FG3007:return rows.ErrorOrNull(this) ?? Ok(rows[0]);|}
    }

    [HttpGet("{id}/first")]
    public async Task<IActionResult> First(Guid id)
    {
        var rows = await _boxes.HoldersAsync();
        {|FG3007:return rows.Count == 0 ? NotFound() : Ok(rows[0]);|}
    }

    [HttpGet("{id}/count")]
    public async Task<IActionResult> Count(Guid id)
    {
        var rows = await _boxes.HoldersAsync();
        return rows.ErrorOrNull(this) ?? Ok(rows.Count);
    }
}
""" + Vault + AspNetStubs.Source);

    [Fact]
    public Task Navigations_that_the_called_service_includes_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Vault;

public sealed class BoxQuery
{
    public BoxQuery Include(string navigation) => this;
    public List<SafeBoxDto> ToList() => new List<SafeBoxDto>();
}

public interface IBoxStore
{
    Task<List<SafeBoxDto>> WithHoldersAsync();
    Task<List<SafeBoxDto>> BareAsync();
}

public sealed class BoxStore : IBoxStore
{
    private readonly BoxQuery _boxes = new BoxQuery();
    public Task<List<SafeBoxDto>> WithHoldersAsync() => Task.FromResult(_boxes.Include("HolderDto").ToList());
    public Task<List<SafeBoxDto>> BareAsync() => Task.FromResult(_boxes.ToList());
}

[ApiController]
[Route("api/boxes")]
public sealed class BoxesController : ControllerBase
{
    private readonly IBoxStore _store;
    public BoxesController(IBoxStore store) => _store = store;

    [HttpGet("holders")]
    public async Task<IActionResult> WithHolders()
    {
        {|FG3007:return Ok(await _store.WithHoldersAsync());|}
    }

    [HttpGet]
    public async Task<IActionResult> Bare() => Ok(await _store.BareAsync());
}
""" + Vault + AspNetStubs.Source);
}
