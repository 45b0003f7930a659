using System;
using System.Data;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dapper;
using Microsoft.EntityFrameworkCore;

namespace Corpus.AccessAudit.Data
{
    // Vulnerable: every column of the audit entity can be rewritten by any code that loads it.
    public class PaymentAuditEntry
    {
        public long Id { get; set; } // expect: FG5003
        public DateTimeOffset At { get; set; } // expect: FG5003
        public string Actor { get; set; } = ""; // expect: FG5003
        public string Action { get; set; } = ""; // expect: FG5003
        public string Subject { get; set; } = ""; // expect: FG5003
    }

    // Look-alike: an append-only audit entity (init-only and private setters).
    public class LedgerAuditRecord
    {
        public LedgerAuditRecord(string actor, string action, string subject)
        {
            Actor = actor;
            Action = action;
            Subject = subject;
        }

        public long Id { get; private set; }
        public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
        public string Actor { get; private set; }
        public string Action { get; private set; }
        public string Subject { get; private set; }
        public string PreviousHash { get; init; } = "";
    }

    // Look-alike: a view model named like an audit log, never persisted.
    public sealed class AuditLogViewModel
    {
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
    }

    public class Order
    {
        public int Id { get; set; }
        public string Status { get; set; } = "";
    }

    public class PaymentsDb : DbContext
    {
        public DbSet<PaymentAuditEntry> PaymentAudit => Set<PaymentAuditEntry>();
        public DbSet<LedgerAuditRecord> LedgerAudit => Set<LedgerAuditRecord>();
        public DbSet<Order> Orders => Set<Order>();
    }

    public sealed class AuditMaintenance
    {
        private readonly PaymentsDb _db;
        private readonly IDbConnection _connection;

        public AuditMaintenance(PaymentsDb db, IDbConnection connection)
        {
            _db = db;
            _connection = connection;
        }

        // Look-alike: appending is what an audit store is for.
        public Task AppendAsync(string actor, string action, string subject, CancellationToken ct)
        {
            _db.LedgerAudit.Add(new LedgerAuditRecord(actor, action, subject));
            return _db.SaveChangesAsync(ct);
        }

        // Vulnerable: "fixing" an audit entry rewrites history.
        public Task CorrectActorAsync(PaymentAuditEntry entry, string actor, CancellationToken ct)
        {
            entry.Actor = actor;
            _db.PaymentAudit.Update(entry); // expect: FG5003
            return _db.SaveChangesAsync(ct);
        }

        // Vulnerable: deleting audit records inside the application (retention belongs to the log store, after 12 months).
        public Task PurgeAsync(DateTimeOffset before, CancellationToken ct)
        {
            var old = _db.LedgerAudit.Where(r => r.At < before).ToList();
            _db.LedgerAudit.RemoveRange(old); // expect: FG5003
            return _db.SaveChangesAsync(ct);
        }

        public int PurgeWithSql(DateTimeOffset before)
            => _connection.Execute("DELETE FROM PaymentAudit WHERE At < @before", new { before }); // expect: FG5003

        // Look-alike: ordinary entities are updated and deleted all the time.
        public Task CancelAsync(Order order, CancellationToken ct)
        {
            order.Status = "cancelled";
            _db.Orders.Update(order);
            _connection.Execute("DELETE FROM Orders WHERE Status = 'cancelled'");
            return _db.SaveChangesAsync(ct);
        }
    }
}
