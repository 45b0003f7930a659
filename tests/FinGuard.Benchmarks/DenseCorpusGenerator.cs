using System.Globalization;
using System.Text;

namespace FinGuard.Benchmarks;

/// <summary>
/// Payment-dense code: the code FinGuard exists for, where cards, processor calls, crypto and secrets are on every
/// screen. Each file is a small payments module (a card form, an account entity and its DbContext, a service that
/// charges, refunds, logs, serializes, encrypts and calls a gateway, a controller), with roughly one FinGuard finding
/// per 10 lines and a look-alike (last four, gift card, token, masked value, idempotent call) beside most of them.
/// Deterministic (seeded); binds against the same references as <see cref="CorpusGenerator"/>, with no compile error.
/// </summary>
public sealed class DenseCorpusGenerator
{
    private readonly int _seed;

    public DenseCorpusGenerator(int seed)
    {
        _seed = seed;
    }

    public List<(string Path, string Text)> Generate(int targetLines)
    {
        var files = new List<(string, string)>();
        int lines = 0;
        for (int i = 0; lines < targetLines; i++)
        {
            string text = Module(i, new Random(unchecked(_seed * 31 + i)));
            files.Add(("Dense/M" + i.ToString(CultureInfo.InvariantCulture) + "/PaymentsModule" + i.ToString(CultureInfo.InvariantCulture) + ".cs", text));
            lines += CorpusGenerator.CountLines(text);
        }

        return files;
    }

    private static string Module(int index, Random r)
    {
        string n = index.ToString(CultureInfo.InvariantCulture);
        string Token(int length)
        {
            const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = alphabet[r.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        var b = new StringBuilder();
        b.Append(@"using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Dense.M").Append(n).Append(@"
{
    public sealed class CardForm").Append(n).Append(@"
    {
        public string CardNumber { get; set; } = """";

        public string Cvv { get; set; } = """";

        public string CardLast4 { get; set; } = """";

        public string GiftCardCode { get; set; } = """";

        public int ExpMonth { get; set; }

        public long AmountInCents { get; set; }
    }

    public class Account").Append(n).Append(@"Record
    {
        public Guid Id { get; set; }

        public string Iban { get; set; } = """";

        public string BankAccountNumber { get; set; } = """";

        public string MaskedPan { get; set; } = """";

        public string Status { get; set; } = """";
    }

    public class Dense").Append(n).Append(@"DbContext : DbContext
    {
        public Dense").Append(n).Append(@"DbContext(DbContextOptions<Dense").Append(n).Append(@"DbContext> options)
            : base(options)
        {
        }

        public DbSet<Account").Append(n).Append(@"Record> Accounts => Set<Account").Append(n).Append(@"Record>();
    }

    public sealed class Payments").Append(n).Append(@"Service
    {
        private const string StripeSecret = ""sk_live_").Append(Token(24)).Append(@""";
        private const string PublishableKey = ""pk_live_").Append(Token(24)).Append(@""";
        private static readonly byte[] Iv = new byte[16];
        private readonly IStripeClient _stripe;
        private readonly ILogger<Payments").Append(n).Append(@"Service> _logger;
        private readonly HttpClient _http;

        public Payments").Append(n).Append(@"Service(IStripeClient stripe, ILogger<Payments").Append(n).Append(@"Service> logger, HttpClient http)
        {
            _stripe = stripe;
            _logger = logger;
            _http = http;
        }

        public async Task<string> ChargeAsync(CardForm").Append(n).Append(@" form, CancellationToken ct)
        {
            _logger.LogInformation(""Charging card {Card} for {Amount}"", form.CardNumber, form.AmountInCents);
            var intents = new PaymentIntentService(_stripe);
            PaymentIntent intent = await intents.CreateAsync(new PaymentIntentCreateOptions { Amount = form.AmountInCents, Currency = ""usd"" }, cancellationToken: ct);
            return intent.Id;
        }

        public async Task<string> ChargeSafelyAsync(CardForm").Append(n).Append(@" form, string orderId, CancellationToken ct)
        {
            _logger.LogInformation(""Charging card ending {Last4}"", form.CardLast4);
            var intents = new PaymentIntentService(_stripe);
            var options = new PaymentIntentCreateOptions { Amount = form.AmountInCents, Currency = ""usd"" };
            PaymentIntent intent = await intents.CreateAsync(options, new RequestOptions { IdempotencyKey = ""charge-"" + orderId }, ct);
            return intent.Id;
        }

        public async Task<string> RefundAsync(string paymentIntentId, long amount, CancellationToken ct)
        {
            var refunds = new RefundService(_stripe);
            Refund refund = await refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = paymentIntentId, Amount = amount }, cancellationToken: ct);
            return refund.Id;
        }

        public void Remember(CardForm").Append(n).Append(@" form)
        {
            _logger.LogWarning(""Card {Number} with code {Cvv} declined"", form.CardNumber, form.Cvv);
            _logger.LogInformation(""Gift card {Code} redeemed"", form.GiftCardCode);
        }

        public string Serialize(CardForm").Append(n).Append(@" form) => JsonSerializer.Serialize(form);

        public byte[] Protect(byte[] data)
        {
            using var des = DES.Create();
            des.Mode = CipherMode.ECB;
            return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }

        public byte[] Seal(byte[] key, byte[] data)
        {
            using var aes = Aes.Create();
            aes.Key = key;
            aes.IV = Iv;
            return aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
        }

        public string Fingerprint(CardForm").Append(n).Append(@" form) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(form.CardNumber)));

        public Task<HttpResponseMessage> PostAsync(string body, CancellationToken ct)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, ""http://payments.example.com/v1/charges"") { Content = new StringContent(body) };
            request.Headers.Add(""Authorization"", ""Bearer "" + StripeSecret);
            return _http.SendAsync(request, ct);
        }

        public bool IsTestCard(string number) => number == """).Append(r.Next(2) == 0 ? "4242424242424242" : "5555555555554444").Append(@""";

        public string Publishable => PublishableKey;
    }

    [ApiController]
    [Route(""api/m").Append(n).Append(@"/cards"")]
    public sealed class Cards").Append(n).Append(@"Controller : ControllerBase
    {
        private readonly Payments").Append(n).Append(@"Service _payments;
        private readonly Dense").Append(n).Append(@"DbContext _db;

        public Cards").Append(n).Append(@"Controller(Payments").Append(n).Append(@"Service payments, Dense").Append(n).Append(@"DbContext db)
        {
            _payments = payments;
            _db = db;
        }

        [HttpPost]
        public async Task<ActionResult<CardForm").Append(n).Append(@">> Post(CardForm").Append(n).Append(@" form, CancellationToken ct)
        {
            await _payments.ChargeAsync(form, ct);
            return Ok(form);
        }

        [HttpGet(""{id}"")]
        public async Task<ActionResult<string>> Get(Guid id, CancellationToken ct)
        {
            Account").Append(n).Append(@"Record? account = await _db.Accounts.FindAsync(new object[] { id }, ct);
            return account == null ? NotFound() : Ok(account.MaskedPan);
        }
    }
}
");
        return b.ToString();
    }
}
