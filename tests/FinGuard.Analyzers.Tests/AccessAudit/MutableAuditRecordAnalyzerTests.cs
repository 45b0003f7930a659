using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.AccessAudit.MutableAuditRecordAnalyzer>;

namespace FinGuard.Analyzers.Tests.AccessAudit;

/// <summary>FG5003: audit records the application can change.</summary>
public class MutableAuditRecordAnalyzerTests
{
    [Fact]
    public Task Updates_and_deletes_on_the_audit_set_and_public_setters_are_reported() => VerifyCS.VerifyAnalyzerAsync("""

using System;
using System.Linq;
using Microsoft.EntityFrameworkCore;
public class AuditLogEntry
{
    public AuditLogEntry(string action, string actor) { Action = action; Actor = actor; }
    public long Id { get; private set; }
    public string Action { get; private set; }
    public string Actor { get; init; }
    public string? Note { {|FG5003:set|}; get; }
    public DateTime At { get; } = DateTime.UtcNow;
}
public class Order { public int Id { get; set; } public string Status { get; set; } = ""; }
public class ShopDb : DbContext
{
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<Order> Orders => Set<Order>();
}
public class Housekeeping
{
    private readonly ShopDb _db;
    public Housekeeping(ShopDb db) => _db = db;
    public void Purge(AuditLogEntry entry, Order order, System.Data.IDbConnection connection)
    {
        _db.AuditLog.Add(new AuditLogEntry("refund", "alice"));
        {|FG5003:_db.AuditLog.Remove(entry)|};
        {|FG5003:_db.AuditLog.Update(entry)|};
        {|FG5003:_db.Remove(entry)|};
        _db.Orders.Update(order);
        _db.Remove(order);
        Dapper.SqlMapper.Execute(connection, {|FG5003:"DELETE FROM AuditLog WHERE At < @cutoff"|}, new { cutoff = DateTime.UtcNow.AddYears(-1) });
        Dapper.SqlMapper.Execute(connection, "UPDATE [dbo].[PaymentAudit] SET Actor = 'x'".Length > 0 ? "DELETE FROM Orders WHERE Status = 'cancelled'" : "");
        Dapper.SqlMapper.Execute(connection, {|FG5003:"UPDATE [dbo].[PaymentAudit] SET Actor = 'x'"|});
    }
}
""");

    [Fact]
    public Task Dtos_named_like_audit_logs_are_not_entities_unless_configured() => VerifyCS.VerifyAnalyzerAsync("""

public class AuditLogDto { public string Action { get; set; } = ""; }
public class AuditorAssignment { public string Name { get; set; } = ""; }
public class LedgerEvent { public string Action { {|FG5003:set|}; get; } = ""; }

""", "finguard.audit.entity_types = LedgerEvent\n");
}
