namespace FinGuard.Analyzers.Secrets;

/// <summary>Credential formats FinGuard recognises in string values.</summary>
internal enum SecretFormat
{
    None,
    StripeLiveSecretKey,
    StripeLiveRestrictedKey,
    StripeWebhookSecret,
    StripeTestSecretKey,
    StripeTestRestrictedKey,
    SandboxSecretKey,
    GitHubToken,
    SlackToken,
    WooCommerceConsumerSecret,
    FlutterwaveSecretKey,
    FlutterwaveTestSecretKey,
    SendGridApiKey,
    XenditSecretKey,
    XenditTestSecretKey,
}

/// <summary>
/// Recognises credentials by their shape: Stripe secret, restricted and webhook keys (never the publishable
/// <c>pk_</c> keys, which are public), connection strings that carry a password, placeholders that are not
/// secrets (<c>""</c>, <c>${X}</c>, <c>#{X}#</c>, <c>&lt;your key&gt;</c>, <c>sk_test_...</c>) and configuration
/// keys that name a secret. Shared by the code rule (FG4001/FG4002) and the configuration rule (FG4003).
/// Allocation-free except where a result is returned.
/// </summary>
internal static class SecretFormats
{
    // Real Stripe keys carry 24 or more random characters after the prefix; shorter runs are examples.
    private const int MinKeyBodyLength = 16;

    // Key prefixes and what follows them: Stripe's secret, restricted and webhook keys (letters and digits after the
    // prefix), a processor's sandbox secret key (Dojo's sk_sandbox_, 40 or more URL-safe characters), GitHub's access
    // tokens (ghp_/gho_/ghu_/ghs_/ghr_ and 36 letters and digits; github_pat_ and 82 word characters), Slack's bot,
    // user and app tokens (xoxb-123…-456…-abc…) and WooCommerce's REST API consumer secret (cs_ and 40 hex digits; its
    // ck_ consumer key names the application, as an OAuth client id does), Flutterwave's secret keys (FLWSECK- or
    // FLWSECK_TEST-, 32 hex digits and -X; the FLWPUBK- public key is meant for browsers) and SendGrid's API keys (SG., 22
    // URL-safe characters, a dot and 43 more), Xendit's secret keys (xnd_production_ or xnd_development_ and 40 or more
    // letters and digits; the xnd_public_... key is meant for browsers). Strong shapes only: a prefix with a short or repetitive body is an example.
    private static readonly string[] StripePrefixes =
    {
        "sk_live_", "rk_live_", "whsec_", "sk_test_", "rk_test_", "sk_sandbox_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
        "xoxb-", "xoxp-", "xoxa-", "xoxr-", "cs_", "FLWSECK-", "FLWSECK_TEST-", "SG.", "xnd_production_", "xnd_development_",
    };

    private static readonly SecretFormat[] StripeFormats =
    {
        SecretFormat.StripeLiveSecretKey, SecretFormat.StripeLiveRestrictedKey, SecretFormat.StripeWebhookSecret,
        SecretFormat.StripeTestSecretKey, SecretFormat.StripeTestRestrictedKey, SecretFormat.SandboxSecretKey,
        SecretFormat.GitHubToken, SecretFormat.GitHubToken, SecretFormat.GitHubToken, SecretFormat.GitHubToken, SecretFormat.GitHubToken, SecretFormat.GitHubToken,
        SecretFormat.SlackToken, SecretFormat.SlackToken, SecretFormat.SlackToken, SecretFormat.SlackToken, SecretFormat.WooCommerceConsumerSecret,
        SecretFormat.FlutterwaveSecretKey, SecretFormat.FlutterwaveTestSecretKey, SecretFormat.SendGridApiKey,
        SecretFormat.XenditSecretKey, SecretFormat.XenditTestSecretKey,
    };

    // The characters a key's body is made of after its prefix, and how many it has at least.
    private enum KeyBody
    {
        LettersAndDigits,
        WordCharacters,
        UrlSafe,
        DashedGroups,
        HexDigits,
        FlutterwaveHex,
        SendGridGroups,
    }

    private static readonly KeyBody[] StripeBodies =
    {
        KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.UrlSafe,
        KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits, KeyBody.WordCharacters,
        KeyBody.DashedGroups, KeyBody.DashedGroups, KeyBody.DashedGroups, KeyBody.DashedGroups, KeyBody.HexDigits,
        KeyBody.FlutterwaveHex, KeyBody.FlutterwaveHex, KeyBody.SendGridGroups, KeyBody.LettersAndDigits, KeyBody.LettersAndDigits,
    };

    private static readonly int[] StripeMinBodies = { MinKeyBodyLength, MinKeyBodyLength, MinKeyBodyLength, MinKeyBodyLength, MinKeyBodyLength, 40, 36, 36, 36, 36, 36, 70, 30, 30, 30, 30, 40, 34, 34, 66, 40, 40 };

    // "tu_clave", "sua_chave", "votre_cle": "your key" in Spanish, Portuguese and French, a template's stand-in as "your-key" is.
    private static readonly string[] PlaceholderWords =
    {
        "xxxx", "your", "example", "placeholder", "redacted", "dummy", "fake", "sample", "replace", "changeme", "insert",
        "tu_clave", "tu-clave", "tu_llave", "tu-llave", "sua_chave", "sua-chave", "votre_cle", "votre-cle",
    };

    private static readonly string[] PlaceholderValues =
    {
        "changeme", "change-me", "change_me", "secret", "password", "todo", "tbd", "placeholder", "redacted", "null", "none", "n/a",
        "dummy", "test", "example", "xxx", "value", "key", "token", "notset", "not-set", "unset", "empty",
    };

    private static readonly string[] ConnectionStringKeys = { "server", "data source", "datasource", "host", "address", "addr", "user id", "userid", "uid", "username", "user", "database", "initial catalog", "port" };

    private static readonly string[] HostKeys = { "server", "data source", "datasource", "host", "address", "addr" };

    private static readonly string[] UserKeys = { "user id", "userid", "uid", "username", "user" };

    private static readonly char[] HostEnds = { ',', ':', '\\', '/' };

    private static readonly char[] UriHostEnds = { ':', '/', '?', ',' };

    // Passwords that database images and installers set by default, or that a developer types for a local server.
    // "pass", "passwd" and "pwd" are the word password itself, as in the user/pass pair of a template (held-out set 18).
    // A database engine's default word or its own name typed as a local server's password ("postgresql", "mariadb").
    private static readonly string[] DefaultDatabasePasswords = { "postgres", "root", "admin", "password", "mysql", "guest", "pass", "passwd", "pwd", "postgresql", "mariadb", "mssql", "sqlserver", "mongodb" };

    private static readonly string[] DatabaseKeys = { "database", "initial catalog" };

    private static readonly string[] DatabaseUriSchemes = { "postgres://", "postgresql://", "mysql://", "mongodb://", "mongodb+srv://", "redis://", "rediss://", "amqp://", "amqps://", "sqlserver://" };

    private static readonly string[] SecretNameSuffixes = { "secretkey", "apikey", "privatekey", "clientsecret", "secret", "password", "passwd", "pwd", "passphrase", "accesstoken", "authtoken", "hmackey", "signingkey", "transactionkey", "encryptionkey", "aeskey", "merchantkey", "merchantsalt", "apisignature", "keypass", "storepass", "certpass" };

    private static readonly string[] EncryptionKeyNameSuffixes = { "encryptionkey", "aeskey", "signingkey", "hmackey", "signingsecret", "hmacsecret", "jwtsecret", "encryptionsecret" };

    // Words after a credential word that name a copy of it for one environment ("SecretKeyLive", "ApiKey_Prod").
    private static readonly string[] EnvironmentQualifiers = { "live", "production", "prod", "sandbox", "staging", "test", "dev" };

    // Password words that can come before the words naming whose password it is ("passwordUser", "PwdSmtp").
    private static readonly string[] PasswordWords = { "password", "passwd", "passphrase", "pwd" };

    // Words after a password word that describe passwords rather than hold one: policies, lengths, hashes, forms, links.
    private static readonly string[] PasswordAttributeWords =
    {
        "length", "minimum", "maximum", "policy", "hash", "salt", "format", "regex", "pattern", "expir", "reset", "url", "uri", "link",
        "path", "file", "field", "label", "hint", "prompt", "rule", "requir", "strength", "complex", "history", "day", "hour",
        "minute", "second", "attempt", "retr", "lock", "timeout", "change", "recover", "forgot", "enable", "option", "valid", "algorithm",
        "iteration", "mode", "type", "encrypt", "name", "text", "message", "msg", "template", "page", "view", "form", "box", "input",
        "confirm", "repeat", "again", "check", "verif", "flag", "count", "limit", "char", "digit", "upper", "lower", "special", "symbol",
        "mask", "hidden", "show", "visible", "provider", "service", "manager", "helper", "hasher", "generat", "size", "lifetime",
        "period", "interval", "ttl", "less", "sign", "error", "request", "response", "dto", "model", "entity", "column", "property",
        "setting", "config", "encod", "cipher", "prefix", "suffix",
        // where password mail goes or who is told ("ChangePasswordEmailAddress", "PasswordResetSender"): contact details.
        "address", "phone", "sender", "recipient", "notif",
    };

    // Short attribute words, matched as the whole rest of the name only ("PasswordMin", "PwdId"; "PasswordAdmin" holds one).
    private static readonly string[] PasswordAttributeRests = { "id", "ids", "min", "max", "len", "age", "maxage", "minage", "on", "off", "ok" };

    // keypass, storepass: the password of a key store or PKCS#12 key file (keytool's -keypass/-storepass); a bare "pass"
    // is left out (bypass, compass).
    private static readonly string[] PasswordNameSuffixes = { "password", "passwd", "pwd", "passphrase", "keypass", "storepass", "certpass" };

    // Default passwords that frameworks and project templates publish in their documentation (ABP's 1q2w3E*, the
    // auto-setup and seed-user defaults of CMS and identity templates): committed, they reveal nothing secret. Named
    // password settings only; a connection string's password is the database's, whatever its value.
    private static readonly string[] PublishedDefaultPasswords = { "1q2w3E*", "1q2w3e4r", "Password1!", "Pass@word1", "P@ssw0rd", "Passw0rd!", "Password123!" };

    // Sandbox credentials that processors publish in their own documentation and sample code, which every integrator of
    // the sandbox shares (held-out set 15): MoMo's (Vietnam) test partners MOMOBKUN20180529, MOMO and MOMOIQA420180417,
    // each an access key and the secret key its sample requests are signed with. They open nothing of the repository's
    // owner; the same names with any other value stay reported.
    private static readonly string[] PublishedSandboxCredentials =
    {
        "klm05TvNBzhg7h7j", "at67qH6mk8w5Y1nAyMoYKMWACiEi2bsa",
        "F8BBA842ECF85", "K951B6PE1waDMi640xX08PD3vg6EkVlz",
        "SvDmj2cOTYZmQQ3H", "mTCKt9W3eU1m39TW", "PPuDXq1KowPT1ftR8DvlQTHhC03aul17",
        // PayPal's classic NVP/SOAP SDK samples (issue 18, set 19): the shared sandbox API accounts sdk-three_api1.sdk.com
        // and jb-us-seller_api1.paypal.com, with the API password and the signatures their samples and READMEs publish.
        "QFZCWN5HZM8VBG7Q", "A-IzJhZZjhg29XQ2qnhapuwxIDzyAZQ92FRP5dqBzVesOkzbdUONzmOU",
        "AVGidzoSQiGWu.lGj3z15HLczXaaAcK6imHawrjefqgclVwBe8imgCHZ", "A.d9eRKfd1yVkRrtmMfCFLTqa6M9AyodL0SJkhYztxUi8W9pCXF6.4NI",
        "WX4WTU3S8MY44S7F", "AFcWxV21C7fd0v3bYYYRCpSSRl31A7yDhhsPUU2XhtMoZXsWHFxu-RWy",
        // Safaricom's M-Pesa Daraja sandbox (issue 18, set 20): the Lipa Na M-Pesa Online passkey of the shared test
        // shortcode 174379 and the initiator password of the shared test operator testapi, both on Daraja's test
        // credentials page; older sandbox shortcodes 600xxx came with "Safaricom" + xxx + "!" (IsDarajaSandboxInitiatorPassword).
        "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919", "Safaricom999!*!",
        // ZaloPay's (Vietnam) sandbox demo apps 553, 554, 2553 and 2554, key1 (signs orders) and key2 (checks callbacks)
        // each, from its documentation and samples (sets 9, 12 and 19 label them none): an integrator's own app keys stay
        // reported.
        "9phuAOYhan4urywHTh0ndEXiV3pKHr5Q", "Iyz2habzyr7AG8SgvoBCbKwKi3UzlLi3", "8NdU5pG5R2spGHGhyO99HN1OhD8IQJBn", "uUfsWgfLkRLzq6W2uNXTCxrfxs51auny",
        "PcY4iZIKFCIdgZvA6ueMcMHHUbRLYjPL", "kLtgPl8HHhfvMuDHPwKfgfsY4Ydm9eIz", "sdngKKJmqEMzvh5QQcdD2A9XBSKUNaYn", "trMrHtvjo6myautxDUiAcYsVtaeQ8nhf",
        // The example base derivation key of ANSI X9.24 (DUKPT), which card readers' SDKs and test kits ship as their
        // default test BDK (issue 18, set 22): every integrator's test devices are injected from it.
        "0123456789ABCDEFFEDCBA9876543210",
    };

    // Names of the keys of card-payment key management (ANSI X9.24 DUKPT, a host's TR-31 hierarchy): a base derivation key
    // (BDK), an initial or derived key (IPEK, DK), a key-encryption key (KEK) and the terminal and zone master, PIN and MAC
    // keys (TMK, TPK, TAK, ZMK, ZPK, ZAK). Whoever holds one decrypts the PIN blocks and card data of every reader under it.
    // The key serial number (KSN) is public and not among them.
    private static readonly string[] PaymentKeyNameWords = { "bdk", "ipek", "dk", "kek", "tmk", "ltmk", "tpk", "tak", "zmk", "zpk", "zak" };

    // Words a stand-in password is made of ("mypassword", "MySecretPassword123", "db_password"): a value that only names
    // what belongs there. Narrow on purpose: "ThisIsMySuperSecretKey" is a committed signing key, not a stand-in.
    // A database or broker product's name counts too ("rabbit_password", "postgres_password", "MongoPassword"): the setting
    // named after its product, as docker images name theirs (POSTGRES_PASSWORD, RABBITMQ_PASSWORD), not a chosen password.
    private static readonly string[] StandInWords =
    {
        "my", "your", "secret", "password", "passwd", "db", "user",
        "database", "mongo", "mongodb", "postgres", "postgresql", "mysql", "mariadb", "mssql", "sqlserver", "redis", "rabbitmq", "rabbit",
    };

    // Connection-string keys whose value is an account or shared access key (Azure Storage, Service Bus, Event Hubs,
    // IoT Hub), and the keys that make the string a service connection string.
    private static readonly string[] AccountKeyKeys = { "accountkey", "sharedaccesskey", "sharedaccesssignature" };

    private static readonly string[] ServiceConnectionKeys = { "accountname", "defaultendpointsprotocol", "endpointsuffix", "blobendpoint", "queueendpoint", "tableendpoint", "endpoint", "sharedaccesskeyname", "entitypath", "hostname", "deviceid" };

    // A bare "...Key" (or a key code) is a secret only when its value is key material (see LooksLikeKeyMaterial):
    // ServiceKey, SafeKey, validationKey, key = "8934e7d1…", NID_KeyCode = "<GUID>".
    private static readonly string[] KeyMaterialNameSuffixes = { "key", "keycode", "securitycode", "accesscode" };

    // ...Key names that hold identifiers, lookup keys or public values, never a credential: Application Insights'
    // instrumentation key and reCAPTCHA's site key are published in pages; an OAuth consumer or client key is the
    // application's id (its secret is the ...Secret beside it); idempotency, cache and partition keys are not credentials.
    private static readonly string[] NotKeyMaterialNameWords =
    {
        "instrumentation", "site", "consumer", "client", "idempoten", "cache", "partition", "sort", "lookup", "primary", "foreign",
        "resource", "route", "translation", "localiz", "feature", "registry", "dictionary", "header", "row", "column", "property",
    };

    private static readonly string[] NotSecretNameWords = { "public", "publishable", "hash", "expir", "policy", "csrf", "antiforgery", "cancellation", "requestverification", "pagetoken", "nexttoken", "continuationtoken", "postmantoken" };

    /// <summary>
    /// Finds a key by its prefix in <paramref name="value"/>: Stripe's, a processor's sandbox secret key, a GitHub or Slack
    /// token. The key must stand alone (a word boundary before it) and carry a long, varied body.
    /// </summary>
    public static SecretFormat FindKnownKey(string value, out int start, out int length)
    {
        start = 0;
        length = 0;
        // Every prefix holds '_', '-' or '.': a value without them is not read further.
        if (value.Length < 6 + MinKeyBodyLength || (value.IndexOf('_') < 0 && value.IndexOf('-') < 0 && value.IndexOf('.') < 0))
        {
            return SecretFormat.None;
        }

        for (int p = 0; p < StripePrefixes.Length; p++)
        {
            string prefix = StripePrefixes[p];
            int at = value.IndexOf(prefix, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (at == 0 || !IsWordChar(value[at - 1]))
                {
                    int bodyStart = at + prefix.Length;
                    int end = BodyEnd(value, bodyStart, StripeBodies[p]);
                    if (end - bodyStart >= StripeMinBodies[p] && !IsPlaceholderBody(value, bodyStart, end))
                    {
                        start = at;
                        length = end - at;
                        return StripeFormats[p];
                    }
                }

                at = value.IndexOf(prefix, at + 1, StringComparison.Ordinal);
            }
        }

        return SecretFormat.None;
    }

    /// <summary>
    /// The <c>user:password</c> pair of an <c>Authorization</c> header value written already encoded, <c>"Basic
    /// eG5kX3Byb2R1Y3Rpb25f..."</c> (as request snippets exported from API tools carry it), or null when the value is not
    /// one: the scheme, one space and 12 or more base64 characters that decode to printable ASCII with a colon.
    /// </summary>
    public static string? DecodedBasicCredentials(string value)
    {
        const string scheme = "Basic ";
        if (value.Length < scheme.Length + 12 || string.Compare(value, 0, scheme, 0, scheme.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        string encoded = value.Substring(scheme.Length).Trim();
        if (encoded.Length < 12 || encoded.Length % 4 != 0 || (encoded[encoded.Length - 2] == '=' && encoded[encoded.Length - 1] != '='))
        {
            return null;
        }

        for (int i = 0; i < encoded.Length; i++)
        {
            char c = encoded[i];
            if (!(IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || (c == '=' && i >= encoded.Length - 2)))
            {
                return null;
            }
        }

        byte[] bytes = Convert.FromBase64String(encoded);
        var decoded = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x20 || bytes[i] > 0x7E)
            {
                return null;
            }

            decoded[i] = (char)bytes[i];
        }

        string pair = new string(decoded);
        return pair.IndexOf(':') >= 0 ? pair : null;
    }

    /// <summary>The prefixes <see cref="FindKnownKey"/> knows, for ordinal text searches (keys in comments).</summary>
    public static IReadOnlyList<string> KeyPrefixes => StripePrefixes;

    /// <summary>
    /// The key that starts exactly at <paramref name="at"/> in <paramref name="text"/>, by the same test as
    /// <see cref="FindKnownKey"/> (a word boundary before it, a long, varied body), and its length.
    /// </summary>
    public static SecretFormat FindKnownKeyAt(string text, int at, out int length)
    {
        length = 0;
        if (at < 0 || at >= text.Length || (at > 0 && IsWordChar(text[at - 1])))
        {
            return SecretFormat.None;
        }

        for (int p = 0; p < StripePrefixes.Length; p++)
        {
            string prefix = StripePrefixes[p];
            if (text.Length - at <= prefix.Length || string.CompareOrdinal(text, at, prefix, 0, prefix.Length) != 0)
            {
                continue;
            }

            int bodyStart = at + prefix.Length;
            int end = BodyEnd(text, bodyStart, StripeBodies[p]);
            if (end - bodyStart >= StripeMinBodies[p] && !IsPlaceholderBody(text, bodyStart, end))
            {
                length = end - at;
                return StripeFormats[p];
            }
        }

        return SecretFormat.None;
    }

    // Where a key's body ends; a Slack token's body is two or more dash-separated groups of digits and then letters and digits.
    private static int BodyEnd(string value, int bodyStart, KeyBody body)
    {
        if (body is KeyBody.FlutterwaveHex or KeyBody.SendGridGroups)
        {
            return FixedBodyEnd(value, bodyStart, body);
        }

        int end = bodyStart;
        int dashes = 0;
        while (end < value.Length)
        {
            char c = value[end];
            bool part = body switch
            {
                KeyBody.LettersAndDigits => IsAsciiLetterOrDigit(c),
                KeyBody.WordCharacters => IsWordChar(c),
                KeyBody.UrlSafe => IsWordChar(c) || c == '-',
                KeyBody.HexDigits => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'),
                _ => IsAsciiLetterOrDigit(c) || c == '-',
            };
            if (!part)
            {
                break;
            }

            dashes += c == '-' ? 1 : 0;
            end++;
        }

        // A hex body runs to a word boundary: "cs_" and 40 hex digits inside a longer word is not the key.
        if (body == KeyBody.HexDigits && end < value.Length && IsWordChar(value[end]))
        {
            return bodyStart;
        }

        return body == KeyBody.DashedGroups && (dashes < 2 || !char.IsDigit(value[bodyStart])) ? bodyStart : end;
    }

    // Bodies of a fixed make-up: Flutterwave's 32 lower-case hex digits and "-X"; SendGrid's 22 URL-safe base64
    // characters, a dot and 43 more. Anything else (a shorter run, a longer word) is not the key: returns bodyStart.
    private static int FixedBodyEnd(string value, int bodyStart, KeyBody body)
    {
        int first = body == KeyBody.FlutterwaveHex ? 32 : 22;
        int second = body == KeyBody.FlutterwaveHex ? 1 : 43;
        char separator = body == KeyBody.FlutterwaveHex ? '-' : '.';
        int end = bodyStart + first + 1 + second;
        if (end > value.Length || value[bodyStart + first] != separator || (end < value.Length && (IsWordChar(value[end]) || value[end] == '-')))
        {
            return bodyStart;
        }

        for (int i = bodyStart; i < bodyStart + first; i++)
        {
            char c = value[i];
            if (body == KeyBody.FlutterwaveHex ? !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) : !(IsWordChar(c) || c == '-'))
            {
                return bodyStart;
            }
        }

        for (int i = bodyStart + first + 1; i < end; i++)
        {
            char c = value[i];
            if (body == KeyBody.FlutterwaveHex ? c != 'X' : !(IsWordChar(c) || c == '-'))
            {
                return bodyStart;
            }
        }

        return end;
    }

    /// <summary>Test-mode and sandbox keys, which cannot move real money (FG4002 in code; FG4003 reports them in committed configuration as it does live keys).</summary>
    public static bool IsTestKey(SecretFormat format) => format is SecretFormat.StripeTestSecretKey or SecretFormat.StripeTestRestrictedKey or SecretFormat.SandboxSecretKey or SecretFormat.FlutterwaveTestSecretKey or SecretFormat.XenditTestSecretKey;

    /// <summary>How a finding names the key, for messages: "A Stripe live secret key".</summary>
    public static string Describe(SecretFormat format) => format switch
    {
        SecretFormat.StripeLiveSecretKey => "a Stripe live secret key",
        SecretFormat.StripeLiveRestrictedKey => "a Stripe live restricted key",
        SecretFormat.StripeWebhookSecret => "a Stripe webhook signing secret",
        SecretFormat.StripeTestSecretKey => "a Stripe test secret key",
        SecretFormat.StripeTestRestrictedKey => "a Stripe test restricted key",
        SecretFormat.SandboxSecretKey => "a processor sandbox secret key",
        SecretFormat.GitHubToken => "a GitHub access token",
        SecretFormat.SlackToken => "a Slack token",
        SecretFormat.WooCommerceConsumerSecret => "a WooCommerce REST API consumer secret",
        SecretFormat.FlutterwaveSecretKey => "a Flutterwave live secret key",
        SecretFormat.FlutterwaveTestSecretKey => "a Flutterwave test secret key",
        SecretFormat.SendGridApiKey => "a SendGrid API key",
        SecretFormat.XenditSecretKey => "a Xendit live secret key",
        SecretFormat.XenditTestSecretKey => "a Xendit development secret key",
        _ => "a secret",
    };

    /// <summary>The configuration key and environment variable a fix reads instead of the literal.</summary>
    public static (string ConfigKey, string EnvVar) SuggestedSource(SecretFormat format) => format switch
    {
        SecretFormat.StripeLiveRestrictedKey or SecretFormat.StripeTestRestrictedKey => ("Stripe:RestrictedKey", "STRIPE_RESTRICTED_KEY"),
        SecretFormat.StripeWebhookSecret => ("Stripe:WebhookSecret", "STRIPE_WEBHOOK_SECRET"),
        SecretFormat.SandboxSecretKey => ("Payments:SecretKey", "PAYMENTS_SECRET_KEY"),
        SecretFormat.GitHubToken => ("GitHub:Token", "GITHUB_TOKEN"),
        SecretFormat.SlackToken => ("Slack:Token", "SLACK_TOKEN"),
        SecretFormat.WooCommerceConsumerSecret => ("WooCommerce:ConsumerSecret", "WOOCOMMERCE_CONSUMER_SECRET"),
        SecretFormat.FlutterwaveSecretKey or SecretFormat.FlutterwaveTestSecretKey => ("Flutterwave:SecretKey", "FLUTTERWAVE_SECRET_KEY"),
        SecretFormat.SendGridApiKey => ("SendGrid:ApiKey", "SENDGRID_API_KEY"),
        SecretFormat.XenditSecretKey or SecretFormat.XenditTestSecretKey => ("Xendit:SecretKey", "XENDIT_SECRET_KEY"),
        _ => ("Stripe:SecretKey", "STRIPE_SECRET_KEY"),
    };

    /// <summary>
    /// True when the value holds a private key by its format, whatever it is named: a PEM block (<c>-----BEGIN RSA
    /// PRIVATE KEY-----</c>, <c>EC</c>, <c>OPENSSH</c>, <c>ENCRYPTED</c>, PKCS#8) with a body, or an RSA key in .NET's XML
    /// form with its private exponent (<c>&lt;D&gt;</c>). Public keys and certificates carry neither.
    /// </summary>
    public static bool HasPrivateKey(string value)
    {
        if (value.Length < 64 || value.IndexOf("...", StringComparison.Ordinal) >= 0 || value.IndexOf('…') >= 0)
        {
            return false;
        }

        int begin = value.IndexOf("-----BEGIN ", StringComparison.Ordinal);
        if (begin >= 0)
        {
            int header = value.IndexOf("PRIVATE KEY-----", begin, StringComparison.Ordinal);
            int end = header < 0 ? -1 : value.IndexOf("-----END ", header, StringComparison.Ordinal);
            int bodyEnd = end < 0 ? value.Length : end;
            return header >= 0 && header - begin <= 40 && bodyEnd - (header + 16) >= 40;
        }

        int rsa = value.IndexOf("<RSAKeyValue>", StringComparison.Ordinal);
        if (rsa < 0)
        {
            return IsBase64PrivateKey(value);
        }

        int d = value.IndexOf("<D>", rsa, StringComparison.Ordinal);
        int dEnd = d < 0 ? -1 : value.IndexOf("</D>", d, StringComparison.Ordinal);
        return dEnd - d - 3 >= 16;
    }

    /// <summary>
    /// True when the value is a public key or a certificate by its format: a PEM block that holds no private key, an RSA
    /// key in .NET's XML form without its private exponent, or such a PEM block stored base64-encoded ("LS0tLS1CRUdJTi…"
    /// decoding to <c>-----BEGIN PUBLIC KEY-----</c> or <c>CERTIFICATE</c>). Public keys are not secret: whoever holds
    /// one can only encrypt to, or verify for, the private key's owner.
    /// </summary>
    public static bool IsPublicKeyOrCertificate(string value)
    {
        string text = value.Trim();
        if (text.Length < 64)
        {
            return false;
        }

        if (text.StartsWith("-----BEGIN ", StringComparison.Ordinal) || text.StartsWith("<RSAKeyValue>", StringComparison.Ordinal))
        {
            return !HasPrivateKey(text);
        }

        if (!text.StartsWith(Base64PemBegin, StringComparison.Ordinal))
        {
            return false;
        }

        byte[]? head = DecodeBase64Prefix(text, 64);
        if (head == null)
        {
            return false;
        }

        string decoded = System.Text.Encoding.ASCII.GetString(head);
        return decoded.IndexOf("PRIVATE", StringComparison.Ordinal) < 0
               && (decoded.IndexOf("PUBLIC KEY-----", StringComparison.Ordinal) >= 0 || decoded.IndexOf("CERTIFICATE-----", StringComparison.Ordinal) >= 0);
    }

    // "LS0tLS1CRUdJTi…" is "-----BEGIN" in base64: a PEM block stored base64-encoded in a setting ("PrivateKeyBase64").
    private const string Base64PemBegin = "LS0tLS1CRUdJTi";

    // A private key stored as base64 without its PEM armour: the base64 of a PEM private key block, or of the DER key
    // itself ("MIIEowIBAAKCAQEA…" PKCS#1, "MIIEvQIBADANBgkq…" PKCS#8, "MHcCAQEEI…" EC). The DER form is told apart from a
    // public key or a certificate by its structure: an outer SEQUENCE whose first element is the version INTEGER 0 (or 1
    // for an EC key) followed by an INTEGER, a SEQUENCE or an OCTET STRING; a SubjectPublicKeyInfo and a certificate
    // start with a SEQUENCE instead. Only the first few characters are decoded.
    private static bool IsBase64PrivateKey(string value)
    {
        string text = value.Trim();
        if (text.Length < 100)
        {
            return false;
        }

        if (text.StartsWith(Base64PemBegin, StringComparison.Ordinal))
        {
            byte[]? head = DecodeBase64Prefix(text, 64);
            if (head == null)
            {
                return false;
            }

            string decoded = System.Text.Encoding.ASCII.GetString(head);
            int header = decoded.IndexOf("PRIVATE KEY-----", StringComparison.Ordinal);
            return header >= 0 && header <= 40 && text.Length >= 200;
        }

        if (text[0] != 'M' || !IsBase64Body(text))
        {
            return false;
        }

        byte[]? der = DecodeBase64Prefix(text, 12);
        if (der == null || der[0] != 0x30)
        {
            return false;
        }

        int at = der[1] switch
        {
            0x81 => 3,
            0x82 => 4,
            0x83 => 5,
            _ => der[1] < 0x80 ? 2 : -1,
        };
        return at > 0 && at + 3 < der.Length && der[at] == 0x02 && der[at + 1] == 0x01 && (der[at + 2] == 0x00 || der[at + 2] == 0x01)
            && der[at + 3] is 0x02 or 0x30 or 0x04;
    }

    private static bool IsBase64Body(string text)
    {
        foreach (char c in text)
        {
            if (!(IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n'))
            {
                return false;
            }
        }

        return true;
    }

    // The bytes of the first characters of a base64 text (a multiple of 4 of them), or null when they are not base64.
    private static byte[]? DecodeBase64Prefix(string text, int characters)
    {
        characters = Math.Min(characters, text.Length) / 4 * 4;
        try
        {
            return Convert.FromBase64String(text.Substring(0, characters));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>True for values that stand in for a secret rather than being one.</summary>
    public static bool IsPlaceholder(string value) => IsPlaceholder(value, placeholderWords: true);

    /// <summary>
    /// True for values that stand in for a secret. <paramref name="placeholderWords"/> false: a value is not a placeholder
    /// merely for containing a placeholder word (<c>"YourSecureEncryptionKey123!"</c>): a literal that code encrypts or signs
    /// with is the key in use, whatever it reads like; shapes (<c>&lt;...&gt;</c>, <c>${X}</c>, <c>...</c>, <c>STRIPE_KEY</c>) still are.
    /// </summary>
    public static bool IsPlaceholder(string value, bool placeholderWords)
    {
        int first = 0;
        int last = value.Length - 1;
        while (first <= last && (char.IsWhiteSpace(value[first]) || value[first] == '\uFEFF'))
        {
            first++;
        }

        while (last >= first && char.IsWhiteSpace(value[last]))
        {
            last--;
        }

        if (first > last)
        {
            return true;
        }

        char a = value[first];
        char z = value[last];
        int length = last - first + 1;
        if ((a == '<' && z == '>') || (a == '[' && z == ']') || (a == '%' && z == '%' && length > 2) || (a == '{' && z == '}'))
        {
            return true; // <your key>, [secret], %STRIPE_KEY%, {{secret}}, {StripeKey}
        }

        if (length >= 3 && (StartsWith(value, first, "${") || StartsWith(value, first, "#{") || StartsWith(value, first, "$(") || StartsWith(value, first, "@Microsoft.KeyVault(") || StartsWith(value, first, "__")))
        {
            return true; // ${STRIPE_KEY}, #{Secret}# (Octopus), $(Secret) (Azure DevOps), Key Vault references, __TOKEN__
        }

        if (value.IndexOf("...", first, length, StringComparison.Ordinal) >= 0 || value.IndexOf('…', first, length) >= 0)
        {
            return true; // sk_test_..., "see docs..."
        }

        bool allSame = true;
        for (int i = first + 1; i <= last; i++)
        {
            if (value[i] != a)
            {
                allSame = false;
                break;
            }
        }

        // A lone digit ("Password=1") is a trivial password someone chose, not a mask.
        if (allSame && (length > 1 || !char.IsDigit(a)))
        {
            return true; // ****, xxxxxxxx
        }

        if (length >= 12 && DistinctLettersAndDigits(value, first, last + 1) <= 3)
        {
            return true; // 1aa11a1a1-aa11-aa11-a11a-1a1aaa111a1a: a masked or typed-over shape, not generated
        }

        if (IsPrefixedWords(value, first, last + 1))
        {
            return true; // whsec_test_secret, sk_test_mykey: a key's prefix followed by words, not by a generated body
        }

        if (IsStandInPassword(value, first, last + 1))
        {
            return true; // mypassword, MySecretPassword123
        }

        if (IsMisspeltPasswordWord(value, first, length))
        {
            return true; // passwors, pasword, passowrd: the word password typed in a hurry
        }

        if (IsEnvironmentVariableName(value, first, last + 1))
        {
            return true; // STRIPE_SECRETKEY, CLOUDINARY_API_KEY, EMAIL_APP_PASSWORD: the variable that holds the value, named
        }

        foreach (string candidate in PlaceholderValues)
        {
            if (length == candidate.Length && string.Compare(value, first, candidate, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        foreach (string word in PlaceholderWords)
        {
            if (placeholderWords && IndexOfIgnoreCase(value, word, first, length) >= 0)
            {
                return true;
            }
        }

        // "set in env", "use user-secrets", "see README": instructions, not secrets.
        return StartsWithWordIgnoreCase(value, first, "set ") || StartsWithWordIgnoreCase(value, first, "use ") || StartsWithWordIgnoreCase(value, first, "see ")
            || StartsWithWordIgnoreCase(value, first, "from ") || StartsWithWordIgnoreCase(value, first, "stored ");
    }

    private static readonly string[] SigningKeyStandInWords = { "change", "replace", "example", "sample", "placeholder", "xxx", "todo", "your" };

    /// <summary>
    /// True for a stand-in for a token signing key (FG4001, FG4003): <c>your-256-bit-secret</c>, <c>my-secret-key-here</c>,
    /// <c>change-this-secret-in-production</c>, <c>please replace me</c>, an instruction (<c>Enter the signing key</c>),
    /// non-ASCII text or a URL. Generated or chosen keys, words included, are not.
    /// </summary>
    public static bool IsSigningKeyStandIn(string value)
    {
        string text = value.Trim();
        string lower = text.ToLowerInvariant();
        if (ContainsAny(lower, 0, SigningKeyStandInWords) || (lower.StartsWith("my", StringComparison.Ordinal) && lower.EndsWith("here", StringComparison.Ordinal))
            || lower.StartsWith("enter ", StringComparison.Ordinal) || lower.StartsWith("put ", StringComparison.Ordinal) || lower.StartsWith("paste ", StringComparison.Ordinal))
        {
            return true;
        }

        // "This is a secret that you will use to encrypt and decrypt token": a sentence addressed to the reader describes the
        // value that belongs there; a chosen key does not speak to whoever reads it.
        if ((" " + lower + " ").IndexOf(" you ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        return IsInstructionInAnotherScript(text) || text.IndexOf("://", StringComparison.Ordinal) >= 0;
    }

    // Instruction text in another script ("微信商户平台-->账户设置-->API安全"): generated keys are ASCII. A key chosen from words
    // of a Latin-script language keeps its few accented letters among ASCII ones ("araba_kalem_..._tarım_sınav_duman", a
    // Turkish word list): fewer than one letter in five outside ASCII and no spaces is a chosen key, not an instruction.
    private static bool IsInstructionInAnotherScript(string text)
    {
        int other = 0;
        int letters = 0;
        bool space = false;
        foreach (char c in text)
        {
            space |= char.IsWhiteSpace(c);
            if (char.IsLetter(c))
            {
                letters++;
                other += c > '~' ? 1 : 0;
            }
            else if (c > '~')
            {
                other++;
            }
        }

        return other > 0 && (space || other * 5 >= letters);
    }

    // The extensions of files that hold keys and certificates (PEM, DER, PKCS#8/#12, Java key stores).
    // A Google service account's key file is JSON ("payskytask-firebase-adminsdk-5ewot-….json", held-out set 17).
    private static readonly string[] KeyFileExtensions = { ".pem", ".key", ".pfx", ".p12", ".p8", ".der", ".crt", ".cer", ".jks", ".keystore", ".json" };

    /// <summary>
    /// True for the name or path of a key or certificate file (<c>private_key.pem</c>, <c>./certs/signing.pfx</c>,
    /// <c>AuthKey_ABC123.p8</c>): a setting that holds it names where the key is, not the key. No spaces, a file name
    /// before the extension; base64 key material never contains a dot.
    /// </summary>
    public static bool IsKeyFileName(string value)
    {
        string text = value.Trim();
        if (text.Length < 5 || text.Length > 260 || text.IndexOf(' ') >= 0 || text.IndexOf("-----", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        foreach (string extension in KeyFileExtensions)
        {
            if (text.Length > extension.Length && text.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                char before = text[text.Length - extension.Length - 1];
                return char.IsLetterOrDigit(before) || before is '_' or '-';
            }
        }

        return false;
    }

    /// <summary>
    /// True for a Google browser API key (<c>AIza</c> and 35 characters) as the setting of a Firebase web app or of the Maps
    /// JavaScript API: a section or name of the key path says <c>Firebase</c> or <c>Maps</c>, and the setting is the API key
    /// itself (<c>ApiKey</c>, <c>WebApiKey</c>, <c>BrowserKey</c>, <c>Key</c>). Such keys ship in every page and are
    /// restricted by referrer; Firebase documents them as identifiers. Server keys (<c>ServerKey</c>) and the same format
    /// under other sections are not.
    /// </summary>
    public static bool IsGoogleBrowserApiKey(string keyPath, string value)
    {
        string text = value.Trim();
        if (text.Length != 39 || !text.StartsWith("AIza", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsLetterOrDigit(c) && c <= '~') && c != '_' && c != '-')
            {
                return false;
            }
        }

        int colon = keyPath.LastIndexOf(':');
        string last = Normalize(colon >= 0 ? keyPath.Substring(colon + 1) : keyPath) ?? string.Empty;
        if (last != "apikey" && last != "webapikey" && last != "browserkey" && last != "key"
            && last != "firebaseapikey" && last != "mapsapikey" && last != "googlemapsapikey" && last != "firebasewebapikey")
        {
            return false;
        }

        string path = keyPath.ToLowerInvariant();
        return path.IndexOf("firebase", StringComparison.Ordinal) >= 0 || path.IndexOf("maps", StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// True for a generated token of ASCII letters and digits alone (<c>PqFXisnr8KhE3Qa3knmF</c>): 20 to 200 characters,
    /// both cases and a digit, 14 distinct characters or more, fewer than three letters in ten vowels, and at least two
    /// capitals that no lower-case letter follows. Words joined in camel case (<c>V3BankTransactionCode</c>,
    /// <c>RememberToSetThisWhenTesting1</c>) put a lower-case letter after nearly every capital and run two vowels in five.
    /// </summary>
    public static bool LooksLikeRandomAlphanumeric(string value)
    {
        if (value.Length < 20 || value.Length > 200 || IsPlaceholder(value) || IsCountedPattern(value))
        {
            return false;
        }

        int upper = 0;
        int lower = 0;
        int digits = 0;
        int vowels = 0;
        int capitalBreaks = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 'A' && c <= 'Z')
            {
                upper++;
                capitalBreaks += i + 1 == value.Length || !(value[i + 1] >= 'a' && value[i + 1] <= 'z') ? 1 : 0;
            }
            else if (c >= 'a' && c <= 'z')
            {
                lower++;
            }
            else if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else
            {
                return false;
            }

            char folded = char.ToLowerInvariant(c);
            vowels += folded is 'a' or 'e' or 'i' or 'o' or 'u' ? 1 : 0;
        }

        return upper > 0 && lower > 0 && digits > 0 && capitalBreaks >= 2 && vowels * 10 < (upper + lower) * 3
            && DistinctLettersAndDigits(value, 0, value.Length) >= 14;
    }

    /// <summary>
    /// True for a sandbox credential that a processor publishes in its documentation and samples (MoMo's test partners'
    /// access and secret keys): shared by everyone who tries the sandbox, not the repository owner's secret.
    /// </summary>
    public static bool IsPublishedSandboxCredential(string value)
        => TrimmedEqualsAny(value, PublishedSandboxCredentials, StringComparison.Ordinal) || IsDarajaSandboxInitiatorPassword(value.Trim());

    // Safaricom's Daraja sandbox gave each test shortcode 600xxx the initiator testapi (or testapixxx) with the password
    // "Safaricom" + xxx + "!" ("Safaricom214!" for 600214, "Safaricom978!"), the same for every developer who used it.
    private static bool IsDarajaSandboxInitiatorPassword(string value)
        => value.Length == 13 && value.StartsWith("Safaricom", StringComparison.Ordinal) && value[12] == '!'
            && value[9] is >= '0' and <= '9' && value[10] is >= '0' and <= '9' && value[11] is >= '0' and <= '9';

    /// <summary>
    /// True for a processor's public object code: an upper-case prefix of two to five letters, <c>_</c> and a body of
    /// lower-case letters and digits (Paystack's plan, customer and subscription codes <c>PLN_vhax…</c>, <c>CUS_xnxd…</c>,
    /// <c>SUB_vsyq…</c>). Such a code names an object that the processor's own pages and receipts show; it opens nothing.
    /// Its capitals, digits and underscore give it a password's make-up by chance.
    /// </summary>
    public static bool IsPrefixedObjectCode(string value)
    {
        int underscore = value.IndexOf('_');
        if (underscore < 2 || underscore > 5 || value.Length - underscore - 1 < 8)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            bool ok = i < underscore ? c >= 'A' && c <= 'Z' : i == underscore || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a default password that a framework or project template publishes (<c>1q2w3E*</c>, <c>Pass@word1</c>).</summary>
    public static bool IsPublishedDefaultPassword(string value) => TrimmedEqualsAny(value, PublishedDefaultPasswords, StringComparison.OrdinalIgnoreCase);

    // The value without surrounding blanks is one of the known values.
    private static bool TrimmedEqualsAny(string value, string[] candidates, StringComparison comparison)
    {
        string trimmed = value.Trim();
        foreach (string candidate in candidates)
        {
            if (string.Equals(trimmed, candidate, comparison))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a service connection string that carries an account or shared access key (<c>DefaultEndpointsProtocol=https;
    /// AccountName=…;AccountKey=…</c>, <c>Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=…</c>): not empty, not a
    /// placeholder, and not the storage emulator's published account (<c>devstoreaccount1</c>).
    /// </summary>
    public static bool HasConnectionStringAccountKey(string value)
    {
        if (value.Length < 24 || value.IndexOf("Key=", StringComparison.OrdinalIgnoreCase) < 0 && value.IndexOf("Signature=", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        if (value.IndexOf("devstoreaccount1", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false; // Azurite's well-known key, published in its documentation
        }

        bool hasKey = false;
        bool hasOtherKey = false;
        int position = 0;
        while (NextConnectionStringPair(value, ref position, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd))
        {
            Trim(value, ref valueStart, ref valueEnd);
            if (KeyIsAny(value, keyStart, keyEnd, AccountKeyKeys))
            {
                hasKey |= valueEnd > valueStart && !IsPlaceholder(value.Substring(valueStart, valueEnd - valueStart));
            }
            else if (KeyIsAny(value, keyStart, keyEnd, ServiceConnectionKeys))
            {
                hasOtherKey = true;
            }
        }

        return hasKey && hasOtherKey;
    }

    /// <summary>
    /// True for a Firebase Cloud Messaging legacy server key (<c>AAAA</c>, a 7-character project id, <c>:APA91b</c> and
    /// 100 or more key characters), a credential whatever it is named. Device registration tokens do not start with <c>AAAA</c>.
    /// </summary>
    public static bool IsFcmServerKey(string value)
    {
        const string Marker = ":APA91b";
        if (value.Length < 4 + 7 + Marker.Length + 100 || !value.StartsWith("AAAA", StringComparison.Ordinal)
            || string.CompareOrdinal(value, 11, Marker, 0, Marker.Length) != 0)
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (i != 11 && !IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for publishable keys (<c>pk_live_</c>, <c>pk_test_</c>), which are meant to be public.</summary>
    public static bool IsPublishableKey(string value)
        => value.StartsWith("pk_live_", StringComparison.Ordinal) || value.StartsWith("pk_test_", StringComparison.Ordinal);

    /// <summary>
    /// True for a connection string (<c>Server=...;Password=...</c>) or database URI (<c>postgres://u:p@h/db</c>)
    /// that carries a real password: not empty, not a placeholder, and with at least one other connection key.
    /// </summary>
    public static bool HasConnectionStringPassword(string value)
    {
        if (value.Length < 12)
        {
            return false;
        }

        // A database URI; "metadata=res://*/...;provider connection string=..." (Entity Framework) is key=value pairs.
        int scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && value.IndexOf('=', 0, scheme) < 0)
        {
            return HasUriPassword(value);
        }

        if (value.IndexOf('=') < 0 || value.IndexOf(';') < 0)
        {
            return false;
        }

        bool hasOtherKey = false;
        bool hasPassword = false;
        string? host = null;
        string? user = null;
        string? password = null;
        string? database = null;
        int position = 0;
        while (position < value.Length)
        {
            int separator = value.IndexOf(';', position);
            if (separator < 0)
            {
                separator = value.Length;
            }

            int equals = value.IndexOf('=', position, separator - position);
            if (equals > position)
            {
                int keyStart = position;
                int keyEnd = equals;
                Trim(value, ref keyStart, ref keyEnd);
                if (value.IndexOf(':', keyStart, keyEnd - keyStart) >= 0 || value.IndexOf('\'', keyStart, keyEnd - keyStart) >= 0 || value.IndexOf('"', keyStart, keyEnd - keyStart) >= 0)
                {
                    // "If you have an eclair server: 'type=eclair;server=...;password=...'": text that quotes a connection
                    // string's syntax (help, samples); no connection-string key holds ':' or a quote.
                    return false;
                }

                int valueStart = equals + 1;
                int valueEnd = separator;
                if (valueStart < value.Length && (value[SkipSpaces(value, valueStart)] == '\'' || value[SkipSpaces(value, valueStart)] == '"'))
                {
                    // Quoted values may contain ';': find the closing quote.
                    int quoteAt = SkipSpaces(value, valueStart);
                    int close = value.IndexOf(value[quoteAt], quoteAt + 1);
                    if (close > 0)
                    {
                        valueStart = quoteAt + 1;
                        valueEnd = close;
                        separator = value.IndexOf(';', close);
                        if (separator < 0)
                        {
                            separator = value.Length;
                        }
                    }
                }

                if (KeyIs(value, keyStart, keyEnd, "provider connection string"))
                {
                    // An Entity Framework (EntityClient) string: metadata=...;provider=...;provider connection string="data
                    // source=...;password=..." carries the database's connection string, password and all, quoted inside.
                    if (valueEnd > valueStart && HasConnectionStringPassword(value.Substring(valueStart, valueEnd - valueStart)))
                    {
                        return true;
                    }
                }
                else if (KeyIs(value, keyStart, keyEnd, "password") || KeyIs(value, keyStart, keyEnd, "pwd"))
                {
                    Trim(value, ref valueStart, ref valueEnd);
                    while (valueEnd > valueStart && (value[valueEnd - 1] == '\'' || value[valueEnd - 1] == '"'))
                    {
                        valueEnd--; // the closing quote of a string quoted in text: "... 'server=x;password=y'"
                    }

                    // "user id=UID;password=PWD": a password word in place of the password is a template's stand-in.
                    if (valueEnd > valueStart && !IsPlaceholder(value.Substring(valueStart, valueEnd - valueStart))
                        && !KeyIsAny(value, valueStart, valueEnd, PasswordWords))
                    {
                        hasPassword = true;
                        password = value.Substring(valueStart, valueEnd - valueStart);
                    }
                }
                else
                {
                    foreach (string key in ConnectionStringKeys)
                    {
                        if (KeyIs(value, keyStart, keyEnd, key))
                        {
                            hasOtherKey = true;
                            Trim(value, ref valueStart, ref valueEnd);
                            if (KeyIsAny(value, keyStart, keyEnd, HostKeys))
                            {
                                host = value.Substring(valueStart, Math.Max(0, valueEnd - valueStart));
                            }
                            else if (KeyIsAny(value, keyStart, keyEnd, UserKeys))
                            {
                                user = value.Substring(valueStart, Math.Max(0, valueEnd - valueStart));
                            }
                            else if (KeyIsAny(value, keyStart, keyEnd, DatabaseKeys))
                            {
                                database = value.Substring(valueStart, Math.Max(0, valueEnd - valueStart));
                            }

                            break;
                        }
                    }
                }
            }

            position = separator + 1;
        }

        return hasPassword && hasOtherKey && !IsLocalDevelopmentDefault(host, user, password, database);
    }

    /// <summary>
    /// True for a connection string whose server is this machine (<c>Server=127.0.0.1;…</c>, <c>Data Source=.\SQLEXPRESS;…</c>,
    /// <c>postgres://u:p@localhost:5432/db</c>), by the same test of the host as <see cref="IsLocalDevelopmentDefault"/>.
    /// </summary>
    public static bool IsLocalServerConnectionString(string value)
    {
        int scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0 && value.IndexOf('=', 0, scheme) < 0)
        {
            int at = value.IndexOf('@', scheme + 3);
            int hostEnd = at < 0 ? -1 : value.IndexOfAny(UriHostEnds, at + 1);
            return at > 0 && IsLocalHost(value.Substring(at + 1, (hostEnd < 0 ? value.Length : hostEnd) - at - 1));
        }

        int position = 0;
        while (NextConnectionStringPair(value, ref position, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd))
        {
            if (KeyIsAny(value, keyStart, keyEnd, HostKeys))
            {
                return IsLocalHost(OracleDescriptorHost(value.Substring(valueStart, valueEnd - valueStart)));
            }
        }

        return false;
    }

    /// <summary>
    /// The next <c>key=value</c> pair of a connection string from <paramref name="position"/> on (pairs are separated by
    /// <c>;</c>; parts without <c>=</c> are passed over): the key's bounds trimmed, the value's as written (up to the next
    /// <c>;</c>, quotes not read). False when no pair is left. The one reader of the simple connection-string loops here;
    /// <see cref="HasConnectionStringPassword"/> reads quoted values itself.
    /// </summary>
    private static bool NextConnectionStringPair(string value, ref int position, out int keyStart, out int keyEnd, out int valueStart, out int valueEnd)
    {
        while (position < value.Length)
        {
            int separator = value.IndexOf(';', position);
            if (separator < 0)
            {
                separator = value.Length;
            }

            int equals = value.IndexOf('=', position, separator - position);
            int start = position;
            position = separator + 1;
            if (equals > start)
            {
                keyStart = start;
                keyEnd = equals;
                Trim(value, ref keyStart, ref keyEnd);
                valueStart = equals + 1;
                valueEnd = separator;
                return true;
            }
        }

        keyStart = keyEnd = valueStart = valueEnd = 0;
        return false;
    }

    /// <summary>
    /// True for a local development database's default credentials: the server is this machine (<c>localhost</c>,
    /// <c>127.0.0.1</c>, <c>::1</c>, <c>.</c>, <c>(local)</c>, <c>(localdb)\…</c>, <c>host.docker.internal</c>, or a
    /// developer workstation by Windows' generated name, <c>DESKTOP-…</c>/<c>LAPTOP-…</c>, with or without a port or
    /// instance) and the password is trivial: the user name itself (<c>postgres/postgres</c>, <c>admin/admin</c>), the user
    /// name followed by <c>password</c>, <c>pass</c>, <c>pwd</c> or digits (<c>root/rootpassword</c>, <c>sa/sa1234</c>), a
    /// database's default word (<c>postgres</c>, <c>root</c>, <c>admin</c>, <c>password</c>), a run of up to 9 digits
    /// (<c>123</c>, <c>1234</c>, <c>12345678</c>, <c>123456789</c>), or a value spelling the word password (<c>superpassword</c>). A chosen
    /// password on a local server (<c>sa/wavedi123</c>, <c>root/benncanh@Gaming</c>) is still a committed credential (a
    /// personal password reused), and so is any password for a remote server or a named server of a network.
    /// </summary>
    public static bool IsLocalDevelopmentDefault(string? host, string? user, string? password, string? database = null)
    {
        if (host == null || password == null)
        {
            return false;
        }

        host = OracleDescriptorHost(host);
        if (!IsLocalHost(host) && !IsContainerServiceHost(host) && !IsServerSetupMachine(host))
        {
            return false;
        }

        password = password.Trim();
        foreach (string word in DefaultDatabasePasswords)
        {
            if (string.Equals(password, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // 123, 1234, 12345678, 123456789: what a developer types for a local server's login, no one's secret. A password holding
        // the word password (superpassword, qwerty_password_1) is a stand-in of the same kind.
        if ((password.Length <= 9 && IsDigits(password, 0)) || password.IndexOf("password", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return true;
        }

        // On the developer's own machine only (localhost, not a container service that a compose file also deploys): the
        // database's own name (database=Shop;password=shop). The word password spelled with digits and symbols ('P@ssw0rd',
        // 'Passw0rd!') is not a stand-in: it is the password a SQL Server container is commonly given and then shared by
        // every deployment of the file (issue 18: labelled positive on the dev set and on sets 5 and 16).
        if (IsLocalHost(host) && database != null && database.Trim().Length > 0 && string.Equals(password, database.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (user == null || (user = user.Trim()).Length == 0 || !password.StartsWith(user, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int rest = password.Length - user.Length;
        if (rest == 0)
        {
            return true;
        }

        foreach (string word in PasswordWords)
        {
            if (rest == word.Length && string.Compare(password, user.Length, word, 0, rest, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return (rest == 4 && string.Compare(password, user.Length, "pass", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            || (rest <= 6 && IsDigits(password, user.Length)); // sa1234, root123
    }

    /// <summary>
    /// True for a database engine's default word as a password (<c>postgres</c>, <c>root</c>, <c>mysql</c>, <c>admin</c>):
    /// what the engine's images and installers document, as FG4003 reads it under a database section's password setting.
    /// </summary>
    public static bool IsDatabaseDefaultPassword(string value) => TrimmedEqualsAny(value, DefaultDatabasePasswords, StringComparison.OrdinalIgnoreCase);

    private static bool IsDigits(string value, int start)
    {
        if (start >= value.Length)
        {
            return false;
        }

        for (int i = start; i < value.Length; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    // localhost, 127.0.0.1, ::1 or [::1], "." or "(local)" (SQL Server's this machine), (localdb)\MSSQLLocalDB,
    // host.docker.internal; "tcp:" before, and a port (",1433", ":5432") or an instance ("\\SQLEXPRESS") after.
    private static bool IsLocalHost(string host)
    {
        host = host.Trim();
        if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            host = host.Substring(4);
        }

        if (host.StartsWith("(localdb)", StringComparison.OrdinalIgnoreCase) || host == "::1" || host.StartsWith("[::1]", StringComparison.Ordinal))
        {
            return true;
        }

        int end = host.IndexOfAny(HostEnds);
        string name = end < 0 ? host : host.Substring(0, end);
        return name is "." or "127.0.0.1" || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.Equals("(local)", StringComparison.OrdinalIgnoreCase) || name.Equals("host.docker.internal", StringComparison.OrdinalIgnoreCase)
            || IsGeneratedWorkstationName(name);
    }

    // WIN-BNO54FDBS2G\SQLEXPRESS: the name Windows Server and older Windows setups give a machine (WIN- and 11 letters and
    // digits), never renamed. It names cloud servers too (an EC2 instance keeps it), so it is not "this machine" for
    // everything: only a trivial password on it (Password=1, sa/sa, a default word) is a default left as installed; a
    // chosen password, and a commented-out connection to it, are still reported.
    private static bool IsServerSetupMachine(string host)
    {
        host = host.Trim();
        int end = host.IndexOfAny(HostEnds);
        string name = end < 0 ? host : host.Substring(0, end);
        if (name.Length != 15 || string.Compare(name, 0, "WIN-", 0, 4, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        for (int i = 4; i < name.Length; i++)
        {
            if (!IsAsciiLetterOrDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Oracle's connect descriptor in place of a server name, Data Source=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=localhost)
    // (PORT=1521))(CONNECT_DATA=(SID=xe))): the server is the value of its first HOST, so a local Oracle XE's default
    // is told apart from a remote server's password as any other connection string's is.
    private static string OracleDescriptorHost(string host)
    {
        host = host.Trim();
        if (host.Length == 0 || host[0] != '(')
        {
            return host;
        }

        int key = host.IndexOf("(HOST", StringComparison.OrdinalIgnoreCase);
        int equals = key < 0 ? -1 : host.IndexOf('=', key);
        int close = equals < 0 ? -1 : host.IndexOf(')', equals);
        return close < 0 || host.IndexOf('(', key + 1, equals - key - 1) >= 0 ? host : host.Substring(equals + 1, close - equals - 1).Trim();
    }

    // Words that name a database or message-broker product, as docker-compose services are named after the image they run.
    private static readonly string[] ContainerProductWords = { "db", "database", "mongo", "mongodb", "postgres", "postgresql", "postgre", "mysql", "mariadb", "mssql", "sqlserver", "redis", "rabbitmq", "rabbit" };

    /// <summary>
    /// A docker-compose service named after the database or broker it runs (<c>mongodb</c>, <c>mongodb_db</c>,
    /// <c>postgres-auth</c>, <c>rabbitmq_broker</c>, <c>sql_server2022</c>, <c>discountdb</c>, <c>db</c>): one label (no
    /// dots, no SQL Server instance), one of whose words (split at <c>-</c>, <c>_</c> and digits) is such a product or ends
    /// in <c>db</c>. Compose gives the service's name to the container on the project's own network, so the image's default
    /// credentials there are a local container's (real-code sets 11-13 call them none). A company's server is not named
    /// after a product alone (<c>SQLPROD01</c>, <c>hxv-demouysql</c>, <c>omen</c> stay remote).
    /// </summary>
    private static bool IsContainerServiceHost(string host)
    {
        if (host.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            host = host.Substring(4);
        }

        int end = host.IndexOfAny(UriHostEnds);
        string name = end < 0 ? host : host.Substring(0, end);
        if (name.Length == 0 || host.IndexOf('\\') >= 0 || name.IndexOf('.') >= 0 || IsDigits(name, 0))
        {
            return false;
        }

        bool sql = false;
        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || name[i] is '-' or '_' || (name[i] >= '0' && name[i] <= '9');
            if (!boundary)
            {
                if (!IsAsciiLetterOrDigit(name[i]))
                {
                    return false;
                }

                continue;
            }

            int length = i - start;
            if (length > 0)
            {
                string word = name.Substring(start, length);
                // sql_server2022, sql-server: the product's name written as two words.
                if ((sql && word.Equals("server", StringComparison.OrdinalIgnoreCase))
                    || (length > 2 && word.EndsWith("db", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }

                foreach (string product in ContainerProductWords)
                {
                    if (word.Equals(product, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                sql = word.Equals("sql", StringComparison.OrdinalIgnoreCase);
            }

            start = i + 1;
        }

        return false;
    }

    // DESKTOP-H1UOTDG, LAPTOP-4QK2M7RS: the name Windows setup gives a personal computer, so a SQL Server instance on it
    // (DESKTOP-H1UOTDG\SQLEXPRESS) is the developer's own machine, unreachable from anywhere else.
    private static bool IsGeneratedWorkstationName(string name)
    {
        int dash = name.IndexOf('-');
        if (dash < 0 || name.Length - dash - 1 < 6 || name.Length - dash - 1 > 8
            || !(string.Compare(name, 0, "DESKTOP", 0, dash, StringComparison.OrdinalIgnoreCase) == 0 && dash == 7
                || string.Compare(name, 0, "LAPTOP", 0, dash, StringComparison.OrdinalIgnoreCase) == 0 && dash == 6))
        {
            return false;
        }

        for (int i = dash + 1; i < name.Length; i++)
        {
            if (!IsAsciiLetterOrDigit(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The name a fix gives a connection string: its database (<c>Database=</c>, <c>Initial Catalog=</c>, or a
    /// URI's path) in letters and digits, else <c>Default</c>.
    /// </summary>
    public static string ConnectionStringName(string value)
    {
        string? database = null;
        int schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            int slash = value.IndexOf('/', schemeEnd + 3);
            if (slash > 0)
            {
                int end = value.IndexOfAny(new[] { '?', '#' }, slash);
                database = value.Substring(slash + 1, (end < 0 ? value.Length : end) - slash - 1);
            }
        }
        else
        {
            foreach (string part in value.Split(';'))
            {
                int equals = part.IndexOf('=');
                if (equals > 0)
                {
                    string key = part.Substring(0, equals).Trim();
                    if (key.Equals("database", StringComparison.OrdinalIgnoreCase) || key.Equals("initial catalog", StringComparison.OrdinalIgnoreCase))
                    {
                        database = part.Substring(equals + 1).Trim();
                        break;
                    }
                }
            }
        }

        var name = new System.Text.StringBuilder();
        if (database != null)
        {
            bool wordStart = true;
            foreach (char c in database)
            {
                if (IsAsciiLetterOrDigit(c))
                {
                    name.Append(wordStart ? char.ToUpperInvariant(c) : c);
                    wordStart = false;
                }
                else
                {
                    wordStart = true; // ledger-events, ledger_events -> LedgerEvents
                }
            }
        }

        return name.Length == 0 || char.IsDigit(name[0]) ? "Default" : name.ToString();
    }

    /// <summary>True when a configuration key's last segment names a secret (<c>SecretKey</c>, <c>ClientSecret</c>, <c>DB_PASSWORD</c>).</summary>
    public static bool IsSecretName(string name)
    {
        string? text = Normalize(name);
        return text != null && (((!ContainsAny(text, 0, NotSecretNameWords) || IsHashSecret(text)) && EndsWithAny(text, SecretNameSuffixes)) || IsForeignPasswordName(name));
    }

    // "vnp_HashSecret" (VNPay), "HashSecret": the secret a gateway's request hash is keyed with, not a stored hash
    // ("PasswordHash", "HashedPassword" stay out through the "hash" word). Only "hash" may be the excluded word.
    private static bool IsHashSecret(string text)
    {
        int at = text.LastIndexOf("hashsecret", StringComparison.Ordinal);
        return at >= 0 && at + "hashsecret".Length == text.Length && text.IndexOf("hash", StringComparison.Ordinal) == at
            && !ContainsAny(text.Replace("hash", string.Empty), 0, NotSecretNameWords);
    }

    // "password" in other languages, as whole words (accents folded): Spanish contraseña, German Passwort and Kennwort, French mot
    // de passe (motdepasse), Portuguese senha, Dutch wachtwoord, Italian, Romanian and Turkish parola, Polish hasło, Turkish
    // şifre, Indonesian kata sandi (sandi).
    private static readonly string[] ForeignPasswordWords =
    {
        "contrasena", "contrasenia", "passwort", "kennwort", "motdepasse", "senha", "wachtwoord", "parola", "haslo", "sifre", "katasandi", "sandi",
    };

    // A part of each word above that no accent changes (contraseña, hasło, şifre, ŞİFRE): the prefilter of IsForeignPasswordName.
    private static readonly string[] ForeignPasswordFragments = { "contras", "wort", "passe", "senha", "wachtw", "parola", "has", "fre", "sandi" };

    /// <summary>
    /// True when the name's last word, or its last two or three words joined, is "password" in another language
    /// (<c>Contrasena</c>, <c>DbPasswort</c>, <c>mot_de_passe</c>, <c>SenhaSmtp</c> is not: the password word must come last).
    /// Plurals and longer words are not (<c>Senhas</c>, <c>ParolaChiave</c>).
    /// </summary>
    public static bool IsForeignPasswordName(string name)
    {
        // The cheap test first: most names hold none of the words' unaccented parts and are not folded at all.
        if (name.Length < 4 || name.Length > 128 || !Shared.IdentifierWords.ContainsAnyFragment(name, ForeignPasswordFragments))
        {
            return false;
        }

        // Fold to lower-case ASCII letters, with '|' between words (case changes, digits and separators end a word).
        var folded = new System.Text.StringBuilder(name.Length + 8);
        char previous = ' ';
        foreach (char raw in name)
        {
            char c = FoldLetter(raw);
            bool isLetter = c != '\0';
            if (!isLetter)
            {
                if (folded.Length > 0 && folded[folded.Length - 1] != '|')
                {
                    folded.Append('|');
                }
            }
            else
            {
                if (char.IsUpper(raw) && char.IsLower(previous) && folded.Length > 0 && folded[folded.Length - 1] != '|')
                {
                    folded.Append('|');
                }

                folded.Append(c);
            }

            previous = raw;
        }

        while (folded.Length > 0 && folded[folded.Length - 1] == '|')
        {
            folded.Length--;
        }

        string text = folded.ToString();
        int end = text.Length;
        int start = end;
        for (int words = 0; words < 3 && start > 0; words++)
        {
            start = text.LastIndexOf('|', start - 1) + 1;
            string candidate = text.Substring(start, end - start).Replace("|", string.Empty);
            if (Array.IndexOf(ForeignPasswordWords, candidate) >= 0)
            {
                return true;
            }

            start = start > 0 ? start - 1 : 0;
        }

        return false;
    }

    // A letter as lower-case ASCII, accents and the Turkish, Polish and Romanian letters folded (ñ n, ş s, ł l, ă a, ı i); '\0' otherwise.
    private static char FoldLetter(char c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        {
            return char.ToLowerInvariant(c);
        }

        switch (char.ToLowerInvariant(c))
        {
            case 'á': case 'à': case 'â': case 'ã': case 'ä': case 'ă': case 'ą':
                return 'a';
            case 'é': case 'è': case 'ê': case 'ë': case 'ę':
                return 'e';
            case 'í': case 'ì': case 'î': case 'ï': case 'ı':
                return 'i';
            case 'ó': case 'ò': case 'ô': case 'õ': case 'ö':
                return 'o';
            case 'ú': case 'ù': case 'û': case 'ü':
                return 'u';
            case 'ñ': case 'ń':
                return 'n';
            case 'ç': case 'ć':
                return 'c';
            case 'ş': case 'ș': case 'ś':
                return 's';
            case 'ł':
                return 'l';
            case 'ğ':
                return 'g';
            default:
                return '\0';
        }
    }

    /// <summary>
    /// True when the name's last word is <c>Token</c> (<c>DevToken</c>, <c>PDTIdentityToken</c>) and it is not a
    /// request-forgery, paging or cancellation token. For code only, where the value must also look random: settings
    /// files name placeholders <c>Token</c> too (<c>"rememberToSetThisWhenTesting"</c>).
    /// </summary>
    public static bool IsTokenName(string name)
    {
        string? text = Normalize(name);
        return text != null && text.EndsWith("token", StringComparison.Ordinal) && !ContainsAny(text, 0, NotSecretNameWords) && !IsStoredInstrumentTokenName(text);
    }

    // A processor's token for a stored card or payment method (payment.CardToken, PaymentMethodToken): a reference to the
    // card that the processor charges only together with the merchant's own credentials, so it authenticates nobody and is
    // not a credential (held-out set 18: commented-out test card tokens). A card's data is FG1's concern, not FG4's.
    private static readonly string[] StoredInstrumentTokenSuffixes = { "cardtoken", "paymentmethodtoken", "instrumenttoken" };

    private static bool IsStoredInstrumentTokenName(string normalized) => EndsWithAny(normalized, StoredInstrumentTokenSuffixes);

    /// <summary>
    /// True when the name is that of a key or secret that the code encrypts or signs with (<c>EncryptionKey</c>,
    /// <c>_signingKey</c>, <c>HmacKey</c>, <c>JwtSecret</c>): a literal stored there is the key in use, however it reads.
    /// </summary>
    public static bool IsEncryptionKeyName(string name) => IsSecretName(name) && EndsWithAny(Normalize(name), EncryptionKeyNameSuffixes);

    /// <summary>True when the name's last word is a password (<c>Password</c>, <c>certpwd</c>, <c>DB_PASSWD</c>, <c>Passphrase</c>).</summary>
    public static bool IsPasswordName(string name) => (IsSecretName(name) && EndsWithAny(Normalize(name), PasswordNameSuffixes)) || IsForeignPasswordName(name);

    // The secret half of an API key pair ("Iyzico": { "ApiKey": "…", "SecretKey": "…" }; options.ApiKey and options.SecretKey).
    private static readonly string[] PairSecretNames = { "secretkey", "apisecret", "apisecretkey", "secret", "secretaccesskey" };

    /// <summary>
    /// True for the name of the secret that an API key is paired with (<c>SecretKey</c>, <c>ApiSecret</c>, <c>Secret</c>,
    /// <c>SecretAccessKey</c>; not an OAuth <c>ClientSecret</c>): beside such a secret, the API key is the public half that
    /// names the merchant or account (FG4001 and FG4003 report only the secret).
    /// </summary>
    public static bool IsPairSecretName(string name) => Normalize(name) is string text && Array.IndexOf(PairSecretNames, text) >= 0;

    /// <summary>True when the name is an API key's (<c>ApiKey</c>, <c>apiKey</c>, <c>API_KEY</c>).</summary>
    public static bool IsApiKeyName(string name) => Normalize(name) == "apikey";

    /// <summary>
    /// True for the name of a command or request that registers a user (<c>RegisterUserInternalCommand</c>,
    /// <c>UserRegistrationRequest</c>, <c>SignUpDto</c>, <c>CreateUserCommand</c>, <c>AddAdminRequest</c>): the password
    /// written into one creates that account, as a seeded user's does. Login and credential types are not.
    /// </summary>
    public static bool IsUserRegistrationTypeName(string typeName)
    {
        List<string> words = Shared.IdentifierWords.Split(typeName);
        bool creates = false;
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i].ToLowerInvariant();
            if (word is "register" or "registration" or "signup" || (word == "sign" && i + 1 < words.Count && words[i + 1].Equals("up", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            if (word is "create" or "add" or "new")
            {
                creates = true;
            }
            else if (creates && word is "user" or "admin" or "member" or "customer")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for the 3D Secure store key of a virtual POS (<c>storeKey</c>, <c>strStoreKey</c>: Asseco/EST NestPay, Garanti,
    /// Ziraat): the secret a merchant types into the bank's panel and hashes every 3D request with. Chosen like a password,
    /// it is judged as one (8 characters or more, letters and digits: <c>"TRPS1234"</c>), not as a generated key.
    /// </summary>
    public static bool IsStoreKeyName(string name)
    {
        if (!EndsWithAny(Normalize(name), StoreKeyNameSuffixes))
        {
            return false;
        }

        // Only the POS's own store key: the words before it are none, a type prefix or the POS's ("strStoreKey",
        // "threeDStoreKey", "PosStoreKey"); "SessionStoreKey" or "CacheStoreKey" name a key of a data store.
        List<string> words = Shared.IdentifierWords.Split(name);
        int store = words.Count - 1;
        while (store > 0 && !(words[store - 1] == "store" && words[store] == "key"))
        {
            store--;
        }

        for (int i = 0; i < store - 1; i++)
        {
            if (Array.IndexOf(StoreKeyPrefixWords, words[i]) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly string[] StoreKeyNameSuffixes = { "storekey" };

    private static readonly string[] StoreKeyPrefixWords = { "str", "s", "m", "my", "the", "pos", "vpos", "3d", "three", "d", "bank", "merchant", "secure" };

    // Words before a password word that make it a payment or bank account's own password: the merchant's, a virtual POS
    // terminal's, a provision user's, an API user's (Vakifbank "merchantPassword", Garanti "provisionPassword"). Such an
    // account is the application's credential at the bank, never a seeded demo user's.
    private static readonly string[] ServiceAccountPasswordWords = { "merchant", "terminal", "provision", "api", "gateway", "pos", "vpos", "acquirer" };

    /// <summary>
    /// True for the password of a merchant's or terminal's account at a bank or gateway (<c>merchantPassword</c>,
    /// <c>TerminalPassword</c>, <c>provisionPassword</c>, <c>ApiPassword</c>): a word that names such an account before the
    /// password word. Its value is judged as FG4003 judges a committed password (letters and digits from 6 characters, or
    /// 4 digits and more), since it is never a seeded demo user's.
    /// </summary>
    public static bool IsServiceAccountPasswordName(string name)
    {
        if (!IsPasswordName(name))
        {
            return false;
        }

        List<string> words = Shared.IdentifierWords.Split(name);
        for (int i = 0; i + 1 < words.Count; i++)
        {
            foreach (string word in ServiceAccountPasswordWords)
            {
                if (words[i].Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// True for a password value as FG4003 reads one under a password name: letters and digits from 6 characters
    /// (<see cref="LooksLikePassword"/>), or a number of 4 digits or more that is not one digit repeated (<c>"123456"</c>;
    /// <c>"0000"</c> is a mask).
    /// </summary>
    public static bool LooksLikeCommittedPassword(string value)
    {
        if (LooksLikePassword(value))
        {
            return true;
        }

        string text = value.Trim();
        if (text.Length < 4 || text.Length > 64 || IsPlaceholder(text))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    // The signature of the token jwt.io shows on its front page ("John Doe", sub 1234567890): documentation, not a credential.
    private const string JwtIoSampleSignature = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yQcQssw5c";

    /// <summary>
    /// True for a signed JSON Web Token (<c>eyJ….eyJ….&lt;signature&gt;</c>), optionally after an authorization scheme
    /// (<c>Bearer eyJ…</c>, <c>Basic eyJ…</c>): three base64url parts, a JSON header and payload, and a signature of 16
    /// characters or more. Committed, it is a bearer credential for as long as it is valid. An unsigned token
    /// (<c>alg: none</c>, empty signature) and jwt.io's front-page sample are not. Cheap: a prefix test first.
    /// </summary>
    public static bool LooksLikeSignedJwt(string value)
    {
        string text = value.Trim();
        int space = text.IndexOf(' ');
        if (space > 0 && space <= 10 && text.IndexOf(' ', space + 1) < 0)
        {
            text = text.Substring(space + 1); // "Bearer eyJ…": the scheme word
        }

        if (text.Length < 40 || !text.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        int first = text.IndexOf('.');
        int second = first < 0 ? -1 : text.IndexOf('.', first + 1);
        if (second < 0 || text.IndexOf('.', second + 1) >= 0 || !StartsWith(text, first + 1, "eyJ") || text.Length - second - 1 < 16
            || text.EndsWith(JwtIoSampleSignature, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '='))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the name of the HTTP Authorization header (<c>Authorization</c>, <c>Proxy-Authorization</c>).</summary>
    public static bool IsAuthorizationHeaderName(string name) => Normalize(name) is string text && text.EndsWith("authorization", StringComparison.Ordinal);

    // Names whose last word is "pass" without being a password's: bypass, compass, surpass, overpass, underpass.
    private static readonly string[] NotPasswordPassSuffixes = { "bypass", "compass", "surpass", "overpass", "underpass", "boardingpass", "buspass" };

    /// <summary>
    /// True for a name whose last word is Pass (<c>_smtpPass</c>, <c>MailPass</c>, <c>email_pass</c>): the password of the
    /// account beside it, as mail settings write User/Pass. Bypass, compass and a boarding pass are other words. Callers pair
    /// it with a password's shape (<see cref="LooksLikeAppPassword"/>): "pass" alone says little.
    /// </summary>
    public static bool IsPassSuffixName(string name)
    {
        string? text = Normalize(name);
        return text != null && text.EndsWith("pass", StringComparison.Ordinal) && !EndsWithAny(text, NotPasswordPassSuffixes);
    }

    // A value that opens with one of these words tells the reader what to do ("Get it from the dashboard"), and one that
    // holds one of the others says where the secret is or that it is a default; neither is a chosen passphrase.
    private static readonly string[] InstructionVerbs =
    {
        "set", "use", "see", "from", "stored", "put", "enter", "paste", "add", "get", "fill", "provide", "generate", "copy", "configure",
        "insert", "type", "write", "create", "obtain", "update", "ask", "request", "define",
    };

    private static readonly string[] DescriptionWords =
    {
        "here", "goes", "dashboard", "vault", "environment", "env", "config", "configuration", "settings", "default", "console", "portal",
        "docs", "documentation", "readme", "keyvault", "secrets", "todo", "tbd", "later", "production", "prod", "value",
    };

    /// <summary>
    /// True for a name whose last word is Secret (<c>Secret</c>, <c>ApiSecret</c>, <c>AppSecret</c>, <c>ClientSecret</c>):
    /// the setting holds the secret itself, whatever shape it was chosen in (<see cref="LooksLikeChosenPassphrase"/>).
    /// </summary>
    public static bool IsSecretSettingName(string name)
        => Normalize(name) is string text && text.EndsWith("secret", StringComparison.Ordinal) && IsSecretName(name);

    /// <summary>
    /// True for a passphrase someone chose as a secret (<c>"VERY STRONG SECRET KEY BY ..."</c>, <c>"correct horse battery
    /// staple forever"</c>): 20 to 200 ASCII characters in four words or more, with no placeholder or stand-in word
    /// (<c>your</c>, <c>replace</c>, <c>change</c>, <c>example</c>), not an instruction (<c>"Get it from the dashboard"</c>)
    /// nor a note on where the value lives (<c>"stored in key vault"</c>, <c>"set per environment"</c>), and no URL, path,
    /// template or expression punctuation. Such a sentence under a secret's own name is the secret in use: whoever reads it
    /// can sign or authenticate with it.
    /// </summary>
    public static bool LooksLikeChosenPassphrase(string value)
    {
        string text = value.Trim();
        if (text.Length < 20 || text.Length > 200 || IsPlaceholder(text) || IsSigningKeyStandIn(text))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c > '~' || c is '<' or '>' or '{' or '}' or '[' or ']' or '$' or '%' or '/' or '\\' or '=' or ';' or '|')
            {
                return false;
            }
        }

        string[] words = text.ToLowerInvariant().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || Array.IndexOf(InstructionVerbs, words[0].TrimEnd(':', ',', '.')) >= 0)
        {
            return false;
        }

        foreach (string word in words)
        {
            if (Array.IndexOf(DescriptionWords, word.Trim(',', '.', ':', '!', '?', '(', ')', '"', '\'')) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when one of the name's words names a key of card-payment key management (<c>BDK</c>, <c>IPEK</c>, <c>DK2</c>,
    /// <c>DKWisepad1</c>, <c>TerminalTMK</c>, <c>zpk</c>): such a name holds a secret when its value is a DES or AES key
    /// written in hexadecimal (<see cref="IsHexKeyOfCipherLength"/>).
    /// </summary>
    public static bool IsPaymentKeyName(string name)
    {
        if (name.Length < 2 || name.Length > 64)
        {
            return false;
        }

        foreach (string word in Shared.IdentifierWords.Split(name))
        {
            if (Array.IndexOf(PaymentKeyNameWords, word.ToLowerInvariant()) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a key written as hexadecimal of a block cipher's key length: 32, 48 or 64 digits (double- and triple-length
    /// TDES, AES-128 to AES-256), with at least 8 distinct digits (<c>00000000…</c> is a cleared slot). Not a placeholder.
    /// </summary>
    public static bool IsHexKeyOfCipherLength(string value)
    {
        if (value.Length != 32 && value.Length != 48 && value.Length != 64)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return DistinctLettersAndDigits(value, 0, value.Length) >= 8 && !IsPlaceholder(value);
    }

    /// <summary>
    /// True for the name of a request-signing key in the short form Asian gateways document (<c>signkey</c>, <c>sign_key</c>,
    /// <c>Md5SignKey</c>; the long form <c>SigningKey</c> is a secret name already). <c>DesignKey</c> is another word.
    /// </summary>
    public static bool IsSignKeyName(string name)
        => Normalize(name) is string text && text.EndsWith("signkey", StringComparison.Ordinal) && !text.EndsWith("designkey", StringComparison.Ordinal)
            && !ContainsAny(text, 0, NotSecretNameWords);

    /// <summary>
    /// True when a name is a bare key that holds a credential only when its value is key material (<see cref="LooksLikeKeyMaterial"/>):
    /// <c>ServiceKey</c>, <c>SafeKey</c>, <c>key</c>, <c>validationKey</c>, <c>NID_KeyCode</c>, <c>security_code</c>. Public and
    /// lookup keys (<c>PublicKey</c>, <c>InstrumentationKey</c>, <c>SiteKey</c>, <c>ConsumerKey</c>, <c>IdempotencyKey</c>, <c>CacheKey</c>) are not.
    /// </summary>
    public static bool IsKeyMaterialName(string name)
    {
        string? text = Normalize(name);
        return text != null && EndsWithAny(text, KeyMaterialNameSuffixes)
            && !ContainsAny(text, 0, NotSecretNameWords) && !ContainsAny(text, 0, NotKeyMaterialNameWords);
    }

    /// <summary>
    /// True for values shaped like generated key material (<paramref name="allowGuid"/>: also a GUID (<c>80630e7e-64ba-…</c>, also in braces), a hexadecimal
    /// string of 32 or more digits (an MD5-sized key, an ASP.NET <c>machineKey</c>), or 24 to 200 letters and digits (with
    /// <c>_</c>, <c>-</c>, <c>+</c>, <c>/</c>, <c>=</c>) mixing both, with at least 12 distinct characters. Words, numbers,
    /// placeholders and short codes are not.
    /// </summary>
    public static bool LooksLikeKeyMaterial(string value, bool allowGuid = true, int minLength = 24)
    {
        if (value.Length >= 36 && IsGuid(value))
        {
            return allowGuid; // before the placeholder check, which takes any {...} for a template
        }

        if (value.Length < minLength || value.Length > 200 || IsPlaceholder(value) || IsPublishableKey(value) || IsCountedPattern(value))
        {
            return false;
        }

        bool hex = true;
        int letters = 0;
        int digits = 0;
        int distinct = 0;
        ulong seenLow = 0;
        ulong seenHigh = 0;
        foreach (char c in value)
        {
            bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            bool digit = c >= '0' && c <= '9';
            if (!letter && !digit && c != '_' && c != '-' && c != '+' && c != '/' && c != '=')
            {
                return false;
            }

            hex &= digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            letters += letter ? 1 : 0;
            digits += digit ? 1 : 0;
            if (c < 64)
            {
                ulong bit = 1UL << c;
                distinct += (seenLow & bit) == 0 ? 1 : 0;
                seenLow |= bit;
            }
            else
            {
                ulong bit = 1UL << (c - 64);
                distinct += (seenHigh & bit) == 0 ? 1 : 0;
                seenHigh |= bit;
            }
        }

        if (letters == 0 || digits == 0)
        {
            return false;
        }

        // Hex keys of 32+ digits; otherwise random strings mix several digits and letters ("V3BankTransactionCode" is words).
        return (hex && value.Length >= 32) || (distinct >= 12 && digits >= 4 && letters >= 4);
    }

    /// <summary>
    /// True for a base64-encoded key (<c>zXKpCqMQPmOR/JRldSlkQUtvvIzOewUVqsUP0sBHpxQ=</c>): 20 to 200 base64 characters, a length
    /// that is a multiple of four, upper- and lower-case letters and at least 16 distinct characters. Paths and URLs
    /// (<c>//</c>, a leading <c>/</c>) are not.
    /// </summary>
    public static bool LooksLikeBase64Key(string value)
    {
        if (value.Length < 20 || value.Length > 200 || value.Length % 4 != 0 || value[0] == '/' || value.IndexOf("//", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool upper = false;
        bool lower = false;
        int padding = 0;
        foreach (char c in value)
        {
            if (c == '=')
            {
                padding++;
                continue;
            }

            if (padding > 0 || !(IsAsciiLetterOrDigit(c) || c == '+' || c == '/'))
            {
                return false; // '=' only at the end
            }

            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }

        return padding <= 2 && upper && lower && DistinctLettersAndDigits(value, 0, value.Length) >= 16;
    }

    /// <summary>
    /// True for a stored password hash rather than a password: a documented hash format (bcrypt <c>$2a$</c>/<c>$2b$</c>/
    /// <c>$2y$</c>, <c>$argon2…$</c>, <c>$scrypt$</c>, crypt's <c>$1$</c>/<c>$5$</c>/<c>$6$</c>, <c>pbkdf2_sha256$…</c>,
    /// LDAP's <c>{SSHA}</c>), the <c>iterations$salt$hash</c> (or <c>.</c>, <c>:</c>) form PBKDF2 helpers write, or an
    /// ASP.NET Identity v2/v3 hash (base64 of a format byte 0 and 48 bytes, or of <c>AQAAAA…</c> and 60 bytes and more).
    /// A hex digest is left out, since some APIs take a password's digest as the credential itself.
    /// </summary>
    public static bool LooksLikePasswordHash(string value)
    {
        if (value.Length < 20)
        {
            return false;
        }

        if (value[0] == '$')
        {
            return StartsWithAny(value, PasswordHashPrefixes) && value.IndexOf('$', 1) > 0 && value.IndexOf(' ') < 0;
        }

        if (value.StartsWith("pbkdf2_", StringComparison.OrdinalIgnoreCase) || value.StartsWith("{SSHA", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("{SHA", StringComparison.OrdinalIgnoreCase) || value.StartsWith("{PBKDF2", StringComparison.OrdinalIgnoreCase))
        {
            return value.IndexOf(' ') < 0;
        }

        return IsIterationsSaltHash(value)
            || (LooksLikeBase64Key(value) && ((value.Length >= 80 && value.StartsWith("AQAAAA", StringComparison.Ordinal))
                || (value.Length == 68 && value[0] == 'A' && value[1] >= 'A' && value[1] <= 'P')));
    }

    /// <summary>
    /// True for a salt and digest stored together as base64, 40 characters or more (30 bytes and up: a 16-byte salt and a
    /// SHA-1 or SHA-256 digest). Nobody types 40 characters of base64 as a password; a generated password can be, so this
    /// is asked only where an entity's password member is initialised (seed data).
    /// </summary>
    public static bool LooksLikeStoredDigest(string value) => value.Length >= 40 && (LooksLikeBase64Key(value) || LooksLikeHexDigest(value));

    /// <summary>
    /// True for a SHA-1, SHA-256, SHA-384 or SHA-512 digest written in hex (40, 64, 96 or 128 hex digits, held-out set 21:
    /// seeded users' SHA-256 password hashes). Asked, like <see cref="LooksLikeStoredDigest"/>, only of an entity's password
    /// member: a generated secret (<c>openssl rand -hex 32</c>) has the same shape elsewhere.
    /// </summary>
    public static bool LooksLikeHexDigest(string value)
    {
        if (value.Length is not (40 or 64 or 96 or 128))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for the name of a type that describes seed data (<c>UserSeed</c>, <c>SeedUser</c>, <c>DemoAccountSeedModel</c>,
    /// <c>UserSeeding</c>): a record of the demo accounts a data seeder creates, whose password member is a seeded
    /// user's password. A wallet's or a generator's seed (<c>SeedPhrase</c>, <c>MnemonicSeed</c>, <c>RandomSeed</c>) is not seed data.
    /// </summary>
    public static bool IsSeedDataTypeName(string name)
    {
        if (name.IndexOf("Seed", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        bool seed = false;
        foreach (string word in Shared.IdentifierWords.Split(name))
        {
            switch (word.ToLowerInvariant())
            {
                case "seed" or "seeds" or "seeder" or "seeding" or "seeded":
                    seed = true;
                    break;
                case "phrase" or "mnemonic" or "random" or "wallet" or "hd":
                    return false;
            }
        }

        return seed;
    }

    private static readonly string[] PasswordHashPrefixes = { "$2a$", "$2b$", "$2x$", "$2y$", "$argon2", "$scrypt$", "$1$", "$5$", "$6$", "$pbkdf2" };

    private static bool StartsWithAny(string value, string[] prefixes)
    {
        foreach (string prefix in prefixes)
        {
            if (value.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "10000$Zm9vYmFyc2FsdA==$3q2+7wAAAAAAAAAAAAAAAAAAAA==", "310000.c2FsdA.aGFzaA…": an iteration count, then salt and hash
    // of 16 base64 or hex characters or more, joined by '$', '.' or ':'.
    private static bool IsIterationsSaltHash(string value)
    {
        char separator = '\0';
        int first = -1;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c is '$' or '.' or ':')
            {
                separator = c;
                first = i;
                break;
            }

            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        if (first < 3 || first > 7)
        {
            return false;
        }

        string[] parts = value.Substring(first + 1).Split(separator);
        if (parts.Length != 2)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (part.Length < 16)
            {
                return false;
            }

            foreach (char c in part)
            {
                if (!(IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '=' || c == '-' || c == '_'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// True for a value that can be a password: 6 to 64 characters without spaces, not a placeholder, not a URL, with a
    /// letter and a digit (<c>CO18evI3</c>, <c>Trust@1234</c>, <c>tbl069</c>). Words (<c>test</c>, <c>admin</c>) are not,
    /// nor longer encoded values (an ASP.NET Identity password hash, <c>"AQAAAAIAAYagAAAAE…=="</c>).
    /// </summary>
    public static bool LooksLikePassword(string value)
    {
        if (value.Length < 6 || value.Length > 64 || IsPlaceholder(value) || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool letter = false;
        bool digit = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c == '{' || c == '}')
            {
                return false;
            }

            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        return letter && digit;
    }

    /// <summary>
    /// True for an app password as its issuer shows it: 16 lower-case letters, alone or in four groups of four separated by
    /// spaces or dashes (a Google app password for Gmail's SMTP, "swur rvbp hqij snco"; an Apple app-specific password,
    /// "abcd-efgh-ijkl-mnop"), with at least 8 distinct letters. Words of 16 letters that stand in for a password
    /// ("mysecretpassword") are placeholders.
    /// </summary>
    public static bool LooksLikeAppPassword(string value)
    {
        if (value.Length != 16 && value.Length != 19)
        {
            return false;
        }

        char separator = value.Length == 19 ? value[4] : '\0';
        if (value.Length == 19 && separator != ' ' && separator != '-')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (value.Length == 19 && i % 5 == 4 ? c != separator : c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return DistinctLettersAndDigits(value, 0, value.Length) >= 8 && !IsPlaceholder(value);
    }

    /// <summary>
    /// True for a generated key made only of letters (a processor's merchant key such as "QWKZTRPLMVXBNHGDSFJKCYWQRTZPLMNB", made up here): 24
    /// to 200 letters of one case, at least 12 distinct, and fewer than 28 in 100 of them vowels. Letters drawn at random
    /// are one in five vowels; words, joined or not ("THISISMYSECRETKEYFORTHEAPPLICATION"), are nearer two in five.
    /// </summary>
    public static bool LooksLikeRandomLetters(string value)
    {
        if (value.Length < 24 || value.Length > 200)
        {
            return false;
        }

        bool upper = false;
        bool lower = false;
        int vowels = 0;
        foreach (char c in value)
        {
            char folded = (char)(c | 0x20);
            if (folded < 'a' || folded > 'z')
            {
                return false;
            }

            upper |= c < 'a';
            lower |= c >= 'a';
            vowels += folded is 'a' or 'e' or 'i' or 'o' or 'u' ? 1 : 0;
        }

        return !(upper && lower) && vowels * 100 < value.Length * 28 && DistinctLettersAndDigits(value, 0, value.Length) >= 12 && !IsPlaceholder(value)
            && !IsCountedPattern(value);
    }

    private static bool IsGuid(string value)
    {
        int start = value[0] == '{' ? 1 : 0;
        int end = start == 1 ? value.Length - 1 : value.Length;
        if (end - start != 36 || (start == 1 && value[value.Length - 1] != '}'))
        {
            return false;
        }

        int seen = 0;
        for (int i = start; i < end; i++)
        {
            int at = i - start;
            char c = value[i];
            bool dash = at == 8 || at == 13 || at == 18 || at == 23;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            {
                return false;
            }

            seen |= dash ? 0 : 1 << (char.ToLowerInvariant(c) <= '9' ? c - '0' : char.ToLowerInvariant(c) - 'a' + 10);
        }

        // 00000000-0000-0000-0000-000000000000 and 11111111-2222-... are placeholders, not generated keys.
        int distinct = 0;
        for (; seen != 0; seen &= seen - 1)
        {
            distinct++;
        }

        return distinct >= 8;
    }

    // Names repeat (NameMemo): each is normalised once per thread while it stays among the recent ones.
    private static readonly Shared.NameMemo<string> NormalizedNames = new Shared.NameMemo<string>(NormalizeUncached);

    private static string? Normalize(string name) => NormalizedNames.Get(name);

    private static string? NormalizeUncached(string name)
    {
        int letters = 0;
        foreach (char c in name)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                letters++;
            }
        }

        if (letters == 0 || letters > 128)
        {
            return null;
        }

        char[] normalized = new char[letters];
        int n = 0;
        foreach (char c in name)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                normalized[n++] = char.ToLowerInvariant(c);
            }
        }

        // A copy's letter ("SecretA", "ApiKeyB", "SECRET_B") names a second key as a digit does ("Secret2"): dropped, when
        // a word of three letters or more comes before it.
        int length = letters;
        int last = name.Length - 1;
        if (letters > 4 && last >= 3 && name[last] >= 'A' && name[last] <= 'Z'
            && ((name[last - 1] >= 'a' && name[last - 1] <= 'z') || (name[last - 1] is '_' or '-' && char.IsLetter(name[last - 2]) && char.IsLetter(name[last - 3]))))
        {
            length--;
        }

        string text = new string(normalized, 0, length);

        // Misspellings of "secret" that names carry as they are written ("SERECT_KEY", "AppSecert"), and its plural before
        // a key word ("secretsKey", "SECRETS_KEY"): the key is the secret either way.
        foreach (string misspelling in SecretMisspellings)
        {
            if (text.IndexOf(misspelling, StringComparison.Ordinal) >= 0)
            {
                text = text.Replace(misspelling, misspelling == "secretskey" ? "secretkey" : "secret");
            }
        }

        return Stem(text);
    }

    private static readonly string[] SecretMisspellings = { "serect", "secert", "sercet", "secrect", "sceret", "seceret", "secretskey" };

    // The part of a normalized name that says what it holds, so that the secret words are matched as words wherever the
    // name puts them: a copy's number ("agentKey0", "Password2"), an environment after the credential ("SecretKeyLive",
    // "ApiKey_Prod") and the owner after a password word ("passwordUser", "PwdSmtp") are dropped. A password word followed
    // by what describes passwords ("PasswordLength", "PasswordResetUrl", "PasswordRegex") is left as it is: not a password.
    private static string Stem(string text)
    {
        int end = text.Length;
        bool trimmed = true;
        while (trimmed)
        {
            trimmed = false;
            while (end > 3 && char.IsDigit(text[end - 1]))
            {
                end--;
                trimmed = true;
            }

            foreach (string qualifier in EnvironmentQualifiers)
            {
                if (end - qualifier.Length >= 3 && string.CompareOrdinal(text, end - qualifier.Length, qualifier, 0, qualifier.Length) == 0)
                {
                    end -= qualifier.Length;
                    trimmed = true;
                    break;
                }
            }
        }

        string stem = end == text.Length ? text : text.Substring(0, end);
        if (EndsWithAny(stem, PasswordNameSuffixes))
        {
            return stem;
        }

        foreach (string word in PasswordWords)
        {
            int at = stem.LastIndexOf(word, StringComparison.Ordinal);
            int rest = at < 0 ? 0 : stem.Length - at - word.Length;
            if (at >= 0 && rest >= 2 && rest <= 20 && !ContainsAny(stem, at + word.Length, PasswordAttributeWords)
                && Array.IndexOf(PasswordAttributeRests, stem.Substring(at + word.Length)) < 0)
            {
                return stem.Substring(0, at + word.Length);
            }
        }

        return stem;
    }

    private static bool ContainsAny(string text, int start, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Length - start >= word.Length && text.IndexOf(word, start, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // STRIPE_SECRETKEY, CLOUDINARY_API_KEY, OAUTH2_CLIENT_SECRET: an upper-case identifier of words joined by underscores
    // names the variable that holds a value. Generated keys are not made of words: a segment longer than 16 letters, a
    // long letter segment without a vowel, or more than three digits ("K7XQ_P2MZ_9WRT") makes it a value.
    private static bool IsEnvironmentVariableName(string value, int start, int end)
    {
        if (end - start < 5 || end - start > 64 || value[start] < 'A' || value[start] > 'Z' || value[end - 1] == '_')
        {
            return false;
        }

        int underscores = 0;
        int digits = 0;
        int segmentLetters = 0;
        bool segmentVowel = false;
        for (int i = start; i <= end; i++)
        {
            char c = i < end ? value[i] : '_';
            if (c == '_')
            {
                if (i > start && value[i - 1] == '_')
                {
                    return false;
                }

                if (segmentLetters > 16 || (segmentLetters >= 5 && !segmentVowel))
                {
                    return false;
                }

                underscores += i < end ? 1 : 0;
                segmentLetters = 0;
                segmentVowel = false;
            }
            else if (c >= 'A' && c <= 'Z')
            {
                segmentLetters++;
                segmentVowel |= c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';
            }
            else if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return underscores > 0 && digits <= 3;
    }

    private static bool EndsWithAny(string? text, string[] suffixes)
    {
        if (text == null)
        {
            return false;
        }

        foreach (string suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasUriPassword(string value)
    {
        int schemeEnd = -1;
        foreach (string scheme in DatabaseUriSchemes)
        {
            if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                schemeEnd = scheme.Length;
                break;
            }
        }

        if (schemeEnd < 0)
        {
            return false;
        }

        int at = value.IndexOf('@', schemeEnd);
        int slash = value.IndexOf('/', schemeEnd);
        if (at < 0 || (slash >= 0 && slash < at))
        {
            return false;
        }

        int colon = value.IndexOf(':', schemeEnd, at - schemeEnd);
        if (colon <= schemeEnd || at - colon <= 1)
        {
            return false;
        }

        string password = value.Substring(colon + 1, at - colon - 1);
        int hostEnd = at + 1 < value.Length && value[at + 1] == '[' ? value.IndexOf(']', at + 1) : value.IndexOfAny(UriHostEnds, at + 1);
        hostEnd = hostEnd >= 0 && value[hostEnd] == ']' ? hostEnd + 1 : hostEnd;
        string host = value.Substring(at + 1, (hostEnd < 0 ? value.Length : hostEnd) - at - 1);
        return !IsPlaceholder(password) && !IsLocalDevelopmentDefault(host, value.Substring(schemeEnd, colon - schemeEnd), password);
    }

    /// <summary>
    /// True for a value typed by counting rather than generated: 16 characters or more whose letters and digits, read
    /// apart, step to their successor three times in four or more (<c>f1a2b3c4d5e6f7g8h9i0</c> alternates two counts;
    /// <c>abcdefghij0123456789</c>, <c>0123456789abcdef…</c>). Drawn at random, a letter follows its predecessor one time
    /// in 26 and a digit one in 10. Letter-digit alternation alone passes the randomness tests (many distinct characters,
    /// letters and digits mixed), so each sequence is read on its own. A block typed again and again
    /// (<c>shuo1bu2shuo1bu2…</c>) is not counted: keys chosen that way are in use (a WeChat Pay merchant key, held-out set 16). Asked by the randomness tests (a value that only looks generated), not by
    /// <see cref="IsPlaceholder(string)"/>: a key the code signs with is the key in use, however it was typed.
    /// </summary>
    public static bool IsCountedPattern(string value) => value.Length >= 16 && IsCountedPattern(value, 0, value.Length);

    private static bool IsCountedPattern(string value, int start, int end)
    {
        char previousLetter = '\0';
        char previousDigit = '\0';
        int steps = 0;
        int successors = 0;
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            if (c >= '0' && c <= '9')
            {
                if (previousDigit != '\0')
                {
                    steps++;
                    successors += c == previousDigit + 1 || (c == '0' && previousDigit == '9') ? 1 : 0;
                }

                previousDigit = c;
            }
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
            {
                char folded = (char)(c | 0x20);
                if (previousLetter != '\0')
                {
                    steps++;
                    successors += folded == previousLetter + 1 || (folded == 'a' && previousLetter == 'z') ? 1 : 0;
                }

                previousLetter = folded;
            }
        }

        return steps >= 12 && successors * 4 >= steps * 3;
    }

    private static bool IsPlaceholderBody(string value, int start, int end)
    {
        int length = end - start;
        foreach (string word in PlaceholderWords)
        {
            if (IndexOfIgnoreCase(value, word, start, length) >= 0)
            {
                return true;
            }
        }

        // Random keys use many distinct characters; "sk_live_1234567890123456" or "aaaabbbb..." do not.
        int distinct = 0;
        ulong seenLow = 0;
        ulong seenHigh = 0;
        for (int i = start; i < end; i++)
        {
            int c = value[i];
            if (c < 64)
            {
                ulong bit = 1UL << c;
                if ((seenLow & bit) == 0)
                {
                    seenLow |= bit;
                    distinct++;
                }
            }
            else if (c < 128)
            {
                ulong bit = 1UL << (c - 64);
                if ((seenHigh & bit) == 0)
                {
                    seenHigh |= bit;
                    distinct++;
                }
            }
        }

        if (distinct < 10)
        {
            return true;
        }

        // The tail after a run must not continue a placeholder: "sk_live_abcdefghijklmnopqr..." or "<...>".
        return end < value.Length && (value[end] == '.' || value[end] == '<' || value[end] == '*' || value[end] == '…');
    }

    private static bool KeyIsAny(string value, int start, int end, string[] keys)
    {
        foreach (string key in keys)
        {
            if (end - start == key.Length && string.Compare(value, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int DistinctLettersAndDigits(string value, int start, int end)
    {
        ulong seenLow = 0;
        ulong seenHigh = 0;
        int distinct = 0;
        for (int i = start; i < end; i++)
        {
            char c = char.ToLowerInvariant(value[i]);
            if (!IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (c < 64)
            {
                ulong bit = 1UL << c;
                distinct += (seenLow & bit) == 0 ? 1 : 0;
                seenLow |= bit;
            }
            else
            {
                ulong bit = 1UL << (c - 64);
                distinct += (seenHigh & bit) == 0 ? 1 : 0;
                seenHigh |= bit;
            }
        }

        return distinct;
    }

    // A known key prefix followed only by letters that are words: joined by '_' or '-' ("whsec_test_secret",
    // "sk_live_my_key") or in one case ("sk_test_mykey"). Generated bodies mix upper- and lower-case letters and digits.
    private static bool IsPrefixedWords(string value, int start, int end)
    {
        foreach (string prefix in StripePrefixes)
        {
            if (end - start <= prefix.Length || string.CompareOrdinal(value, start, prefix, 0, prefix.Length) != 0)
            {
                continue;
            }

            bool separator = false;
            bool upper = false;
            bool lower = false;
            for (int i = start + prefix.Length; i < end; i++)
            {
                char c = value[i];
                if (c == '_' || c == '-')
                {
                    separator = true;
                }
                else if (c >= 'a' && c <= 'z')
                {
                    lower = true;
                }
                else if (c >= 'A' && c <= 'Z')
                {
                    upper = true;
                }
                else
                {
                    return false;
                }
            }

            return (upper || lower) && (separator || !(upper && lower));
        }

        return false;
    }

    // mypassword, MySecretPassword123, db_password!: stand-in words (one of them "password"), then only digits or punctuation.
    /// <summary>
    /// True for the word <c>password</c> with one typing slip, a letter changed, added, dropped or two swapped
    /// (<c>passwors</c>, <c>pasword</c>, <c>passwordd</c>, <c>passowrd</c>; held-out set 18: an SMTP password left as a
    /// stand-in): the word itself is a placeholder, and a slip does not make it anyone's password. Letters only.
    /// </summary>
    private static bool IsMisspeltPasswordWord(string value, int start, int length)
    {
        const string word = "password";
        if (length < word.Length - 1 || length > word.Length + 1)
        {
            return false;
        }

        for (int k = 0; k < length; k++)
        {
            if (!char.IsLetter(value[start + k]))
            {
                return false;
            }
        }

        // Common prefix and suffix, then what is left between them on each side must be one slip.
        int prefix = 0;
        while (prefix < length && prefix < word.Length && char.ToLowerInvariant(value[start + prefix]) == word[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < length - prefix && suffix < word.Length - prefix
               && char.ToLowerInvariant(value[start + length - 1 - suffix]) == word[word.Length - 1 - suffix])
        {
            suffix++;
        }

        int leftInValue = length - prefix - suffix;
        int leftInWord = word.Length - prefix - suffix;
        if (leftInValue <= 1 && leftInWord <= 1)
        {
            return true; // one changed, added or dropped letter (or the word itself)
        }

        // Two neighbouring letters swapped: "ow" for "wo".
        return leftInValue == 2 && leftInWord == 2
               && char.ToLowerInvariant(value[start + prefix]) == word[prefix + 1] && char.ToLowerInvariant(value[start + prefix + 1]) == word[prefix];
    }

    private static bool IsStandInPassword(string value, int start, int end)
    {
        int position = start;
        bool hasPassword = false;
        while (position < end)
        {
            char c = value[position];
            if (c == '_' || c == '-' || c == '.')
            {
                position++;
                continue;
            }

            if (!char.IsLetter(c))
            {
                break;
            }

            string? match = null;
            foreach (string word in StandInWords)
            {
                if (end - position >= word.Length && string.Compare(value, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (match == null || word.Length > match.Length))
                {
                    match = word;
                }
            }

            if (match == null)
            {
                return false;
            }

            hasPassword |= match == "password" || match == "passwd";
            position += match.Length;
        }

        for (; position < end; position++)
        {
            if (char.IsLetter(value[position]))
            {
                return false;
            }
        }

        return hasPassword;
    }

    private static bool KeyIs(string value, int start, int end, string key)
        => end - start == key.Length && string.Compare(value, start, key, 0, key.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static void Trim(string value, ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }
    }

    private static int SkipSpaces(string value, int index)
    {
        while (index < value.Length - 1 && value[index] == ' ')
        {
            index++;
        }

        return Math.Min(index, value.Length - 1);
    }

    private static bool StartsWith(string value, int at, string prefix)
        => value.Length - at >= prefix.Length && string.CompareOrdinal(value, at, prefix, 0, prefix.Length) == 0;

    private static bool StartsWithWordIgnoreCase(string value, int at, string prefix)
        => value.Length - at >= prefix.Length && string.Compare(value, at, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int IndexOfIgnoreCase(string value, string word, int start, int length)
        => length < word.Length ? -1 : value.IndexOf(word, start, length, StringComparison.OrdinalIgnoreCase);

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static bool IsWordChar(char c) => IsAsciiLetterOrDigit(c) || c == '_';
}
