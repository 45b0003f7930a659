using Microsoft.EntityFrameworkCore;
using PaymentsApi.Data;
using PaymentsApi.Services;
using Stripe;

var builder = WebApplication.CreateBuilder(args);

// Field-encryption keys come from configuration (FinGuard:FieldEncryption:CurrentKeyId and :Keys:<id>), never from code.
FinGuard.Security.FieldEncryption.Configure(new FinGuard.Security.ConfigurationFieldEncryptionKeyProvider(key => builder.Configuration[key]));

// The Stripe secret key comes from configuration (user secrets, environment or a vault), never from source.
builder.Services.AddSingleton<IStripeClient>(_ => new StripeClient(builder.Configuration["Stripe:SecretKey"]));
builder.Services.AddDbContext<PaymentsDbContext>(options => options.UseInMemoryDatabase("payments"));
builder.Services.AddScoped<OrderPaymentService>();
builder.Services.AddControllers();

// Refunds need the payments back-office role (authentication itself is configured by the platform: JWT, cookies...).
builder.Services.AddAuthorization(options => options.AddPolicy("PaymentsAdmin", policy => policy.RequireRole("payments-admin")));

// Audit records of money movement go to the generated, hash-chained AuditTrail; in production point it at an
// append-only store (AuditTrail.Shared = new AuditTrail(yourStore)); the in-memory default keeps this sample self-contained.

var app = builder.Build();
app.MapControllers();
app.Run();
