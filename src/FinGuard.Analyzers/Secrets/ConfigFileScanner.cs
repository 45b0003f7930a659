using System.IO;
using System.Text;
using System.Xml;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Secrets;

/// <summary>A credential found in a configuration file: the value's span (quotes included), its key path and what it is.</summary>
internal readonly record struct ConfigFinding(int Start, int Length, string Key, string What);

/// <summary>
/// Reads committed configuration files for FG4003 without ever throwing: a tolerant JSON reader (comments and
/// trailing commas, as <c>appsettings.json</c> allows) and <see cref="XmlReader"/> for <c>*.config</c>. A file that
/// does not parse yields no findings at all, so half-edited files never produce noise.
/// </summary>
internal static class ConfigFileScanner
{
    private const int MaxDepth = 128;
    private const int MinNamedSecretLength = 8;
    private static readonly char[] Quotes = { '"', '\'' };

    public static bool ScanJson(string text, List<ConfigFinding> findings)
    {
        var reader = new JsonReader(text, findings);
        int before = findings.Count;
        if (reader.ReadDocument())
        {
            DropKeyIdentifiersOfPairs(findings, before);
            return true;
        }

        findings.RemoveRange(before, findings.Count - before);
        return false;
    }

    public static bool ScanXml(SourceText source, List<ConfigFinding> findings)
    {
        int before = findings.Count;
        if (ScanXml(source, source.ToString(), findings, ConformanceLevel.Document))
        {
            return true;
        }

        findings.RemoveRange(before, findings.Count - before);
        return false;
    }

    private const string DatabasePassword = "a database password";

    // Reads one document, or (ConformanceLevel.Fragment) the inside of one comment. A commented-out setting is still
    // committed: '<!-- <add key="ProxyPassword" value="..."/> -->' is read as the elements it holds, at their place in the
    // file. A comment that does not read as XML (prose, a half element) gives nothing and does not spoil the file.
    private static bool ScanXml(SourceText source, string text, List<ConfigFinding> findings, ConformanceLevel level)
    {
        try
        {
            bool isDocument = level == ConformanceLevel.Document;
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = !isDocument, IgnoreProcessingInstructions = true, ConformanceLevel = level,
            };
            using var stringReader = new StringReader(text);
            using XmlReader reader = XmlReader.Create(stringReader, settings);
            var lineInfo = reader as IXmlLineInfo;
            var elements = new Stack<string>();
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Comment)
                {
                    if (lineInfo != null && lineInfo.HasLineInfo())
                    {
                        ScanComment(OffsetOf(source, lineInfo.LineNumber, lineInfo.LinePosition), text, findings);
                    }
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    if (!reader.IsEmptyElement)
                    {
                        elements.Push(reader.LocalName);
                    }

                    if (reader.HasAttributes)
                    {
                        ScanAttributes(reader, lineInfo, source, text, findings);
                    }
                }
                else if ((reader.NodeType == XmlNodeType.Text || reader.NodeType == XmlNodeType.CDATA) && elements.Count > 0 && lineInfo != null && lineInfo.HasLineInfo())
                {
                    string value = reader.Value;
                    int start = OffsetOf(source, lineInfo.LineNumber, lineInfo.LinePosition);
                    int end = start < 0 ? -1 : text.IndexOf('<', start);
                    if (start >= 0 && end > start)
                    {
                        Check(elements.Peek(), value.Trim(), start, end - start, findings);
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && elements.Count > 0)
                {
                    elements.Pop();
                }
            }

            return true;
        }
        catch (XmlException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // The comment's text from the file itself (the reader's value has its line ends normalised), read as a fragment; what it
    // finds is moved to the comment's place in the file.
    private static void ScanComment(int at, string text, List<ConfigFinding> findings)
    {
        if (at < 0)
        {
            return;
        }

        int start = at >= 4 && string.CompareOrdinal(text, at - 4, "<!--", 0, 4) == 0 ? at : string.CompareOrdinal(text, at, "<!--", 0, 4) == 0 ? at + 4 : -1;
        int end = start < 0 ? -1 : text.IndexOf("-->", start, StringComparison.Ordinal);
        if (end < 0 || text.IndexOf('<', start, end - start) < 0)
        {
            return; // prose: no element inside
        }

        string inner = text.Substring(start, end - start);
        var found = new List<ConfigFinding>();
        if (!ScanXml(SourceText.From(inner), inner, found, ConformanceLevel.Fragment))
        {
            return;
        }

        foreach (ConfigFinding finding in found)
        {
            // A commented-out connection to this machine ('<!-- <add name="Default" connectionString="Server=127.0.0.1;…;
            // Password=…"/> -->') is neither in effect nor reachable from elsewhere: a developer's old local database. A
            // commented-out connection to any other server is a credential someone can still use.
            if (finding.What == DatabasePassword && SecretFormats.IsLocalServerConnectionString(inner.Substring(finding.Start, finding.Length).Trim('"', '\'')))
            {
                continue;
            }

            findings.Add(finding with { Start = finding.Start + start });
        }
    }

    private static void ScanAttributes(XmlReader reader, IXmlLineInfo? lineInfo, SourceText source, string text, List<ConfigFinding> findings)
    {
        string? key = reader.GetAttribute("key") ?? reader.GetAttribute("name");
        for (int i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            string name = reader.LocalName;
            if (name == "key" || name == "name" || lineInfo == null || !lineInfo.HasLineInfo())
            {
                continue;
            }

            int nameAt = OffsetOf(source, lineInfo.LineNumber, lineInfo.LinePosition);
            int equals = nameAt < 0 ? -1 : text.IndexOf('=', nameAt);
            int quote = equals < 0 ? -1 : text.IndexOfAny(Quotes, equals);
            int close = quote < 0 ? -1 : text.IndexOf(text[quote], quote + 1);
            if (close < 0)
            {
                continue;
            }

            bool isSetting = (name == "value" || name == "connectionString") && key != null;
            Check(isSetting ? key! : name, reader.Value, quote, close - quote + 1, findings, isAttributeName: !isSetting);
        }

        reader.MoveToElement();
    }

    private static int OffsetOf(SourceText source, int line, int column)
    {
        if (line < 1 || line > source.Lines.Count)
        {
            return -1;
        }

        TextLine textLine = source.Lines[line - 1];
        int offset = textLine.Start + column - 1;
        return offset >= textLine.Start && offset <= textLine.End ? offset : -1;
    }

    private static void Check(string key, string value, int start, int length, List<ConfigFinding> findings, bool isAttributeName = false)
    {
        // value=" 1fe16257…b778 ": blanks typed around a value are not part of the key; every shape test reads what is inside.
        value = value.Trim();

        // A private key by its format, first: a long base64 key may hold a placeholder word by chance ("…fake…").
        if (SecretFormats.HasPrivateKey(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a private key"));
            return;
        }

        // "SecretKey": "SecretKey", "Token": "Token": the setting's own name written as its value is a template's
        // stand-in (real-code sets 4 and 13), as "changeme" is; a key is never its setting's name.
        if (SecretFormats.IsPlaceholder(value) || IsSettingNameRepeated(LastSegment(key), value))
        {
            return;
        }

        // "Key": "2E56uS1k+==": base64's padding after a length that no base64 text has (not a multiple of four) is what is
        // left of a key cut down before committing, as "==" alone is; short, it could not sign or encrypt anything.
        if (IsCutBase64Stub(value))
        {
            return;
        }

        // MoMo's published test partner keys (MOMOBKUN20180529's, MOMO's): every sandbox integrator holds the same values.
        if (SecretFormats.IsPublishedSandboxCredential(value))
        {
            return;
        }

        // A processor's sandbox key is judged by its setting's name below, as any generated value is. A Stripe test key
        // is a committed credential of the team's Stripe account, as FG4002 reports it in code (FG4003 page).
        SecretFormat format = SecretFormats.FindKnownKey(value, out _, out _);
        if (format != SecretFormat.None && format != SecretFormat.SandboxSecretKey)
        {
            findings.Add(new ConfigFinding(start, length, key, SecretFormats.Describe(format)));
            return;
        }

        if (SecretFormats.IsFcmServerKey(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a Firebase Cloud Messaging server key"));
            return;
        }

        if (SecretFormats.HasConnectionStringPassword(value))
        {
            findings.Add(new ConfigFinding(start, length, key, DatabasePassword));
            return;
        }

        if (SecretFormats.HasConnectionStringAccountKey(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "an account key"));
            return;
        }

        string name = LastSegment(key);

        // "Jwt:PrivateKey": "private_key.pem", "Signing:KeyFile": "certs/signing.pfx": the name of the file that holds the
        // key, not the key (real-code sets 13 and 14 label such values none).
        if (SecretFormats.IsKeyFileName(value))
        {
            return;
        }

        // "Firebase": { "ApiKey": "AIza…" }, "GoogleMaps": { "ApiKey": "AIza…" }: the browser key of a Firebase web app or of
        // the Maps JavaScript API is shipped to every visitor's browser and is restricted by referrer in Google's console;
        // Google documents it as an identifier, not a secret (sets 7, 8 and 14 label it none). The same key format under
        // any other section (an AI or server API's key) stays reported.
        if (SecretFormats.IsGoogleBrowserApiKey(key, value))
        {
            return;
        }

        // "DatabaseOptions": { "User": "postgres", "Password": "postgres" }: a database section's password that is the engine's
        // default word is a local server's, as a connection string's is (IsLocalDevelopmentDefault).
        if (SecretFormats.IsPasswordName(name) && (SecretFormats.IsPublishedDefaultPassword(value) || IsInSeedSection(key) || SecretFormats.LooksLikePasswordHash(value)
            || (SecretFormats.IsDatabaseDefaultPassword(value) && IsInDatabaseSection(key))))
        {
            // A template's published default admin password (ABP's 1q2w3E*) reveals nothing; the initial password of an
            // account that a data seeder creates ("Seeder": { "AdminPassword": "…" }) is a seeded demo user's, as in code;
            // a bcrypt or base64 hash under a password name is what a login is compared with, not the password.
            return;
        }
        // "Jwt:Key": "idm criptocurrency", "JwtSettings:Secret": "ThisIsMySuperSecretKeyForJwtTokens", "JWT:SecKey": the key an API
        // signs its tokens with is a secret however it reads: 16 characters or more, words and spaces included, unless the
        // value is a stand-in ("my-secret-key-here", "change-this-in-production").
        if (IsTokenSigningSecretPath(key))
        {
            if (SecretFormats.IsSigningKeyStandIn(value))
            {
                return;
            }

            if (value.Length >= MinTokenSigningSecretLength)
            {
                findings.Add(new ConfigFinding(start, length, key, "a token signing key"));
                return;
            }
        }

        // "Mono": { "SecretKey": "mono-secret-key" }, "SecretKey": "24byte_secret_key_for_3des": lower-case words joined by '-'
        // or '_' that spell the setting's own name among them describe what belongs there, as the name repeated does; a
        // service issues its keys generated. Token signing keys, which people choose as words, are judged above.
        if (!SecretFormats.IsEncryptionKeyName(name) && IsSettingNameAmongValueWords(name, value))
        {
            return;
        }

        // "ApiSettings": { "Secret": "VERY STRONG SECRET KEY BY …" }: a setting named for the secret itself holds a passphrase
        // someone chose as it would hold a generated key (set 19); a note, an instruction or a stand-in sentence does not.
        if (SecretFormats.IsSecretSettingName(name) && SecretFormats.LooksLikeChosenPassphrase(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        if (value.Length >= MinNamedSecretLength && (SecretFormats.IsSecretName(name) || SecretFormats.IsStoreKeyName(name) || IsKeyOfASigningOrEncryptionSection(key))
            && (LooksLikeSecretValue(value) || SecretFormats.LooksLikeAppPassword(value)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        // NIDLoginPassword="tbl069": passwords are shorter than keys, but still mix letters and digits. A numeric password of
        // four digits or more ("SpectranetPassword": "1234") is a password too: committed, anyone can use it; a word
        // ("password", "changeme") or a flag ("0", "true") is not.
        if (SecretFormats.IsPasswordName(name) && (SecretFormats.LooksLikePassword(value) || IsNumericPassword(value)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a password"));
            return;
        }

        // <add key="Plaincode" value="GreySP&amp;861"/>: a secret code (a payer's or an account's pass code) under a name
        // whose last word is Code or Pass, when its value has a password's make-up: upper- and lower-case letters, digits
        // and a symbol. Bank, product and currency codes are digits or upper-case letters; a processor's object code
        // ("StarterPlanCode": "PLN_vhaxkpt7izb3duo", Paystack's) is a public identifier that has the make-up by chance.
        if (IsCodeName(name) && ((HasPasswordMakeUp(value) && !SecretFormats.IsPrefixedObjectCode(value))
            || (name.EndsWith("pass", StringComparison.OrdinalIgnoreCase) && SecretFormats.LooksLikeAppPassword(value))))
        {
            findings.Add(new ConfigFinding(start, length, key, "a password"));
            return;
        }

        // "Mail": { "Pass": "GoodVibez123!" }: "Pass" as the whole setting name is the password of the account beside it
        // (SMTP settings write User/Pass; real-code sets 13 and 14), and so is Pass as the last word of the name
        // ("BaoKimPayment": { "secure_pass": "7a2f…" }, "SmtpPass"; set 20). Bypass, compass and PassThrough are other words
        // (SecretFormats.IsPassSuffixName), and a flag ("true") or a word does not look like a password.
        if ((string.Equals(name, "pass", StringComparison.OrdinalIgnoreCase) || SecretFormats.IsPassSuffixName(name))
            && (SecretFormats.LooksLikePassword(value) || SecretFormats.LooksLikeAppPassword(value)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a password"));
            return;
        }

        // "ApiToken": "e1944c9c…", "VerificationToken": "1RNUJOAiSL-I0b4zY2ItHQ": a token name holds a credential when its value
        // is generated (a placeholder such as "rememberToSetThisWhenTesting" is words, without digits). Webhook verification
        // tokens count: whoever holds one can forge the sender's notifications. A signed JWT ("eyJ….eyJ….sig", a long-lived
        // API bearer token) is one too. A generated token of letters and digits alone
        // ("PqFXisnr8KhE3Qa3knmF", a telemetry ingestion token) may hold fewer than four digits: its case changes at random.
        if (SecretFormats.IsTokenName(name) && (SecretFormats.LooksLikeSignedJwt(value) || SecretFormats.LooksLikeKeyMaterial(value, allowGuid: !isAttributeName, minLength: 20) || SecretFormats.LooksLikeRandomAlphanumeric(value)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        // <add key="IPEK" value="6AC2…"/>, <add key="DK2" value="C25D…"/>: a DUKPT or terminal key of card-payment key
        // management, in hexadecimal of a DES or AES key's length, decrypts the PIN blocks and card data of the readers
        // under it (set 22). Its short name is no secret word, so the name is read for the key-management acronyms.
        if (SecretFormats.IsPaymentKeyName(name) && SecretFormats.IsHexKeyOfCipherLength(value))
        {
            findings.Add(new ConfigFinding(start, length, key, "a payment key"));
            return;
        }

        // <add key="signkey" value="jd02pHPJ"/>: the key a gateway's request signature is keyed with, chosen like a password
        // (letters and digits, 6 characters or more), as a store key is. <add key="Authorization" value="C242…"/>: the
        // token an HTTP Authorization header carries, generated ("Bearer " or "Basic " before it, or not).
        if ((SecretFormats.IsSignKeyName(name) && SecretFormats.LooksLikePassword(value))
            || (SecretFormats.IsAuthorizationHeaderName(name) && SecretFormats.LooksLikeKeyMaterial(StripAuthorizationScheme(value), allowGuid: !isAttributeName, minLength: 20)))
        {
            findings.Add(new ConfigFinding(start, length, key, "a credential"));
            return;
        }

        // <machineKey validationKey="8B9F…" decryptionKey="6000…"/>, <add key="Sms_KeyCode" value="<GUID>"/>: key material
        // under a bare key name (ASP.NET's forms-authentication and view-state keys, shared service keys). A GUID in an
        // element's own attribute (<type typeKey="<GUID>"/>) identifies something; only a setting's GUID value counts.
        if (SecretFormats.IsKeyMaterialName(name) && SecretFormats.LooksLikeKeyMaterial(value, allowGuid: !isAttributeName))
        {
            findings.Add(new ConfigFinding(start, length, key, "key material"));
        }
    }

    // "Bearer eyJ…", "Basic dXNl…": the token after the scheme word an Authorization header starts with.
    private static string StripAuthorizationScheme(string value)
    {
        int space = value.IndexOf(' ');
        return space > 0 && (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            ? value.Substring(space + 1).Trim() : value;
    }

    private static readonly string[] DatabaseSectionWords = { "database", "db", "sql", "postgres", "mongo", "mariadb", "oracle" };

    // "DatabaseOptions:Password", "Postgres:Password", "Db:Pwd": the section the setting sits in names a database.
    private static bool IsInDatabaseSection(string key)
    {
        int colon = key.LastIndexOf(':');
        return colon > 0 && SectionNamesAny(key, colon, DatabaseSectionWords);
    }

    // Whether the section holding the setting that starts after 'colon' (the key's segment before it) contains one of the
    // words: "DatabaseOptions" in "DatabaseOptions:Password", "Jwt" in "App:Jwt:Key".
    private static bool SectionNamesAny(string key, int colon, string[] words)
    {
        int previous = key.LastIndexOf(':', colon - 1);
        string section = key.Substring(previous + 1, colon - previous - 1);
        foreach (string word in words)
        {
            if (section.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Compared letter by letter, ignoring case and the separators a name may be written with (Secret_Key, secret-key).
    private static bool IsSettingNameRepeated(string name, string value)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            while (i < name.Length && name[i] is '_' or '-' or ' ')
            {
                i++;
            }

            while (j < value.Length && value[j] is '_' or '-' or ' ')
            {
                j++;
            }

            if (i == name.Length || j == value.Length)
            {
                return i == name.Length && j == value.Length && name.Length > 0;
            }

            if (char.ToUpperInvariant(name[i]) != char.ToUpperInvariant(value[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    // Fewer than 24 base64 characters ending in "==" whose count is not a multiple of four.
    private static bool IsCutBase64Stub(string value)
    {
        if (value.Length >= 24 || value.Length % 4 == 0 || !value.EndsWith("==", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '='))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the value is three or more lower-case words (letters and digits) joined by '-' or '_', among which the
    // setting's name of two or more words (SecretKey, api_key, ClientSecret) stands whole and in order.
    private static bool IsSettingNameAmongValueWords(string name, string value)
    {
        if (value.Length > 64)
        {
            return false;
        }

        var nameWords = new List<string>(4);
        int wordStart = -1;
        for (int i = 0; i <= name.Length; i++)
        {
            bool boundary = i == name.Length || !char.IsLetterOrDigit(name[i]) || (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]));
            if (boundary && wordStart >= 0)
            {
                nameWords.Add(name.Substring(wordStart, i - wordStart).ToLowerInvariant());
                wordStart = -1;
            }

            if (i < name.Length && char.IsLetterOrDigit(name[i]) && wordStart < 0)
            {
                wordStart = i;
            }
        }

        if (nameWords.Count < 2)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            {
                return false;
            }
        }

        string[] valueWords = value.Split('-', '_');
        if (valueWords.Length < 3)
        {
            return false;
        }

        for (int start = 0; start + nameWords.Count <= valueWords.Length; start++)
        {
            int matched = 0;
            while (matched < nameWords.Count && valueWords[start + matched] == nameWords[matched])
            {
                matched++;
            }

            if (matched == nameWords.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumericPassword(string value)
    {
        if (value.Length < 4 || value.Length > 64)
        {
            return false;
        }

        foreach (char c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return !SecretFormats.IsPlaceholder(value);
    }

    private static bool IsCodeName(string name)
        => name.Length > 4 && (name.EndsWith("code", StringComparison.OrdinalIgnoreCase) || name.EndsWith("pass", StringComparison.OrdinalIgnoreCase))
            && name.IndexOf("postcode", StringComparison.OrdinalIgnoreCase) < 0 && name.IndexOf("zipcode", StringComparison.OrdinalIgnoreCase) < 0
            && name.IndexOf("bypass", StringComparison.OrdinalIgnoreCase) < 0;

    // 8 to 64 characters without spaces with upper- and lower-case letters, a digit and a symbol, and not a URL, a path, an
    // e-mail address, a format or a template: "GreySP&861", "Hnf.j7s9X!".
    private static bool HasPasswordMakeUp(string value)
    {
        if (value.Length < 8 || value.Length > 64 || SecretFormats.IsPlaceholder(value))
        {
            return false;
        }

        bool upper = false;
        bool lower = false;
        bool digit = false;
        bool symbol = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c > '~' || c == '/' || c == '\\' || c == '{' || c == '}' || c == '=' || c == ';' || c == ':' || c == '@' || c == ',')
            {
                return false;
            }

            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
            symbol |= !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        }

        for (int i = 1; i + 1 < value.Length; i++)
        {
            if (value[i] == '.' && char.IsDigit(value[i - 1]) && char.IsDigit(value[i + 1]))
            {
                return false; // a version, "2.1.0-Beta"
            }
        }

        return upper && lower && digit && symbol;
    }

    // Values under a secret-named key that are clearly not the secret: sentences, URLs, flags, numbers, public keys, and
    // instruction text in any script ("商户平台-->账户设置-->API安全"): generated keys are ASCII.
    private static bool LooksLikeSecretValue(string value)
    {
        if (SecretFormats.IsPublishableKey(value) || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool allDigits = true;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c > '~')
            {
                return false;
            }

            if (!char.IsDigit(c))
            {
                allDigits = false;
            }
        }

        return !allDigits && !string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) && !string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
    }

    // "Jwt:Key", "JWT:SecurityKey", "Encryption:Key", "TokenSettings:SigningKey": a bare "Key" is a secret when its
    // section signs tokens or encrypts data (a bare "Key" elsewhere is a lookup key, a header or a feature name).
    private static bool IsKeyOfASigningOrEncryptionSection(string key)
    {
        int colon = key.LastIndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        string last = key.Substring(colon + 1);
        if (!string.Equals(last, "Key", StringComparison.OrdinalIgnoreCase) && !string.Equals(last, "SecurityKey", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(last, "SymmetricKey", StringComparison.OrdinalIgnoreCase) && !string.Equals(last, "IssuerSigningKey", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return SectionNamesAny(key, colon, SigningOrEncryptionSections);
    }

    // Words that make a key or secret setting a token signing secret, in its own name or its section's ("JwtKey", "Jwt:SecKey",
    // "TokenSettings:Secret", "Authentication:Signing:Key", "IssuerSigningKey").
    private static readonly string[] TokenSigningWords = { "jwt", "token", "signing", "bearer" };

    // Token-section settings that hold no signing secret: request-forgery, paging and cache keys, public keys, key ids.
    private static readonly string[] NotTokenSigningWords = { "public", "pub", "csrf", "antiforgery", "xsrf", "cache", "page", "next", "continuation", "header", "cookie", "name", "expir", "lifetime" };

    private const int MinTokenSigningSecretLength = 16;


    private static bool IsTokenSigningSecretPath(string key)
    {
        int colon = key.LastIndexOf(':');
        string last = NormalizeSegment(colon >= 0 ? key.Substring(colon + 1) : key);
        if (!(last.EndsWith("key", StringComparison.Ordinal) || last.EndsWith("secret", StringComparison.Ordinal)) || ContainsAnyWord(last, NotTokenSigningWords))
        {
            return false;
        }

        if (ContainsAnyWord(last, TokenSigningWords))
        {
            return true;
        }

        if (colon <= 0)
        {
            return false;
        }

        int previous = key.LastIndexOf(':', colon - 1);
        string section = NormalizeSegment(key.Substring(previous + 1, colon - previous - 1));
        return ContainsAnyWord(section, TokenSigningWords) && !ContainsAnyWord(section, NotTokenSigningWords);
    }

    private static string NormalizeSegment(string segment)
    {
        var builder = new System.Text.StringBuilder(segment.Length);
        foreach (char c in segment)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                builder.Append(c);
            }
            else if (c >= 'A' && c <= 'Z')
            {
                builder.Append((char)(c + 32));
            }
        }

        return builder.ToString();
    }

    private static bool ContainsAnyWord(string text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SigningOrEncryptionSections = { "jwt", "token", "bearer", "signing", "encrypt", "crypto", "cipher", "aes", "hmac" };

    // Whether a setting sits in a section of seed data (Seed, Seeder, SeedData, DataSeeding, SeedUsers): any segment
    // before the last that starts with "Seed" or ends with "Seed", "Seeder" or "Seeding".
    private static bool IsInSeedSection(string key)
    {
        int end = key.LastIndexOf(':');
        int start = 0;
        while (end > start)
        {
            int colon = key.IndexOf(':', start);
            if (colon < 0 || colon > end)
            {
                colon = end;
            }

            string segment = key.Substring(start, colon - start);
            if (segment.StartsWith("Seed", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("Seed", StringComparison.OrdinalIgnoreCase)
                || segment.EndsWith("Seeder", StringComparison.OrdinalIgnoreCase) || segment.EndsWith("Seeding", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            start = colon + 1;
        }

        return false;
    }

    // "Iyzico": { "ApiKey": "sandbox-…", "SecretKey": "sandbox-…" }: where an object holds an API key and a secret that
    // is reported beside it, the API key is the pair's public half (it names the merchant or the account and is sent in
    // clear; the secret signs the requests), as an access key id is AWS's: only the secret is reported. An API key alone
    // in its section (SendGrid's, a weather service's) is the credential and stays reported; so does a key recognised by
    // its format (a Stripe key named ApiKey).
    private static void DropKeyIdentifiersOfPairs(List<ConfigFinding> findings, int from)
    {
        for (int i = findings.Count - 1; i >= from; i--)
        {
            ConfigFinding finding = findings[i];
            if (finding.What != "a credential" || !string.Equals(NormalizeSegment(LastSegment(finding.Key)), "apikey", StringComparison.Ordinal))
            {
                continue;
            }

            string section = ParentPath(finding.Key);
            for (int j = from; j < findings.Count; j++)
            {
                ConfigFinding other = findings[j];
                if (j != i && string.Equals(ParentPath(other.Key), section, StringComparison.Ordinal)
                    && SecretFormats.IsPairSecretName(LastSegment(other.Key)))
                {
                    findings.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private static string ParentPath(string key)
    {
        int colon = key.LastIndexOf(':');
        return colon >= 0 ? key.Substring(0, colon) : string.Empty;
    }

    private static string LastSegment(string key)
    {
        int colon = key.LastIndexOf(':');
        return colon >= 0 ? key.Substring(colon + 1) : key;
    }

    /// <summary>A forgiving, non-throwing JSON reader that reports string values with their key path.</summary>
    private sealed class JsonReader
    {
        private readonly string _text;
        private readonly List<ConfigFinding> _findings;
        private int _position;

        // The key path of the object being read, or null outside an object: a commented-out member is read under it.
        private string? _objectPath;

        public JsonReader(string text, List<ConfigFinding> findings)
        {
            _text = text;
            _findings = findings;
        }

        public bool ReadDocument()
        {
            if (!SkipTrivia())
            {
                return false;
            }

            if (_position >= _text.Length)
            {
                return true; // an empty file
            }

            return ReadValue(string.Empty, 0) && SkipTrivia() && _position >= _text.Length;
        }

        private bool ReadValue(string path, int depth)
        {
            if (depth > MaxDepth || !SkipTrivia() || _position >= _text.Length)
            {
                return false;
            }

            char c = _text[_position];
            switch (c)
            {
                case '{':
                    return ReadContainer(path, depth, '}');
                case '[':
                    return ReadContainer(path, depth, ']');
                case '"':
                    int start = _position;
                    if (!ReadString(out string value))
                    {
                        return false;
                    }

                    if (path.Length > 0)
                    {
                        Check(path, value, start, _position - start, _findings);
                    }

                    return true;
                default:
                    int literalStart = _position;
                    while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '-' || _text[_position] == '+' || _text[_position] == '.'))
                    {
                        _position++;
                    }

                    return _position > literalStart;
            }
        }

        // An object's members ('}' closes) or an array's items (']' closes). While they are read, _objectPath is the
        // object's key path, or null in an array; the enclosing one after.
        private bool ReadContainer(string path, int depth, char close)
        {
            string? outer = _objectPath;
            _objectPath = close == '}' ? path : null;
            bool read = ReadElements(path, depth, close);
            _objectPath = outer;
            return read;
        }

        private bool ReadElements(string path, int depth, char close)
        {
            _position++; // '{' or '['
            while (true)
            {
                if (!SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == close)
                {
                    _position++;
                    return true;
                }

                // Array items keep the array's key for naming (ApiKeys:0 is still named by ApiKeys).
                string elementPath = path;
                if (close == '}')
                {
                    if (_text[_position] != '"' || !ReadString(out string name) || !SkipTrivia() || _position >= _text.Length || _text[_position] != ':')
                    {
                        return false;
                    }

                    _position++; // ':'
                    elementPath = path.Length == 0 ? name : path + ":" + name;
                }

                if (!ReadValue(elementPath, depth + 1) || !SkipTrivia() || _position >= _text.Length)
                {
                    return false;
                }

                if (_text[_position] == ',')
                {
                    _position++;
                }
                else if (_text[_position] != close)
                {
                    return false;
                }
            }
        }

        // '// "Password": "…",' in an object: a commented-out member is still committed. Only a line that is exactly one
        // member with a string value is read (prose and commented-out code are not), under the object's key path; also a
        // line of a '/* */' block.
        private void ScanCommentedMember(int start, int end)
        {
            int at = start;
            while (at < end && (_text[at] == ' ' || _text[at] == '\t' || _text[at] == '/'))
            {
                at++;
            }

            if (at >= end || _text[at] != '"')
            {
                return;
            }

            int nameClose = _text.IndexOf('"', at + 1, end - at - 1);
            int colon = nameClose < 0 ? -1 : SkipSpaces(nameClose + 1, end);
            int valueOpen = colon < 0 || colon >= end || _text[colon] != ':' ? -1 : SkipSpaces(colon + 1, end);
            if (valueOpen < 0 || valueOpen >= end || _text[valueOpen] != '"' || nameClose == at + 1)
            {
                return;
            }

            // The closing quote, past escapes ("Server=HOST\\SQLEXPRESS;..."); a value with escapes other than \\, \" and \/
            // is left alone.
            int valueClose = -1;
            bool escaped = false;
            for (int i = valueOpen + 1; i < end; i++)
            {
                char c = _text[i];
                if (c == '\\')
                {
                    if (i + 1 >= end || (_text[i + 1] != '\\' && _text[i + 1] != '"' && _text[i + 1] != '/'))
                    {
                        return;
                    }

                    escaped = true;
                    i++;
                }
                else if (c == '"')
                {
                    valueClose = i;
                    break;
                }
            }

            if (valueClose < 0)
            {
                return;
            }

            int rest = SkipSpaces(valueClose + 1, end);
            if (rest < end && _text[rest] == ',')
            {
                rest = SkipSpaces(rest + 1, end);
            }

            if (rest < end && !(rest + 1 < end && _text[rest] == '/' && _text[rest + 1] == '/'))
            {
                return; // more than one member's text
            }

            string name = _text.Substring(at + 1, nameClose - at - 1);
            string value = _text.Substring(valueOpen + 1, valueClose - valueOpen - 1);
            if (escaped)
            {
                value = value.Replace("\\\\", "\u0001").Replace("\\\"", "\"").Replace("\\/", "/").Replace('\u0001', '\\');
            }

            // A commented-out connection to this machine is not in effect and reaches nothing elsewhere (as in XML comments).
            if (SecretFormats.IsLocalServerConnectionString(value))
            {
                return;
            }

            Check(_objectPath!.Length == 0 ? name : _objectPath + ":" + name, value, valueOpen, valueClose - valueOpen + 1, _findings);
        }

        private int SkipSpaces(int at, int end)
        {
            while (at < end && char.IsWhiteSpace(_text[at]))
            {
                at++;
            }

            return at;
        }

        private bool ReadString(out string value)
        {
            value = string.Empty;
            int start = ++_position; // opening quote
            StringBuilder? builder = null;
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (c == '"')
                {
                    value = builder == null ? _text.Substring(start, _position - start) : builder.ToString();
                    _position++;
                    return true;
                }

                if (c == '\n' || c == '\r')
                {
                    return false;
                }

                if (c == '\\')
                {
                    builder ??= new StringBuilder(_text, start, _position - start, _position - start + 16);
                    if (_position + 1 >= _text.Length)
                    {
                        return false;
                    }

                    char escaped = _text[_position + 1];
                    _position += 2;
                    switch (escaped)
                    {
                        case 'n': builder.Append('\n'); break;
                        case 'r': builder.Append('\r'); break;
                        case 't': builder.Append('\t'); break;
                        case 'b': builder.Append('\b'); break;
                        case 'f': builder.Append('\f'); break;
                        case 'u':
                            if (_position + 4 > _text.Length || !ushort.TryParse(_text.Substring(_position, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out ushort code))
                            {
                                return false;
                            }

                            builder.Append((char)code);
                            _position += 4;
                            break;
                        default: builder.Append(escaped); break;
                    }

                    continue;
                }

                builder?.Append(c);
                _position++;
            }

            return false;
        }

        /// <summary>Skips whitespace, a byte-order mark and comments; false for an unterminated block comment.</summary>
        private bool SkipTrivia()
        {
            while (_position < _text.Length)
            {
                char c = _text[_position];
                if (char.IsWhiteSpace(c) || c == '\uFEFF')
                {
                    _position++;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
                {
                    int end = _text.IndexOf('\n', _position);
                    if (_objectPath != null)
                    {
                        ScanCommentedMember(_position + 2, end < 0 ? _text.Length : end);
                    }

                    _position = end < 0 ? _text.Length : end + 1;
                }
                else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
                {
                    int end = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return false;
                    }

                    // A block of notes and old settings ('/* … "DefaultConnection": "Host=…;Password=…" */', held-out set 17):
                    // each line of it that is exactly one member with a string value is read as a '//' line is; prose is not.
                    if (_objectPath != null)
                    {
                        for (int line = _position + 2; line < end;)
                        {
                            int lineEnd = _text.IndexOf('\n', line, end - line);
                            lineEnd = lineEnd < 0 ? end : lineEnd;
                            ScanCommentedMember(line, lineEnd);
                            line = lineEnd + 1;
                        }
                    }

                    _position = end + 2;
                }
                else
                {
                    break;
                }
            }

            return true;
        }
    }
}
