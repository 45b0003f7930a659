using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.Secrets.CommittedSecretAnalyzer>;

namespace FinGuard.Analyzers.Tests.Secrets;

public class CommittedSecretAnalyzerTests
{
    private static Task VerifyAsync(string editorConfig, params (string Path, string Text)[] files)
    {
        var test = new VerifyCS.Test { TestCode = "public class Program { }" };
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        if (editorConfig.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*]\n" + editorConfig));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task Secrets_in_appsettings_are_reported_at_the_value() => VerifyAsync(string.Empty, ("/app/appsettings.json", """
{
  // Stripe: the secret key must come from the environment in production
  "Stripe": {
    "PublishableKey": "pk_live_51HqLyjWDarjtT1zdp7dc9QxZ",
    "SecretKey": {|FG4003:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|},
    "WebhookSecret": {|FG4003:"whsec_8f3KqP1xZc7VbN2mLr5TgHy6"|},
  },
  /* Plaid and Braintree */
  "Plaid": { "ClientId": "5f1b2c3d4e5f6a7b8c9d", "Secret": {|FG4003:"a1b2c3d4e5f6a7b8c9d0"|}, "Environment": "Production" },
  "Braintree": { "MerchantId": "m42", "PublicKey": "pub42", "PrivateKey": {|FG4003:"b7c1e9f0a2d4c6e8"|} },
  "ConnectionStrings": {
    "Payments": {|FG4003:"Server=sql.internal;Database=Payments;User Id=app;Password=S3cr3t!Pass;"|},
    "Reporting": "Server=sql.internal;Database=Reports;Integrated Security=true;"
  },
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AllowedHosts": "*"
}
"""));

    // Token-signing and encryption sections keep their secret under a bare "Key"; app passwords are shown with spaces.
    [Fact]
    public Task Keys_of_signing_and_encryption_sections_and_app_passwords_are_reported() => VerifyAsync(string.Empty, ("/shop/appsettings.json", """
{
  "Mail": { "Host": "smtp.example.org", "Password": {|FG4003:"wxyz abcd efgh qrst"|}, "Greeting": "dear valued customer" },
  "JwtBearer": { "Key": {|FG4003:"n7Qe2LrX9vTb4KpZ8sWm1YcD6hFj3GaU"|}, "Issuer": "https://id.example.org" },
  "TokenOptions": { "SecurityKey": {|FG4003:"Zx8!pQ2#vN5$rT7&yU1*wE4"|} },
  "FieldEncryption": { "Key": {|FG4003:"9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08"|} },
  "FeatureFlags": { "Key": "checkout-v2-rollout" },
  "Cache": { "Key": "orders:summary:daily" }
}
"""));

    [Fact]
    public Task Placeholders_public_values_and_look_alike_keys_are_not_reported() => VerifyAsync(string.Empty, ("/app/appsettings.Production.json", """
{
  "Stripe": {
    "SecretKey": "",
    "RestrictedKey": "${STRIPE_RESTRICTED_KEY}",
    "WebhookSecret": "#{StripeWebhookSecret}#",
    "TestKey": "sk_test_YOUR_SECRET_KEY_HERE",
    "SigningSecret": "whsec_test_secret",
    "OtherKey": "sk_live_my_key",
    "PublishableKey": "pk_test_51HqLyjWDarjtT1zdp7dc9QxZ"
  },
  "Adyen": { "ApiKey": "<set in env>", "ClientKey": "test_ABCDEF1234567890", "ApiKeyHeader": "X-API-Key" },
  "Identity": { "PasswordPolicy": "strong-default", "RequireStrongPassword": true, "PasswordLength": 12, "PasswordHash": "PBKDF2-SHA256-600000" },
  "Vault": { "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://vault.example/secrets/plaid)", "SecretName": "plaid-secret" },
  "Docs": { "Secret": "stored in Azure Key Vault" },
  "ConnectionStrings": { "Payments": "Server=sql;Database=Payments;User Id=app;Password=;" }
}
"""));

    [Fact]
    public Task Launch_settings_and_xml_config_files_are_read() => VerifyAsync(string.Empty,
        ("/app/Properties/launchSettings.json", """
{
  "profiles": {
    "PaymentsApi": {
      "commandName": "Project",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "STRIPE_SECRET_KEY": {|FG4003:"rk_live_9aZ3kLmQ2wErTy7UiOp4SdFg"|},
        "DB_PASSWORD": {|FG4003:"Pr0d-Passw0rd!"|}
      }
    }
  }
}
"""),
        ("/app/web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StripeSecretKey" value={|FG4003:"sk_live_4eC39HqLyjWDarjtT1zdp7dcA"|} />
    <add key="StripePublishableKey" value="pk_live_51HqLyjWDarjtT1zdp7dc9QxZ" />
    <add key="AdyenApiKey" value={|FG4003:"AQEyhmfxK4PJahRCw0m"|} />
    <add key="PlaidSecret" value="" />
  </appSettings>
  <connectionStrings>
    <add name="Payments" connectionString={|FG4003:"Data Source=sql;Initial Catalog=Payments;User ID=app;Password=S3cr3t!Pass"|} />
  </connectionStrings>
</configuration>
"""));

    [Fact]
    public Task Configured_file_names_are_excluded() => VerifyAsync("finguard.secrets.excluded_config_files = appsettings.Development.json, appsettings.Local*.json\n",
        ("/app/appsettings.Development.json", """{ "Stripe": { "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" } }"""),
        ("/app/appsettings.LocalDev.json", """{ "Stripe": { "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" } }"""),
        ("/app/appsettings.Staging.json", """{ "Stripe": { "SecretKey": {|FG4003:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|} } }"""));

    [Fact]
    public Task Development_settings_are_reported_unless_configured() => VerifyAsync(string.Empty,
        ("/app/appsettings.Development.json", """{ "Stripe": { "SecretKey": {|FG4003:"sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"|} } }"""));

    [Fact]
    public Task Byte_order_marks_and_escapes_are_handled() => VerifyAsync(string.Empty,
        ("/app/appsettings.json", "\uFEFF{ \"Stripe\": { \"SecretKey\": {|FG4003:\"\\u0073k_live_51HqLyjWDarjtT1zdp7dc9QxZ\"|}, \"Note\": \"caf\\u00e9 \\\"quoted\\\"\" } }"));

    [Fact]
    public Task Malformed_and_unrelated_files_report_nothing() => VerifyAsync(string.Empty,
        ("/app/appsettings.json", """{ "Stripe": { "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ", """),
        ("/app/appsettings.Broken.json", """{ "Stripe" "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" } /* unterminated"""),
        ("/app/appsettings.Deep.json", new string('[', 5000)),
        ("/app/app.config", """<configuration><appSettings><add key="StripeSecretKey" value="sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" ></appSettings>"""),
        ("/app/notes.txt", "StripeSecretKey=sk_live_51HqLyjWDarjtT1zdp7dc9QxZ"),
        ("/app/data.json", """{ "SecretKey": "sk_live_51HqLyjWDarjtT1zdp7dc9QxZ" }"""),
        ("/app/appsettings.Empty.json", ""));

    // Web Forms web.config: ASP.NET machineKey keys, GUID service keys under bare key names, short passwords that mix
    // letters and digits.
    [Fact]
    public Task Machine_keys_service_keys_and_short_passwords_in_web_config_are_reported() => VerifyAsync(string.Empty,
        ("/site/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="NID_KeyCode" value={|FG4003:"37198FB9-09F7-4885-91EC-C9FBBC630849"|}/>
    <add key="Sms.ServiceKey" value={|FG4003:"e561ae5e8d1f44cf896e438a99f83e2d"|}/>
    <add key="NIDLoginPassword" value={|FG4003:"tbl069"|}/>
  </appSettings>
  <system.web>
    <machineKey validationKey={|FG4003:"8B9F68D0CC730F6F046D0173021C34B1A0D9A01C21D8E4D4A7A1DFF38332DEE8CBBAFEA503C18776614EE9D4F7EEA7E5D2D5571630547D822485A27B1EF53AC1"|} decryptionKey={|FG4003:"60009563EFCFC594FD1BC46684943AA398EE70412A624B2EB488BBB071F15ECF"|} validation="SHA1" decryption="AES"/>
  </system.web>
</configuration>
"""));

    // Look-alikes: generated machine keys, public and lookup GUIDs, numeric key codes, passwords that are words.
    [Fact]
    public Task Generated_machine_keys_public_guids_numeric_codes_and_word_passwords_are_not_reported() => VerifyAsync(string.Empty,
        ("/site/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="NID_KeyCode_Public" value="06C82082-F035-4E27-96C6-D538F513FA51"/>
    <add key="NIDBankKeyCode" value="3000"/>
    <add key="InstrumentationKey" value="80630e7e-64ba-46a8-a9fb-915c864dcd8d"/>
    <add key="TenantId" value="fd7868e3-875e-41dc-b7f0-67d052e4bf2c"/>
    <add key="ServiceKey" value="00000000-0000-0000-0000-000000000000"/>
    <add key="TestPassword" value="test"/>
    <add key="AdminPassword" value="admin"/>
    <add key="CacheKey" value="orders_v2_by_customer_2024"/>
    <add key="ApiToken" value="rememberToSetThisWhenTesting"/>
  </appSettings>
  <types>
    <type alias="CcFee" descriptiveName="Fee applied to invoices for credit card charges" typeKey="676A3E0D-AC88-4D61-850A-403E8C359FDE" />
  </types>
  <system.web>
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256"/>
  </system.web>
</configuration>
"""));

    // Tuning pass on set 4: service connection strings carry their secret as an account or shared access key, and an FCM
    // server key is a credential by its format, whatever the setting is named.
    [Fact]
    public Task Account_keys_in_connection_strings_and_fcm_server_keys_are_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Blobs": {|FG4003:"DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=OK4aNABNM7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcA==;EndpointSuffix=core.windows.net;"|},
    "Bus": {|FG4003:"Endpoint=sb://shop-bus.servicebus.windows.net/;SharedAccessKeyName=sender;SharedAccessKey=orderqueue;EntityPath=orders"|}
  },
  "Firebase": { "ServerKey": {|FG4003:"AAAAu8jzPde:APA91bmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWDtkwtDDb_xHKas1VOqg6YYZYn9ZhyiA4u"|} },
  "ActiveCampaign": { "ApiToken": {|FG4003:"e1944c9cdfdacbc3498a85975be8eccb2c540df398e6d7500893e92264b4ac84"|} },
  "Zoom": { "VerificationToken": {|FG4003:"1RNUJOAiSL-I0b4zY2ItHQ"|}, "NextPageToken": "Qm9vayBuZXh0IHBhZ2UgMjAyNA" },
  "Push": { "Sender": {|FG4003:"AAAAu8jzPde:APA91bmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYY-kv5ZJr3J1TWDtkwtDDb_xHKas1VOqg6YYZYn9ZhyiA4u"|} }
}
"""));

    // Look-alikes: the storage emulator's published account, placeholder keys, connection strings without a key, a device
    // registration token (no AAAA project prefix).
    [Fact]
    public Task Emulator_accounts_placeholder_keys_and_registration_tokens_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Local": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=OK4aNABNM7oNJGrATIGxuvI+O/nu9fefK0k0r4f1UgtpuUsNmC6Fu1W2cqhyY3rNdGb8tg4Oj/GEY7DksropcA==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
    "Dev": "UseDevelopmentStorage=true",
    "Blobs": "DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net",
    "Bus": "Endpoint=sb://shop-bus.servicebus.windows.net/;SharedAccessKeyName=sender;SharedAccessKey=;EntityPath=orders",
    "Sas": "BlobEndpoint=https://shopfiles.blob.core.windows.net/;SharedAccessSignature=${SAS_TOKEN}"
  },
  "Push": { "DeviceToken": "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx", "ApiToken": "rememberToSetThisWhenTesting", "SessionToken": "session-token-v2" }
}
"""));

    // Tuning pass on set 4: stand-in passwords (myuser/mypassword), masked shapes, templates' published default admin
    // passwords and instruction text in place of a key are not credentials; a real password beside them still is.
    [Fact]
    public Task Stand_in_passwords_published_defaults_and_instruction_text_are_not_reported() => VerifyAsync(string.Empty, ("/test/Shop.Tests/appsettings.json", """
{
  "ConnectionStrings": { "Remote": "Data Source=tcp:myserver.database.windows;Initial Catalog=Shop;User ID=myuser;Password=mypassword" },
  "Loggly": { "CustomerToken": "1aa11a1a1-aa11-aa11-a11a-1a1aaa111a1a" },
  "IdentityClients": { "Default": { "UserName": "admin", "UserPassword": "1q2w3E*" } },
  "AutoSetup": { "AdminUsername": "admin", "AdminPassword": "Password1!" },
  "Seed": { "UserPassword": "MySecretPassword123" },
  "Settings": { "WeChatPay.ApiKey": "微信商户平台(pay.weixin.qq.com)-->账户设置-->API安全-->密钥设置" },
  "Smtp": { "Password": {|FG4003:"Qm7!rT2vLx9p"|} }
}
"""));

    // The initial passwords of accounts a data seeder creates are a seeded demo user's (as userManager.CreateAsync(user,
    // "…") in code): silent under a seed section. Keys, tokens and connection strings there, and passwords elsewhere, are
    // still credentials; a section that only mentions seeds in passing is not a seed section.
    [Fact]
    public Task Seeded_account_passwords_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Seeder": { "OperatorEmail": "operator@example.org", "OperatorPassword": "OperatorPass1#", "ManagerPassword": "ManagerPass1#" },
  "SeedData": { "Admin": { "Password": "Adm1n!Seed2024" }, "ApiKey": {|FG4003:"Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e"|} },
  "DataSeeding": { "DefaultUserPassword": "Us3r!Default", "Database": {|FG4003:"Server=sql;Database=Seed;User Id=seed;Password=S33d!Pass;"|} },
  "SeedUsers": { "AccessToken": {|FG4003:"b3Jk9QmZ7tVx2LpW4nYcq8Vn3Lr6Tx1M"|} },
  "Identity": { "AdminPassword": {|FG4003:"Qm7!rT2vLx9p"|}, "RandomSeed": "42" }
}
"""));

    // Token formats are credentials whatever the setting is called; a processor's sandbox key is judged by its name, as
    // before it had a format of its own; a Stripe test key is a committed credential too (tuning pass on set 7: the labels
    // of every set count them, and FG4002 reports them in code).
    [Fact]
    public Task Vendor_tokens_and_sandbox_keys_in_settings() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Ci": { "Value": {|FG4003:"ghp_R8kL2mQ9xV4bN7cT1zW5yH3jF6dS0aP2eG8u"|} },
  "Shop": { "CSecret": {|FG4003:"cs_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21"|}, "ConsumerKey": "ck_3f9a1c07be52d86410e7f2a9c3b58d16e04a7f21" },
  "Notifications": { "Hook": {|FG4003:"xoxb-2048176934-4817293058162-Rk8Lm2Qz9Xv4Bn7Ct1Wy5Hj3"|} },
  "Dojo": { "ApiKey": {|FG4003:"sk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ"|}, "Sample": "sk_sandbox_c8oLGaI__msxsXbpBDpdtwJEz_eIhfQoKHmedqgZPCdBx59zpKZLSk8OPLT0cZolbeuYJSBvzDVVsYvtpo5RkQ" },
  "Stripe": { "SecretKey": {|FG4003:"sk_test_4eC39HqLyjWDarjtT1zdp7dc"|}, "Restricted": {|FG4003:"rk_test_51HqLyjWDarjtT1zdp7dc9QxZ"|}, "Placeholder": "sk_test_XXXXXXXXXXXXXXXXXXXXXX", "Words": "sk_test_your_stripe_api_key_here" }
}
"""));

    // Tuning pass on set 6: an upper-case identifier of words joined by underscores names the variable that holds the value
    // (a placeholder); upper-case generated keys (more than three digits, long runs without words) are still values.
    [Fact]
    public Task Environment_variable_names_as_values_are_placeholders() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Stripe": { "SecretKey": "STRIPE_SECRETKEY", "WebhookSecret": "STRIPE_WEBHOOK_SECRET_V2" },
  "CloudinarySettings": { "ApiKey": "CLOUDINARY_API_KEY", "ApiSecret": "CLOUDINARY_API_SECRET" },
  "EmailSettings": { "AppPassword": "EMAIL_APP_PASSWORD", "SmtpPassword": "SMTP_PWD" },
  "Partner": { "ApiKey": {|FG4003:"K7XQ_P2MZ_9WRT_B4LN_Q8VD"|}, "ClientSecret": {|FG4003:"QWXZPLMRTVBNKJHGFDSAZXCV_MNBVCXZLKJH"|} },
  "Bank": { "Password": {|FG4003:"BANK_2024_ACCESS"|} }
}
"""));

    // Entity Framework (EntityClient) connection strings carry the provider's string, password and all, inside
    // 'provider connection string="..."' (&quot; in XML); one without a password, or with a placeholder, stays silent.
    [Fact]
    public Task Entity_framework_connection_strings_are_read_inside() => VerifyAsync(string.Empty, ("/site/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ShopEntities" connectionString={|FG4003:"metadata=res://*/Shop.csdl|res://*/Shop.ssdl|res://*/Shop.msl;provider=System.Data.SqlClient;provider connection string=&quot;data source=sql01;initial catalog=Shop;user id=sa;password=Pl4ntSa99;MultipleActiveResultSets=True;App=EntityFramework&quot;"|} providerName="System.Data.EntityClient" />
    <add name="LocalEntities" connectionString="metadata=res://*/Shop.csdl;provider=System.Data.SqlClient;provider connection string=&quot;data source=.;initial catalog=Shop;integrated security=True;App=EntityFramework&quot;" providerName="System.Data.EntityClient" />
    <add name="CiEntities" connectionString="metadata=res://*/Shop.csdl;provider=System.Data.SqlClient;provider connection string=&quot;data source=ci;initial catalog=Shop;user id=ci;password=#{DbPassword}#&quot;" providerName="System.Data.EntityClient" />
  </connectionStrings>
</configuration>
"""));

    // A commented-out setting is still committed: XML comments that hold elements are read as those elements, and a JSON
    // '//' line that is one member with a string value is read under its object's path. Prose comments, commented-out
    // placeholders and commented-out settings that are not credentials stay silent.
    [Fact]
    public Task Commented_out_settings_in_xml_are_read() => VerifyAsync(string.Empty, ("/service/App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- Proxy settings: ask the network team for the password, never commit it here. -->
  <appSettings>
    <!--<add key="SFTPPassword" value={|FG4003:"FaLcoQ7mS0zEWgLTT5SiXjIL"|}/>-->
    <!--<add key="ProxyServer" value="http://proxy.example.org:8080" />
    <add key="ProxyUserName" value="svc_payments" />
    <add key="ProxyPassword" value={|FG4003:"Hnf.j7s9X"|} />
    <add key="UseProxyDomain" value="false" />-->
    <!-- <add key="MailPassword" value="changeme" /> -->
    <!-- <add key="SmtpPassword" value="" -->
    <!-- the password is <b>rotated</b> monthly & kept in the vault -->
    <add key="SFTPUserName" value="payments" />
  </appSettings>
</configuration>
"""));

    [Fact]
    public Task Commented_out_members_in_json_are_read() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  // Keys come from the environment in production; "ApiKey": see the runbook
  "Smtp": {
    "Host": "smtp.example.org",
    //"Password": {|FG4003:"Qm7!rT2vLx9p"|},
    // "Password": "${SMTP_PASSWORD}",
    // "Password": "", "User": "x"
    "User": "payments"
  },
  "ConnectionStrings": {
    // "Old": {|FG4003:"Server=sql.internal;Database=Pay;User Id=app;Password=Autumn2023!Pay"|}, // before the move
    "Default": "Server=sql.internal;Database=Pay;Authentication=Active Directory Managed Identity"
  },
  "Features": [
    // "ApiKey": "Q7xZ2kLm9VbN4cT1wY8rH3jF6dS0aP5e"
  ]
}
"""));

    // Credential words are matched as words wherever the name puts them: a copy's number (agentKey0), the owner after a
    // password word (passwordUser); a numeric password of four digits or more is a password; a secret code with a
    // password's make-up under a ...Code name is one. Look-alikes: names that describe passwords, words and flags as
    // values, bank and product codes.
    [Fact]
    public Task Credential_words_anywhere_in_the_name_and_short_numeric_passwords() => VerifyAsync(string.Empty, ("/site/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="agentKey0" value={|FG4003:"Agk_PNMVBG0CYNUPEPKCTBYLMPCLPQGPZBNRW41N7PTUXHCA"|} />
    <add key="passwordUser" value={|FG4003:"Visanet3$"|} />
    <add key="PwdSmtp" value={|FG4003:"m4il3r2020"|} />
    <add key="SpectranetPassword" value={|FG4003:"1234"|} />
    <add key="Plaincode" value={|FG4003:"GreySP&amp;861"|} />
    <add key="ApiSecretLive" value={|FG4003:"q8Zp2LmX7vTb4KcN9sWd"|} />
    <add key="PasswordResetUrl" value="https://shop.example.org/reset1" />
    <add key="PasswordRegex" value="^(?=.*\d)(?=.*[a-z]).{8,}$" />
    <add key="PasswordHashAlgorithm" value="SHA256" />
    <add key="PasswordExpiryDays" value="90" />
    <add key="PasswordMinLength" value="8" />
    <add key="PasswordUserName" value="svc2019" />
    <add key="ChangePasswordEmailAddress" value="owner@example.org" />
    <add key="RequirePassword" value="1" />
    <add key="SmsPassword" value="password" />
    <add key="AdminPassword" value="changeme" />
    <add key="PinPassword" value="0000" />
    <add key="BankCode" value="4200" />
    <add key="CurrencyCode" value="NGN" />
    <add key="PromoCode" value="SUMMER-2024" />
    <add key="VersionCode" value="2.1.0-Beta" />
    <add key="agentID0" value="AgID_SQATUFAXUBO8ZLW0LIPDVN" />
  </appSettings>
</configuration>
"""));

    // Tuning pass on set 7: a local development database's default credentials (this machine, and a password that is the
    // user name, the user name and "password", or a database's default word) are not committed credentials; a chosen
    // password on a local server and any password for a remote server are.
    [Fact]
    public Task Chosen_local_passwords_and_remote_passwords_in_connection_strings_are_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Production": {|FG4003:"Host=db-postgres.prod.internal;Port=5432;Database=shop;Username=admin;Password=admin"|},
    "Local": {|FG4003:"Server=localhost;Database=MobileBankDb;User Id=sa; Password=wavedi123;Encrypt=False;"|},
    "Numeric": {|FG4003:"Host=localhost;Port=5432;Database=bank;Username=postgres;Password=4815162342"|},
    "Personal": {|FG4003:"Server=localhost;Database=Novel;User=root;Password=kestrel@Gaming7"|},
    "Workstation": {|FG4003:"Server=DESKTOP-7QK2M4R\\SQLEXPRESS;Database=Pay;User Id=sa;Password=marlow8841x"|},
    "NamedServer": {|FG4003:"Server=SQLPROD01\\MAIN;Database=Pay;User Id=sa;Password=1234"|},
    "LookAlikeWorkstation": {|FG4003:"Server=DESKTOP-7QK2M4R.corp.shopnet.io;Database=Pay;User Id=sa;Password=1234"|},
    "Cloud": {|FG4003:"mongodb+srv://admin:admin123@cluster0.ab1cd.mongodb.net/vault"|},
    "LocalChosen": {|FG4003:"postgresql://kuon:Kq7mZ2pL9v@localhost:5432/cloud"|},
    "LookAlikeHost": {|FG4003:"Server=localhost.shop.io;Database=Pay;User Id=root;Password=root"|}
  }
}
"""));

    [Fact]
    public Task Local_development_database_defaults_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Postgres": "Host=localhost;Port=5432;Database=ghanarental;Username=postgres;Password=postgres",
    "MySql": "Server=localhost;Port=3306;Database=CampsiteBookingDb;User=root;Password=rootpassword;",
    "Admin": "Host=127.0.0.1;Port=5432;Database=database;Username=admin;Password=admin",
    "Uri": "postgresql://kuon:kuon@localhost:5432/cloud",
    "Docker": "Server=host.docker.internal,1433;Database=Pay;User Id=app;Password=app",
    "Express": "Data Source=.\\SQLEXPRESS;Initial Catalog=Pay;User Id=sa;Password=sa",
    "LocalDb": "Data Source=(LocalDb)\\MSSQLLocalDB;Initial Catalog=Pay; user id=UID; password=PWD; Integrated Security=True",
    "Loopback": "Server=[::1];Database=Pay;Uid=dev;Pwd=postgres",
    "Rabbit": "amqp://guest:guest@localhost:5672/"
  }
}
"""));

    // Tuning pass 3 (sets 10-12): what a developer types for a database on this machine or on a workstation named by
    // Windows setup (DESKTOP-…, LAPTOP-…): up to 9 digits (set 15: 123456789 is as trivial as 12345678), the user name
    // and digits, a value spelling "password". Ten digits or more are a chosen number (the reported test above).
    [Fact]
    public Task Trivial_passwords_of_developer_machine_databases_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "ConnectionStrings": {
    "Numeric": "Host=localhost;Port=5432;Database=bank;Username=postgres;Password=123456",
    "Short": "Server=localhost\\sqlexpress;Database=Bank;User Id=sa;Password=123",
    "UserDigits": "Server=(local)\\SQLEXPRESS;Database=Bank;User Id=sa;Password=sa1234",
    "Spelled": "Host=localhost;Database=discount;Username=postgres;Password=superpassword",
    "Derived": "Host=localhost;Port=5432;Database=softbankdb;Username=softbankuser;Password=softbankpassword",
    "Workstation": "Server=DESKTOP-H7QK2M4\\SQLEXPRESS;Database=Movies;User Id=movies;Password=123",
    "Laptop": "Data Source=LAPTOP-4QK2M7RS;Initial Catalog=Pay;User ID=root;Password=root",
    "NineDigits": "Server=DESKTOP-H7QK2M4\\SQLEXPRESS;Database=Shop;uid=sa;pwd=123456789"
    //"Old": "Server=.\\SQLEXPRESS;Database=Shop;uid=sa;pwd=987654321"
  }
}
"""));

    // Tuning pass on set 15: the sandbox credentials MoMo publishes in its documentation and sample code (test partners
    // MOMOBKUN20180529, MOMO, MOMOIQA420180417) are every sandbox integrator's, not the repository owner's; another
    // MoMo account's keys under the same names stay reported.
    [Fact]
    public Task Published_momo_sandbox_keys_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Momo": { "PartnerCode": "MOMOBKUN20180529", "AccessKey": "klm05TvNBzhg7h7j", "SecretKey": "at67qH6mk8w5Y1nAyMoYKMWACiEi2bsa" },
  "PublicMoMo": { "PartnerCode": "MOMO", "AccessKey": "F8BBA842ECF85", "SecretKey": "K951B6PE1waDMi640xX08PD3vg6EkVlz" },
  "MomoQa": { "PartnerCode": "MOMOIQA420180417", "AccessKey": "SvDmj2cOTYZmQQ3H", "SecretKey": "PPuDXq1KowPT1ftR8DvlQTHhC03aul17" },
  "MomoShop": { "PartnerCode": "MOMOXY7Q20240311", "SecretKey": {|FG4003:"Qz7vLk2mW9pXr4TnB8sYc1HdF6gJ3aEu"|} }
}
"""));

    // Tuning pass 4 (sets 11-13): a docker-compose service named after the database or broker image it runs is the
    // project's own container; the image's default credentials there are a local default, as on localhost. Oracle's
    // connect descriptor names its server in (HOST=...).
    [Fact]
    public Task Default_credentials_of_compose_database_services_are_not_reported() => VerifyAsync(string.Empty, ("/api/appsettings.Container.json", """
{
  "Mongo": { "ConnectionString": "mongodb://admin:admin@mongodb:27017" },
  "Ledger": { "ConnectionString": "mongodb://ledger:4417203@mongo_db:27017/" },
  "ConnectionStrings": {
    "Auth": "Host=postgres-auth;Port=5432;Database=auth;Username=postgres;Password=postgres",
    "Orders": "Server=orderdb;Database=Orders;User Id=sa;Password=sa1234",
    "Sql": "Server=sql_server2022,1433;Database=Pay;User Id=SA;Password=SaPassword2022",
    "Oracle": "Data Source=(DESCRIPTION =(ADDRESS =(PROTOCOL = TCP)(HOST = localhost)(PORT = 1521))(CONNECT_DATA=(SID = xe)));User Id=shop;Password=123;"
  },
  "EventBus": { "Host": "amqp://guest:guest@rabbitmq_broker:5672" }
}
"""));

    [Fact]
    public Task Chosen_passwords_on_compose_services_and_trivial_passwords_on_named_servers_are_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Mongo": { "ConnectionString": {|FG4003:"mongodb://app:Kq7mZ2pL9v@mongodb:27017"|} },
  "ConnectionStrings": {
    "Service": {|FG4003:"Host=paymentsvc;Database=pay;Username=admin;Password=admin"|},
    "Product": {|FG4003:"Server=SQLPROD01;Database=Pay;User Id=sa;Password=sa"|},
    "Instance": {|FG4003:"Server=orderdb\\MAIN;Database=Pay;User Id=sa;Password=sa"|},
    "Dotted": {|FG4003:"Host=postgres.shop-prod.io;Database=pay;Username=postgres;Password=postgres"|},
    "OracleRemote": {|FG4003:"Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=10.20.4.17)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=PAY)));User Id=shop;Password=shop"|},
    "OracleChosen": {|FG4003:"Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=localhost)(PORT=1521))(CONNECT_DATA=(SID=xe)));User Id=shop;Password=Wv8!kTr2q"|}
  }
}
"""));

    // Tuning pass 4 (set 13): Xendit secret keys by their format, whatever the setting is named; the public key is not one.
    [Fact]
    public Task Xendit_secret_keys_in_settings_are_reported() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "Xendit": {
    "Key": {|FG4003:"xnd_production_Zr8Kq3Wm6Tn1Vx4Bc7Lp2Hd9Fs5Gj0Ny3Qa8Ue6Mk1Pt4Rw7"|},
    "Dev": {|FG4003:"xnd_development_Qm7Zp2Lx9VbT4wKa8RfDn3Hc6Jy5Ue1Ws0GtBvNk4Mq2Pz7Lr"|},
    "Public": "xnd_public_production_Qm7Zp2Lx9VbT4wKa8RfDn3Hc6Jy5Ue1Ws0GtBvNk4Mq2"
  }
}
"""));

    // Tuning pass 4 (sets 4 and 13): a setting's own name written as its value is a template's stand-in; a generated
    // value under the same names is still reported.
    [Fact]
    public Task Setting_name_repeated_as_its_value_is_a_placeholder() => VerifyAsync(string.Empty, ("/api/appsettings.json", """
{
  "YooKassa": { "ShopId": "12345", "SecretKey": "SecretKey" },
  "Token": "Token",
  "Smtp": { "Password": "PASSWORD", "Api_Key": "api-key" },
  "Gateway": {
    "SecretKey": {|FG4003:"Qm7Zp2Lx9VbT4wKa8RfD"|},
    "Token": {|FG4003:"7c1e9a4f2b8d4e06a3f5c9d1e7b2a8f4"|}
  }
}
"""));

    // Tuning pass on set 7: a commented-out member whose value holds JSON escapes (a SQL Server instance's backslash) is
    // read as the live value would be; commented-out local defaults and placeholders stay silent.
    [Fact]
    public Task Commented_out_members_with_escapes_are_read() => VerifyAsync(string.Empty, ("/api/appsettings.Development.json", """
{
  "ConnectionStrings": {
    ////"Default": {|FG4003:"Server=DEV-BOX\\AMAKA;Database=Bank; user id=sa; password=sqluser10$;"|}
    // "Local": "Server=.\\SQLEXPRESS;Database=Bank;User Id=sa;Password=sa",
    // "Quoted": "Server=.\\SQLEXPRESS;Database=Bank;Trusted_Connection=True;Application Name=\"Bank\"",
    // "Other": "Server=db\u005cX;Database=Bank;User Id=sa;Password=Pg4dmin2024x",
    "Default": "Server=(localdb)\\MSSQLLocalDB;Database=Bank;Trusted_Connection=True"
  }
}
"""));
}

