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

var app = builder.Build();
app.MapControllers();
app.Run();
