using System.Collections.Immutable;
using FinGuard.Analyzers.Secrets;

namespace FinGuard.Analyzers.Tests.Secrets;

public class SecretFormatsTests
{
    [Theory]
    [InlineData("sk_live_51HqLyjWDarjtT1zdp7dc9QxZ", "StripeLiveSecretKey")]
    [InlineData("rk_live_51HqLyjWDarjtT1zdp7dc9QxZ", "StripeLiveRestrictedKey")]
    [InlineData("whsec_8f3KqP1xZc7VbN2mLr5TgHy6", "StripeWebhookSecret")]
    [InlineData("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "StripeTestSecretKey")]
    [InlineData("rk_test_4eC39HqLyjWDarjtT1zdp7dc", "StripeTestRestrictedKey")]
    [InlineData("Authorization: Bearer sk_live_51HqLyjWDarjtT1zdp7dc9QxZ", "StripeLiveSecretKey")]
    [InlineData("key=sk_live_51HqLyjWDarjtT1zdp7dc9QxZ&x=1", "StripeLiveSecretKey")]
    [InlineData("pk_live_51HqLyjWDarjtT1zdp7dc9QxZ", "None")]
    [InlineData("pk_test_51HqLyjWDarjtT1zdp7dc9QxZ", "None")]
    [InlineData("sk_live_...", "None")]
    [InlineData("sk_live_abcdefghijklmnopqrst...", "None")]
    [InlineData("sk_live_<your key>", "None")]
    [InlineData("sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "None")]
    [InlineData("sk_live_1111111111111111111111", "None")]
    [InlineData("sk_live_YourSecretKeyGoesHere1234", "None")]
    [InlineData("sk_live_short", "None")]
    [InlineData("task_live_51HqLyjWDarjtT1zdp7dc9QxZ", "None")]
    [InlineData("pi_3MtwBwLkdIwHu7ix28a3tqPa", "None")]
    [InlineData("", "None")]
    public void Stripe_keys_are_recognised_by_format(string value, string expected)
        => Assert.Equal(expected, SecretFormats.FindKnownKey(value, out _, out _).ToString());

    // Other vendors' keys with a strong shape: a processor's sandbox secret key (Dojo), GitHub and Slack tokens. Short,
    // repetitive or placeholder bodies, other prefixes and public keys are not keys.
    [Theory]
    [InlineData("sk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ", "SandboxSecretKey")]
    [InlineData("Bearer sk_sandbox_Q2x9-Lm4Vb7_Tz1Kp8Rw3Yc6Nd5Hf0Gj2Sa4Xe7Ub9Mo1Ir3", "SandboxSecretKey")]
    [InlineData("ghp_R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2eG8u", "GitHubToken")]
    [InlineData("github_pat_11ABCDEFG0aB3dE5gH7jK9mN_Pq2sT4vW6yZ8bD0fH2kM4nQ6rS8uV0xY2zA4cE6gI8kM0oQ2sU4wY6aC8eG", "GitHubToken")]
    [InlineData("xoxb-2048176934-4817293058162-Rk8Lm2Qz9Xv4Bn7Ct1Wy5Hj3", "SlackToken")]
    [InlineData("sk_sandbox_short_key", "None")]
    [InlineData("sk_sandbox_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "None")]
    [InlineData("sk_sandbox_your_sandbox_secret_key_goes_here_0123456789", "None")]
    [InlineData("pk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ", "None")]
    [InlineData("ghp_1234567890", "None")]
    [InlineData("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "None")]
    [InlineData("my_ghp_R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2eG8u", "None")]
    [InlineData("xoxb-your-bot-token-goes-here-please", "None")]
    [InlineData("xoxb-R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2", "None")]
    [InlineData("cs_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21", "WooCommerceConsumerSecret")]
    [InlineData("consumer_secret=cs_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21&x=1", "WooCommerceConsumerSecret")]
    [InlineData("ck_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21", "None")]
    [InlineData("cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "None")]
    [InlineData("cs_0000000000000000000000000000000000000000", "None")]
    [InlineData("cs_3f9a1c07be52d86410e7", "None")]
    [InlineData("cs_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21extra", "None")]
    [InlineData("docs_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21", "None")]
    public void Vendor_keys_are_recognised_by_format(string value, string expected)
        => Assert.Equal(expected, SecretFormats.FindKnownKey(value, out _, out _).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("${STRIPE_SECRET_KEY}")]
    [InlineData("#{StripeSecret}#")]
    [InlineData("$(StripeSecret)")]
    [InlineData("%STRIPE_SECRET%")]
    [InlineData("<set in env>")]
    [InlineData("{{ secret }}")]
    [InlineData("{0}")]
    [InlineData("__STRIPE_KEY__")]
    [InlineData("********")]
    [InlineData("changeme")]
    [InlineData("see the runbook")]
    [InlineData("your-api-key")]
    [InlineData("STRIPE_SECRETKEY")]
    [InlineData("CLOUDINARY_API_KEY")]
    [InlineData("EMAIL_APP_PASSWORD")]
    [InlineData("OAUTH2_CLIENT_SECRET")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/x/)")]
    public void Placeholders_are_recognised(string value) => Assert.True(SecretFormats.IsPlaceholder(value));

    [Theory]
    [InlineData("S3cr3t!Pass")]
    [InlineData("0b7e4c9a2f6d1e8c")]
    [InlineData("sk_live_51HqLyjWDarjtT1zdp7dc9QxZ")]
    [InlineData("K7XQ_P2MZ_9WRT_B4LN")]
    [InlineData("QWXZPLMRTVBNKJHGFDSAZXCV_MNBVCXZLKJH")]
    [InlineData("BCDFGHJ_KLMNPQR")]
    [InlineData("Agk_PNMVBG0CYNUPEPKCTBYLMPCLPQGPZBNRW41N7PTUXHCA")]
    public void Secrets_are_not_placeholders(string value) => Assert.False(SecretFormats.IsPlaceholder(value));

    [Theory]
    [InlineData("Server=sql;Database=Pay;User Id=app;Password=S3cr3t!Pass;", true)]
    [InlineData("Data Source=sql;Initial Catalog=Pay;User ID=web;PWD=W3b-Pa55!", true)]
    [InlineData("Host=pg;Username=u;Password='a;b=c'", true)]
    [InlineData("postgres://ledger:Zx8Qp2Lm@pg.internal:5432/ledger", true)]
    [InlineData("Server=sql;Database=Pay;Integrated Security=true;", false)]
    [InlineData("Server=sql;Database=Pay;User Id=app;Password=;", false)]
    [InlineData("Server=sql;Database=Pay;User Id=app;Password=${DB_PASSWORD};", false)]
    [InlineData("metadata=res://*/Shop.csdl|res://*/Shop.ssdl;provider=System.Data.SqlClient;provider connection string=\"data source=sql01;user id=sa;password=Pl4ntSa99;App=EntityFramework\"", true)]
    [InlineData("metadata=res://*/Shop.csdl;provider=System.Data.SqlClient;provider connection string=\"data source=.;integrated security=True\"", false)]
    [InlineData("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=abc123abc123", false)]
    [InlineData("If you have an eclair server: 'type=eclair;server=http://eclair.com:4570;password=eclairpassword;bitcoin-host=bitcoind:37393", false)]
    [InlineData("Host=localhost;Port=5432;Database=softbank;Username=softbankuser;Password=softbankpassword", false)]
    [InlineData("Host=localhost;Port=5432;Database=softbank;Username=softbankuser;Password=s0ftB4nk!", true)]
    [InlineData("type=eclair;server=http://eclair.com:4570;password=Ecl41rPass", true)]
    [InlineData("If you have a phoenixd server: 'type=phoenixd;server=http://phoenixd:9740/;password=phoenixdpassword'", false)]
    [InlineData("password=hunter22", false)]
    [InlineData("https://user@api.stripe.com/v1", false)]
    [InlineData("postgres://pg.internal:5432/ledger", false)]
    public void Connection_string_passwords_are_recognised(string value, bool expected)
        => Assert.Equal(expected, SecretFormats.HasConnectionStringPassword(value));

    [Theory]
    [InlineData("SecretKey", true)]
    [InlineData("STRIPE_SECRET_KEY", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("DbPassword", true)]
    [InlineData("XApiKey", true)]
    [InlineData("PublishableKey", false)]
    [InlineData("PublicApiKey", false)]
    [InlineData("ClientKey", false)]
    [InlineData("PasswordPolicy", false)]
    [InlineData("PasswordHash", false)]
    [InlineData("SecretName", false)]
    [InlineData("ApiKeyHeaderName", false)]
    [InlineData("IdempotencyKey", false)]
    [InlineData("passwordUser", true)]
    [InlineData("PWD_SMTP", true)]
    [InlineData("ApiKey2", true)]
    [InlineData("SecretKeyLive", true)]
    [InlineData("STRIPE_SECRET_KEY_PROD", true)]
    [InlineData("PasswordAdmin", true)]
    [InlineData("PasswordResetUrl", false)]
    [InlineData("PasswordMinLength", false)]
    [InlineData("PasswordUserName", false)]
    [InlineData("ChangePasswordEmailAddress", false)]
    [InlineData("PasswordNotificationPhone", false)]
    [InlineData("MailPassword", true)]
    [InlineData("PasswordRegex", false)]
    [InlineData("PwdId", false)]
    [InlineData("PublicKey2", false)]
    public void Secret_names_are_recognised(string name, bool expected) => Assert.Equal(expected, SecretFormats.IsSecretName(name));

    [Theory]
    [InlineData("http://api.stripe.com/v1/charges", true)]
    [InlineData("HTTP://Checkout-Test.Adyen.com/v71", true)]
    [InlineData("http://user:pw@api.paypal.com/v2", true)]
    [InlineData("http://stripe.com.", true)]
    [InlineData("https://api.stripe.com/v1/charges", false)]
    [InlineData("http://notstripe.com/", false)]
    [InlineData("http://stripe.com.evil.example/", false)]
    [InlineData("http://localhost:12111/", false)]
    [InlineData("http://", false)]
    [InlineData("http:///v1", false)]
    public void Payment_hosts_are_matched_on_domain_boundaries(string value, bool expected)
        => Assert.Equal(expected, PaymentHosts.IsPlainHttpPaymentUri(value, ImmutableArray<string>.Empty, out _));

    [Theory]
    [InlineData("agentKey0", true)]
    [InlineData("ServiceKey", true)]
    [InlineData("CacheKey1", false)]
    [InlineData("keyboard", false)]
    public void Key_material_names_drop_a_copy_number(string name, bool expected) => Assert.Equal(expected, SecretFormats.IsKeyMaterialName(name));

    [Theory]
    [InlineData("_encryptionKey", true)]
    [InlineData("SigningKey", true)]
    [InlineData("JwtSecret", true)]
    [InlineData("ApiKey", false)]
    [InlineData("EncryptionKeyName", false)]
    public void Encryption_key_names_are_recognised(string name, bool expected) => Assert.Equal(expected, SecretFormats.IsEncryptionKeyName(name));

    [Fact]
    public void Placeholder_words_can_be_kept_as_values()
    {
        Assert.True(SecretFormats.IsPlaceholder("YourSecureEncryptionKey123!"));
        Assert.False(SecretFormats.IsPlaceholder("YourSecureEncryptionKey123!", placeholderWords: false));
        Assert.True(SecretFormats.IsPlaceholder("<your-encryption-key>", placeholderWords: false));
        Assert.True(SecretFormats.IsPlaceholder("ENCRYPTION_KEY", placeholderWords: false));
    }
}
