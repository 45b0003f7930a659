using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.CardData.RawCardDataToProcessorAnalyzer>;

namespace FinGuard.Analyzers.Tests.CardData;

/// <summary>
/// FG1005 and writes into the application's own EF entity (issue 18, sets 6-8): <c>objFromDb.CardNo = dto.CardNo</c> on a
/// row read through a DbSet that does not bind (EF Core not restored) updates storage, which FG1001/FG1002 report; a
/// receiver of a named external type, or a member no entity declares, stays reported.
/// </summary>
public class RawCardDataOwnEntityTests
{
    [Fact]
    public Task Updates_of_an_own_ef_entity_read_through_an_unresolved_query_are_not_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Linq;
using Microsoft.EntityFrameworkCore;
public class Payment { public int Id { get; set; } public string CardNo { get; set; } = ""; public string CVCNo { get; set; } = ""; }
public class PaymentUpdateDto { public int Id { get; set; } public string CardNo { get; set; } = ""; public string CVCNo { get; set; } = ""; }
public class AppDbContext : DbContext { public DbSet<Payment> Payments { get; set; } }
public class PaymentRepository
{
    private readonly AppDbContext _db = new AppDbContext();
    public void Update(PaymentUpdateDto entity)
    {
        var objFromDb = _db.Payments.FirstOrDefault(a => a.Id == entity.Id);
        objFromDb.CVCNo = entity.CVCNo;
        objFromDb.CardNo = entity.CardNo;
        var bound = new Payment();
        bound.CardNo = entity.CardNo;
    }
}
""");

    [Fact]
    public Task Writes_that_no_own_entity_explains_are_reported() => VerifyCS.VerifyUnresolvedAsync("""
using System.Linq;
using Microsoft.EntityFrameworkCore;
using GatewayLib;
public class Payment { public int Id { get; set; } public string CardNo { get; set; } = ""; }
public class CardView { public string CardNumber { get; set; } = ""; public string Cvv { get; set; } = ""; }
public class AppDbContext : DbContext { public DbSet<Payment> Payments { get; set; } }
public class Forwarder
{
    private readonly AppDbContext _db = new AppDbContext();
    public void Send(CardView card, string cardNo)
    {
        var request = new GatewayRequest();
        {|FG1005:request.CardNo = cardNo|};
        var client = GatewayClient.Create();
        {|FG1005:client.Card.CardNumber = card.CardNumber|};
        {|FG1005:client.Card.Cvv = card.Cvv|};
    }
}
""");
}
