using System.Text;

namespace FinGuard.Benchmarks;

/// <summary>
/// A deterministic (seeded) generator of a realistic payments codebase: per feature, DTOs, an EF Core entity and
/// DbContext, a service calling Stripe.net, a raw HttpClient gateway, a crypto helper, domain logic and an
/// ASP.NET Core controller, all binding against the real packages. Mostly clean code, with a small share of
/// violations of each FinGuard family (raw card data, missing idempotency keys, unencrypted sensitive columns,
/// hard-coded secrets) and of the peers' favourite findings (weak hashing, SQL built from strings).
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Modules = { "Billing", "Checkout", "Refunds", "Subscriptions", "Payouts", "Disputes", "Invoicing", "Ledger", "Wallets", "Merchants", "Risk", "Settlement" };
    private static readonly string[] Nouns = { "Order", "Invoice", "Refund", "Charge", "Payout", "Dispute", "Subscription", "Plan", "Customer", "Merchant", "Transfer", "Settlement", "Fee", "Coupon", "Cart", "Receipt", "Mandate", "Ledger", "Balance", "Quote" };
    private static readonly string[] Currencies = { "usd", "eur", "gbp", "cad", "aud", "jpy" };
    private static readonly string[] CleanProps =
    {
        "string CustomerId", "string Email", "string Currency", "long AmountInCents", "int Quantity", "string Description",
        "DateTime CreatedAt", "DateTime? CompletedAt", "string Status", "string PaymentMethodId", "string CardLast4", "string CardBrand",
        "int ExpMonth", "int ExpYear", "string OrderNumber", "int PageNumber", "string ProductCardTitle", "string GiftCardCode",
        "string CardType", "string MaskedPan", "string CardFingerprint", "string CardToken", "string InvoiceNumber", "string TrackingNumber",
        "string PhoneNumber", "string Country", "string PostalCode", "decimal TaxRate", "bool Captured", "string ReceiptUrl",
    };

    /// <summary>Features (groups of 8 files) are the unit of generation; files average about 200 lines.</summary>
    public const int FilesPerFeature = 8;

    private readonly int _seed;

    public CorpusGenerator(int seed)
    {
        _seed = seed;
    }

    /// <summary>Files (path, text) until about <paramref name="targetLines"/> lines are generated.</summary>
    public List<(string Path, string Text)> Generate(int targetLines)
    {
        var files = new List<(string, string)> { ("Shared/Core.cs", CoreFile()) };
        int lines = CountLines(files[0].Item2);
        for (int feature = 0; lines < targetLines; feature++)
        {
            var random = new Random(unchecked(_seed * 7919 + feature));
            var f = new Feature(feature, random);
            foreach ((string path, string text) in f.Files())
            {
                files.Add((path, text));
                lines += CountLines(text);
            }
        }

        return files;
    }

    /// <summary>One document of about <paramref name="lines"/> lines (the IDE-latency document), binding against the shared core.</summary>
    public string LargeDocument(int lines)
    {
        var random = new Random(_seed);
        var f = new Feature(999_999, random);
        return f.LargeService(lines);
    }

    public static int CountLines(string text)
    {
        int count = 1;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static string CoreFile() => @"using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Payments.Shared
{
    public readonly record struct Money(long AmountInCents, string Currency)
    {
        public Money Add(Money other)
        {
            if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(""currency mismatch"");
            }

            return new Money(AmountInCents + other.AmountInCents, Currency);
        }

        public override string ToString() => $""{AmountInCents / 100m:0.00} {Currency.ToUpperInvariant()}"";
    }

    public sealed class Result<T>
    {
        private Result(T? value, string? error)
        {
            Value = value;
            Error = error;
        }

        public T? Value { get; }

        public string? Error { get; }

        public bool IsSuccess => Error == null;

        public static Result<T> Ok(T value) => new Result<T>(value, null);

        public static Result<T> Fail(string error) => new Result<T>(default, error);
    }

    public interface IClock
    {
        DateTime UtcNow { get; }
    }

    public sealed class SystemClock : IClock
    {
        public DateTime UtcNow => DateTime.UtcNow;
    }

    public interface IEventBus
    {
        Task PublishAsync(string topic, IReadOnlyDictionary<string, string> payload, CancellationToken cancellationToken);
    }
}
";

    private sealed class Feature
    {
        private readonly Random _r;
        private readonly string _module;
        private readonly string _name;
        private readonly string _ns;
        private readonly int _index;

        public Feature(int index, Random random)
        {
            _index = index;
            _r = random;
            _module = Modules[index % Modules.Length];
            _name = Nouns[(index / Modules.Length) % Nouns.Length] + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ns = "Payments." + _module + "." + _name;
        }

        private bool Chance(int percent) => _r.Next(100) < percent;

        public IEnumerable<(string, string)> Files()
        {
            string dir = _module + "/" + _name + "/";
            yield return (dir + _name + "Dtos.cs", Dtos());
            yield return (dir + _name + "Record.cs", Entity());
            yield return (dir + _name + "DbContext.cs", DbContext());
            yield return (dir + _name + "Service.cs", Service(24 + _r.Next(12)));
            yield return (dir + _name + "GatewayClient.cs", Gateway());
            yield return (dir + _name + "Protector.cs", Crypto());
            yield return (dir + _name + "Calculator.cs", Domain(26 + _r.Next(14)));
            yield return (dir + _name + "Controller.cs", Controller());
        }

        private string Usings(params string[] extra)
        {
            var b = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Payments.Shared;\n");
            foreach (string e in extra)
            {
                b.Append("using ").Append(e).Append(";\n");
            }

            return b.Append('\n').Append("namespace ").Append(_ns).Append("\n{\n").ToString();
        }

        private static void Prop(StringBuilder b, string decl, string indent = "        ")
        {
            string type = decl.Substring(0, decl.IndexOf(' '));
            string init = type == "string" ? " = \"\";" : "";
            b.Append(indent).Append("public ").Append(decl).Append(" { get; set; }").Append(init).Append('\n');
        }

        private string Dtos()
        {
            var b = new StringBuilder(Usings("System.ComponentModel.DataAnnotations"));
            b.Append("    /// <summary>Request to create a ").Append(_name).Append(".</summary>\n");
            b.Append("    public sealed class Create").Append(_name).Append("Request\n    {\n");
            b.Append("        [Required]\n        public string CustomerId { get; set; } = \"\";\n\n");
            b.Append("        [Range(1, long.MaxValue)]\n        public long AmountInCents { get; set; }\n\n");
            b.Append("        [Required]\n        public string Currency { get; set; } = \"usd\";\n\n");
            b.Append("        public string PaymentMethodId { get; set; } = \"\";\n\n");
            if (Chance(6))
            {
                b.Append("        public string CardNumber { get; set; } = \"\";\n\n"); // FG1001: raw PAN in a request body
            }

            int count = 24 + _r.Next(16);
            for (int i = 0; i < count; i++)
            {
                Prop(b, CleanProps[_r.Next(CleanProps.Length)] + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                b.Append('\n');
            }

            b.Append("    }\n\n");
            b.Append("    public sealed record ").Append(_name).Append("Response(string Id, string Status, long AmountInCents, string Currency, string CardLast4, DateTime CreatedAt);\n\n");
            b.Append("    public sealed record ").Append(_name).Append("Page(IReadOnlyList<").Append(_name).Append("Response> Items, int PageNumber, int PageSize, int Total);\n\n");
            b.Append("    public sealed class Update").Append(_name).Append("Request\n    {\n");
            int updates = 14 + _r.Next(10);
            for (int i = 0; i < updates; i++)
            {
                Prop(b, CleanProps[_r.Next(CleanProps.Length)] + "Value" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            b.Append("    }\n\n");
            b.Append("    public static class ").Append(_name).Append("Validation\n    {\n");
            b.Append("        public static IReadOnlyList<string> Validate(Create").Append(_name).Append("Request request)\n        {\n");
            b.Append("            var errors = new List<string>();\n");
            b.Append("            if (string.IsNullOrWhiteSpace(request.CustomerId))\n            {\n                errors.Add(\"customer is required\");\n            }\n\n");
            b.Append("            if (request.AmountInCents <= 0)\n            {\n                errors.Add(\"amount must be positive\");\n            }\n\n");
            b.Append("            if (request.Currency.Length != 3)\n            {\n                errors.Add(\"currency must be an ISO code\");\n            }\n\n");
            b.Append("            return errors;\n        }\n    }\n}\n");
            return b.ToString();
        }

        private string Entity()
        {
            var b = new StringBuilder(Usings("System.ComponentModel.DataAnnotations", "System.ComponentModel.DataAnnotations.Schema"));
            b.Append("    [Table(\"").Append(_name.ToLowerInvariant()).Append("s\")]\n");
            b.Append("    public class ").Append(_name).Append("Record\n    {\n");
            b.Append("        [Key]\n        public Guid Id { get; set; }\n\n");
            b.Append("        [MaxLength(64)]\n        public string CustomerId { get; set; } = \"\";\n\n");
            b.Append("        public long AmountInCents { get; set; }\n\n        public string Currency { get; set; } = \"usd\";\n\n");
            b.Append("        public string Status { get; set; } = \"pending\";\n\n        public string PaymentIntentId { get; set; } = \"\";\n\n");
            b.Append("        public string CardLast4 { get; set; } = \"\";\n\n        public DateTime CreatedAt { get; set; }\n\n");
            if (Chance(5))
            {
                b.Append("        public string Pan { get; set; } = \"\";\n\n"); // FG1001 / FG3: raw PAN column
            }

            if (Chance(8))
            {
                b.Append("        public string TaxId { get; set; } = \"\";\n\n        public string BankAccountNumber { get; set; } = \"\";\n\n"); // FG3: sensitive, unencrypted
            }

            int count = 30 + _r.Next(20);
            for (int i = 0; i < count; i++)
            {
                Prop(b, CleanProps[_r.Next(CleanProps.Length)] + "Column" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                b.Append('\n');
            }

            b.Append("        public List<").Append(_name).Append("LineRecord> Lines { get; set; } = new List<").Append(_name).Append("LineRecord>();\n    }\n\n");
            b.Append("    public class ").Append(_name).Append("LineRecord\n    {\n        public int Id { get; set; }\n\n        public Guid ParentId { get; set; }\n\n");
            b.Append("        public string Sku { get; set; } = \"\";\n\n        public int Quantity { get; set; }\n\n        public long UnitPriceInCents { get; set; }\n    }\n}\n");
            return b.ToString();
        }

        private string DbContext()
        {
            var b = new StringBuilder(Usings("Microsoft.EntityFrameworkCore"));
            b.Append("    public class ").Append(_name).Append("DbContext : DbContext\n    {\n");
            b.Append("        public ").Append(_name).Append("DbContext(DbContextOptions<").Append(_name).Append("DbContext> options)\n            : base(options)\n        {\n        }\n\n");
            b.Append("        public DbSet<").Append(_name).Append("Record> Records => Set<").Append(_name).Append("Record>();\n\n");
            b.Append("        public DbSet<").Append(_name).Append("LineRecord> Lines => Set<").Append(_name).Append("LineRecord>();\n\n");
            b.Append("        protected override void OnModelCreating(ModelBuilder modelBuilder)\n        {\n");
            b.Append("            modelBuilder.Entity<").Append(_name).Append("Record>(entity =>\n            {\n");
            b.Append("                entity.HasKey(e => e.Id);\n                entity.Property(e => e.CustomerId).HasMaxLength(64).IsRequired();\n");
            b.Append("                entity.Property(e => e.Currency).HasMaxLength(3);\n                entity.HasIndex(e => new { e.CustomerId, e.CreatedAt });\n");
            b.Append("                entity.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.ParentId);\n            });\n");
            b.Append("            modelBuilder.Entity<").Append(_name).Append("LineRecord>().Property(l => l.Sku).HasMaxLength(32);\n        }\n");
            b.Append("    }\n}\n");
            return b.ToString();
        }

        private string Service(int methods)
        {
            var b = new StringBuilder(Usings("Microsoft.EntityFrameworkCore", "Microsoft.Extensions.Logging", "Stripe"));
            b.Append("    public interface I").Append(_name).Append("Service\n    {\n");
            b.Append("        Task<Result<").Append(_name).Append("Response>> CreateAsync(Create").Append(_name).Append("Request request, CancellationToken cancellationToken);\n\n");
            b.Append("        Task<").Append(_name).Append("Page> ListAsync(string customerId, int pageNumber, int pageSize, CancellationToken cancellationToken);\n    }\n\n");
            b.Append("    public sealed class ").Append(_name).Append("Service : I").Append(_name).Append("Service\n    {\n");
            b.Append("        private readonly ").Append(_name).Append("DbContext _db;\n        private readonly IStripeClient _stripe;\n");
            b.Append("        private readonly ILogger<").Append(_name).Append("Service> _logger;\n        private readonly IClock _clock;\n\n");
            b.Append("        public ").Append(_name).Append("Service(").Append(_name).Append("DbContext db, IStripeClient stripe, ILogger<").Append(_name).Append("Service> logger, IClock clock)\n        {\n");
            b.Append("            _db = db;\n            _stripe = stripe;\n            _logger = logger;\n            _clock = clock;\n        }\n\n");
            CreateMethod(b);
            ListMethod(b);
            for (int i = 0; i < methods; i++)
            {
                ServiceMethod(b, i);
            }

            b.Append("    }\n}\n");
            return b.ToString();
        }

        private void CreateMethod(StringBuilder b)
        {
            bool idempotent = !Chance(10);
            bool logsCard = Chance(4);
            b.Append("        public async Task<Result<").Append(_name).Append("Response>> CreateAsync(Create").Append(_name).Append("Request request, CancellationToken cancellationToken)\n        {\n");
            b.Append("            IReadOnlyList<string> errors = ").Append(_name).Append("Validation.Validate(request);\n");
            b.Append("            if (errors.Count > 0)\n            {\n                return Result<").Append(_name).Append("Response>.Fail(string.Join(\"; \", errors));\n            }\n\n");
            b.Append("            var record = new ").Append(_name).Append("Record\n            {\n                Id = Guid.NewGuid(),\n                CustomerId = request.CustomerId,\n");
            b.Append("                AmountInCents = request.AmountInCents,\n                Currency = request.Currency,\n                CreatedAt = _clock.UtcNow,\n            };\n\n");
            if (logsCard)
            {
                b.Append("            _logger.LogInformation(\"Creating payment for {Customer} with payment method {PaymentMethod}\", request.CustomerId, request);\n");
            }
            else
            {
                b.Append("            _logger.LogInformation(\"Creating payment {RecordId} for {Customer}\", record.Id, request.CustomerId);\n");
            }

            b.Append("            var intents = new PaymentIntentService(_stripe);\n");
            b.Append("            var options = new PaymentIntentCreateOptions\n            {\n                Amount = request.AmountInCents,\n                Currency = request.Currency,\n");
            b.Append("                Customer = request.CustomerId,\n                PaymentMethod = request.PaymentMethodId,\n                Confirm = true,\n");
            b.Append("                Metadata = new Dictionary<string, string> { [\"record_id\"] = record.Id.ToString() },\n            };\n");
            if (idempotent)
            {
                b.Append("            PaymentIntent intent = await intents.CreateAsync(options, new RequestOptions { IdempotencyKey = \"create-\" + record.Id.ToString(\"N\") }, cancellationToken);\n");
            }
            else
            {
                b.Append("            PaymentIntent intent = await intents.CreateAsync(options, cancellationToken: cancellationToken);\n"); // FG2: no idempotency key
            }

            b.Append("            record.PaymentIntentId = intent.Id;\n            record.Status = intent.Status;\n");
            b.Append("            _db.Records.Add(record);\n            await _db.SaveChangesAsync(cancellationToken);\n");
            b.Append("            return Result<").Append(_name).Append("Response>.Ok(new ").Append(_name).Append("Response(record.Id.ToString(), record.Status, record.AmountInCents, record.Currency, record.CardLast4, record.CreatedAt));\n        }\n\n");
        }

        private void ListMethod(StringBuilder b)
        {
            b.Append("        public async Task<").Append(_name).Append("Page> ListAsync(string customerId, int pageNumber, int pageSize, CancellationToken cancellationToken)\n        {\n");
            b.Append("            IQueryable<").Append(_name).Append("Record> query = _db.Records.AsNoTracking().Where(r => r.CustomerId == customerId);\n");
            b.Append("            int total = await query.CountAsync(cancellationToken);\n");
            b.Append("            List<").Append(_name).Append("Record> page = await query\n                .OrderByDescending(r => r.CreatedAt)\n                .Skip((pageNumber - 1) * pageSize)\n                .Take(pageSize)\n                .ToListAsync(cancellationToken);\n");
            b.Append("            var items = page.Select(r => new ").Append(_name).Append("Response(r.Id.ToString(), r.Status, r.AmountInCents, r.Currency, r.CardLast4, r.CreatedAt)).ToList();\n");
            b.Append("            return new ").Append(_name).Append("Page(items, pageNumber, pageSize, total);\n        }\n\n");
        }

        private void ServiceMethod(StringBuilder b, int i)
        {
            string n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (_r.Next(6))
            {
                case 0:
                    b.Append("        public async Task<Refund> RefundAsync").Append(n).Append("(Guid recordId, long amountInCents, CancellationToken cancellationToken)\n        {\n");
                    b.Append("            ").Append(_name).Append("Record? record = await _db.Records.FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken);\n");
                    b.Append("            if (record == null)\n            {\n                throw new KeyNotFoundException(recordId.ToString());\n            }\n\n");
                    b.Append("            var refunds = new RefundService(_stripe);\n");
                    b.Append("            var options = new RefundCreateOptions { PaymentIntent = record.PaymentIntentId, Amount = amountInCents };\n");
                    b.Append("            Refund refund = await refunds.CreateAsync(options, new RequestOptions { IdempotencyKey = $\"refund-{recordId:N}-").Append(n).Append("\" }, cancellationToken);\n");
                    b.Append("            _logger.LogInformation(\"Refunded {Amount} of {RecordId}\", amountInCents, recordId);\n");
                    b.Append("            record.Status = \"refunded\";\n            await _db.SaveChangesAsync(cancellationToken);\n            return refund;\n        }\n\n");
                    break;
                case 1:
                    b.Append("        public async Task<Customer> EnsureCustomerAsync").Append(n).Append("(string email, string name, CancellationToken cancellationToken)\n        {\n");
                    b.Append("            var customers = new CustomerService(_stripe);\n");
                    b.Append("            StripeList<Customer> existing = await customers.ListAsync(new CustomerListOptions { Email = email, Limit = 1 }, cancellationToken: cancellationToken);\n");
                    b.Append("            if (existing.Data.Count > 0)\n            {\n                return existing.Data[0];\n            }\n\n");
                    b.Append("            var options = new CustomerCreateOptions { Email = email, Name = name, Description = \"").Append(_module).Append(" customer\" };\n");
                    b.Append("            return await customers.CreateAsync(options, new RequestOptions { IdempotencyKey = \"customer-\" + email }, cancellationToken);\n        }\n\n");
                    break;
                case 2:
                    b.Append("        public async Task<Money> TotalForCustomerAsync").Append(n).Append("(string customerId, string currency, CancellationToken cancellationToken)\n        {\n");
                    b.Append("            long total = await _db.Records\n                .Where(r => r.CustomerId == customerId && r.Currency == currency && r.Status == \"succeeded\")\n                .SumAsync(r => r.AmountInCents, cancellationToken);\n");
                    b.Append("            _logger.LogDebug(\"Total for {Customer}: {Total}\", customerId, total);\n");
                    b.Append("            return new Money(total, currency);\n        }\n\n");
                    break;
                case 3:
                    b.Append("        public async Task<int> ExpireStaleAsync").Append(n).Append("(TimeSpan maxAge, CancellationToken cancellationToken)\n        {\n");
                    b.Append("            DateTime cutoff = _clock.UtcNow - maxAge;\n");
                    b.Append("            List<").Append(_name).Append("Record> stale = await _db.Records.Where(r => r.Status == \"pending\" && r.CreatedAt < cutoff).ToListAsync(cancellationToken);\n");
                    b.Append("            foreach (").Append(_name).Append("Record record in stale)\n            {\n                record.Status = \"expired\";\n");
                    b.Append("                _logger.LogWarning(\"Expired {RecordId} created at {CreatedAt}\", record.Id, record.CreatedAt);\n            }\n\n");
                    b.Append("            await _db.SaveChangesAsync(cancellationToken);\n            return stale.Count;\n        }\n\n");
                    break;
                case 4:
                    b.Append("        public async Task<PaymentIntent> CaptureAsync").Append(n).Append("(string paymentIntentId, long? amountToCapture, CancellationToken cancellationToken)\n        {\n");
                    b.Append("            var intents = new PaymentIntentService(_stripe);\n");
                    b.Append("            var options = new PaymentIntentCaptureOptions { AmountToCapture = amountToCapture };\n");
                    b.Append("            PaymentIntent intent = await intents.CaptureAsync(paymentIntentId, options, new RequestOptions { IdempotencyKey = \"capture-\" + paymentIntentId }, cancellationToken);\n");
                    b.Append("            _logger.LogInformation(\"Captured {PaymentIntent} with status {Status}\", intent.Id, intent.Status);\n");
                    b.Append("            return intent;\n        }\n\n");
                    break;
                default:
                    b.Append("        public IReadOnlyList<string> Summarize").Append(n).Append("(IEnumerable<").Append(_name).Append("Record> records)\n        {\n");
                    b.Append("            var lines = new List<string>();\n");
                    b.Append("            foreach (IGrouping<string, ").Append(_name).Append("Record> group in records.GroupBy(r => r.Currency))\n            {\n");
                    b.Append("                long sum = group.Sum(r => r.AmountInCents);\n                int count = group.Count();\n");
                    b.Append("                lines.Add($\"{group.Key}: {count} payments, {new Money(sum, group.Key)}\");\n            }\n\n");
                    b.Append("            return lines;\n        }\n\n");
                    break;
            }
        }

        private string Gateway()
        {
            var b = new StringBuilder(Usings("System.Data.Common", "System.Net.Http", "System.Net.Http.Headers", "System.Net.Http.Json", "System.Text", "System.Text.Json", "Microsoft.Extensions.Logging"));
            b.Append("    public sealed class ").Append(_name).Append("GatewayOptions\n    {\n        public Uri BaseAddress { get; set; } = new Uri(\"https://api.example.com/\");\n\n");
            if (Chance(5))
            {
                b.Append("        public string ApiKey { get; set; } = \"sk_live_").Append(RandomToken(24)).Append("\";\n"); // FG4: hard-coded secret
            }
            else
            {
                b.Append("        public string ApiKey { get; set; } = \"\";\n");
            }

            b.Append("    }\n\n");
            b.Append("    public sealed class ").Append(_name).Append("GatewayClient\n    {\n        private readonly HttpClient _http;\n        private readonly ").Append(_name).Append("GatewayOptions _options;\n");
            b.Append("        private readonly ILogger<").Append(_name).Append("GatewayClient> _logger;\n\n");
            b.Append("        public ").Append(_name).Append("GatewayClient(HttpClient http, ").Append(_name).Append("GatewayOptions options, ILogger<").Append(_name).Append("GatewayClient> logger)\n        {\n");
            b.Append("            _http = http;\n            _options = options;\n            _logger = logger;\n            _http.BaseAddress = options.BaseAddress;\n        }\n\n");
            b.Append("        public async Task<string> SubmitAsync(string reference, long amountInCents, string currency, CancellationToken cancellationToken)\n        {\n");
            b.Append("            using var message = new HttpRequestMessage(HttpMethod.Post, \"v1/payments\");\n");
            b.Append("            message.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", _options.ApiKey);\n");
            if (Chance(90))
            {
                b.Append("            message.Headers.Add(\"Idempotency-Key\", reference);\n");
            }

            b.Append("            message.Content = JsonContent.Create(new { reference, amount = amountInCents, currency });\n");
            b.Append("            using HttpResponseMessage response = await _http.SendAsync(message, cancellationToken);\n");
            b.Append("            string body = await response.Content.ReadAsStringAsync(cancellationToken);\n");
            b.Append("            if (!response.IsSuccessStatusCode)\n            {\n                _logger.LogError(\"Gateway returned {Status} for {Reference}\", (int)response.StatusCode, reference);\n");
            b.Append("                throw new HttpRequestException(\"gateway error \" + (int)response.StatusCode);\n            }\n\n");
            b.Append("            using JsonDocument json = JsonDocument.Parse(body);\n            return json.RootElement.GetProperty(\"id\").GetString() ?? \"\";\n        }\n\n");
            b.Append("        public async Task<IReadOnlyList<string>> StatusesAsync(IEnumerable<string> references, CancellationToken cancellationToken)\n        {\n");
            b.Append("            var statuses = new List<string>();\n            foreach (string reference in references)\n            {\n");
            b.Append("                using HttpResponseMessage response = await _http.GetAsync(\"v1/payments/\" + Uri.EscapeDataString(reference), cancellationToken);\n");
            b.Append("                statuses.Add(response.IsSuccessStatusCode ? \"ok\" : \"missing\");\n            }\n\n            return statuses;\n        }\n\n");
            b.Append("        public static int Archive(DbConnection connection, string customerId)\n        {\n            using DbCommand command = connection.CreateCommand();\n");
            if (Chance(8))
            {
                b.Append("            command.CommandText = \"UPDATE payments SET archived = 1 WHERE customer_id = '\" + customerId + \"'\";\n"); // peers: SQL injection
            }
            else
            {
                b.Append("            command.CommandText = \"UPDATE payments SET archived = 1 WHERE customer_id = @customer\";\n");
                b.Append("            DbParameter parameter = command.CreateParameter();\n            parameter.ParameterName = \"@customer\";\n            parameter.Value = customerId;\n            command.Parameters.Add(parameter);\n");
            }

            b.Append("            return command.ExecuteNonQuery();\n        }\n    }\n}\n");
            return b.ToString();
        }

        private string RandomToken(int length)
        {
            const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[_r.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        private string Crypto()
        {
            var b = new StringBuilder(Usings("System.Security.Cryptography", "System.Text"));
            b.Append("    public sealed class ").Append(_name).Append("Protector\n    {\n        private readonly byte[] _key;\n\n");
            b.Append("        public ").Append(_name).Append("Protector(byte[] key)\n        {\n            if (key.Length != 32)\n            {\n                throw new ArgumentException(\"key must be 256 bits\", nameof(key));\n            }\n\n            _key = key;\n        }\n\n");
            b.Append("        public byte[] Encrypt(byte[] plaintext)\n        {\n            byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);\n");
            b.Append("            var tag = new byte[AesGcm.TagByteSizes.MaxSize];\n            var ciphertext = new byte[plaintext.Length];\n");
            b.Append("            using (var aes = new AesGcm(_key, tag.Length))\n            {\n                aes.Encrypt(nonce, plaintext, ciphertext, tag);\n            }\n\n");
            b.Append("            return nonce.Concat(tag).Concat(ciphertext).ToArray();\n        }\n\n");
            b.Append("        public string Fingerprint(string value)\n        {\n            using var hmac = new HMACSHA256(_key);\n");
            b.Append("            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(value)));\n        }\n\n");
            b.Append("        public static string Checksum(byte[] data)\n        {\n");
            if (Chance(10))
            {
                b.Append("            using var md5 = MD5.Create();\n            return Convert.ToHexString(md5.ComputeHash(data));\n"); // peers: weak hash
            }
            else
            {
                b.Append("            return Convert.ToHexString(SHA256.HashData(data));\n");
            }

            b.Append("        }\n\n        public static string NewReference()\n        {\n");
            if (Chance(10))
            {
                b.Append("            return new Random().Next(100000, 999999).ToString();\n"); // peers: insecure randomness
            }
            else
            {
                b.Append("            return RandomNumberGenerator.GetInt32(100000, 999999).ToString();\n");
            }

            b.Append("        }\n\n        public static bool FixedTimeEquals(string a, string b)\n        {\n");
            b.Append("            return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));\n        }\n    }\n}\n");
            return b.ToString();
        }

        private string Domain(int methods)
        {
            var b = new StringBuilder(Usings());
            b.Append("    public sealed class ").Append(_name).Append("Calculator\n    {\n        private readonly decimal _feeRate;\n        private readonly long _fixedFeeInCents;\n\n");
            b.Append("        public ").Append(_name).Append("Calculator(decimal feeRate, long fixedFeeInCents)\n        {\n            _feeRate = feeRate;\n            _fixedFeeInCents = fixedFeeInCents;\n        }\n\n");
            for (int i = 0; i < methods; i++)
            {
                DomainMethod(b, i);
            }

            b.Append("    }\n}\n");
            return b.ToString();
        }

        private void DomainMethod(StringBuilder b, int i)
        {
            string n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (_r.Next(5))
            {
                case 0:
                    b.Append("        public long Fee").Append(n).Append("(long amountInCents)\n        {\n            if (amountInCents <= 0)\n            {\n                return 0;\n            }\n\n");
                    b.Append("            decimal variable = Math.Round(amountInCents * _feeRate, MidpointRounding.ToEven);\n            return (long)variable + _fixedFeeInCents;\n        }\n\n");
                    break;
                case 1:
                    b.Append("        public IReadOnlyList<Money> Split").Append(n).Append("(Money total, int parts)\n        {\n");
                    b.Append("            if (parts <= 0)\n            {\n                throw new ArgumentOutOfRangeException(nameof(parts));\n            }\n\n");
                    b.Append("            var result = new List<Money>(parts);\n            long share = total.AmountInCents / parts;\n            long remainder = total.AmountInCents % parts;\n");
                    b.Append("            for (int i = 0; i < parts; i++)\n            {\n                result.Add(new Money(share + (i < remainder ? 1 : 0), total.Currency));\n            }\n\n            return result;\n        }\n\n");
                    break;
                case 2:
                    b.Append("        public static string OrderNumberFor").Append(n).Append("(int pageNumber, int sequence)\n        {\n");
                    b.Append("            string prefix = pageNumber switch\n            {\n                < 10 => \"A\",\n                < 100 => \"B\",\n                _ => \"C\",\n            };\n");
                    b.Append("            return $\"{prefix}-{sequence:D8}\";\n        }\n\n");
                    break;
                case 3:
                    b.Append("        public static bool IsRetryable").Append(n).Append("(string status, int attempt)\n        {\n");
                    b.Append("            switch (status)\n            {\n                case \"requires_action\":\n                case \"processing\":\n                    return attempt < 5;\n");
                    b.Append("                case \"requires_payment_method\":\n                    return false;\n                default:\n                    return attempt < 2;\n            }\n        }\n\n");
                    break;
                default:
                    b.Append("        public Dictionary<string, long> Totals").Append(n).Append("(IEnumerable<(string Currency, long Amount)> lines)\n        {\n");
                    b.Append("            var totals = new Dictionary<string, long>(StringComparer.Ordinal);\n            foreach ((string currency, long amount) in lines)\n            {\n");
                    b.Append("                totals[currency] = totals.TryGetValue(currency, out long current) ? current + amount : amount;\n            }\n\n            return totals;\n        }\n\n");
                    break;
            }
        }

        private string Controller()
        {
            var b = new StringBuilder(Usings("Microsoft.AspNetCore.Mvc", "Microsoft.Extensions.Logging"));
            string lower = _name.ToLowerInvariant();
            b.Append("    [ApiController]\n    [Route(\"api/").Append(_module.ToLowerInvariant()).Append('/').Append(lower).Append("\")]\n");
            b.Append("    public sealed class ").Append(_name).Append("Controller : ControllerBase\n    {\n");
            b.Append("        private readonly I").Append(_name).Append("Service _service;\n        private readonly ILogger<").Append(_name).Append("Controller> _logger;\n\n");
            b.Append("        public ").Append(_name).Append("Controller(I").Append(_name).Append("Service service, ILogger<").Append(_name).Append("Controller> logger)\n        {\n            _service = service;\n            _logger = logger;\n        }\n\n");
            b.Append("        [HttpPost]\n        public async Task<IActionResult> Create([FromBody] Create").Append(_name).Append("Request request, CancellationToken cancellationToken)\n        {\n");
            b.Append("            Result<").Append(_name).Append("Response> result = await _service.CreateAsync(request, cancellationToken);\n");
            b.Append("            if (!result.IsSuccess)\n            {\n                _logger.LogWarning(\"Rejected request for {Customer}: {Error}\", request.CustomerId, result.Error);\n                return BadRequest(new { error = result.Error });\n            }\n\n");
            b.Append("            return CreatedAtAction(nameof(List), new { customerId = request.CustomerId }, result.Value);\n        }\n\n");
            b.Append("        [HttpGet]\n        public async Task<ActionResult<").Append(_name).Append("Page>> List([FromQuery] string customerId, [FromQuery] int pageNumber = 1, [FromQuery] int pageSize = 20, CancellationToken cancellationToken = default)\n        {\n");
            b.Append("            if (pageNumber < 1 || pageSize is < 1 or > 100)\n            {\n                return BadRequest();\n            }\n\n");
            b.Append("            return Ok(await _service.ListAsync(customerId, pageNumber, pageSize, cancellationToken));\n        }\n\n");
            b.Append("        [HttpGet(\"health\")]\n        public IActionResult Health() => Ok(new { status = \"ok\", module = \"").Append(_module).Append("\" });\n    }\n}\n");
            return b.ToString();
        }

        /// <summary>A service file of about <paramref name="lines"/> lines: the shape an IDE user edits most.</summary>
        public string LargeService(int lines)
        {
            var b = new StringBuilder(Usings("Microsoft.Extensions.Logging", "Stripe"));
            b.Append("    public sealed class LargeLedgerService\n    {\n        private readonly IStripeClient _stripe;\n        private readonly ILogger<LargeLedgerService> _logger;\n\n");
            b.Append("        public LargeLedgerService(IStripeClient stripe, ILogger<LargeLedgerService> logger)\n        {\n            _stripe = stripe;\n            _logger = logger;\n        }\n\n");
            b.Append("        public string CardNumber { get; set; } = \"\";\n\n        public string CardToken { get; set; } = \"\";\n\n");
            int i = 0;
            while (CountLines(b.ToString()) < lines - 10)
            {
                string n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                switch (i % 3)
                {
                    case 0:
                        b.Append("        public async Task<Refund> Refund").Append(n).Append("(string paymentIntentId, long amountInCents, CancellationToken cancellationToken)\n        {\n");
                        b.Append("            var refunds = new RefundService(_stripe);\n            var options = new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amountInCents };\n");
                        b.Append("            _logger.LogInformation(\"Refunding {Amount} of {PaymentIntent}\", amountInCents, paymentIntentId);\n");
                        b.Append("            return await refunds.CreateAsync(options, new RequestOptions { IdempotencyKey = \"r-").Append(n).Append("-\" + paymentIntentId }, cancellationToken);\n        }\n\n");
                        break;
                    case 1:
                        b.Append("        public static long Fee").Append(n).Append("(long amountInCents, decimal rate)\n        {\n            if (amountInCents <= 0)\n            {\n                return 0;\n            }\n\n");
                        b.Append("            return (long)Math.Round(amountInCents * rate, MidpointRounding.ToEven) + ").Append(n).Append(";\n        }\n\n");
                        break;
                    default:
                        b.Append("        public static Dictionary<string, long> Totals").Append(n).Append("(IEnumerable<Money> lines)\n        {\n            var totals = new Dictionary<string, long>(StringComparer.Ordinal);\n");
                        b.Append("            foreach (Money money in lines)\n            {\n                totals[money.Currency] = totals.TryGetValue(money.Currency, out long current) ? current + money.AmountInCents : money.AmountInCents;\n            }\n\n            return totals;\n        }\n\n");
                        break;
                }

                i++;
            }

            b.Append("    }\n}\n");
            return b.ToString();
        }
    }
}
