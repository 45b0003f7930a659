using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Corpus.CardData.Persistence
{
    public sealed class PaymentRecord
    {
        public Guid Id { get; set; }
        public string OrderNumber { get; set; } = "";
        public string CardNumber { get; set; } = ""; // expect: FG1001, FG1004
        public string CardToken { get; set; } = "";
        public string CardLast4 { get; set; } = "";
        public string CardBrand { get; set; } = "";
        public string Pan { get; set; } = ""; // expect: FG1001
        public decimal Amount { get; set; }
        public DateTime CreatedAt { get; set; }
    }

    public sealed class Customer
    {
        public Guid Id { get; set; }
        public string Email { get; set; } = "";
        public string PhoneNumber { get; set; } = "";
        public string DefaultPaymentMethodId { get; set; } = "";
    }

    public sealed class PaymentsDbContext : DbContext
    {
        public DbSet<PaymentRecord> Payments { get; set; } = null!;
        public DbSet<Customer> Customers { get; set; } = null!;

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // Pan is encrypted at rest by a converter backed by the key vault.
            modelBuilder.Entity<PaymentRecord>().Property(p => p.Pan).HasConversion(v => Protect(v), v => Unprotect(v));
            modelBuilder.Entity<PaymentRecord>().HasKey(p => p.Id);
        }

        private static string Protect(string value) => value;
        private static string Unprotect(string value) => value;
    }

    public sealed class PaymentRepository
    {
        private readonly IDbConnection _connection;

        public PaymentRepository(IDbConnection connection) => _connection = connection;

        public void Insert(DbCommand command, PaymentRecord record)
        {
            DbParameter order = command.CreateParameter();
            order.ParameterName = "@order";
            order.Value = record.OrderNumber;
            DbParameter card = command.CreateParameter();
            card.ParameterName = "@card";
            card.Value = record.CardNumber; // expect: FG1004
            DbParameter token = command.CreateParameter();
            token.Value = record.CardToken;
        }

        public Task<int> InsertWithDapperAsync(PaymentRecord record)
            => _connection.ExecuteAsync(
                "insert into payments (order_number, card_token, card_last4) values (@OrderNumber, @CardToken, @CardLast4)",
                new { record.OrderNumber, record.CardToken, record.CardLast4 });

        public int InsertLegacy(PaymentRecord record)
            => _connection.Execute(
                "insert into legacy_payments (card_number, amount) values (@CardNumber, @Amount)",
                new { CardNumber = record.CardNumber, record.Amount }); // expect: FG1004
    }

    public sealed class CardView
    {
        public string CardNumber { get; set; } = ""; // expect: FG1001
        public string HolderName { get; set; } = "";
    }

    public sealed class SafeCardView
    {
        public string CardToken { get; set; } = "";
        public string Last4 { get; set; } = "";
        public string Brand { get; set; } = "";

        [JsonIgnore]
        public string? CardNumberForMigration { get; set; } // expect: FG1001
    }

    [ApiController]
    [Route("api/cards")]
    public sealed class CardsController : ControllerBase
    {
        [HttpGet("{id}")]
        public ActionResult<CardView> Get(Guid id, CardView stored) => stored; // expect: FG1004

        [HttpGet("{id}/safe")]
        public ActionResult<SafeCardView> GetSafe(Guid id) => new SafeCardView();

        [HttpGet]
        public Task<List<SafeCardView>> List() => Task.FromResult(new List<SafeCardView>());

        [HttpPost]
        public IActionResult Echo([FromBody] CardView view)
        {
            if (view.HolderName.Length == 0)
            {
                return BadRequest("holder name required");
            }

            return Ok(view); // expect: FG1004
        }

        [HttpGet("{id}/summary")]
        public IActionResult Summary(Guid id, SafeCardView safe) => Ok(safe);
    }

    public static class Exports
    {
        public static string ToJson(CardView view) => JsonSerializer.Serialize(view); // expect: FG1004

        public static string ToJson(SafeCardView view) => JsonSerializer.Serialize(view);

        public static string Customers(IEnumerable<Customer> customers) => JsonSerializer.Serialize(customers);

        public static string Masked(CardView view) => JsonSerializer.Serialize(new { Card = FinGuard.Security.CardMasking.Mask(view.CardNumber), view.HolderName });
    }
}
